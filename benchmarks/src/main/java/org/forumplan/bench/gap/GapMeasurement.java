package org.forumplan.bench.gap;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import java.time.Duration;
import java.util.List;
import org.forumplan.bench.exact.ExactResult;
import org.forumplan.model.constraints.ScoreLevel;

/**
 * One dataset of a gap run: the shipped solver's best score against CP-SAT's.
 *
 * @param forumplanTime the shipped solver's time limit
 * @param disagreements where forumplan's score of a schedule and the exact model's count of it differ (CP-SAT's
 *     schedule and forumplan's, both), empty when the model is a faithful reference here
 */
public record GapMeasurement(
        String dataset,
        int sessions,
        HardMediumSoftLongScore forumplan,
        Duration forumplanTime,
        ExactResult exact,
        List<String> disagreements) {

    /**
     * How far forumplan's score is behind CP-SAT's, in percent of CP-SAT's, on the first level where they differ:
     * positive when forumplan is behind, negative when it is ahead, 0 when equal, null when CP-SAT found nothing or
     * its level is 0 (any penalty is then infinitely far).
     */
    public Double gapPercent() {
        return exact.found() ? percentBehind(forumplan, exact.score()) : null;
    }

    /** Whether CP-SAT proved that no schedule beats its own. */
    public boolean optimal() {
        return exact.optimal();
    }

    static Double percentBehind(HardMediumSoftLongScore score, HardMediumSoftLongScore reference) {
        for (ScoreLevel level : ScoreLevel.values()) {
            long ours = level.of(score);
            long theirs = level.of(reference);
            if (ours != theirs) {
                return theirs == 0 ? null : 100.0 * (theirs - ours) / Math.abs(theirs);
            }
        }
        return 0.0;
    }
}
