package org.forumplan.model.conference.domain;

/**
 * Where a submission can be: consecutive timeslots of one cell.
 *
 * @param start the first timeslot within the session, from 0
 * @param length how many timeslots, the submission's own number
 */
public record Slot(Cell cell, int start, int length) {

    /** The timeslot after the last one it holds. */
    public int end() {
        return start + length;
    }

    /** How many timeslots it shares with another slot of the same session (0 in another session). */
    public int overlap(Slot other) {
        if (cell.session() != other.cell.session()) {
            return 0;
        }
        return Math.max(0, Math.min(end(), other.end()) - Math.max(start, other.start));
    }

    @Override
    public boolean equals(Object other) {
        return this == other;
    }

    @Override
    public int hashCode() {
        return cell.index() * 64 + start;
    }

    @Override
    public String toString() {
        return cell + "#" + start + (length > 1 ? "+" + length : "");
    }
}
