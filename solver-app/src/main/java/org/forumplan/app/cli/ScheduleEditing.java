package org.forumplan.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import org.forumplan.app.diff.DiffFormat;
import org.forumplan.app.explain.ScoreText;
import org.forumplan.model.analysis.ProgrammeDiff;
import org.forumplan.model.analysis.ProgrammeDifference;
import org.forumplan.model.analysis.ProgrammeExplainer;
import org.forumplan.model.analysis.ProgrammeExplanation;
import org.forumplan.model.domain.Session;
import org.forumplan.model.io.DatasetJson;
import org.forumplan.model.load.DatasetLoader;
import org.forumplan.model.load.DatasetLoader.LoadedDataset;
import org.forumplan.model.load.DatasetPins;
import org.forumplan.model.load.ScheduleExporter;
import org.forumplan.model.problem.InvalidDatasetException;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * What {@code move}, {@code swap} and {@code unplace} share: the file read and checked, the edit made on its
 * document, the edited programme read back (so a place the session cannot take is a dataset problem at its path),
 * the score recomputed from the data and compared as {@code diff} compares, and the file rewritten in one step, or
 * left byte for byte as it was when the edit breaks a hard constraint.
 */
public class ScheduleEditing {

    @Parameters(index = "0", paramLabel = "SCHEDULE", description = "A solved dataset; rewritten unless -o is given.")
    Path schedule;

    @Mixin
    OutputOptions outputOptions;

    @Option(names = "--unpin", description = "Let a pinned session move: its pin is removed first.")
    boolean unpin;

    @Option(names = "--allow-hard", description = "Make the edit even if it breaks a hard constraint.")
    boolean allowHard;

    /**
     * @param sessionIds the sessions the edit moves, which must not be pinned unless --unpin
     * @param pinAfter sessions to pin where the edit puts them
     */
    int apply(CommandSpec spec, List<String> sessionIds, List<String> pinAfter, UnaryOperator<DatasetJson> edit) {
        Path file = DatasetFiles.locate(schedule);
        Path target = outputOptions.output == null ? file : outputOptions.output;
        if (outputOptions.output != null && !OutputFiles.sameFile(file, outputOptions.output)) {
            OutputFiles.checkBeforeWriting(outputOptions.output, outputOptions.force);
        }
        LoadedDataset before = DatasetFiles.load(file);
        for (String id : sessionIds) {
            Session session = DatasetFiles.session(before.programme(), id, file, "");
            if (session.isPinned() && !unpin) {
                throw new UsageException("%s is pinned at %s; --unpin lets it move"
                        .formatted(id, session.getPlacement().describe()));
            }
        }
        DatasetJson document =
                unpin ? DatasetPins.unpin(before.document(), sessionIds).document() : before.document();
        LoadedDataset after = load(file, edit.apply(document));
        ProgrammeExplainer explainer = new ProgrammeExplainer();
        ProgrammeExplanation oldExplanation = explainer.explain(before.programme(), null);
        ProgrammeExplanation newExplanation = explainer.explain(after.programme(), null);
        ProgrammeDifference difference =
                ProgrammeDiff.compare(before.programme(), oldExplanation, after.programme(), newExplanation);
        PrintWriter out = spec.commandLine().getOut();
        out.print(DiffFormat.TEXT.render(difference, file.toString(), file + ", edited"));
        long hardChange = difference.scoreChange().hardScore();
        if (hardChange < 0 && !allowHard) {
            out.flush();
            throw new UsageException(("the edit breaks a hard constraint (%s); %s is left as it was, and"
                            + " --allow-hard makes the edit anyway")
                    .formatted(ScoreText.signed(difference.scoreChange()), file));
        }
        DatasetJson written = ScheduleExporter.withSchedule(
                after.document(),
                after.programme(),
                before.document().schedule() == null
                        ? null
                        : before.document().schedule().solver());
        if (!pinAfter.isEmpty()) {
            written = DatasetPins.pin(written, pinAfter).document();
        }
        OutputFiles.writeDataset(written, target, spec.name());
        out.println("Written: " + target);
        out.flush();
        return ExitCode.OK;
    }

    private static LoadedDataset load(Path file, DatasetJson edited) {
        try {
            LoadedDataset loaded = DatasetLoader.load(edited);
            DatasetFiles.precheck(file, loaded);
            return loaded;
        } catch (InvalidDatasetException e) {
            throw new DatasetProblemsException(file, e.problems());
        }
    }
}
