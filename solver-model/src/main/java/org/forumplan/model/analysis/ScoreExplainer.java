package org.forumplan.model.analysis;

import ai.timefold.solver.core.api.score.analysis.ScoreAnalysis;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.SolverFactory;
import org.forumplan.model.domain.Programme;
import org.forumplan.model.solver.SolverSettings;

/**
 * Recomputes a programme's score from its data with Timefold's {@link SolutionManager}, never trusting a stored score,
 * and breaks it down by constraint.
 */
public final class ScoreExplainer {

    private final SolutionManager<Programme, HardMediumSoftLongScore> solutionManager;

    /** With the shipped solver configuration: for a programme read from a file, not solved here. */
    public ScoreExplainer() {
        this(SolutionManager.create(SolverFactory.createFromXmlResource(SolverSettings.SOLVER_CONFIG_RESOURCE)));
    }

    /** With a solve's own score calculation, so that its configuration holds for what it found. */
    public ScoreExplainer(SolutionManager<Programme, HardMediumSoftLongScore> solutionManager) {
        this.solutionManager = solutionManager;
    }

    /** The full analysis, with every match and its justification; also sets the programme's score. */
    public ScoreAnalysis<HardMediumSoftLongScore> analyze(Programme programme) {
        return solutionManager.analyze(programme);
    }
}
