package org.forumplan.bench.exact;

import ai.timefold.solver.core.api.score.analysis.ConstraintAnalysis;
import ai.timefold.solver.core.api.score.analysis.ScoreAnalysis;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import java.util.ArrayList;
import java.util.List;
import org.forumplan.model.constraints.ForumConstraint;
import org.forumplan.model.domain.Programme;

/**
 * The check that makes the exact model a reference: forumplan's own score of the schedule CP-SAT found, recomputed
 * from the data by Timefold, equals the model's count, constraint by constraint.
 */
public final class ScoreAgreement {

    private ScoreAgreement() {}

    /**
     * @param schedule the problem as {@link ExactSolver#solve} left it, placed as CP-SAT found
     * @return one line per constraint on which the two disagree, empty when they agree
     */
    public static List<String> disagreements(
            ExactResult result,
            Programme schedule,
            SolutionManager<Programme, HardMediumSoftLongScore> solutionManager) {
        ScoreAnalysis<HardMediumSoftLongScore> analysis = solutionManager.analyze(schedule);
        List<String> lines = new ArrayList<>();
        for (ForumConstraint constraint : ForumConstraint.values()) {
            HardMediumSoftLongScore forumplan = analysis.constraintMap().values().stream()
                    .filter(candidate ->
                            candidate.constraintRef().constraintName().equals(constraint.constraintName()))
                    .map(ConstraintAnalysis::score)
                    .findFirst()
                    .orElse(HardMediumSoftLongScore.ZERO);
            HardMediumSoftLongScore exact = result.penalties().apply(constraint).negate();
            if (!forumplan.equals(exact)) {
                lines.add("%s: forumplan %s, the exact model %s"
                        .formatted(constraint.constraintName(), forumplan, exact));
            }
        }
        if (lines.isEmpty() && !analysis.score().equals(result.score())) {
            lines.add("in all: forumplan %s, the exact model %s".formatted(analysis.score(), result.score()));
        }
        return lines;
    }
}
