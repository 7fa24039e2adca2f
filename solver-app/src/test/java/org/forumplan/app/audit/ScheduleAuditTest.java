package org.forumplan.app.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.forumplan.app.audit.ScheduleAudit.Rule;
import org.forumplan.app.audit.ScheduleAudit.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The audit on a small hand-made forum: the clean schedule passes, and each broken variant, made by breaking exactly
 * one rule, is reported under that rule and no other.
 */
class ScheduleAuditTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * One workshop day with an exclusive opening, flash and Day-0 slots, and a second day whose first slot hosts only
     * main sessions; MS2 spans m1 and m2 across the coffee break. maxParallel 3 is never exceeded.
     */
    private static final String CLEAN = """
            {
              "format": "forumplan/1",
              "forum": { "name": "Audit test forum", "timeZone": "Africa/Nairobi" },
              "timeslots": [
                { "id": "d0", "day": "2025-06-09", "start": "09:00", "end": "12:00", "kinds": ["day0"] },
                { "id": "t1", "day": "2025-06-10", "start": "09:00", "end": "10:30", "kinds": ["regular"] },
                { "id": "t2", "day": "2025-06-10", "start": "11:00", "end": "12:30", "kinds": ["regular"] },
                { "id": "f1", "day": "2025-06-10", "start": "12:45", "end": "13:15", "kinds": ["flash"] },
                { "id": "t3", "day": "2025-06-10", "start": "14:00", "end": "15:30", "kinds": ["regular"] },
                { "id": "t4", "day": "2025-06-10", "start": "16:00", "end": "17:30", "kinds": ["regular"] },
                { "id": "m1", "day": "2025-06-11", "start": "09:00", "end": "10:30", "kinds": ["main"] },
                { "id": "m2", "day": "2025-06-11", "start": "11:00", "end": "12:30", "kinds": ["regular"] }
              ],
              "rooms": [
                { "id": "plenary", "capacity": 500, "features": ["webcast", "interpretation"],
                  "kinds": ["main", "pre_event"], "unavailable": [] },
                { "id": "ws-a", "capacity": 80, "features": ["webcast"], "kinds": ["workshop", "open_forum"],
                  "unavailable": ["t4"] },
                { "id": "ws-b", "capacity": 60, "features": [] },
                { "id": "flash-space", "capacity": 30, "kinds": ["flash"] }
              ],
              "people": [
                { "id": "p1", "unavailable": ["t3"] },
                { "id": "p2" },
                { "id": "p3" },
                { "id": "p4" }
              ],
              "sessions": [
                { "id": "OPEN", "title": "Opening", "kind": "main", "durationMinutes": 90, "mandatory": true,
                  "exclusive": true, "pinned": { "room": "plenary", "timeslot": "t1" } },
                { "id": "MS", "title": "Main session", "kind": "main", "durationMinutes": 90, "mandatory": true,
                  "pinned": { "room": "plenary", "timeslot": "t3", "span": 1 } },
                { "id": "MS2", "title": "Long main session", "kind": "main", "durationMinutes": 180, "mandatory": true,
                  "pinned": { "room": "plenary", "timeslot": "m1" } },
                { "id": "WS1", "title": "W1", "kind": "workshop", "durationMinutes": 90, "mandatory": true,
                  "people": [ { "person": "p1", "role": "organizer" }, { "person": "p2", "role": "speaker" } ],
                  "requiredFeatures": ["webcast"], "mustPrecede": ["WS2"] },
                { "id": "WS2", "title": "W2", "kind": "workshop", "durationMinutes": 90, "mandatory": true,
                  "people": [ { "person": "p2", "role": "organizer" }, { "person": "p3", "role": "speaker" } ] },
                { "id": "WS3", "title": "W3", "kind": "workshop", "durationMinutes": 90, "mandatory": false,
                  "people": [ { "person": "p4", "role": "organizer" } ], "feeds": "MS",
                  "unavailableTimeslots": ["t4"] },
                { "id": "WS4", "title": "W4", "kind": "workshop", "durationMinutes": 90,
                  "people": [ { "person": "p3", "role": "organizer" } ] },
                { "id": "WS5", "title": "W5", "kind": "workshop", "durationMinutes": 90, "evaluation": 1.5 },
                { "id": "FL1", "title": "F1", "kind": "flash", "durationMinutes": 30,
                  "people": [ { "person": "p4", "role": "speaker" } ] },
                { "id": "PE1", "title": "P1", "kind": "pre_event", "durationMinutes": 120, "mandatory": true }
              ],
              "policy": { "maxParallel": 3 },
              "schedule": {
                "score": "0hard/-30medium/0soft",
                "feasible": true,
                "assignments": [
                  { "session": "OPEN", "room": "plenary", "timeslot": "t1", "span": 1,
                    "day": "2025-06-10", "start": "09:00:00", "end": "10:30:00" },
                  { "session": "WS1", "room": "ws-a", "timeslot": "t2", "span": 1,
                    "day": "2025-06-10", "start": "11:00", "end": "12:30" },
                  { "session": "WS3", "room": "ws-b", "timeslot": "t2", "span": 1 },
                  { "session": "FL1", "room": "flash-space", "timeslot": "f1", "span": 1 },
                  { "session": "MS", "room": "plenary", "timeslot": "t3", "span": 1 },
                  { "session": "WS2", "room": "ws-b", "timeslot": "t3", "span": 1 },
                  { "session": "WS4", "room": "ws-b", "timeslot": "t4", "span": 1 },
                  { "session": "MS2", "room": "plenary", "timeslot": "m1", "span": 2,
                    "day": "2025-06-11", "start": "09:00", "end": "12:30" },
                  { "session": "PE1", "room": "plenary", "timeslot": "d0", "span": 1 }
                ],
                "unscheduled": ["WS5"]
              }
            }
            """;

    @Test
    void cleanScheduleHasNoViolation() {
        assertThat(ScheduleAudit.audit(clean())).isEmpty();
    }

    @Test
    void auditReadsASolvedFile(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("clean.solved.json");
        Files.writeString(file, CLEAN);

        assertThat(ScheduleAudit.audit(file)).isEmpty();
    }

    static Stream<Arguments> brokenSchedules() {
        return Stream.of(
                broken("a mandatory session left out", Rule.MANDATORY_UNSCHEDULED, doc -> unschedule(doc, "WS2")),
                broken("a pinned session moved", Rule.PIN_NOT_KEPT, doc -> move(doc, "MS", "plenary", "t4")),
                broken("a flash session in a workshop room", Rule.ROOM_KIND, doc -> move(doc, "FL1", "ws-a", "f1")),
                broken("a webcast session in a room without webcast", Rule.ROOM_FEATURE, doc -> {
                    move(doc, "WS1", "ws-b", "t2");
                    move(doc, "WS3", "ws-a", "t2");
                }),
                broken(
                        "a workshop starting in a main-only timeslot",
                        Rule.TIMESLOT_KIND,
                        doc -> move(doc, "WS4", "ws-b", "m1")),
                broken(
                        "a session longer than the timeslots it covers",
                        Rule.SPAN,
                        doc -> session(doc, "WS4").put("durationMinutes", 120)),
                broken(
                        "derived end time that disagrees with the timeslot",
                        Rule.SPAN,
                        doc -> assignment(doc, "WS1").put("end", "13:00")),
                broken("two sessions in one room", Rule.ROOM_CONFLICT, doc -> move(doc, "WS4", "ws-b", "t2")),
                broken(
                        "a person in two parallel sessions",
                        Rule.PERSON_CONFLICT,
                        doc -> move(doc, "WS4", "ws-a", "t3")),
                broken("a person in a session that spans into a later timeslot", Rule.PERSON_CONFLICT, doc -> {
                    addPerson(doc, "MS2", "p3");
                    move(doc, "WS4", "ws-b", "m2");
                }),
                broken(
                        "a session in a room while the room is unavailable",
                        Rule.ROOM_UNAVAILABLE,
                        doc -> move(doc, "WS4", "ws-a", "t4")),
                broken(
                        "a session while one of its people is unavailable",
                        Rule.PERSON_UNAVAILABLE,
                        doc -> person(doc, "p1").set("unavailable", array("t2"))),
                broken(
                        "a session in its own unavailable timeslot",
                        Rule.SESSION_UNAVAILABLE,
                        doc -> session(doc, "WS3").set("unavailableTimeslots", array("t2"))),
                broken(
                        "a session ending after one it must precede starts",
                        Rule.PRECEDENCE,
                        doc -> session(doc, "WS4").set("mustPrecede", array("WS3"))),
                broken(
                        "a feeder workshop after the main session it feeds",
                        Rule.PRECEDENCE,
                        doc -> session(doc, "WS4").put("feeds", "MS")),
                broken(
                        "a session in parallel with the exclusive opening",
                        Rule.EXCLUSIVE,
                        doc -> move(doc, "WS4", "ws-b", "t1")),
                broken(
                        "more sessions at once than maxParallel",
                        Rule.PARALLEL_LIMIT,
                        doc -> ((ObjectNode) doc.get("policy")).put("maxParallel", 1)),
                broken(
                        "a session neither assigned nor unscheduled",
                        Rule.BOOKKEEPING,
                        doc -> ((ObjectNode) doc.get("schedule")).set("unscheduled", array())),
                broken("no schedule at all", Rule.NO_SCHEDULE, doc -> doc.remove("schedule")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenSchedules")
    void eachBrokenRuleIsReportedUnderThatRuleAlone(String description, Rule rule, Consumer<ObjectNode> breakIt) {
        ObjectNode doc = clean();
        breakIt.accept(doc);

        List<Violation> violations = ScheduleAudit.audit(doc);

        assertThat(violations).as(description).isNotEmpty();
        assertThat(rules(violations))
                .as("rules reported for %s: %s", description, violations)
                .containsExactly(rule);
    }

    @Test
    void roomConflictNamesBothSessionsAndTheRoom() {
        ObjectNode doc = clean();
        move(doc, "WS4", "ws-b", "t2");

        assertThat(ScheduleAudit.audit(doc))
                .singleElement()
                .hasToString("room conflict: WS3 (2025-06-10 11:00-12:30) and WS4 (2025-06-10 11:00-12:30)"
                        + " are both in ws-b");
    }

    @Test
    void overlapIsJudgedOnRealTimesNotOnTimeslotIds() {
        ObjectNode doc = clean();
        // A workshop slot shifted by an hour: it overlaps both the exclusive opening (t1) and WS3 in ws-b (t2).
        ((ArrayNode) doc.get("timeslots"))
                .add(JSON.createObjectNode()
                        .put("id", "t1b")
                        .put("day", "2025-06-10")
                        .put("start", "10:00")
                        .put("end", "11:30")
                        .set("kinds", array("regular")));
        move(doc, "WS4", "ws-b", "t1b");

        assertThat(rules(ScheduleAudit.audit(doc))).containsExactlyInAnyOrder(Rule.ROOM_CONFLICT, Rule.EXCLUSIVE);
    }

    @Test
    void touchingSessionsDoNotOverlap() {
        ObjectNode doc = clean();
        // WS4 from 12:30 to 14:00 in ws-b: it touches WS3 (ends 12:30) and WS2 (starts 14:00) without overlapping.
        ((ArrayNode) doc.get("timeslots"))
                .add(JSON.createObjectNode()
                        .put("id", "t2b")
                        .put("day", "2025-06-10")
                        .put("start", "12:30")
                        .put("end", "14:00")
                        .set("kinds", array("regular")));
        move(doc, "WS4", "ws-b", "t2b");

        assertThat(rules(ScheduleAudit.audit(doc))).doesNotContain(Rule.ROOM_CONFLICT);
    }

    @Test
    void spanRunningPastTheLastTimeslotOfTheDayIsReported() {
        ObjectNode doc = clean();
        assignment(doc, "WS4").put("span", 2);

        assertThat(ScheduleAudit.audit(doc)).singleElement().satisfies(violation -> {
            assertThat(violation.rule()).isEqualTo(Rule.SPAN);
            assertThat(violation.detail()).contains("WS4", "runs past the last workshop timeslot");
        });
    }

    @Test
    void pinWithoutSpanMeansTheFewestTimeslotsThatCoverTheDuration() {
        ObjectNode doc = clean();
        assignment(doc, "MS2").put("span", 1).remove(List.of("day", "start", "end"));

        assertThat(rules(ScheduleAudit.audit(doc))).containsExactlyInAnyOrder(Rule.PIN_NOT_KEPT, Rule.SPAN);
    }

    @Test
    void unplacedProposalsDoNotBreakPrecedence() {
        ObjectNode doc = clean();
        session(doc, "WS5").set("mustPrecede", array("WS1"));
        session(doc, "WS3").set("mustPrecede", array("WS4"));
        unschedule(doc, "WS3");

        assertThat(ScheduleAudit.audit(doc)).isEmpty();
    }

    // ************************************************************************
    // Building broken variants of the clean schedule
    // ************************************************************************

    private static Arguments broken(String description, Rule rule, Consumer<ObjectNode> breakIt) {
        return Arguments.of(description, rule, breakIt);
    }

    private static ObjectNode clean() {
        try {
            return (ObjectNode) JSON.readTree(CLEAN);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Set<Rule> rules(List<Violation> violations) {
        return violations.stream().map(Violation::rule).collect(Collectors.toSet());
    }

    private static ObjectNode find(ObjectNode doc, String list, String field, String id) {
        for (JsonNode element : doc.withArrayProperty(list)) {
            if (element.path(field).asText().equals(id)) {
                return (ObjectNode) element;
            }
        }
        throw new IllegalArgumentException("no " + id + " in " + list);
    }

    private static ObjectNode session(ObjectNode doc, String id) {
        return find(doc, "sessions", "id", id);
    }

    private static ObjectNode person(ObjectNode doc, String id) {
        return find(doc, "people", "id", id);
    }

    private static ObjectNode assignment(ObjectNode doc, String sessionId) {
        return find((ObjectNode) doc.get("schedule"), "assignments", "session", sessionId);
    }

    /** Moves a session; the derived day, start and end are dropped, as a hand edit would. */
    private static void move(ObjectNode doc, String sessionId, String room, String timeslot) {
        assignment(doc, sessionId).put("room", room).put("timeslot", timeslot).remove(List.of("day", "start", "end"));
    }

    private static void unschedule(ObjectNode doc, String sessionId) {
        ArrayNode assignments = ((ObjectNode) doc.get("schedule")).withArrayProperty("assignments");
        for (int i = 0; i < assignments.size(); i++) {
            if (assignments.get(i).path("session").asText().equals(sessionId)) {
                assignments.remove(i);
                break;
            }
        }
        ((ObjectNode) doc.get("schedule")).withArrayProperty("unscheduled").add(sessionId);
    }

    private static void addPerson(ObjectNode doc, String sessionId, String personId) {
        session(doc, sessionId)
                .withArrayProperty("people")
                .addObject()
                .put("person", personId)
                .put("role", "speaker");
    }

    private static ArrayNode array(String... values) {
        ArrayNode array = JSON.createArrayNode();
        for (String value : values) {
            array.add(value);
        }
        return array;
    }
}
