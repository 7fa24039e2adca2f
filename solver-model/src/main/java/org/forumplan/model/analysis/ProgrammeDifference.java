package org.forumplan.model.analysis;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import java.util.List;
import org.forumplan.model.constraints.ScoreLevel;

/**
 * What changed from one programme to another: for reviewers comparing two proposals, and after re-planning.
 *
 * @param oldScore the old programme's score, recomputed from its data
 * @param newScore the new programme's score, recomputed from its data
 * @param unchanged how many sessions are in both programmes with the same placement (or unplaced in both)
 * @param moved sessions placed in both programmes, in another room, at another time, or both
 * @param added sessions only the new programme has, placed or not
 * @param removed sessions only the old programme has, placed or not
 * @param newlyScheduled sessions in both, unplaced in the old programme and placed in the new one
 * @param dropped sessions in both, placed in the old programme and unplaced in the new one
 * @param constraints every constraint whose cost changed, in catalogue order
 */
public record ProgrammeDifference(
        HardMediumSoftLongScore oldScore,
        HardMediumSoftLongScore newScore,
        int unchanged,
        List<Move> moved,
        List<SessionChange> added,
        List<SessionChange> removed,
        List<SessionChange> newlyScheduled,
        List<SessionChange> dropped,
        List<ConstraintChange> constraints) {

    /** The new score minus the old one: positive levels got better. */
    public HardMediumSoftLongScore scoreChange() {
        return newScore.subtract(oldScore);
    }

    /** Whether the two programmes place every session alike. */
    public boolean samePlacements() {
        return moved.isEmpty() && added.isEmpty() && removed.isEmpty() && newlyScheduled.isEmpty() && dropped.isEmpty();
    }

    /**
     * A session placed in both programmes, somewhere else in the new one.
     *
     * @param from e.g. "ws-02, Wed 3 Sep 09:00-10:30"
     * @param to e.g. "ws-05, Wed 3 Sep 11:00-12:30"
     */
    public record Move(
            String sessionId, String title, String from, String to, boolean roomChanged, boolean timeChanged) {

        /** "room", "time" or "room and time". */
        public String what() {
            if (roomChanged && timeChanged) {
                return "room and time";
            }
            return roomChanged ? "room" : "time";
        }
    }

    /**
     * A session that came, went, got a place or lost it.
     *
     * @param placement where it is placed in the programme that places it (the new one for added and newly scheduled
     *     sessions, the old one for removed and dropped sessions), or null when it is unplaced there
     * @param mandatory whether it must take place (otherwise it is an optional proposal)
     */
    public record SessionChange(String sessionId, String title, String kind, boolean mandatory, String placement) {}

    /**
     * What one constraint costs in each programme.
     *
     * @param oldScore its cost in the old programme, zero when it cost nothing there
     * @param oldMatches its matches in the old programme
     */
    public record ConstraintChange(
            String code,
            String name,
            ScoreLevel level,
            HardMediumSoftLongScore oldScore,
            HardMediumSoftLongScore newScore,
            int oldMatches,
            int newMatches) {

        /** The new cost minus the old one: positive when the constraint costs less now. */
        public HardMediumSoftLongScore change() {
            return newScore.subtract(oldScore);
        }
    }
}
