package org.forumplan.model.domain;

import java.util.List;

/**
 * A speaker, organizer or moderator.
 *
 * @param region null when the dataset does not say
 * @param unavailable timeslots during which the person cannot take part in any session
 */
public record Person(
        String id,
        String name,
        String organization,
        StakeholderGroup stakeholderGroup,
        String country,
        String region,
        List<Timeslot> unavailable) {

    /** Minutes of the interval [start, end) during which the person is unavailable. */
    public int unavailableMinutes(int start, int end) {
        int minutes = 0;
        for (Timeslot timeslot : unavailable) {
            minutes += timeslot.overlapMinutes(start, end);
        }
        return minutes;
    }

    /** "A. Speaker (p-017)", or the id alone for a person without a name. */
    public String describe() {
        return name == null || name.equals(id) ? id : "%s (%s)".formatted(name, id);
    }

    // Identified by id, like every fact of a dataset: hashing a whole record (lists of timeslots, sets of features) on
    // every move would dominate the score calculation.
    @Override
    public boolean equals(Object other) {
        return this == other || (other instanceof Person that && id.equals(that.id));
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
