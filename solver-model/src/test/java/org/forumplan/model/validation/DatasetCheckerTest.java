package org.forumplan.model.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Named.named;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.forumplan.model.io.DatasetReader;
import org.forumplan.model.io.TestDocument;
import org.forumplan.model.problem.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class DatasetCheckerTest {

    /** WS23 with a published placement and a schedule, ready for a test to break one reference. */
    private static final UnaryOperator<TestDocument> WITH_PLACEMENTS = document -> document.setJson(
                    "published", "[{\"session\": \"WS23\", \"room\": \"ws-01\", \"timeslot\": \"d1-0900\"}]")
            .setJson(
                    "schedule",
                    "{\"assignments\": [{\"session\": \"WS23\", \"room\": \"ws-01\", \"timeslot\": \"d1-1100\"}],"
                            + " \"unscheduled\": []}");

    @Test
    void minimalDocumentHasNoProblems() throws Exception {
        assertThat(TestDocument.minimal().problems()).isEmpty();
    }

    @Test
    void formatExampleHasNoProblems() throws Exception {
        assertThat(TestDocument.formatExample().problems()).isEmpty();
    }

    @Test
    void igfDatasetHasNoProblems() throws Exception {
        DatasetReader reader = new DatasetReader();

        assertThat(DatasetChecker.check(
                        reader.read(TestDocument.datasetsFolder().resolve("igf-2014-istanbul.json"))))
                .isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "forum",
                "forum.name",
                "forum.timeZone",
                "timeslots",
                "timeslots[0].day",
                "timeslots[0].start",
                "timeslots[0].end",
                "timeslots[0].kinds",
                "rooms[0].capacity",
                "sessions",
                "sessions[0].title",
                "sessions[0].kind",
                "sessions[0].durationMinutes",
                "sessions[0].people[0].person",
                "sessions[0].people[0].role"
            })
    void missingRequiredFieldIsAnErrorAtItsPath(String path) throws Exception {
        List<Problem> problems = TestDocument.minimal().remove(path).problems();

        assertOnlyError(problems, path, "missing");
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource({
        "timeslots, timeslots[2].id",
        "rooms, rooms[2].id",
        "topics, topics[1].id",
        "tracks, tracks[1].id",
        "people, people[2].id",
        "sessions, sessions[2].id"
    })
    void listElementWithoutIdIsAnError(String list, String copyIdPath) throws Exception {
        List<Problem> problems =
                TestDocument.minimal().copy(list + "[0]").remove(copyIdPath).problems();

        assertOnlyError(problems, copyIdPath, "missing");
    }

    @Test
    void emptyTextCountsAsMissing() throws Exception {
        assertOnlyError(TestDocument.minimal().set("forum.name", " ").problems(), "forum.name", "empty");
    }

    @Test
    void pinWithoutRoomOrTimeslotIsIncomplete() throws Exception {
        List<Problem> problems =
                TestDocument.minimal().setJson("sessions[1].pinned", "{}").problems();

        assertThat(problems)
                .extracting(Problem::path)
                .containsExactly("sessions[1].pinned.room", "sessions[1].pinned.timeslot");
    }

    @Test
    void forumWithoutRoomsIsAnError() throws Exception {
        assertOnlyError(TestDocument.minimal().remove("rooms").problems(), "rooms", "missing");
        assertOnlyError(TestDocument.minimal().setJson("rooms", "[]").problems(), "rooms", "at least one room");
    }

    static Stream<Arguments> duplicateIds() {
        return Stream.of(
                arguments("timeslots", "timeslots[2].id", "\"d1-0900\" (first at timeslots[0])"),
                arguments("rooms", "rooms[2].id", "\"main-hall\" (first at rooms[0])"),
                arguments("topics", "topics[1].id", "\"child-protection\" (first at topics[0])"),
                arguments("tracks", "tracks[1].id", "\"capacity-building\" (first at tracks[0])"),
                arguments("people", "people[2].id", "\"p-017\" (first at people[0])"),
                arguments("sessions", "sessions[2].id", "\"WS23\" (first at sessions[0])"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("duplicateIds")
    void duplicateIdNamesTheFirstOccurrence(String list, String path, String message) throws Exception {
        List<Problem> problems = TestDocument.minimal().copy(list + "[0]").problems();

        assertOnlyError(problems, path, "duplicate id " + message);
    }

    static Stream<Arguments> danglingReferences() {
        return Stream.of(
                dangling("person", "sessions[0].people[0].person", "p-0017", "p-017"),
                dangling("topic", "sessions[0].topics[0]", "child-protecton", "child-protection"),
                dangling("track", "sessions[0].track", "capacity-bulding", "capacity-building"),
                dangling("room", "sessions[1].pinned.room", "main-hal", "main-hall"),
                dangling("timeslot", "sessions[1].pinned.timeslot", "d1-900", "d1-0900"),
                dangling("timeslot", "rooms[1].unavailable[0]", "d1-110", "d1-1100"),
                dangling("timeslot", "people[0].unavailable[0]", "d1-O900", "d1-0900"),
                dangling("timeslot", "sessions[0].preferredTimeslots[0]", "d1-1110", "d1-1100"),
                dangling("timeslot", "sessions[0].unavailableTimeslots[0]", "d1-0090", "d1-0900"),
                dangling("session", "sessions[0].mustPrecede[0]", "MS-IANNA", "MS-IANA"),
                dangling("session", "sessions[0].feeds", "MS-IAN", "MS-IANA"),
                dangling("session", "published[0].session", "WS-23", "WS23"),
                dangling("room", "published[0].room", "ws-1", "ws-01"),
                dangling("timeslot", "published[0].timeslot", "d1-0901", "d1-0900"),
                dangling("session", "schedule.assignments[0].session", "ws23", "WS23"),
                dangling("room", "schedule.assignments[0].room", "ws-010", "ws-01"),
                dangling("timeslot", "schedule.assignments[0].timeslot", "d1-11OO", "d1-1100"),
                dangling("session", "schedule.unscheduled[0]", "MS-IAMA", "MS-IANA"));
    }

    @ParameterizedTest(name = "{0} at {1}")
    @MethodSource("danglingReferences")
    void danglingReferenceSuggestsTheClosestId(String kind, String path, String typo, String suggestion)
            throws Exception {
        TestDocument document = WITH_PLACEMENTS
                .apply(TestDocument.minimal())
                .setJson("sessions[1].pinned", "{\"room\": \"main-hall\", \"timeslot\": \"d1-0900\"}")
                .set(path, typo);

        assertOnlyError(
                document.problems(), path, "unknown %s \"%s\"; did you mean \"%s\"?".formatted(kind, typo, suggestion));
    }

    @Test
    void farFetchedReferenceGetsNoSuggestion() throws Exception {
        List<Problem> problems = TestDocument.minimal()
                .set("sessions[0].people[0].person", "nobody")
                .problems();

        assertOnlyError(problems, "sessions[0].people[0].person", "unknown person \"nobody\"");
        assertThat(problems.get(0).message()).doesNotContain("did you mean");
    }

    static Stream<Arguments> problemsInListElements() {
        return Stream.of(
                arguments(
                        named("timeslot", (UnaryOperator<TestDocument>)
                                document -> document.set("timeslots[0].end", "08:00")),
                        "timeslots[0].end",
                        "timeslot \"d1-0900\": 08:00 is not after the start 09:00"),
                arguments(
                        named("room", (UnaryOperator<TestDocument>) document -> document.set("rooms[1].capacity", 0)),
                        "rooms[1].capacity",
                        "room \"ws-01\": 0 is out of range"),
                arguments(
                        named("person", (UnaryOperator<TestDocument>)
                                document -> document.set("people[1].unavailable[0]", "d9-0900")),
                        "people[1].unavailable[0]",
                        "person \"p-018\": unknown timeslot \"d9-0900\""),
                arguments(
                        named("session", (UnaryOperator<TestDocument>)
                                document -> document.set("sessions[1].mustPrecede[0]", "MS-IANA")),
                        "sessions[1].mustPrecede",
                        "session \"MS-IANA\": a session cannot precede itself"),
                arguments(
                        named("a session's participant", (UnaryOperator<TestDocument>)
                                document -> document.set("sessions[0].people[0].person", "nobody")),
                        "sessions[0].people[0].person",
                        "session \"WS23\": unknown person \"nobody\""),
                arguments(
                        named("published placement", (UnaryOperator<TestDocument>)
                                document -> WITH_PLACEMENTS.apply(document).set("published[0].room", "nowhere")),
                        "published[0].room",
                        "published session \"WS23\": unknown room \"nowhere\""),
                arguments(
                        named("schedule assignment", (UnaryOperator<TestDocument>)
                                document -> WITH_PLACEMENTS.apply(document).set("schedule.assignments[0].span", 0)),
                        "schedule.assignments[0].span",
                        "assigned session \"WS23\": 0 is out of range"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("problemsInListElements")
    void problemInAListElementNamesItsIdAsWellAsItsPath(UnaryOperator<TestDocument> edit, String path, String message)
            throws Exception {
        List<Problem> problems = edit.apply(TestDocument.minimal()).problems();

        assertThat(problems).singleElement().satisfies(problem -> {
            assertThat(problem.path()).isEqualTo(path);
            assertThat(problem.message()).startsWith(message);
            assertThat(problem.toString()).startsWith(path + ": " + message);
        });
    }

    @Test
    void aMissingIdIsSaidPlainlyAndTheElementsOtherProblemsSayItHasNone() throws Exception {
        List<Problem> problems = TestDocument.minimal()
                .remove("sessions[0].id")
                .remove("sessions[0].title")
                .problems();

        assertThat(problems)
                .extracting(Problem::toString)
                .containsExactly(
                        "sessions[0].id: missing; every session needs an id",
                        "sessions[0].title: session without an id: missing; expected a text");
    }

    @Test
    void aProblemWithTheIdItselfIsNotPrefixedWithIt() throws Exception {
        List<Problem> problems = WITH_PLACEMENTS
                .apply(TestDocument.minimal())
                .copy("sessions[0]")
                .set("published[0].session", "WS-23")
                .problems();

        assertThat(problems)
                .extracting(Problem::toString)
                .containsExactly(
                        "sessions[2].id: duplicate id \"WS23\" (first at sessions[0])",
                        "published[0].session: unknown session \"WS-23\"; did you mean \"WS23\"?");
    }

    static Stream<Arguments> invalidValues() {
        return Stream.of(
                invalid("timeslot ends before it starts", "timeslots[1].end", "10:45", "is not after the start 11:00"),
                invalid("timeslot ends as it starts", "timeslots[1].end", "11:00", "is not after the start 11:00"),
                invalid("zero duration", "sessions[0].durationMinutes", 0, "0 is out of range; expected 1 to 1440"),
                invalid("negative duration", "sessions[0].durationMinutes", -90, "-90 is out of range"),
                invalid("duration over a day", "sessions[0].durationMinutes", 1441, "1441 is out of range"),
                invalid("zero capacity", "rooms[1].capacity", 0, "0 is out of range; expected 1 to"),
                invalid("negative attendance", "sessions[0].expectedAttendance", -1, "-1 is out of range"),
                invalid("evaluation below 1", "sessions[0].evaluation", 0.9, "expected 1 to 5"),
                invalid("evaluation above 5", "sessions[0].evaluation", 5.5, "expected 1 to 5"),
                invalid("zero maxParallel", "policy.maxParallel", 0, "0 is out of range"),
                invalid(
                        "share above 1",
                        "policy.selection.minShare.developingCountry",
                        1.5,
                        "1.5 is out of range; expected a share from 0 to 1"),
                invalid("negative share", "policy.selection.minShare.newTopic", -0.1, "-0.1 is out of range"),
                invalid(
                        "no stakeholder group",
                        "policy.selection.minStakeholderGroups",
                        0,
                        "0 is out of range; expected 1 to 6 stakeholder groups"),
                invalid("seven stakeholder groups", "policy.selection.minStakeholderGroups", 7, "7 is out of range"),
                invalid(
                        "empty selection kinds",
                        "policy.selection.kinds",
                        List.of(),
                        "empty; leave it out for workshops"),
                invalid("zero span", "sessions[1].pinned.span", 0, "0 is out of range"),
                invalid(
                        "unknown slot kind",
                        "timeslots[0].kinds[0]",
                        "reguler",
                        "unknown slot kind \"reguler\"",
                        "did you mean \"regular\"?"),
                invalid("empty room kinds", "rooms[0].kinds", List.of(), "empty; leave it out"),
                invalid(
                        "invalid time zone",
                        "forum.timeZone",
                        "Europe/Istambul",
                        "\"Europe/Istambul\" is not a time zone"),
                invalid("session precedes itself", "sessions[0].mustPrecede", List.of("WS23"), "precede itself"),
                invalid("session feeds itself", "sessions[0].feeds", "WS23", "feed itself"),
                invalid("score that is not a score", "schedule.score", "excellent", "\"excellent\" is not a score"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidValues")
    void invalidValueIsAnErrorAtItsPath(String path, Object value, List<String> messageParts) throws Exception {
        TestDocument document = TestDocument.minimal()
                .setJson("sessions[1].pinned", "{\"room\": \"main-hall\", \"timeslot\": \"d1-0900\"}")
                .set(path, value);

        assertOnlyError(document.problems(), path, messageParts.toArray(String[]::new));
    }

    @Test
    void aSelectionKindThatIsNullOrRepeatedIsAnError() throws Exception {
        TestDocument withNull =
                TestDocument.minimal().set("policy.selection.kinds", java.util.Arrays.asList("workshop", null));
        TestDocument repeated = TestDocument.minimal().set("policy.selection.kinds", List.of("workshop", "workshop"));

        assertOnlyError(withNull.problems(), "policy.selection.kinds[1]", "expected a value, found null");
        assertOnlyError(repeated.problems(), "policy.selection.kinds[1]", "\"workshop\" is listed twice");
    }

    @Test
    void rangeBoundsAreAllowed() throws Exception {
        TestDocument document = TestDocument.minimal()
                .set("sessions[0].durationMinutes", 1440)
                .set("sessions[0].evaluation", 1)
                .set("sessions[0].expectedAttendance", 0)
                .set("sessions[1].evaluation", 5)
                .set("rooms[1].capacity", 1);

        assertThat(document.problems()).isEmpty();
    }

    @Test
    void sessionKindNameIsAValidSlotKind() throws Exception {
        assertThat(TestDocument.minimal()
                        .set("timeslots[1].kinds", List.of("main"))
                        .problems())
                .isEmpty();
    }

    @Test
    void personListedTwiceInOneSessionIsAnError() throws Exception {
        TestDocument document = TestDocument.minimal()
                .setJson("sessions[0].people[1]", "{\"person\": \"p-017\", \"role\": \"speaker\"}");

        assertOnlyError(document.problems(), "sessions[0].people[1].person", "\"p-017\" is listed twice");
    }

    @Test
    void sessionBothAssignedAndUnscheduledIsAnError() throws Exception {
        TestDocument document = WITH_PLACEMENTS.apply(TestDocument.minimal()).set("schedule.unscheduled[0]", "WS23");

        assertOnlyError(document.problems(), "schedule.unscheduled[0]", "\"WS23\" is both assigned and unscheduled");
    }

    @Test
    void sessionAssignedTwiceIsAnError() throws Exception {
        TestDocument document = WITH_PLACEMENTS.apply(TestDocument.minimal()).copy("schedule.assignments[0]");

        assertOnlyError(document.problems(), "schedule.assignments[1].session", "\"WS23\" appears twice");
    }

    @Test
    void sessionPublishedTwiceIsAnError() throws Exception {
        TestDocument document = WITH_PLACEMENTS.apply(TestDocument.minimal()).copy("published[0]");

        assertOnlyError(document.problems(), "published[1].session", "\"WS23\" appears twice");
    }

    @Test
    void sessionListedTwiceAsUnscheduledIsAnError() throws Exception {
        TestDocument document = TestDocument.minimal().setJson("schedule", "{\"unscheduled\": [\"WS23\", \"WS23\"]}");

        assertOnlyError(document.problems(), "schedule.unscheduled[1]", "\"WS23\"", "twice");
    }

    static Stream<Arguments> badWeights() {
        return Stream.of(
                arguments(
                        named("misspelt constraint", "Topic clsh"),
                        "0hard/0medium/-20soft",
                        "unknown constraint \"Topic clsh\"; did you mean \"Topic clash\"?"),
                arguments(named("unrelated constraint", "Coffee"), "0hard/0medium/-20soft", "unknown constraint"),
                arguments(named("not a score", "Topic clash"), "lots", "\"lots\" is not a score"),
                arguments(named("mixed signs", "Topic clash"), "0hard/1medium/-20soft", "mixes signs"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("badWeights")
    void badWeightIsAnErrorNamingTheConstraint(String constraint, String weight, String message) throws Exception {
        TestDocument document = TestDocument.minimal().set("policy.weights." + constraint, weight);

        assertOnlyError(document.problems(), "policy.weights[\"%s\"]".formatted(constraint), message);
    }

    @Test
    void weightThatSwitchesAConstraintOffIsAccepted() throws Exception {
        TestDocument document = TestDocument.minimal().set("policy.weights.Topic clash", "0hard/0medium/0soft");

        assertThat(document.problems()).isEmpty();
    }

    @Test
    void targetAboveMaximumIsOnlyAWarning() throws Exception {
        TestDocument document =
                TestDocument.minimal().set("policy.maxParallel", 3).set("policy.targetParallel", 4);

        assertThat(document.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.isError()).isFalse();
            assertThat(problem.path()).isEqualTo("policy.targetParallel");
            assertThat(problem.message()).contains("above maxParallel 3");
        });
    }

    @Test
    void aMaximumOutOfRangeIsOneErrorWithoutAWarningAboutTheTarget() throws Exception {
        TestDocument document =
                TestDocument.minimal().set("policy.maxParallel", 0).set("policy.targetParallel", 2);

        assertOnlyError(document.problems(), "policy.maxParallel", "0 is out of range");
    }

    @Test
    void everyProblemIsReportedNotOnlyTheFirst() throws Exception {
        TestDocument document = TestDocument.minimal()
                .set("rooms[1].capacity", 0)
                .set("sessions[0].track", "nonexistent")
                .set("sessions[1].durationMinutes", 0);

        assertThat(document.problems())
                .extracting(Problem::path)
                .containsExactly("rooms[1].capacity", "sessions[0].track", "sessions[1].durationMinutes");
    }

    private static void assertOnlyError(List<Problem> problems, String path, String... messageParts) {
        assertThat(problems).singleElement().satisfies(problem -> {
            assertThat(problem.isError()).as("an error: %s", problem).isTrue();
            assertThat(problem.path()).isEqualTo(path);
            assertThat(problem.message()).contains(messageParts);
        });
    }

    private static Arguments dangling(String kind, String path, String typo, String suggestion) {
        return arguments(kind, path, typo, suggestion);
    }

    private static Arguments invalid(String name, String path, Object value, String... messageParts) {
        return arguments(named(name, path), value, List.of(messageParts));
    }
}
