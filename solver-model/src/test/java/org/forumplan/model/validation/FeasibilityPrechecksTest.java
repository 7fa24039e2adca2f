package org.forumplan.model.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeout;
import static org.junit.jupiter.api.Named.named;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.time.Duration;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.forumplan.model.io.DatasetJson;
import org.forumplan.model.io.DatasetReader;
import org.forumplan.model.io.TestDocument;
import org.forumplan.model.load.DatasetLoader;
import org.forumplan.model.problem.InvalidDatasetException;
import org.forumplan.model.problem.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * One test per pre-check, each on {@link TestDocument#minimal()}: timeslots d1-0900 and d1-1100 (regular, 30 minutes
 * apart), rooms main-hall (webcast, remote) and ws-01 (no features), both hosting every kind, people p-017 and p-018,
 * the optional workshop WS23 (sessions[0], 90 minutes, organised by p-017) and the mandatory main session MS-IANA
 * (sessions[1], 90 minutes, nobody). Every problem found must carry a JSON path.
 */
class FeasibilityPrechecksTest {

    private static final String AFTERNOON =
            "{\"id\": \"d1-1430\", \"day\": \"2014-09-02\", \"start\": \"14:30\", \"end\": \"16:00\", \"kinds\": [\"regular\"]}";

    // ************************************************************************
    // Sessions that fit nowhere
    // ************************************************************************

    static Stream<Arguments> nowhere() {
        return Stream.of(
                nowhere(
                        "no room hosts the kind",
                        document ->
                                document.set("rooms[0].kinds", List.of("main")).set("rooms[1].kinds", List.of("main")),
                        "no room hosts workshops"),
                nowhere(
                        "no room has the required features",
                        document -> document.set("sessions[0].requiredFeatures", List.of("webcast", "captioning")),
                        "no room that hosts workshops has all of captioning, webcast"),
                nowhere(
                        "no timeslot hosts the kind",
                        document -> document.set("timeslots[0].kinds", List.of("main"))
                                .set("timeslots[1].kinds", List.of("main")),
                        "no timeslot hosts workshops"),
                nowhere(
                        "longer than any run of timeslots",
                        document -> document.set("sessions[0].durationMinutes", 300),
                        "no run of consecutive timeslots hosting workshops covers 300 minutes"),
                nowhere(
                        "its organiser is never available",
                        document -> document.set("people[0].unavailable", List.of("d1-0900", "d1-1100")),
                        "or p-017 away"));
    }

