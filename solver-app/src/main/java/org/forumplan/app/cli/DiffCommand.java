package org.forumplan.app.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.forumplan.app.diff.DiffFormat;
import org.forumplan.model.analysis.ProgrammeDiff;
import org.forumplan.model.analysis.ProgrammeDifference;
import org.forumplan.model.analysis.ProgrammeExplainer;
import org.forumplan.model.analysis.ProgrammeExplanation;
import org.forumplan.model.load.DatasetLoader.LoadedDataset;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code forumplan diff OLD NEW}: what changed from one programme to another. */
@Command(
        name = "diff",
        mixinStandardHelpOptions = true,
        description = {
            "Compares two solved datasets of a forum: the sessions moved (room and time, from and to), added,"
                    + " removed, newly scheduled and dropped, and the score change per constraint, each score"
                    + " recomputed from its file's data.",
            "For reviewers comparing two proposals, and after re-planning. Exits 0 whatever the differences."
        },
        footer = {
            "",
            "Examples:",
            "  forumplan diff proposal-1.json proposal-2.json",
            "  forumplan diff proposal-1.json proposal-2.json --format markdown"
        })
public class DiffCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "OLD", description = "The earlier or reference programme (a solved dataset).")
    Path oldSchedule;

    @Parameters(index = "1", paramLabel = "NEW", description = "The programme to compare with it.")
    Path newSchedule;

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            defaultValue = "text",
            description = "text or markdown (default: ${DEFAULT-VALUE}).")
    DiffFormat format;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Path oldFile = DatasetFiles.locate(oldSchedule);
        Path newFile = DatasetFiles.locate(newSchedule);
        LoadedDataset before = load(oldFile);
        LoadedDataset after = load(newFile);
        ProgrammeExplainer explainer = new ProgrammeExplainer();
        ProgrammeExplanation oldExplanation = explainer.explain(before.programme(), null);
        ProgrammeExplanation newExplanation = explainer.explain(after.programme(), null);
        ProgrammeDifference difference =
                ProgrammeDiff.compare(before.programme(), oldExplanation, after.programme(), newExplanation);
        spec.commandLine().getOut().print(format.render(difference, oldFile.toString(), newFile.toString()));
        spec.commandLine().getOut().flush();
        return ExitCode.OK;
    }

    private LoadedDataset load(Path file) {
        LoadedDataset loaded = DatasetFiles.load(file);
        ProblemPrinter.print(spec.commandLine().getErr(), file, loaded.warnings());
        if (loaded.document().schedule() == null) {
            spec.commandLine()
                    .getErr()
                    .println(file + ": warning: no schedule in this file; only its pinned sessions are placed");
        }
        return loaded;
    }
}
