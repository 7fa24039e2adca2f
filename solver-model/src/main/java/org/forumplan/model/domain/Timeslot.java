package org.forumplan.model.domain;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

/**
 * A time in the forum's grid where sessions may start. Timeslots may overlap (a 30-minute flash slot inside a 90-minute
 * period), so every comparison uses the real interval, never the id.
 *
 * @param hostedKinds the session kinds that may start here, resolved from the dataset's slot kinds
 */
public record Timeslot(
        String id, LocalDate day, LocalTime start, LocalTime end, Set<SessionKind> hostedKinds, List<String> tags) {

    /** Minutes since the epoch at the start, in the forum's local time. */
    public int startMinute() {
        return ForumClock.minuteOf(day, start);
    }

    /** Minutes since the epoch at the end, in the forum's local time. */
    public int endMinute() {
        return ForumClock.minuteOf(day, end);
    }

    public int minutes() {
        return endMinute() - startMinute();
    }

    public boolean hosts(SessionKind kind) {
        return hostedKinds.contains(kind);
    }

    /** Minutes this timeslot shares with the interval [start, end). */
    public int overlapMinutes(int start, int end) {
        return Math.max(0, Math.min(end, endMinute()) - Math.max(start, startMinute()));
    }

    // Identified by id, like every fact of a dataset: hashing a whole record (lists of timeslots, sets of features) on
    // every move would dominate the score calculation.
    @Override
    public boolean equals(Object other) {
        return this == other || (other instanceof Timeslot that && id.equals(that.id));
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
