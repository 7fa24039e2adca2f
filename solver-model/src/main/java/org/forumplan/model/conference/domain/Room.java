package org.forumplan.model.conference.domain;

/** A room, the same in every session. */
public record Room(int index, String name) {

    @Override
    public String toString() {
        return name;
    }
}
