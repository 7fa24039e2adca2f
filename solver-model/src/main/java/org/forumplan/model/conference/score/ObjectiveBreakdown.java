package org.forumplan.model.conference.score;

import ai.timefold.solver.core.api.score.analysis.ConstraintAnalysis;
import ai.timefold.solver.core.api.score.analysis.ScoreAnalysis;
import ai.timefold.solver.core.api.score.buildin.hardsoftlong.HardSoftLongScore;
import ai.timefold.solver.core.api.solver.ScoreAnalysisFetchPolicy;
import ai.timefold.solver.core.api.solver.SolutionManager;
import java.util.ArrayList;
import java.util.List;
import org.forumplan.model.conference.domain.Conference;

/**
 * A conference's score as CoSPLib's evaluator prints it: each term's weight, its raw count and their product, and
 * the objective, their sum; with the two hard rules beside them.
 *
 * @param objective the library's objective: minus the soft score, plus the evaluator's 1,000,000,000 when a submission
 *     of several timeslots has none (a partial schedule; a complete one never pays it)
 * @param terms the sixteen terms in the library's order
 * @param timeslotsTakenTwice the hard rule's count: timeslots two submissions share
 * @param cellsShared the hard rule's count: pairs of submissions of different tracks in one cell
 * @param unscheduled submissions without a slot (only in a partial schedule)
 */
public record ObjectiveBreakdown(
        HardSoftLongScore score,
        long objective,
        List<TermScore> terms,
        long timeslotsTakenTwice,
        long cellsShared,
        long unscheduled) {

    /**
     * @param weight 0 when the instance switches the term off; its count is then not computed
     */
    public record TermScore(Term term, long weight, long raw, long weighted) {}

    /** What the library's evaluator adds, once, when any submission of several timeslots is not scheduled at all. */
    public static final long MULTI_SLOT_UNSCHEDULED = 1_000_000_000L;

    /** Whether the schedule is one the library's solution workbook can hold: whole, one track a cell, no overlap. */
    public boolean feasible() {
        return score.isFeasible() && unscheduled == 0;
    }

    public static ObjectiveBreakdown of(
            Conference conference, SolutionManager<Conference, HardSoftLongScore> solutionManager) {
        ScoreAnalysis<HardSoftLongScore> analysis =
                solutionManager.analyze(conference, ScoreAnalysisFetchPolicy.FETCH_SHALLOW);
        List<TermScore> terms = new ArrayList<>();
        for (Term term : Term.values()) {
            long weight = conference
                    .getWeights()
                    .getConstraintWeight(term.constraintNames().get(0))
                    .softScore();
            long weighted = 0;
            for (String name : term.constraintNames()) {
                weighted -= softOf(analysis, name);
            }
            terms.add(new TermScore(term, weight, weight == 0 ? 0 : weighted / weight, weighted));
        }
        long unscheduled = conference.getSubmissions().stream()
                .filter(submission -> submission.getSlot() == null)
                .count();
        boolean multiSlotUnscheduled = conference.getSubmissions().stream()
                .anyMatch(submission -> submission.getSlot() == null && submission.getLength() > 1);
        return new ObjectiveBreakdown(
                analysis.score(),
                -analysis.score().softScore() + (multiSlotUnscheduled ? MULTI_SLOT_UNSCHEDULED : 0),
                List.copyOf(terms),
                -hardOf(analysis, ConferenceConstraintProvider.TIMESLOT_TAKEN_TWICE),
                -hardOf(analysis, ConferenceConstraintProvider.CELL_SHARED_BY_TRACKS),
                unscheduled);
    }

    private static long softOf(ScoreAnalysis<HardSoftLongScore> analysis, String constraintName) {
        ConstraintAnalysis<HardSoftLongScore> constraint = find(analysis, constraintName);
        return constraint == null ? 0 : constraint.score().softScore();
    }

    private static long hardOf(ScoreAnalysis<HardSoftLongScore> analysis, String constraintName) {
        ConstraintAnalysis<HardSoftLongScore> constraint = find(analysis, constraintName);
        return constraint == null ? 0 : constraint.score().hardScore();
    }

    private static ConstraintAnalysis<HardSoftLongScore> find(
            ScoreAnalysis<HardSoftLongScore> analysis, String constraintName) {
        return analysis.constraintAnalyses().stream()
                .filter(constraint -> constraint.constraintName().equals(constraintName))
                .findFirst()
                .orElse(null);
    }
}
