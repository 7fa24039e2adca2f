package org.forumplan.model.conference.io;

import java.time.LocalTime;

/**
 * A session: a block of timeslots that every room has. Sessions listed next to each other are consecutive.
 *
 * @param timeslots how many timeslots it has in each room
 * @param date its day as the instance gives it (text; the objective does not use it)
 */
public record SessionJson(String name, int timeslots, String date, LocalTime start, LocalTime end) {}
