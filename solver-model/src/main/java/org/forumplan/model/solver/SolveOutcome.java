package org.forumplan.model.solver;

import java.time.Duration;
import org.forumplan.model.domain.Programme;

/**
 * The end of a solve.
 *
 * @param best the best schedule found, with its score
 * @param timeToFeasible when the first schedule without hard violations was found, or null if none was
 * @param interrupted whether the solve was stopped early (Ctrl-C) rather than by its limits
 */
public record SolveOutcome(
        Programme best,
        Duration timeSpent,
        Duration timeToFeasible,
        long scoreCalculationCount,
        long scoreCalculationSpeed,
        long moveEvaluationSpeed,
        boolean interrupted) {}
