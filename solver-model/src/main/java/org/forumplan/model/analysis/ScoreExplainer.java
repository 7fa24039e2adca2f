package org.forumplan.model.analysis;

import ai.timefold.solver.core.api.score.analysis.ConstraintAnalysis;
import ai.timefold.solver.core.api.score.analysis.ScoreAnalysis;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.SolverFactory;
import java.util.Comparator;
import java.util.List;
import org.forumplan.model.domain.Programme;
import org.forumplan.model.solver.SolverSettings;

/**
 * Recomputes a programme's score from its data with Timefold's {@link SolutionManager}, never trusting a stored score,
 * and breaks it down by constraint.
 */
public final class ScoreExplainer {

    private final SolutionManager<Programme, HardMediumSoftLongScore> solutionManager;

    public ScoreExplainer() {
        SolverFactory<Programme> solverFactory =
                SolverFactory.createFromXmlResource(SolverSettings.SOLVER_CONFIG_RESOURCE);
        this.solutionManager = SolutionManager.create(solverFactory);
    }

    /** The full analysis, with every match and its justification; also sets the programme's score. */
    public ScoreAnalysis<HardMediumSoftLongScore> analyze(Programme programme) {
        return solutionManager.analyze(programme);
    }

    /** The constraints that cost anything, worst first. */
    public static List<ConstraintCost> costs(ScoreAnalysis<HardMediumSoftLongScore> analysis) {
        return analysis.constraintAnalyses().stream()
                .filter(constraint -> !constraint.score().isZero())
                .sorted(Comparator.comparing(ConstraintAnalysis<HardMediumSoftLongScore>::score))
                .map(constraint -> new ConstraintCost(
                        constraint.constraintRef().constraintName(), constraint.score(), constraint.matchCount()))
                .toList();
    }
}
