package org.forumplan.model.domain;

/**
 * Something two sessions can have in common that makes running them at once a clash: a person, a topic to spread, a
 * track, an organization. Grouping all of a session's facets in one stream lets the clash constraints share its nodes.
 *
 * @param value the person, topic, track or organization name
 */
public record SessionFacet(Kind kind, Object value) {

    public enum Kind {
        PERSON,
        SPREAD_TOPIC,
        TRACK,
        ORGANIZATION
    }
}
