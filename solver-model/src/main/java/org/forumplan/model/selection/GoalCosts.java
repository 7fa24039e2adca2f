package org.forumplan.model.selection;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.forumplan.model.analysis.GoalCost;
import org.forumplan.model.analysis.SelectionReview;
import org.forumplan.model.domain.Programme;
import org.forumplan.model.domain.Selection;
import org.forumplan.model.domain.Session;
import org.forumplan.model.io.DatasetJson;
import org.forumplan.model.load.DatasetLoader;
import org.forumplan.model.problem.InvalidDatasetException;
import org.forumplan.model.solver.ForumSolver;
import org.forumplan.model.solver.SolverSettings;

/**
 * What each selection goal costs in proposal value. A goal trades proposal value for something else (a share, a topic
 * covered, a balanced panel), so its cost is the value the programme would gain without it: the solved programme is
 * solved again from where it is, without that goal, for an equal part of the time given, and the proposal value left
 * out is compared with that of the same search with every goal. A local search from a good programme finds most of what
 * dropping one goal frees within seconds; a cost at or below 0 means it found nothing to gain.
 */
public final class GoalCosts {

    private static final Duration PROGRESS_INTERVAL = Duration.ofSeconds(1);

    private GoalCosts() {}

    /**
     * @param document the solved dataset, its schedule the programme's
     * @param programme the programme built from it, with every goal
     * @param time shared equally by the searches: one with every goal, one without each goal the dataset sets
     */
    public static List<GoalCost> measure(DatasetJson document, Programme programme, Duration time, long seed)
            throws InvalidDatasetException {
        Selection goals = programme.getSelection();
        List<SelectionGoal> set = SelectionGoal.setIn(goals);
        if (set.isEmpty() || time.isZero()) {
            return List.of();
        }
        // One search more with every goal, from the same start for as long: what the searches find beyond the
        // programme as given is then not counted as a goal's cost.
        Duration each = Duration.ofMillis(Math.max(1, time.toMillis() / (set.size() + 1)));
        Programme withAllProblem = build(document);
        // One solver for every search: the goals differ in the problem's facts and weights, not in the solver, and
        // building it (the constraint streams compiled) takes longer than a short search.
        ForumSolver solver =
                new ForumSolver(new SolverSettings(each, null, null, null, null, seed, null, null), withAllProblem);
        Programme withAll = solve(solver, withAllProblem);
        SelectionReview reviewWithAll = SelectionReview.of(withAll, goals);
        List<GoalCost> costs = new ArrayList<>();
        for (SelectionGoal goal : set) {
            Programme resolved = solve(solver, build(goal.withoutIn(document)));
            costs.add(new GoalCost(
                    goal.label(),
                    goal.measure(reviewWithAll),
                    goal.measure(SelectionReview.of(resolved, goals)),
                    valueLeftOut(withAll),
                    valueLeftOut(resolved)));
        }
        return costs;
    }

    /** The document's programme with its schedule, the searches' starting point, checked as any dataset is. */
    private static Programme build(DatasetJson document) throws InvalidDatasetException {
        return DatasetLoader.load(document).programme();
    }

    private static Programme solve(ForumSolver solver, Programme problem) {
        return solver.solve(problem, progress -> {}, PROGRESS_INTERVAL).best();
    }

    /** The proposal value of the optional proposals the programme leaves out, as "Proposal unscheduled" counts it. */
    public static long valueLeftOut(Programme programme) {
        return programme.getSessions().stream()
                .filter(session -> !session.isMandatory() && !session.isPlaced())
                .mapToLong(Session::proposalValue)
                .sum();
    }
}
