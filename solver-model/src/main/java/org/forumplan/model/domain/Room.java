package org.forumplan.model.domain;

import java.util.List;
import java.util.Set;

/**
 * A room sessions take place in.
 *
 * @param kinds the session kinds the room may host
 * @param unavailable timeslots during which the room cannot be used
 */
public record Room(
        String id,
        String name,
        int capacity,
        Set<RoomFeature> features,
        Set<SessionKind> kinds,
        List<Timeslot> unavailable) {

    public boolean hosts(SessionKind kind) {
        return kinds.contains(kind);
    }

    /** Minutes of the interval [start, end) during which the room is unavailable. */
    public int unavailableMinutes(int start, int end) {
        int minutes = 0;
        for (Timeslot timeslot : unavailable) {
            minutes += timeslot.overlapMinutes(start, end);
        }
        return minutes;
    }

    // Identified by id, like every fact of a dataset: hashing a whole record (lists of timeslots, sets of features) on
    // every move would dominate the score calculation.
    @Override
    public boolean equals(Object other) {
        return this == other || (other instanceof Room that && id.equals(that.id));
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return id;
    }
}
