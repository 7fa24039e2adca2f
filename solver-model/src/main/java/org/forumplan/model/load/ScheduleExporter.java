package org.forumplan.model.load;

import java.util.ArrayList;
import java.util.List;
import org.forumplan.model.domain.Placement;
import org.forumplan.model.domain.Programme;
import org.forumplan.model.domain.Session;
import org.forumplan.model.io.AssignmentJson;
import org.forumplan.model.io.DatasetJson;
import org.forumplan.model.io.ScheduleJson;
import org.forumplan.model.io.SolverRunJson;

/** Writes a solved programme back into its dataset document as {@code schedule}, leaving the rest as it was. */
public final class ScheduleExporter {

    private ScheduleExporter() {}

    /** The input document with the programme's placements as its schedule. */
    public static DatasetJson withSchedule(DatasetJson input, Programme solved, SolverRunJson run) {
        return input.withSchedule(schedule(solved, run));
    }

    public static ScheduleJson schedule(Programme solved, SolverRunJson run) {
        List<AssignmentJson> assignments = new ArrayList<>();
        List<String> unscheduled = new ArrayList<>();
        for (Session session : solved.getSessions()) {
            Placement placement = session.getPlacement();
            if (placement == null) {
                unscheduled.add(session.getId());
            } else {
                assignments.add(assignment(session.getId(), placement));
            }
        }
        return new ScheduleJson(
                solved.getScore() == null ? null : solved.getScore().toString(),
                solved.getScore() == null ? null : solved.getScore().isFeasible(),
                assignments,
                unscheduled,
                run);
    }

    public static AssignmentJson assignment(String sessionId, Placement placement) {
        return new AssignmentJson(
                sessionId,
                placement.roomId(),
                placement.startTimeslot().id(),
                placement.span(),
                placement.day(),
                placement.startTimeslot().start(),
                placement.timeslots().get(placement.span() - 1).end());
    }
}
