package org.forumplan.model.edit;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import java.util.List;
import org.forumplan.model.domain.Placement;

/**
 * One place a session could go, with what the whole programme would score there.
 *
 * @param placement the room, start timeslot and span
 * @param score the programme's score with the session there and everything else as it is
 * @param change the score there minus the score now
 * @param constraints each constraint whose cost would change, most changed first
 */
public record PlaceSuggestion(
        Placement placement,
        HardMediumSoftLongScore score,
        HardMediumSoftLongScore change,
        List<ConstraintChange> constraints) {

    /**
     * @param change the constraint's score there minus now
     * @param reasons the matches that come or go, in words, e.g. "would run beside WS30 on Access"
     */
    public record ConstraintChange(String name, HardMediumSoftLongScore change, List<String> reasons) {}

    /** Whether the place breaks a hard constraint the programme does not break now. */
    public boolean breaksHardConstraint() {
        return change.hardScore() < 0;
    }
}
