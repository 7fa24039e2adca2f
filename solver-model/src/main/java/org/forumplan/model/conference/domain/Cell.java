package org.forumplan.model.conference.domain;

/**
 * One room in one session: the unit a track owns. At most one track's submissions share a cell.
 *
 * @param index the same for the same session and room, so that cells can key a grouping
 */
public record Cell(int index, Session session, Room room) {

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
        return session.name() + "/" + room.name();
    }
}
