package org.forumplan.app.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.forumplan.app.cosplib.ObjectiveText;
import org.forumplan.app.explain.ExplanationFormat;
import org.forumplan.model.analysis.ProgrammeExplainer;
import org.forumplan.model.analysis.ProgrammeExplanation;
import org.forumplan.model.conference.domain.Conference;
import org.forumplan.model.conference.io.ConferenceJson;
import org.forumplan.model.conference.score.ObjectiveBreakdown;
import org.forumplan.model.conference.solver.ConferenceSolver;
import org.forumplan.model.domain.Programme;
import org.forumplan.model.domain.Session;
import org.forumplan.model.load.DatasetLoader.LoadedDataset;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code forumplan explain SCHEDULE}: why a schedule scores as it does, in words. */
@Command(
        name = "explain",
        mixinStandardHelpOptions = true,
        description = {
            "Explains a solved dataset: the score recomputed from the data (never the stored one), each constraint"
                    + " that costs with its matches in words, the sessions that cost most, and why each optional"
                    + " proposal is out of the programme."
        },
        footer = {
            "",
            "Examples:",
            "  forumplan explain out/igf-2014-istanbul.solved.json",
            "  forumplan explain out/igf-2014-istanbul.solved.json --session WS23",
            "  forumplan explain proposal.solved.json --format markdown --top 20 > review.md"
        })
public class ExplainCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "SCHEDULE", description = "A solved dataset (the output of solve).")
    Path schedule;

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            defaultValue = "text",
            description = "text, markdown or json (default: ${DEFAULT-VALUE}).")
    ExplanationFormat format;

    @Option(names = "--session", paramLabel = "ID", description = "Explain one session in detail.")
    String sessionId;

    @Option(
            names = "--top",
            paramLabel = "N",
            defaultValue = "10",
            description = "Matches shown per constraint, and sessions shown (default: ${DEFAULT-VALUE}).")
    int top;

    @Mixin
    GoalCostOptions goalCosts;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (top < 1) {
            throw new UsageException("--top: " + top + " must be at least 1");
        }
        Path file = DatasetFiles.locate(schedule);
        if (ConferenceFiles.isConference(file)) {
            return explainConference(file);
        }
        LoadedDataset loaded = DatasetFiles.loadSolved(file, spec.commandLine().getErr());
        Programme programme = loaded.programme();
        Session session = sessionId == null ? null : DatasetFiles.session(programme, sessionId, file, "--session: ");
        ProgrammeExplanation explanation =
                new ProgrammeExplainer().explain(programme, DatasetFiles.storedScore(loaded));
        if (session == null) {
            // Only the whole programme's explanation shows what the goals cost.
            explanation =
                    goalCosts.measure(loaded, explanation, spec.commandLine().getErr());
        }
        String text = session == null
                ? format.render(explanation, top)
                : format.render(ProgrammeExplainer.explainSession(programme, explanation, session));
        spec.commandLine().getOut().print(text);
        spec.commandLine().getOut().flush();
        return ExitCode.OK;
    }

    /** A CoSPLib conference: its objective term by term, as the library's evaluator counts and names it. */
    private int explainConference(Path file) {
        if (sessionId != null) {
            throw new UsageException("--session explains a forum's session; " + file + " is a CoSPLib conference");
        }
        if (format == ExplanationFormat.MARKDOWN) {
            throw new UsageException(file + " is a CoSPLib conference: explain it as text or json (forumplan report"
                    + " --format md writes it as Markdown)");
        }
        ConferenceJson document = ConferenceFiles.read(file);
        if (document.schedule() == null) {
            spec.commandLine().getErr().println("forumplan: warning: " + file + " has no schedule; nothing is placed");
        }
        Conference conference = ConferenceFiles.build(file, document);
        ObjectiveBreakdown breakdown = ObjectiveBreakdown.of(conference, ConferenceSolver.scoring());
        String text = format == ExplanationFormat.JSON
                ? ObjectiveText.json(breakdown).toPrettyString() + System.lineSeparator()
                : ObjectiveText.table(breakdown);
        spec.commandLine().getOut().print(text);
        spec.commandLine().getOut().flush();
        return ExitCode.OK;
    }
}
