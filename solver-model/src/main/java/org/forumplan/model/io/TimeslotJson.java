package org.forumplan.model.io;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * {@code timeslots[]}.
 *
 * @param kinds slot categories ({@code regular}, {@code flash}, {@code day0}) or session kinds that may start here
 */
@JsonPropertyOrder({"id", "day", "start", "end", "kinds", "tags"})
public record TimeslotJson(
        String id, LocalDate day, LocalTime start, LocalTime end, List<String> kinds, List<String> tags) {}
