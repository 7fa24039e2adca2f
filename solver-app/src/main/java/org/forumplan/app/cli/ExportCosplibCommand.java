package org.forumplan.app.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.forumplan.app.cosplib.CosplibSolutionWorkbook;
import org.forumplan.model.conference.domain.Conference;
import org.forumplan.model.conference.io.ConferenceJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code forumplan export cosplib SOLVED.json}: the schedule as the solution workbook CoSPLib's evaluator reads. */
@Command(
        name = "cosplib",
        mixinStandardHelpOptions = true,
        description = {
            "Writes a solved CoSPLib conference as the library's solution workbook: a first sheet whose first row"
                    + " names the rooms, then a row per session with the track in each room, a blank row, and a row"
                    + " per session and timeslot with the submission in each room (a submission of several timeslots"
                    + " repeated down its room). The library's evaluator (Solver/solution.py) reads it.",
            "The workbook goes to -o FILE, by default beside the solved file, named like it with -solution.xlsx."
        },
        footer = {"", "Example: forumplan export cosplib out/N2OR.solved.json -o N2OR-solution.xlsx"})
public class ExportCosplibCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "SOLVED", description = "A solved conference (the output of solve).")
    Path solved;

    @Mixin
    OutputOptions outputOptions;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Path file = DatasetFiles.locate(solved);
        Path target =
                outputOptions.output != null ? outputOptions.output : DatasetFiles.besides(file, "-solution.xlsx");
        OutputFiles.checkBeforeSolving(file, target, outputOptions.force);
        ConferenceJson document = ConferenceFiles.read(file);
        Conference conference = ConferenceFiles.build(file, document);
        if (document.schedule() == null) {
            throw new UsageException(file + " has no schedule; solve it first");
        }
        ConferenceFiles.requireSolution(file, conference);
        try {
            OutputFiles.writeReport(CosplibSolutionWorkbook.toBytes(document), target);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write %s (%s)".formatted(target, e.getMessage()), e);
        }
        spec.commandLine().getOut().println("Written: " + target);
        return ExitCode.OK;
    }
}