    private static Arguments nowhere(String name, UnaryOperator<TestDocument> edit, String why) {
        return arguments(named(name, edit), why);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("nowhere")
    void mandatorySessionThatFitsNowhereIsAnErrorSayingWhy(UnaryOperator<TestDocument> edit, String why)
            throws Exception {
        List<Problem> problems = prechecks(edit.apply(TestDocument.minimal().set("sessions[0].mandatory", true)));

        assertThat(problems).singleElement().satisfies(problem -> {
            assertThat(problem.isError()).isTrue();
            assertThat(problem.path()).isEqualTo("sessions[0]");
            assertThat(problem.message())
                    .startsWith("WS23 has no possible placement: ")
                    .contains(why);
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("nowhere")
    void optionalProposalThatFitsNowhereIsOnlyAWarning(UnaryOperator<TestDocument> edit, String why) throws Exception {
        List<Problem> problems = prechecks(edit.apply(TestDocument.minimal()));

        assertThat(problems).singleElement().satisfies(problem -> {
            assertThat(problem.isError()).isFalse();
            assertThat(problem.path()).isEqualTo("sessions[0]");
            assertThat(problem.message()).contains(why).endsWith("the proposal will stay out");
        });
    }

    /**
     * 300 minutes fit no run of timeslots whoever comes: the message must say so, not send the planner after p-017,
     * who is away for only one of the two timeslots.
     */
    @Test
    void sessionLongerThanAnyRunOfTimeslotsIsNotBlamedOnItsPeople() throws Exception {
        TestDocument document = TestDocument.minimal()
                .set("sessions[0].mandatory", true)
                .set("sessions[0].durationMinutes", 300)
                .set("people[0].unavailable", List.of("d1-0900"));

        assertThat(prechecks(document)).singleElement().satisfies(problem -> {
            assertError(problem, "sessions[0]", "300 minutes");
            assertThat(problem.message()).doesNotContain("p-017");
        });
    }

    // ************************************************************************
    // Pins that clash
    // ************************************************************************

    @Test
    void twoSessionsPinnedInOneRoomAtOnceIsAnErrorNamingBoth() throws Exception {
        TestDocument document = TestDocument.minimal()
                .setJson("sessions[1].pinned", pin("main-hall", "d1-0900"))
                .copy("sessions[1]")
                .set("sessions[2].id", "MS-SCENE");

        assertThat(prechecks(document))
                .singleElement()
                .satisfies(problem -> assertError(problem, "sessions[2].pinned", "MS-IANA", "MS-SCENE", "main-hall"));
    }

    @Test
    void sessionsPinnedInOneRoomAtDifferentTimesAreFine() throws Exception {
        TestDocument document = TestDocument.minimal()
                .setJson("sessions[1].pinned", pin("main-hall", "d1-0900"))
                .copy("sessions[1]")
                .set("sessions[2].id", "MS-SCENE")
                .set("sessions[2].pinned.timeslot", "d1-1100");

        assertThat(prechecks(document)).isEmpty();
    }

    @Test
    void twoSessionsPinnedAtOnceWithAPersonInBothIsAnErrorNamingBothAndThePerson() throws Exception {
        TestDocument document = TestDocument.minimal()
                .set("sessions[0].mandatory", true)
                .setJson("sessions[0].pinned", pin("ws-01", "d1-0900"))
                .setJson("sessions[1].people", "[{\"person\": \"p-017\", \"role\": \"speaker\"}]")
                .setJson("sessions[1].pinned", pin("main-hall", "d1-0900"));

        assertThat(prechecks(document))
                .filteredOn(problem -> problem.path().endsWith(".pinned"))
                .singleElement()
                .satisfies(problem -> assertError(problem, "sessions[1].pinned", "WS23", "MS-IANA", "p-017"));
    }

    @Test
    void sessionPinnedBesideAnExclusivePinnedSessionIsAnErrorNamingBoth() throws Exception {
        TestDocument document = TestDocument.minimal()
                .setJson("sessions[0].pinned", pin("ws-01", "d1-0900"))
                .set("sessions[1].exclusive", true)
                .setJson("sessions[1].pinned", pin("main-hall", "d1-0900"));

        assertThat(prechecks(document))
                .singleElement()
                .satisfies(problem -> assertError(problem, "sessions[1].pinned", "WS23", "MS-IANA", "exclusive"));
    }

    @Test
    void sessionPinnedInARoomWhileItIsUnavailableIsAnErrorNamingTheSessionAndTheRoom() throws Exception {
        TestDocument document = TestDocument.minimal()
                .set("rooms[1].unavailable", List.of("d1-0900"))
                .setJson("sessions[0].pinned", pin("ws-01", "d1-0900"));

        assertThat(prechecks(document))
                .singleElement()
                .satisfies(problem -> assertError(problem, "sessions[0].pinned", "WS23", "ws-01", "unavailable"));
    }

    @Test
    void sessionPinnedWhileOneOfItsPeopleIsUnavailableIsAnErrorNamingTheSessionAndThePerson() throws Exception {
        TestDocument document = TestDocument.minimal()
                .set("people[0].unavailable", List.of("d1-0900"))
                .setJson("sessions[0].pinned", pin("ws-01", "d1-0900"));

        assertThat(prechecks(document))
                .singleElement()
                .satisfies(problem -> assertError(problem, "sessions[0].pinned", "WS23", "p-017", "unavailable"));
    }

    // ************************************************************************
    // Precedence
    // ************************************************************************

    @Test
    void precedenceCycleOfTwoIsReportedOnceNamingBoth() throws Exception {
        TestDocument document = TestDocument.minimal()
                .set("sessions[0].mustPrecede", List.of("MS-IANA"))
                .set("sessions[1].mustPrecede", List.of("WS23"));

        assertThat(prechecks(document)).singleElement().satisfies(problem -> {
            assertError(problem, "", "precedence cycle", "WS23", "MS-IANA");
            assertThat(problem.path()).endsWith(".mustPrecede");
        });
    }

    @Test
    void precedenceCycleOfThreeIsReportedOnceNotOncePerMember() throws Exception {
        TestDocument document = TestDocument.minimal()
                .copy("sessions[0]")
                .set("sessions[2].id", "WS24")
                .copy("sessions[0]")
                .set("sessions[3].id", "WS25")
                .set("sessions[0].mustPrecede", List.of("WS24"))
                .set("sessions[2].mustPrecede", List.of("WS25"))
                .set("sessions[3].mustPrecede", List.of("WS23"));

        List<Problem> problems = prechecks(document);

        assertThat(problems).singleElement().satisfies(problem -> {
            assertError(problem, "", "precedence cycle", "WS23", "WS24", "WS25");
            assertThat(problem.message()).doesNotContain("MS-IANA");
        });
    }

    @Test
    void precedenceWithTheLaterSessionPinnedBeforeEveryPlaceOfTheEarlierOneIsAnError() throws Exception {
        TestDocument document = TestDocument.minimal()
                .set("sessions[0].mandatory", true)
                .set("sessions[0].feeds", "MS-IANA")
                .setJson("sessions[1].pinned", pin("main-hall", "d1-0900"));

        assertThat(prechecks(document))
                .singleElement()
                .satisfies(problem -> assertError(problem, "sessions[0].feeds", "WS23", "MS-IANA", "must end before"));
    }

    @Test
    void precedenceWithRoomForTheEarlierSessionBeforeThePinnedLaterOneIsFine() throws Exception {
        TestDocument document = TestDocument.minimal()
                .set("sessions[0].mandatory", true)
                .set("sessions[0].feeds", "MS-IANA")
                .setJson("sessions[1].pinned", pin("main-hall", "d1-1100"));

        assertThat(prechecks(document)).isEmpty();
    }

    // ************************************************************************
    // People
    // ************************************************************************

    /**
     * p-017 in three mandatory workshops over three timeslots: WS23 and WS24 can only take place at 09:00 (both are
     * unavailable at the two other times), so although there are as many times as sessions, they cannot all get one.
     */
    @Test
    void personWhoseMandatorySessionsCannotAllGetSeparateTimesIsAnErrorNamingThemAll() throws Exception {
        TestDocument document = threeWorkshopsOfOnePerson().set("sessions[2].unavailableTimeslots", OTHER_THAN_0900);

        assertThat(prechecks(document))
                .singleElement()
                .satisfies(problem ->
                        assertError(problem, "people[0]", "p-017", "cannot attend", "WS23", "WS24", "WS25", "3"));
    }

    @Test
    void personWhoseMandatorySessionsCanTakeDifferentTimesIsFine() throws Exception {
        TestDocument document =
                threeWorkshopsOfOnePerson().set("sessions[2].unavailableTimeslots", List.of("d1-0900", "d1-1430"));

        assertThat(prechecks(document)).isEmpty();
    }

    @Test
    void personInAPinnedSessionAndAnotherMandatoryOneIsFineWhenTheOtherCanTakeAnotherTime() throws Exception {
        TestDocument document = TestDocument.minimal()
                .set("sessions[0].mandatory", true)
                .setJson("sessions[1].people", "[{\"person\": \"p-017\", \"role\": \"speaker\"}]")
                .setJson("sessions[1].pinned", pin("main-hall", "d1-0900"));

        assertThat(prechecks(document)).isEmpty();
    }

    /**
     * Eleven mandatory workshops for one person over ten timeslots on ten days: plainly impossible (more sessions than
     * times), and a search over all assignments of ten times to eleven sessions tries 10! of them before it gives up.
     */
    @Test
    void personWithMoreMandatorySessionsThanTimesIsDiagnosedWithoutSearchingEveryAssignment() throws Exception {
        DatasetJson document = new DatasetReader().read(onePersonInEverySession(10, 11));
        DatasetLoader.LoadedDataset loaded = DatasetLoader.load(document);

        List<Problem> problems =
                assertTimeout(Duration.ofSeconds(2), () -> FeasibilityPrechecks.check(document, loaded.programme()));

        assertThat(problems)
                .filteredOn(Problem::isError)
                .singleElement()
                .satisfies(problem -> assertError(problem, "people[0]", "p-1", "cannot attend", "11 mandatory"));
    }

    @Test
    void personInMoreThanThreeSessionsIsAWarningNamingThem() throws Exception {
        List<Problem> problems = prechecks(workshopsOfP017(4));

        assertThat(problems).singleElement().satisfies(problem -> {
            assertThat(problem.isError()).isFalse();
            assertThat(problem.path()).isEqualTo("people[0]");
            assertThat(problem.message()).contains("p-017", "4 sessions", "WS23", "WS24", "WS25", "WS26", "3");
        });
    }

    @Test
    void personInThreeSessionsIsFine() throws Exception {
        assertThat(prechecks(workshopsOfP017(3))).isEmpty();
    }

    // ************************************************************************
    // Rooms and the parallel policy
    // ************************************************************************

    /** Only ws-01 hosts workshops, so two timeslots hold two of the three mandatory workshops. */
    @Test
    void moreMandatorySessionsOfAKindThanPlacesIsAnErrorWithTheCounts() throws Exception {
        TestDocument document = threeMandatoryWorkshopsWithoutPeople().set("rooms[0].kinds", List.of("main"));

        assertThat(prechecks(document))
                .singleElement()
                .satisfies(problem -> assertError(problem, "sessions", "3 mandatory workshops", "at most 2", "ws-01"));
    }

    @Test
    void asManyMandatorySessionsOfAKindAsPlacesIsFine() throws Exception {
        TestDocument document = threeMandatoryWorkshopsWithoutPeople()
                .set("rooms[0].kinds", List.of("main"))
                .remove("sessions[3]");

        assertThat(prechecks(document)).isEmpty();
    }

    /** Four mandatory 90-minute sessions in two 90-minute timeslots: two in parallel on average. */
    @Test
    void parallelTargetThatCannotBeMetOnAverageIsAWarning() throws Exception {
        TestDocument document = threeMandatoryWorkshopsWithoutPeople().set("policy.targetParallel", 1);

        assertThat(prechecks(document)).singleElement().satisfies(problem -> {
            assertThat(problem.isError()).isFalse();
            assertThat(problem.path()).isEqualTo("policy.targetParallel");
            assertThat(problem.message()).contains("above the target of 1");
        });
    }

    @Test
    void parallelTargetThatCanBeMetOnAverageIsFine() throws Exception {
        TestDocument document = threeMandatoryWorkshopsWithoutPeople().set("policy.targetParallel", 2);

        assertThat(prechecks(document)).isEmpty();
    }

    @Test
    void parallelMaximumThatCannotBeMetOnAverageIsAnError() throws Exception {
        TestDocument document = threeMandatoryWorkshopsWithoutPeople().set("policy.maxParallel", 1);

        assertThat(prechecks(document))
                .singleElement()
                .satisfies(problem -> assertError(problem, "policy.maxParallel", "above the maximum of 1"));
    }

    // ************************************************************************
    // Selection goals
    // ************************************************************************

    @Test
    void aShareTheMandatorySessionsAloneBreakIsUnreachable() throws Exception {
        // Three mandatory workshops, none from a developing country: the share stays 0.
        TestDocument document =
                threeMandatoryWorkshopsWithoutPeople().set("policy.selection.minShare.developingCountry", 0.5);

        assertThat(prechecks(document)).singleElement().satisfies(problem -> {
            assertThat(problem.isError()).isFalse();
            assertThat(problem.path()).isEqualTo("policy.selection.minShare.developingCountry");
            assertThat(problem.message())
                    .isEqualTo("unreachable: 0 of the 3 workshops are from developing or transitional economy"
                            + " countries and 3 unflagged ones are mandatory or pinned, so the share is at most 0%,"
                            + " short of 50%");
        });
    }

    @Test
    void aShareTooFewProposalsCarryFillsFewerPlacesThanThereAre() throws Exception {
        // Four optional workshops of p-017, one first-time; three rooms host workshops in three timeslots.
        TestDocument document =
                workshopsOfP017(4).set("sessions[0].firstTime", true).set("policy.selection.minShare.firstTime", 0.5);

        assertThat(prechecks(document))
                .filteredOn(problem -> problem.path().startsWith("policy.selection"))
                .singleElement()
                .satisfies(problem -> {
                    assertThat(problem.isError()).isFalse();
                    assertThat(problem.message())
                            .startsWith("only 1 of the 4 workshops are by first-time organisers: 50% of them is met"
                                    + " only with at most 2 placed");
                });
    }

    @Test
    void panelsOfPeopleWithoutAGroupAreNotJudged() throws Exception {
        TestDocument document = threeMandatoryWorkshopsWithoutPeople().set("policy.selection.minStakeholderGroups", 2);

        assertThat(prechecks(document)).singleElement().satisfies(problem -> {
            assertThat(problem.path()).isEqualTo("policy.selection.minStakeholderGroups");
            assertThat(problem.message())
                    .isEqualTo("3 of the 3 workshops have nobody with a stakeholder group; their panels are not"
                            + " judged");
        });
    }

    @Test
    void aWeightForAGoalTheDatasetDoesNotSetHasNoEffect() throws Exception {
        TestDocument document = TestDocument.minimal().set("policy.weights.Narrow panel", "0hard/-5medium/0soft");

        assertThat(prechecks(document)).singleElement().satisfies(problem -> {
            assertThat(problem.isError()).isFalse();
            assertThat(problem.path()).isEqualTo("policy.weights[\"Narrow panel\"]");
            assertThat(problem.message())
                    .isEqualTo("no effect: policy.selection does not set the goal this constraint is for");
        });
    }

    @Test
    void reachableGoalsAreFine() throws Exception {
        TestDocument document = workshopsOfP017(2)
                .set("sessions[0].developingCountry", true)
                .set("sessions[1].developingCountry", true)
                .set("policy.selection.minShare.developingCountry", 0.5)
                .set("policy.selection.topicCoverage", true);

        assertThat(prechecks(document)).noneMatch(problem -> problem.path().startsWith("policy.selection"));
    }

    // ************************************************************************
    // Valid datasets
    // ************************************************************************

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"igf-2014-istanbul.json", "igf-2014-proposals.json"})
    void committedIgf2014DatasetsHaveNoError(String name) throws Exception {
        DatasetJson document =
                new DatasetReader().read(TestDocument.datasetsFolder().resolve(name));

        assertThat(prechecks(document)).noneMatch(Problem::isError);
    }

    @Test
    void formatExampleHasNoProblem() throws Exception {
        assertThat(prechecks(TestDocument.formatExample())).isEmpty();
    }

    // ************************************************************************
    // Helpers
    // ************************************************************************

    private static final List<String> OTHER_THAN_0900 = List.of("d1-1100", "d1-1430");

    /** WS23, WS24 (sessions[2]) and WS25 (sessions[3]), all mandatory with p-017, three timeslots; WS23 only at 09:00. */
    private static TestDocument threeWorkshopsOfOnePerson() {
        return TestDocument.minimal()
                .setJson("timeslots[2]", AFTERNOON)
                .set("sessions[0].mandatory", true)
                .copy("sessions[0]")
                .set("sessions[2].id", "WS24")
                .copy("sessions[0]")
                .set("sessions[3].id", "WS25")
                .set("sessions[0].unavailableTimeslots", OTHER_THAN_0900);
    }

    /** WS23, WS24 (sessions[2]) and WS25 (sessions[3]): mandatory workshops without people, beside MS-IANA. */
    private static TestDocument threeMandatoryWorkshopsWithoutPeople() {
        return TestDocument.minimal()
                .remove("sessions[0].people")
                .set("sessions[0].mandatory", true)
                .copy("sessions[0]")
                .set("sessions[2].id", "WS24")
                .copy("sessions[0]")
                .set("sessions[3].id", "WS25");
    }

    /** WS23 and copies of it (WS24, WS25, ...), all optional proposals organised by p-017. */
    private static TestDocument workshopsOfP017(int count) {
        TestDocument document = TestDocument.minimal();
        for (int i = 1; i < count; i++) {
            document.copy("sessions[0]").set("sessions[%d].id".formatted(i + 1), "WS%d".formatted(23 + i));
        }
        return document;
    }

    /** One person, p-1, in every one of the sessions, which can each take any of the timeslots (one a day). */
    private static String onePersonInEverySession(int timeslots, int sessions) {
        StringBuilder slots = new StringBuilder();
        for (int i = 0; i < timeslots; i++) {
            slots.append(i == 0 ? "" : ",")
                    .append("{\"id\": \"t%d\", \"day\": \"2027-06-%02d\", \"start\": \"09:00\", \"end\": \"10:30\","
                            .formatted(i, i + 1))
                    .append(" \"kinds\": [\"regular\"]}");
        }
        StringBuilder workshops = new StringBuilder();
        for (int i = 0; i < sessions; i++) {
            workshops
                    .append(i == 0 ? "" : ",")
                    .append("{\"id\": \"WS%d\", \"title\": \"Workshop %d\", \"kind\": \"workshop\",".formatted(i, i))
                    .append(" \"durationMinutes\": 90, \"mandatory\": true,")
                    .append(" \"people\": [{\"person\": \"p-1\", \"role\": \"speaker\"}]}");
        }
        return """
                {"format": "forumplan/1", "forum": {"name": "One busy person", "timeZone": "UTC"},
                 "timeslots": [%s],
                 "rooms": [{"id": "r-1", "capacity": 100}, {"id": "r-2", "capacity": 100}],
                 "people": [{"id": "p-1", "name": "P. Busy"}],
                 "sessions": [%s]}
                """.formatted(slots, workshops);
    }

    private static String pin(String room, String timeslot) {
        return "{\"room\": \"%s\", \"timeslot\": \"%s\"}".formatted(room, timeslot);
    }

    private static List<Problem> prechecks(TestDocument document) throws InvalidDatasetException {
        return prechecks(document.read());
    }

    /** The pre-checks' problems, after checking that each one says where it is. */
    private static List<Problem> prechecks(DatasetJson document) throws InvalidDatasetException {
        List<Problem> problems = FeasibilityPrechecks.check(
                document, DatasetLoader.load(document).programme());
        assertThat(problems)
                .as("every problem has a JSON path")
                .allSatisfy(problem -> assertThat(problem.path()).isNotBlank());
        return problems;
    }

    /** An error at the path (any path when empty) whose message names every one of the words. */
    private static void assertError(Problem problem, String path, String... words) {
        assertThat(problem.isError()).as("%s is an error", problem).isTrue();
        if (!path.isEmpty()) {
            assertThat(problem.path()).isEqualTo(path);
        }
        assertThat(problem.message()).contains(words);
    }
}
