package org.forumplan.model.io;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** {@code published[]}: where the announced programme put a session. */
@JsonPropertyOrder({"session", "room", "timeslot", "span"})
public record PublishedJson(String session, String room, String timeslot, Integer span) {}
