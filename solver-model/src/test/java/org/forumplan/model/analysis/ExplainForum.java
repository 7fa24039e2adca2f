package org.forumplan.model.analysis;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.forumplan.model.domain.Programme;
import org.forumplan.model.domain.Session;
import org.forumplan.model.io.DatasetReader;
import org.forumplan.model.load.DatasetLoader;
import org.forumplan.model.problem.InvalidDatasetException;

/**
 * A small forum to explain, built as a {@code forumplan/1} document and loaded like any dataset, so that placements,
 * periods and possible placements are the ones the solver sees. Sessions are placed by hand through the document's
 * schedule.
 *
 * <p>The forum ({@code explain-forum.json}): Monday 2 June 2025 with {@link #MORNING} 09:00-10:30, a flash slot
 * {@link #FLASH_SLOT} 09:30-10:00 inside it (which cuts the morning into three periods) and {@link #LATE_MORNING}
 * 11:00-12:30; Tuesday 3 June with {@link #NEXT_MORNING} 09:00-10:30. Rooms: {@link #PLENARY} (main sessions only),
 * {@link #ROOM_A} (workshops, the only one with captioning), {@link #ROOM_B} (workshops) and {@link #CORNER} (flash
 * sessions). All seat 60 but the plenary, which seats 100, so that sessions of the default 50 attendees cost nothing
 * for their room. Topics {@code cir} ("Critical Internet Resources") and {@code rights} ("Human Rights"); people
 * {@code p-alice} and {@code p-bob}.
 */
public final class ExplainForum {

    public static final String MORNING = "d1-0900";
    static final String FLASH_SLOT = "d1-0930";
    public static final String LATE_MORNING = "d1-1100";
    public static final String NEXT_MORNING = "d2-0900";

    static final String PLENARY = "plenary";
    public static final String ROOM_A = "room-a";
    public static final String ROOM_B = "room-b";
    static final String CORNER = "corner";

    private static final ObjectMapper JSON = new ObjectMapper();

    // Building the solver factory behind the explainer is the slow part; the explainer keeps no state between calls.
    private static final ProgrammeExplainer EXPLAINER = new ProgrammeExplainer();

    private final ObjectNode document;
    private final ArrayNode sessions;
    private String storedScore;

    public ExplainForum() {
        try (InputStream base = ExplainForum.class.getResourceAsStream("explain-forum.json")) {
            document = (ObjectNode) JSON.readTree(base);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        sessions = document.putArray("sessions");
    }

    /** An optional 90-minute workshop proposal (value 60 unless evaluated). */
    public SessionSpec workshop(String id) {
        return session(id, "workshop", 90);
    }

    /** An optional 30-minute flash session proposal. */
    SessionSpec flash(String id) {
        return session(id, "flash", 30);
    }

    /** A mandatory 90-minute main session. */
    SessionSpec mainSession(String id) {
        return session(id, "main", 90).mandatory();
    }

    ExplainForum maxParallel(int sessionsAtOnce) {
        document.withObjectProperty("policy").put("maxParallel", sessionsAtOnce);
        return this;
    }

    ExplainForum weight(String constraintName, String score) {
        document.withObjectProperty("policy").withObjectProperty("weights").put(constraintName, score);
        return this;
    }

    /** The score the schedule claims; never trusted. */
    ExplainForum storedScore(String score) {
        this.storedScore = score;
        schedule().put("score", score);
        return this;
    }

    public Programme programme() {
        try {
            return DatasetLoader.load(new DatasetReader().read(JSON.writeValueAsString(document)))
                    .programme();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InvalidDatasetException e) {
            throw new IllegalStateException("The test forum does not load: " + e.problems(), e);
        }
    }

    ProgrammeExplanation explain() {
        return EXPLAINER.explain(programme(), storedScore);
    }

    /** The explanation of one session, within the explanation of the whole programme. */
    SessionExplanation explainSession(String sessionId) {
        Programme programme = programme();
        ProgrammeExplanation explanation = EXPLAINER.explain(programme, storedScore);
        Session session = programme.getSessions().stream()
                .filter(candidate -> candidate.getId().equals(sessionId))
                .findFirst()
                .orElseThrow();
        return ProgrammeExplainer.explainSession(programme, explanation, session);
    }

    /** The diagnosis of one unplaced optional proposal. */
    ProposalDiagnosis diagnosis(String sessionId) {
        return explain().unscheduledProposals().stream()
                .filter(proposal -> proposal.sessionId().equals(sessionId))
                .findFirst()
                .orElseThrow(() -> new AssertionError(sessionId + " is not among the unscheduled proposals"));
    }

    private SessionSpec session(String id, String kind, int minutes) {
        ObjectNode session = sessions.addObject()
                .put("id", id)
                .put("title", "Session " + id)
                .put("kind", kind)
                .put("durationMinutes", minutes);
        return new SessionSpec(session);
    }

    private ObjectNode schedule() {
        ObjectNode schedule = document.withObjectProperty("schedule");
        if (!schedule.has("assignments")) {
            schedule.putArray("assignments");
        }
        return schedule;
    }

    /** One session of the forum being written; {@link #at} or {@link #unplaced} returns to the forum. */
    public final class SessionSpec {

        private final ObjectNode json;

        private SessionSpec(ObjectNode json) {
            this.json = json;
        }

        SessionSpec minutes(int durationMinutes) {
            json.put("durationMinutes", durationMinutes);
            return this;
        }

        SessionSpec mandatory() {
            json.put("mandatory", true);
            return this;
        }

        SessionSpec evaluation(double evaluation) {
            json.put("evaluation", evaluation);
            return this;
        }

        SessionSpec developingCountry() {
            json.put("developingCountry", true);
            return this;
        }

        SessionSpec topics(String... topicIds) {
            ArrayNode topics = json.putArray("topics");
            for (String topic : topicIds) {
                topics.add(topic);
            }
            return this;
        }

        SessionSpec people(String... personIds) {
            ArrayNode people = json.putArray("people");
            for (String person : personIds) {
                people.addObject().put("person", person).put("role", "speaker");
            }
            return this;
        }

        SessionSpec attendance(int expected) {
            json.put("expectedAttendance", expected);
            return this;
        }

        SessionSpec requiring(String... features) {
            ArrayNode required = json.putArray("requiredFeatures");
            for (String feature : features) {
                required.add(feature);
            }
            return this;
        }

        SessionSpec exclusive() {
            json.put("exclusive", true);
            return this;
        }

        SessionSpec mustPrecede(String... later) {
            ArrayNode sessionIds = json.putArray("mustPrecede");
            for (String sessionId : later) {
                sessionIds.add(sessionId);
            }
            return this;
        }

        /** Pinned sessions are placed by the dataset itself, not by the schedule. */
        ExplainForum pinned(String room, String timeslot) {
            json.putObject("pinned").put("room", room).put("timeslot", timeslot);
            return ExplainForum.this;
        }

        public ExplainForum at(String room, String timeslot) {
            ((ArrayNode) schedule().get("assignments"))
                    .addObject()
                    .put("session", json.get("id").asText())
                    .put("room", room)
                    .put("timeslot", timeslot);
            return ExplainForum.this;
        }

        public ExplainForum unplaced() {
            return ExplainForum.this;
        }
    }
}
