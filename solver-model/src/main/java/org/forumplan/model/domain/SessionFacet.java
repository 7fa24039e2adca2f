package org.forumplan.model.domain;

import java.util.Objects;

/**
 * Something two sessions can have in common that makes running them at once a clash: a room, a person, a topic to
 * spread, a track, an organization. Grouping all of a session's facets in one stream lets the clash constraints share
 * its nodes.
 *
 * <p>Equal by kind and value. Not a record: it is hashed on every move, so the hash is computed once.
 */
public final class SessionFacet {

    public enum Kind {
        ROOM,
        PERSON,
        SPREAD_TOPIC,
        TRACK,
        ORGANIZATION
    }

    // Sets kinds far apart: ids such as p-017 and p-018 hash one apart, so a small multiplier could make a person and a
    // room with nearby ids collide.
    private static final int SPREAD = 0x9E3779B9;

    private final Kind kind;
    private final Object value;
    private final int hash;

    /** @param value the room, person, topic, track or organization name */
    public SessionFacet(Kind kind, Object value) {
        this.kind = Objects.requireNonNull(kind);
        this.value = Objects.requireNonNull(value);
        this.hash = kind.ordinal() * SPREAD + value.hashCode();
    }

    public Kind kind() {
        return kind;
    }

    public Object value() {
        return value;
    }

    @Override
    public boolean equals(Object other) {
        return this == other
                || (other instanceof SessionFacet that
                        && hash == that.hash
                        && kind == that.kind
                        && value.equals(that.value));
    }

    @Override
    public int hashCode() {
        return hash;
    }

    @Override
    public String toString() {
        return kind + ":" + value;
    }
}
