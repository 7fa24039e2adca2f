package org.forumplan.model.domain;

/**
 * One session must end before another starts: from {@code mustPrecede}, or a feeder workshop before the main session it
 * feeds. Holds session ids, not sessions, because facts are not planning-cloned and must not point at entities.
 */
public record Precedence(String earlierId, String laterId, Reason reason) {

    public enum Reason {
        MUST_PRECEDE,
        FEEDS
    }
}
