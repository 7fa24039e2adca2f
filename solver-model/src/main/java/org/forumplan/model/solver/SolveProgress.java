package org.forumplan.model.solver;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import java.time.Duration;

/**
 * A snapshot of a running solve, for live progress.
 *
 * @param bestScore null until the construction heuristic has placed the sessions
 * @param unplaced sessions without a placement in the best schedule so far
 */
public record SolveProgress(
        Duration elapsed,
        HardMediumSoftLongScore bestScore,
        long unplaced,
        long scoreCalculationSpeed,
        long moveEvaluationSpeed) {}
