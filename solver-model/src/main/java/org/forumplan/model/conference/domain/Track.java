package org.forumplan.model.conference.domain;

/**
 * A track: the submissions that belong together, and what it costs where.
 *
 * @param index its position among the conference's tracks, from 0
 * @param sessionPenalties per session index, the penalty for the track in a room of that session
 * @param roomPenalties per room index, the penalty for the track in that room in a session
 * @param similarity per track index, how similar the other track is (0 for itself)
 * @param chairConflicts per track index, whether the two tracks share a chair (false for itself)
 */
public record Track(
        int index,
        String name,
        long[] sessionPenalties,
        long[] roomPenalties,
        long[] similarity,
        boolean[] chairConflicts) {

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
