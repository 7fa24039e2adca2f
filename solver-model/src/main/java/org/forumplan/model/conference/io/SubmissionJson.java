package org.forumplan.model.conference.io;

import java.util.List;
import java.util.Map;

/**
 * A submission (a talk).
 *
 * @param reference its unique name
 * @param timeslots how many consecutive timeslots of one room in one session it needs
 * @param order its place within its track, from 1; 0 for any
 * @param timeZone where its presenter is, {@code GMT+k} or {@code GMT-k}
 * @param sessionPenalties per session name, the penalty per timeslot it holds in that session (non-zero only)
 * @param roomPenalties per room name, the penalty per timeslot it holds in that room (non-zero only)
 */
public record SubmissionJson(
        String reference,
        String track,
        int timeslots,
        int order,
        String timeZone,
        List<String> presenters,
        List<String> attendees,
        Map<String, Long> sessionPenalties,
        Map<String, Long> roomPenalties) {}
