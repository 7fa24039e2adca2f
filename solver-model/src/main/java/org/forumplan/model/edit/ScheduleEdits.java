package org.forumplan.model.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.forumplan.model.io.AssignmentJson;
import org.forumplan.model.io.DatasetJson;
import org.forumplan.model.io.ScheduleJson;
import org.forumplan.model.io.SessionJson;
import org.forumplan.model.problem.Suggestions;

/**
 * Hand edits of a dataset's schedule ({@code forumplan move}, {@code swap}, {@code unplace}): the document's
 * assignments changed, nothing else. Reading the edited document back checks the new places as any schedule is
 * checked (the room hosts the kind, the session fits the day's timeslots), and its score says what else they break.
 * The derived day, start and end of an edited assignment are left out; writing the schedule again fills them in.
 */
public final class ScheduleEdits {

    private ScheduleEdits() {}

    /**
     * The session at that room and start timeslot.
     *
     * @param span the timeslots it covers, or null for the fewest that hold it
     * @throws IllegalArgumentException when the session does not exist (naming the closest id)
     */
    public static DatasetJson place(
            DatasetJson document, String sessionId, String room, String timeslot, Integer span) {
        requireSession(document, sessionId);
        List<AssignmentJson> assignments = assignments(document);
        assignments.removeIf(assignment -> assignment.session().equals(sessionId));
        assignments.add(new AssignmentJson(sessionId, room, timeslot, span, null, null, null));
        return withAssignments(document, assignments);
    }

    /** The session without a place. */
    public static DatasetJson unplace(DatasetJson document, String sessionId) {
        requireSession(document, sessionId);
        List<AssignmentJson> assignments = assignments(document);
        assignments.removeIf(assignment -> assignment.session().equals(sessionId));
        return withAssignments(document, assignments);
    }

    /**
     * Each session in the other's room from the other's start timeslot, each with the span its own duration needs; a
     * session without a place leaves the other without one.
     */
    public static DatasetJson swap(DatasetJson document, String firstId, String secondId) {
        requireSession(document, firstId);
        requireSession(document, secondId);
        Map<String, AssignmentJson> bySession =
                assignments(document).stream().collect(Collectors.toMap(AssignmentJson::session, Function.identity()));
        AssignmentJson first = bySession.get(firstId);
        AssignmentJson second = bySession.get(secondId);
        DatasetJson edited = second == null
                ? unplace(document, firstId)
                : place(document, firstId, second.room(), second.timeslot(), null);
        return first == null
                ? unplace(edited, secondId)
                : place(edited, secondId, first.room(), first.timeslot(), null);
    }

    private static void requireSession(DatasetJson document, String sessionId) {
        List<String> ids = document.sessions().stream().map(SessionJson::id).toList();
        if (!ids.contains(sessionId)) {
            throw new IllegalArgumentException(
                    "no session \"%s\" in the file%s".formatted(sessionId, Suggestions.didYouMean(sessionId, ids)));
        }
    }

    private static List<AssignmentJson> assignments(DatasetJson document) {
        ScheduleJson schedule = document.schedule();
        return schedule == null || schedule.assignments() == null
                ? new ArrayList<>()
                : new ArrayList<>(schedule.assignments());
    }

    /** The schedule with these assignments; its score, unscheduled list and solver are rewritten on writing. */
    private static DatasetJson withAssignments(DatasetJson document, List<AssignmentJson> assignments) {
        ScheduleJson schedule = document.schedule();
        return document.withSchedule(new ScheduleJson(
                null, null, List.copyOf(assignments), null, schedule == null ? null : schedule.solver()));
    }
}
