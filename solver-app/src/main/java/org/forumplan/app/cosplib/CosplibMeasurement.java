package org.forumplan.app.cosplib;

import java.time.Duration;
import org.forumplan.model.conference.score.ObjectiveBreakdown;

/**
 * One instance of a CoSPLib benchmark run.
 *
 * @param firstFeasible time to the first schedule the library would accept, or null when none was found
 * @param reference the library's evaluator's total for its stored exact-model solution, or null where it stores none
 */
public record CosplibMeasurement(
        String instance,
        int submissions,
        ObjectiveBreakdown breakdown,
        Duration firstFeasible,
        Duration timeSpent,
        long scoreCalculationSpeed,
        Long reference) {}
