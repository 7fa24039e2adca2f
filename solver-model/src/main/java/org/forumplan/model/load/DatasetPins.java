package org.forumplan.model.load;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.forumplan.model.io.AssignmentJson;
import org.forumplan.model.io.DatasetJson;
import org.forumplan.model.io.PlacementJson;
import org.forumplan.model.io.SessionJson;
import org.forumplan.model.problem.Suggestions;

/**
 * Pins sessions of a dataset document at their scheduled placement, or unpins them ({@code forumplan pin}): an edit of
 * the document itself, so that every later solve keeps them where they are.
 */
public final class DatasetPins {

    /**
     * @param document the document with the sessions pinned or unpinned
     * @param changed the sessions whose pin changed, in the order asked
     * @param unchanged the sessions that were already as asked (pinned there, or not pinned)
     */
    public record Edit(DatasetJson document, List<String> changed, List<String> unchanged) {}

    private DatasetPins() {}

    /**
     * Pins each session at its placement in the document's schedule.
     *
     * @throws IllegalArgumentException naming the first session that does not exist (with the closest id) or has no
     *     scheduled placement
     */
    public static Edit pin(DatasetJson document, List<String> sessionIds) {
        Map<String, AssignmentJson> scheduled = new HashMap<>();
        if (document.schedule() != null && document.schedule().assignments() != null) {
            document.schedule().assignments().forEach(assignment -> scheduled.put(assignment.session(), assignment));
        }
        Map<String, SessionJson> sessions = sessionsById(document);
        Set<String> asked = check(sessions, sessionIds);
        List<String> changed = new ArrayList<>();
        List<String> unchanged = new ArrayList<>();
        for (String id : asked) {
            AssignmentJson assignment = scheduled.get(id);
            if (assignment == null) {
                throw new IllegalArgumentException(
                        document.schedule() == null
                                ? "%s: the file has no schedule; a session is pinned at its scheduled place, so solve first"
                                        .formatted(id)
                                : "%s has no place in the file's schedule (it is unscheduled), so there is nowhere to pin it"
                                        .formatted(id));
            }
            Integer span = assignment.span() == null || assignment.span() == 1 ? null : assignment.span();
            PlacementJson pin = new PlacementJson(assignment.room(), assignment.timeslot(), span);
            PlacementJson current = sessions.get(id).pinned();
            if (current != null
                    && current.room().equals(pin.room())
                    && current.timeslot().equals(pin.timeslot())) {
                unchanged.add(id);
            } else {
                sessions.put(id, sessions.get(id).withPinned(pin));
                changed.add(id);
            }
        }
        return new Edit(withSessions(document, sessions), List.copyOf(changed), List.copyOf(unchanged));
    }

    /**
     * Removes each session's pin; its scheduled placement stays, as the next solve's starting point.
     *
     * @throws IllegalArgumentException naming the first session that does not exist, with the closest id
     */
    public static Edit unpin(DatasetJson document, List<String> sessionIds) {
        Map<String, SessionJson> sessions = sessionsById(document);
        List<String> changed = new ArrayList<>();
        List<String> unchanged = new ArrayList<>();
        for (String id : check(sessions, sessionIds)) {
            if (sessions.get(id).pinned() == null) {
                unchanged.add(id);
            } else {
                sessions.put(id, sessions.get(id).withPinned(null));
                changed.add(id);
            }
        }
        return new Edit(withSessions(document, sessions), List.copyOf(changed), List.copyOf(unchanged));
    }

    private static Set<String> check(Map<String, SessionJson> sessions, List<String> sessionIds) {
        for (String id : sessionIds) {
            if (!sessions.containsKey(id)) {
                throw new IllegalArgumentException(
                        "no session \"%s\" in the file%s".formatted(id, Suggestions.didYouMean(id, sessions.keySet())));
            }
        }
        return new LinkedHashSet<>(sessionIds);
    }

    private static Map<String, SessionJson> sessionsById(DatasetJson document) {
        Map<String, SessionJson> sessions = new LinkedHashMap<>();
        document.sessions().forEach(session -> sessions.put(session.id(), session));
        return sessions;
    }

    /** The document's sessions, in their order, with the edited ones replaced. */
    private static DatasetJson withSessions(DatasetJson document, Map<String, SessionJson> edited) {
        return document.withSessions(document.sessions().stream()
                .map(session -> edited.get(session.id()))
                .toList());
    }
}
