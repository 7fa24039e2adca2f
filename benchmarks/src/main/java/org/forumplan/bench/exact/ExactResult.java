package org.forumplan.bench.exact;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import org.forumplan.model.constraints.ForumConstraint;
import org.forumplan.model.constraints.ScoreLevel;

/**
 * What CP-SAT found: the best schedule's score as the model counts it, and what it proved.
 *
 * @param score null when no schedule was found (then {@link #status()} says why)
 * @param bounds for each level CP-SAT minimized, in order, the best penalty it proved no schedule can beat
 * @param optimal whether every level was proven optimal
 * @param penalties each constraint's penalty in the schedule, as the model counts it
 * @param status CP-SAT's status when no schedule was found: INFEASIBLE (the pins and value ranges break a hard rule)
 *     or UNKNOWN (no schedule in the time)
 */
public record ExactResult(
        HardMediumSoftLongScore score,
        List<LevelBound> bounds,
        boolean optimal,
        Duration time,
        Function<ForumConstraint, HardMediumSoftLongScore> penalties,
        String status) {

    /** The best penalty CP-SAT proved on a level, with the levels above held at their best. */
    public record LevelBound(ScoreLevel level, long penalty, boolean optimal) {}

    ExactResult(
            HardMediumSoftLongScore score,
            List<LevelBound> bounds,
            boolean optimal,
            Duration time,
            Function<ForumConstraint, HardMediumSoftLongScore> penalties) {
        this(score, List.copyOf(bounds), optimal, time, penalties, optimal ? "OPTIMAL" : "FEASIBLE");
    }

    static ExactResult without(String status, Duration time) {
        return new ExactResult(null, List.of(), false, time, constraint -> null, status);
    }

    public boolean found() {
        return score != null;
    }

    /**
     * The best score any schedule can have, as far as proven: each level CP-SAT minimized up to and including the first
     * it did not prove, a level it did not need the score's own, and {@code *} (anything) below an unproven level, whose
     * bound held the levels above at a value not proven best.
     */
    public String boundText() {
        if (!found()) {
            return "*hard/*medium/*soft";
        }
        StringBuilder text = new StringBuilder();
        boolean proven = true;
        for (ScoreLevel level : ScoreLevel.values()) {
            LevelBound bound = bounds.stream()
                    .filter(candidate -> candidate.level() == level)
                    .findFirst()
                    .orElse(null);
            String value;
            if (!proven) {
                value = "*";
            } else if (bound == null) {
                value = Long.toString(level.of(score));
            } else {
                value = Long.toString(-bound.penalty());
                proven = bound.optimal();
            }
            text.append(text.isEmpty() ? "" : "/").append(value).append(level.label());
        }
        return text.toString();
    }
}
