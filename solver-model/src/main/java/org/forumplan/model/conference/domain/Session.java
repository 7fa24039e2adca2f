package org.forumplan.model.conference.domain;

/**
 * A block of timeslots that every room has; sessions with neighbouring indexes are consecutive.
 *
 * @param index its position among the conference's sessions, from 0
 * @param timeslots how many timeslots it has in each room
 * @param roomPenalties per room index, the penalty for using the room in this session
 */
public record Session(int index, String name, int timeslots, long[] roomPenalties) {

    @Override
    public boolean equals(Object other) {
        return this == other;
    }

    @Override
    public int hashCode() {
        return index;
    }

    @Override
    public String toString() {
        return name;
    }
}
