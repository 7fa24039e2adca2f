package org.forumplan.model.conference.io;

import java.util.List;
import org.forumplan.model.io.SolverRunJson;

/**
 * Where each submission is.
 *
 * @param score the score when written, e.g. {@code 0hard/-1664soft}; never trusted on reading
 * @param solver how the schedule was found, or null
 */
public record ConferenceScheduleJson(String score, SolverRunJson solver, List<SubmissionAssignmentJson> assignments) {

    /**
     * @param session the session's name
     * @param room the room's name
     * @param timeslot the first of its timeslots within the session, from 0
     */
    public record SubmissionAssignmentJson(String submission, String session, String room, int timeslot) {}
}
