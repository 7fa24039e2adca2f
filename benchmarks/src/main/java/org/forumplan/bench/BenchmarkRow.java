package org.forumplan.bench;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import java.time.Duration;

/**
 * One configuration on one dataset in a run.
 *
 * @param score the best score at the end
 * @param timeToFeasible when the best schedule first had no hard violation, or null if it never did
 * @param scoreCalculationSpeed score calculations a second over the whole solve
 */
public record BenchmarkRow(
        String dataset,
        String configuration,
        HardMediumSoftLongScore score,
        Duration timeToFeasible,
        long scoreCalculationSpeed,
        Duration timeSpent) {}
