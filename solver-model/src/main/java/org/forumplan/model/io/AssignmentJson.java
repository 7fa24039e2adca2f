package org.forumplan.model.io;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * {@code schedule.assignments[]}: a session's placement; {@code day}, {@code start} and {@code end} are derived from
 * the timeslots for readers of the file and must agree with them on input.
 */
@JsonPropertyOrder({"session", "room", "timeslot", "span", "day", "start", "end"})
public record AssignmentJson(
        String session, String room, String timeslot, Integer span, LocalDate day, LocalTime start, LocalTime end) {}
