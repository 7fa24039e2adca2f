package org.forumplan.model.io;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * {@code sessions[].pinned}: a room and start timeslot.
 *
 * @param span consecutive timeslots covered; absent means the fewest that cover the session's duration
 */
@JsonPropertyOrder({"room", "timeslot", "span"})
public record PlacementJson(String room, String timeslot, Integer span) {}
