package org.forumplan.model.domain;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * Something two sessions can have in common that makes running them at once a clash: a room, a person, a topic to
 * spread, a track, an organization. Grouping all of a session's facets in one stream lets the clash constraints share
 * its nodes.
 *
 * <p>Equal by kind and value. Not a record: it is hashed on every move, so the hash is computed once. Made by one
 * factory per kind, each taking its own type, so a facet can name its value in words without casts.
 */
public final class SessionFacet {

    /** The kinds of facet, each with how sessions sharing one are said to share it. */
    public enum Kind {
        ROOM("in"),
        PERSON("with"),
        SPREAD_TOPIC("on"),
        TRACK("in track"),
        ORGANIZATION("run by");

        private final String sharing;

        Kind(String sharing) {
            this.sharing = sharing;
        }
    }

    // Sets kinds far apart: ids such as p-017 and p-018 hash one apart, so a small multiplier could make a person and a
    // room with nearby ids collide.
    private static final int SPREAD = 0x9E3779B9;

    private final Kind kind;
    private final Object value;
    private final int hash;
    // Words are wanted only to explain a score, so the name is made then, from the typed value the factory saw.
    private final Supplier<String> name;

    private SessionFacet(Kind kind, Object value, Supplier<String> name) {
        this.kind = Objects.requireNonNull(kind);
        this.value = Objects.requireNonNull(value);
        this.hash = kind.ordinal() * SPREAD + value.hashCode();
        this.name = name;
    }

    public static SessionFacet room(Room room) {
        return new SessionFacet(Kind.ROOM, room, room::id);
    }

    public static SessionFacet person(Person person) {
        return new SessionFacet(Kind.PERSON, person, person::describe);
    }

    /** A topic whose sessions should not run in parallel ({@link Topic#spreads()}). */
    public static SessionFacet spreadTopic(Topic topic) {
        return new SessionFacet(Kind.SPREAD_TOPIC, topic, topic::name);
    }

    public static SessionFacet track(Track track) {
        return new SessionFacet(Kind.TRACK, track, track::name);
    }

    public static SessionFacet organization(String organization) {
        return new SessionFacet(Kind.ORGANIZATION, organization, () -> organization);
    }

    public Kind kind() {
        return kind;
    }

    /** The value in words: "ws-02", "Alice Aydın (p-alice)", "Critical Internet Resources", "Example University". */
    public String name() {
        return name.get();
    }

    /**
     * What sessions sharing the facet share, read after "both" or "all": "in ws-02", "with Alice Aydın (p-alice)", "on
     * Critical Internet Resources", "in track Access", "run by Example University".
     */
    public String describeSharing() {
        return kind.sharing + " " + name();
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
