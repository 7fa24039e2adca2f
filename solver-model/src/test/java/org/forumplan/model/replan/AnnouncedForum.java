package org.forumplan.model.replan;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.function.Predicate;
import org.forumplan.model.io.DatasetJson;
import org.forumplan.model.io.DatasetReader;
import org.forumplan.model.problem.InvalidDatasetException;

/**
 * A small announced programme ({@code announced-forum.json}) and the changes a forum makes to it after announcing it.
 *
 * <p>Tuesday 2 September 2014, {@value #MORNING} 09:00-10:30 and {@value #LATE_MORNING} 11:00-12:30, and Wednesday 3
 * September, {@value #NEXT_DAY} 09:00-10:30; rooms ws-01, ws-02 and ws-03; Alice (p-alice) and Bob (p-bob). As
 * announced:
 *
 * <pre>
 *                 ws-01          ws-02          ws-03
 * Tue 09:00       WS1 (Alice)    WS2 (Bob)      WS5
 * Tue 11:00       WS3 (4.0)      WS4 (2.0)      -
 * Wed 09:00       WS6 (3.0)      -              -
 * </pre>
 *
 * WS1, WS2 and WS5 are mandatory; WS3, WS4 and WS6 optional proposals with the evaluation shown.
 */
public final class AnnouncedForum {

    public static final String MORNING = "d1-0900";
    public static final String LATE_MORNING = "d1-1100";
    public static final String NEXT_DAY = "d2-0900";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ObjectNode document;

    private AnnouncedForum() {
        try (InputStream in = AnnouncedForum.class.getResourceAsStream("announced-forum.json")) {
            document = (ObjectNode) JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The forum as announced, with its schedule. */
    public static DatasetJson announced() {
        return new AnnouncedForum().document();
    }

    /** The same forum, to be changed, without a schedule: {@code solve --from} takes the announced one. */
    public static AnnouncedForum changed() {
        AnnouncedForum forum = new AnnouncedForum();
        forum.document.remove("schedule");
        return forum;
    }

    public AnnouncedForum roomUnavailable(String roomId, String... timeslotIds) {
        ArrayNode unavailable = element("rooms", roomId).putArray("unavailable");
        for (String timeslot : timeslotIds) {
            unavailable.add(timeslot);
        }
        return this;
    }

    public AnnouncedForum personUnavailable(String personId, String... timeslotIds) {
        ArrayNode unavailable = element("people", personId).putArray("unavailable");
        for (String timeslot : timeslotIds) {
            unavailable.add(timeslot);
        }
        return this;
    }

    /** Adds a person to a session, e.g. when two workshops merge. */
    public AnnouncedForum addPerson(String sessionId, String personId) {
        ArrayNode people = element("sessions", sessionId).withArrayProperty("people");
        people.addObject().put("person", personId).put("role", "speaker");
        return this;
    }

    public AnnouncedForum capacity(String roomId, int seats) {
        element("rooms", roomId).put("capacity", seats);
        return this;
    }

    public AnnouncedForum attendance(String sessionId, int expected) {
        element("sessions", sessionId).put("expectedAttendance", expected);
        return this;
    }

    public AnnouncedForum mandatory(String sessionId) {
        element("sessions", sessionId).put("mandatory", true);
        return this;
    }

    /** Makes a session an optional proposal with this evaluation (value 20 a point). */
    public AnnouncedForum proposal(String sessionId, double evaluation) {
        element("sessions", sessionId).put("evaluation", evaluation).remove("mandatory");
        return this;
    }

    public AnnouncedForum remove(String listName, String id) {
        removeIf(listName, element -> element.get("id").asText().equals(id));
        return this;
    }

    /** A session kind the timeslot no longer hosts, so that placements there no longer resolve. */
    public AnnouncedForum timeslotKinds(String timeslotId, String... kinds) {
        ArrayNode list = element("timeslots", timeslotId).putArray("kinds");
        for (String kind : kinds) {
            list.add(kind);
        }
        return this;
    }

    public AnnouncedForum pin(String sessionId, String roomId, String timeslotId) {
        element("sessions", sessionId).putObject("pinned").put("room", roomId).put("timeslot", timeslotId);
        return this;
    }

    /** A schedule of the changed dataset's own, which stays its starting point. */
    public AnnouncedForum scheduled(String sessionId, String roomId, String timeslotId) {
        ObjectNode schedule = document.withObjectProperty("schedule");
        schedule.withArrayProperty("assignments")
                .addObject()
                .put("session", sessionId)
                .put("room", roomId)
                .put("timeslot", timeslotId);
        return this;
    }

    public DatasetJson document() {
        try {
            return new DatasetReader().read(JSON.writeValueAsString(document));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InvalidDatasetException e) {
            throw new IllegalStateException("The test forum does not read: " + e.problems(), e);
        }
    }

    private ObjectNode element(String listName, String id) {
        for (var element : document.withArrayProperty(listName)) {
            if (element.get("id").asText().equals(id)) {
                return (ObjectNode) element;
            }
        }
        throw new IllegalArgumentException("no " + id + " in " + listName);
    }

    private void removeIf(String listName, Predicate<ObjectNode> condition) {
        ArrayNode list = document.withArrayProperty(listName);
        for (int i = list.size() - 1; i >= 0; i--) {
            if (condition.test((ObjectNode) list.get(i))) {
                list.remove(i);
            }
        }
    }
}
