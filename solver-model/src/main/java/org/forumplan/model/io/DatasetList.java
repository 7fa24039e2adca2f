package org.forumplan.model.io;

import org.forumplan.model.problem.ListElement;

/**
 * The lists of a {@code forumplan/1} document whose elements are named by an id (or, for placements, by their
 * session), and how a problem message names one of their elements: {@code session "WS23"}.
 */
public enum DatasetList {
    TIMESLOTS("timeslots", TimeslotJson.class, "id", "timeslot", "timeslot without an id"),
    ROOMS("rooms", RoomJson.class, "id", "room", "room without an id"),
    TOPICS("topics", TopicJson.class, "id", "topic", "topic without an id"),
    TRACKS("tracks", TrackJson.class, "id", "track", "track without an id"),
    PEOPLE("people", PersonJson.class, "id", "person", "person without an id"),
    SESSIONS("sessions", SessionJson.class, "id", "session", "session without an id"),
    PUBLISHED(
            "published", PublishedJson.class, "session", "published session", "published placement without a session"),
    ASSIGNMENTS(
            "schedule.assignments",
            AssignmentJson.class,
            "session",
            "assigned session",
            "assignment without a session");

    private final String path;
    private final Class<?> elementType;
    private final String idField;
    private final String noun;
    private final String unnamed;

    DatasetList(String path, Class<?> elementType, String idField, String noun, String unnamed) {
        this.path = path;
        this.elementType = elementType;
        this.idField = idField;
        this.noun = noun;
        this.unnamed = unnamed;
    }

    /** The list's JSON path, e.g. {@code schedule.assignments}. */
    public String path() {
        return path;
    }

    /** The record an element is read into. */
    Class<?> elementType() {
        return elementType;
    }

    /** The field that names an element: {@code id}, or {@code session} for placements. */
    public String idField() {
        return idField;
    }

    /** What an element is, e.g. {@code session}. */
    public String noun() {
        return noun;
    }

    /** "sessions[3]". */
    public String path(int index) {
        return "%s[%d]".formatted(path, index);
    }

    /**
     * The element at {@code index}, named by {@code id}, which may be missing (null or blank) when the element lacks
     * one.
     */
    public ListElement element(int index, String id) {
        String name = id == null || id.isBlank() ? unnamed : "%s \"%s\"".formatted(noun, id);
        return new ListElement(path(index), path(index) + "." + idField, name);
    }
}
