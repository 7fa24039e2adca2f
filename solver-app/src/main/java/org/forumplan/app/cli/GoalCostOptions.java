package org.forumplan.app.cli;

import java.io.PrintWriter;
import java.time.Duration;
import org.forumplan.model.analysis.ProgrammeExplanation;
import org.forumplan.model.load.DatasetLoader.LoadedDataset;
import org.forumplan.model.problem.InvalidDatasetException;
import org.forumplan.model.selection.GoalCosts;
import org.forumplan.model.selection.SelectionGoal;
import picocli.CommandLine.Option;

/**
 * How long {@code explain} and {@code report} may search to tell what each selection goal costs in proposal value; a
 * dataset without goals takes no time.
 */
public class GoalCostOptions {

    @Option(
            names = "--goal-cost-time",
            paramLabel = "DURATION",
            defaultValue = "10s",
            converter = DurationConverter.OrZero.class,
            description = "Time to re-solve the programme without each selection goal in turn (policy.selection), to"
                    + " tell what it costs in proposal value; 0 skips this (default: ${DEFAULT-VALUE}).")
    Duration goalCostTime;

    @Option(
            names = "--seed",
            paramLabel = "SEED",
            defaultValue = "0",
            description = "The random seed of those searches (default: ${DEFAULT-VALUE}).")
    long seed;

    /** The explanation with each goal's cost in its selection review, when the dataset sets goals and time is given. */
    ProgrammeExplanation measure(LoadedDataset loaded, ProgrammeExplanation explanation, PrintWriter err) {
        if (explanation.selection() == null || goalCostTime.isZero()) {
            return explanation;
        }
        int goals = SelectionGoal.setIn(loaded.programme().getSelection()).size();
        err.printf(
                "Measuring what each of the %d selection goals costs: %d searches in %d s (--goal-cost-time 0 skips"
                        + " this)%n",
                goals, goals + 1, goalCostTime.toSeconds());
        err.flush();
        try {
            return explanation.withSelection(explanation
                    .selection()
                    .withCosts(GoalCosts.measure(loaded.document(), loaded.programme(), goalCostTime, seed)));
        } catch (InvalidDatasetException e) {
            throw new IllegalStateException("The dataset without one of its goals did not build: " + e.getMessage(), e);
        }
    }
}
