package org.forumplan.app.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.forumplan.app.cosplib.CosplibSolutionWorkbook;
import org.forumplan.model.conference.io.ConferenceDocuments;
import org.forumplan.model.conference.io.ConferenceJson;
import org.forumplan.model.conference.io.ConferenceScheduleJson;
import org.forumplan.model.problem.InvalidDatasetException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code forumplan import cosplib INSTANCE.xlsx}: a CoSPLib instance as a {@code cosplib/1} document. */
@Command(
        name = "cosplib",
        mixinStandardHelpOptions = true,
        description = {
            "Reads a CoSPLib instance workbook (its nine sheets: parameters, submissions, tracks, sessions, rooms and"
                    + " the penalty grids), checks it as the library's reader does, and writes it as a cosplib/1"
                    + " document (datasets/README.md). Problems are printed at their sheet and cell.",
            "With --solution, a solution workbook in the library's layout becomes the document's schedule, so that"
                    + " forumplan explain scores it.",
            "The document goes to -o FILE, by default beside the workbook with the extension .json."
        },
        footer = {
            "",
            "Examples:",
            "  forumplan import cosplib ../shared/cosplib/N2OR.xlsx",
            "  forumplan import cosplib N2OR.xlsx --solution N2ORSolution.xlsx -o n2or-exact.json"
        })
public class ImportCosplibCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "INSTANCE", description = "The CoSPLib instance workbook (.xlsx).")
    Path instance;

    @Option(
            names = "--solution",
            paramLabel = "SOLUTION",
            description = "A solution workbook of the instance, in the layout of the library's evaluator.")
    Path solution;

    @Mixin
    OutputOptions outputOptions;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Path file = DatasetFiles.locate(instance);
        Path target = outputOptions.output != null ? outputOptions.output : DatasetFiles.besides(file, ".json");
        OutputFiles.checkBeforeSolving(file, target, outputOptions.force);
        ConferenceJson document = ConferenceFiles.read(file);
        if (solution != null) {
            document = document.withSchedule(scheduleOf(DatasetFiles.locate(solution), document));
        }
        ConferenceFiles.build(file, document);
        OutputFiles.writeOrRescue(ConferenceDocuments.toJson(document), target);
        spec.commandLine()
                .getOut()
                .printf(
                        "Imported %s: %d submissions in %d tracks, %d sessions, %d rooms%s; written: %s%n",
                        file,
                        document.submissions().size(),
                        document.tracks().size(),
                        document.sessions().size(),
                        document.rooms().size(),
                        solution == null ? "" : ", scheduled as " + solution,
                        target);
        return ExitCode.OK;
    }

    private static ConferenceScheduleJson scheduleOf(Path solution, ConferenceJson document) {
        try {
            return CosplibSolutionWorkbook.read(solution, document);
        } catch (NoSuchFileException e) {
            throw new UsageException(solution + ": no such file");
        } catch (AccessDeniedException e) {
            throw new UncheckedIOException(solution + ": permission denied", e);
        } catch (IOException e) {
            throw new UncheckedIOException(solution + ": " + e.getMessage(), e);
        } catch (InvalidDatasetException e) {
            throw new DatasetProblemsException(solution, e.problems());
        }
    }
}
