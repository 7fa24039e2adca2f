package org.forumplan.model.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Named.named;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.forumplan.model.domain.Placement;
import org.forumplan.model.domain.Precedence;
import org.forumplan.model.domain.Programme;
import org.forumplan.model.domain.Room;
import org.forumplan.model.domain.RoomFeature;
import org.forumplan.model.domain.SelectionFlag;
import org.forumplan.model.domain.Session;
import org.forumplan.model.domain.SessionFacet;
import org.forumplan.model.domain.SessionFacts;
import org.forumplan.model.domain.SessionKind;
import org.forumplan.model.domain.ShareTarget;
import org.forumplan.model.domain.Topic;
import org.forumplan.model.io.TestDocument;
import org.forumplan.model.problem.InvalidDatasetException;
import org.forumplan.model.problem.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Builds from {@link TestDocument#minimal()}: timeslots d1-0900 and d1-1100, rooms main-hall (webcast, remote) and
 * ws-01, the workshop WS23 organised by p-017 and the main session MS-IANA.
 */
class ProgrammeBuilderTest {

    private static final String FLASH_AT_1315 =
            "{\"id\": \"d1-1315\", \"day\": \"2014-09-02\", \"start\": \"13:15\", \"end\": \"13:45\", \"kinds\": [\"flash\"]}";
    private static final String FLASH_AT_0930 =
            "{\"id\": \"d1-0930\", \"day\": \"2014-09-02\", \"start\": \"09:30\", \"end\": \"10:00\", \"kinds\": [\"flash\"]}";

    // ************************************************************************
    // Pins
    // ************************************************************************

    @Test
    void pinnedSessionHasItsPinAsItsOnlyPlacement() throws Exception {
        Session main = sessions(TestDocument.minimal().setJson("sessions[1].pinned", pin("main-hall", "d1-0900")))
                .get("MS-IANA");

        assertThat(main.isPinned()).isTrue();
        assertThat(main.getPlacement()).hasToString("main-hall@d1-0900");
        assertThat(main.getPossiblePlacements()).containsExactly(main.getPlacement());
    }

    @Test
    void pinInATimeslotThatDoesNotHostTheKindIsAnErrorOnTheTimeslot() throws Exception {
        TestDocument document = TestDocument.minimal()
                .setJson("timeslots[2]", FLASH_AT_1315)
                .setJson("sessions[1].pinned", pin("main-hall", "d1-1315"));

        assertOnlyBuildError(document, "sessions[1].pinned.timeslot", "\"d1-1315\" does not host main sessions");
    }

    @Test
    void pinInARoomThatDoesNotHostTheKindIsAnErrorOnTheRoom() throws Exception {
        TestDocument document = TestDocument.minimal()
                .set("rooms[1].kinds", List.of("workshop"))
                .setJson("sessions[1].pinned", pin("ws-01", "d1-0900"));

        assertOnlyBuildError(document, "sessions[1].pinned.room", "\"ws-01\" does not host main sessions");
    }

    @Test
    void pinnedSpanTooShortForTheDurationIsAnErrorOnTheSpan() throws Exception {
        TestDocument document = TestDocument.minimal()
                .set("sessions[1].durationMinutes", 180)
                .setJson("sessions[1].pinned", pin("main-hall", "d1-0900", 1));

        assertOnlyBuildError(document, "sessions[1].pinned.span", "span 1 covers 90 minutes but the session lasts 180");
    }

    @Test
    void pinnedSpanLongerThanTheDayIsAnErrorOnTheSpan() throws Exception {
        TestDocument document = TestDocument.minimal().setJson("sessions[1].pinned", pin("main-hall", "d1-0900", 3));

        assertOnlyBuildError(document, "sessions[1].pinned.span", "does not fit");
    }

    @Test
    void pinnedSessionRunningPastTheLastSlotIsAnErrorOnTheTimeslot() throws Exception {
        TestDocument document = TestDocument.minimal()
                .set("sessions[1].durationMinutes", 180)
                .setJson("sessions[1].pinned", pin("main-hall", "d1-1100"));

        assertOnlyBuildError(
                document, "sessions[1].pinned.timeslot", "a 180-minute main session from timeslot \"d1-1100\"");
    }

    @Test
    void pinWithoutSpanTakesTheFewestSlotsThatCoverTheDuration() throws Exception {
        Session main = sessions(TestDocument.minimal()
                        .set("sessions[1].durationMinutes", 180)
                        .setJson("sessions[1].pinned", pin("main-hall", "d1-0900")))
                .get("MS-IANA");

        assertThat(main.getPlacement()).hasToString("main-hall@d1-0900x2");
    }

    // ************************************************************************
    // Possible placements
    // ************************************************************************

    static Stream<Arguments> possiblePlacementsOfWs23() {
        return Stream.of(
                placements(
                        "with nothing excluded: every room at every regular timeslot",
                        document -> document,
                        "main-hall@d1-0900",
                        "main-hall@d1-1100",
                        "ws-01@d1-0900",
                        "ws-01@d1-1100"),
                placements(
                        "without rooms lacking a required feature",
                        document -> document.set("sessions[0].requiredFeatures", List.of("remote")),
                        "main-hall@d1-0900",
                        "main-hall@d1-1100"),
                placements(
                        "without rooms hosting other kinds only",
                        document -> document.set("rooms[0].kinds", List.of("main", "open_forum")),
                        "ws-01@d1-0900",
                        "ws-01@d1-1100"),
                placements(
                        "without timeslots the room is unavailable",
                        document -> document.set("rooms[1].unavailable", List.of("d1-0900")),
                        "main-hall@d1-0900",
                        "main-hall@d1-1100",
                        "ws-01@d1-1100"),
                placements(
                        "without timeslots one of its people is unavailable",
                        document -> document.set("people[0].unavailable", List.of("d1-1100")),
                        "main-hall@d1-0900",
                        "ws-01@d1-0900"),
                placements(
                        "without timeslots the session itself is unavailable",
                        document -> document.set("sessions[0].unavailableTimeslots", List.of("d1-0900")),
                        "main-hall@d1-1100",
                        "ws-01@d1-1100"),
                placements(
                        "without timeslots overlapping a person's unavailable flash slot",
                        document -> document.setJson("timeslots[2]", FLASH_AT_0930)
                                .set("people[0].unavailable", List.of("d1-0930")),
                        "main-hall@d1-1100",
                        "ws-01@d1-1100"),
                placements(
                        "not at a timeslot of another kind",
                        document -> document.setJson("timeslots[2]", FLASH_AT_1315),
                        "main-hall@d1-0900",
                        "main-hall@d1-1100",
                        "ws-01@d1-0900",
                        "ws-01@d1-1100"),
                placements(
                        "nowhere when the duration fits no run of timeslots",
                        document -> document.set("sessions[0].durationMinutes", 240)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("possiblePlacementsOfWs23")
    void possiblePlacementsFitTheSession(UnaryOperator<TestDocument> edit, List<String> expected) throws Exception {
        Session ws23 = sessions(edit.apply(TestDocument.minimal())).get("WS23");

        assertThat(ws23.getPossiblePlacements())
                .extracting(Placement::toString)
                .containsExactlyInAnyOrderElementsOf(expected);
    }

    static Stream<Arguments> possiblePlacementsAroundPinnedPrecedences() {
        UnaryOperator<TestDocument> shortMain = document -> document.set("sessions[1].durationMinutes", 90);
        return Stream.of(
                placements(
                        "only those ending before the pinned main session it feeds",
                        document -> shortMain
                                .apply(document)
                                .setJson("sessions[1].pinned", pin("main-hall", "d1-1100"))
                                .set("sessions[0].feeds", "MS-IANA"),
                        "main-hall@d1-0900",
                        "ws-01@d1-0900"),
                placements(
                        "only those starting after a pinned session that must precede it",
                        document -> shortMain
                                .apply(document)
                                .setJson("sessions[1].pinned", pin("main-hall", "d1-0900"))
                                .set("sessions[1].mustPrecede", List.of("WS23")),
                        "main-hall@d1-1100",
                        "ws-01@d1-1100"),
                placements(
                        "all of them when none could end in time, so that the constraint says what is wrong",
                        document -> shortMain
                                .apply(document)
                                .setJson("sessions[1].pinned", pin("main-hall", "d1-0900"))
                                .set("sessions[0].feeds", "MS-IANA"),
                        "main-hall@d1-1100",
                        "ws-01@d1-0900",
                        "ws-01@d1-1100"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("possiblePlacementsAroundPinnedPrecedences")
    void possiblePlacementsRespectPrecedencesWithPinnedSessions(UnaryOperator<TestDocument> edit, List<String> expected)
            throws Exception {
        Session ws23 = sessions(edit.apply(TestDocument.minimal())).get("WS23");

        assertThat(ws23.getPossiblePlacements())
                .extracting(Placement::toString)
                .containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void aPinnedSessionsPrecedenceNarrowsTheWholeChainAroundIt() throws Exception {
        // WS24 must precede WS23, which feeds MS-IANA, pinned in the afternoon: WS23 must start by 11:00, so WS24
        // must end by then, and WS23 cannot start before WS24 can end, at 10:30: the bounds run both ways.
        TestDocument document = TestDocument.minimal()
                .setJson(
                        "timeslots[2]",
                        "{\"id\": \"d1-1430\", \"day\": \"2014-09-02\", \"start\": \"14:30\", \"end\": \"16:00\","
                                + " \"kinds\": [\"regular\"]}")
                .set("sessions[1].durationMinutes", 90)
                .setJson("sessions[1].pinned", pin("main-hall", "d1-1430"))
                .set("sessions[0].feeds", "MS-IANA")
                .setJson(
                        "sessions[2]",
                        "{\"id\": \"WS24\", \"title\": \"Before WS23\", \"kind\": \"workshop\","
                                + " \"durationMinutes\": 90, \"mustPrecede\": [\"WS23\"]}");

        Map<String, Session> sessions = sessions(document);

        assertThat(sessions.get("WS23").getPossiblePlacements())
                .extracting(Placement::toString)
                .containsExactlyInAnyOrder("main-hall@d1-1100", "ws-01@d1-1100");
        assertThat(sessions.get("WS24").getPossiblePlacements())
                .extracting(Placement::toString)
                .containsExactlyInAnyOrder("main-hall@d1-0900", "ws-01@d1-0900");
    }

    @Test
    void identicalPlacementsAreTheSameObjectAcrossSessions() throws Exception {
        TestDocument document = TestDocument.minimal()
                .copy("sessions[0]")
                .set("sessions[2].id", "WS24")
                .set("sessions[2].durationMinutes", 60)
                .set("sessions[2].unavailableTimeslots", List.of("d1-1100"))
                .setJson("sessions[1].pinned", pin("main-hall", "d1-0900"));
        Map<String, Session> sessions = sessions(document);
        List<Placement> ws23 = sessions.get("WS23").getPossiblePlacements();

        assertThat(sessions.get("WS24").getPossiblePlacements())
                .hasSize(1)
                .allSatisfy(placement ->
                        assertThat(ws23).anySatisfy(same -> assertThat(same).isSameAs(placement)));
        // The room and time pinned to MS-IANA are open to no other session.
        assertThat(ws23).doesNotContain(sessions.get("MS-IANA").getPlacement());
    }

    // ************************************************************************
    // Published placements and the schedule (warm start)
    // ************************************************************************

    @Test
    void publishedPlacementIsResolvedButIsNotAStartingPoint() throws Exception {
        Session ws23 = sessions(TestDocument.minimal()
                        .setJson(
                                "published",
                                "[{\"session\": \"WS23\", \"room\": \"ws-01\", \"timeslot\": \"d1-1100\"}]"))
                .get("WS23");

        assertThat(ws23.getPublishedPlacement()).hasToString("ws-01@d1-1100");
        assertThat(ws23.getPossiblePlacements()).contains(ws23.getPublishedPlacement());
        assertThat(ws23.getPlacement()).isNull();
    }

    @Test
    void scheduledSessionStartsFromItsAssignment() throws Exception {
        Session ws23 = sessions(TestDocument.minimal().setJson("schedule", schedule("WS23", "ws-01", "d1-1100")))
                .get("WS23");

        assertThat(ws23.getPlacement()).hasToString("ws-01@d1-1100");
        assertThat(ws23.getPossiblePlacements()).contains(ws23.getPlacement());
        assertThat(ws23.isPinned()).isFalse();
    }

    @Test
    void assignmentOutsideTheSessionsPossiblePlacementsIsAddedToThem() throws Exception {
        TestDocument document = TestDocument.minimal()
                .set("people[0].unavailable", List.of("d1-0900"))
                .setJson("schedule", schedule("WS23", "ws-01", "d1-0900"));

        Session ws23 = sessions(document).get("WS23");

        assertThat(ws23.getPlacement()).hasToString("ws-01@d1-0900");
        assertThat(ws23.getPossiblePlacements())
                .extracting(Placement::toString)
                .containsExactlyInAnyOrder("main-hall@d1-1100", "ws-01@d1-1100", "ws-01@d1-0900");
    }

    @Test
    void scheduleThatMovesAPinnedSessionIsAnError() throws Exception {
        TestDocument document = TestDocument.minimal()
                .setJson("sessions[1].pinned", pin("main-hall", "d1-0900"))
                .setJson("schedule", schedule("MS-IANA", "main-hall", "d1-1100"));

        assertOnlyBuildError(
                document,
                "schedule.assignments[0]",
                "assigned session \"MS-IANA\": it is pinned at main-hall@d1-0900 but the schedule places it at"
                        + " main-hall@d1-1100");
    }

    @Test
    void scheduleThatKeepsAPinnedSessionInPlaceIsAccepted() throws Exception {
        TestDocument document = TestDocument.minimal()
                .setJson("sessions[1].pinned", pin("main-hall", "d1-0900"))
                .setJson("schedule", schedule("MS-IANA", "main-hall", "d1-0900"));

        assertThat(sessions(document).get("MS-IANA").getPlacement()).hasToString("main-hall@d1-0900");
    }

    @Test
    void scheduleThatLeavesAPinnedSessionUnscheduledIsAnError() throws Exception {
        TestDocument document = TestDocument.minimal()
                .setJson("sessions[1].pinned", pin("main-hall", "d1-0900"))
                .setJson("schedule", "{\"assignments\": [], \"unscheduled\": [\"MS-IANA\"]}");

        InvalidDatasetException thrown =
                catchThrowableOfType(InvalidDatasetException.class, () -> DatasetLoader.load(document.read()));

        assertThat(thrown).as("a schedule must respect the pins").isNotNull();
        assertThat(thrown.problems()).extracting(Problem::path).containsExactly("schedule.unscheduled[0]");
    }

    @Test
    void assignmentInARoomThatDoesNotHostTheKindIsAnError() throws Exception {
        TestDocument document = TestDocument.minimal()
                .set("rooms[0].kinds", List.of("main"))
                .setJson("schedule", schedule("WS23", "main-hall", "d1-0900"));

        assertOnlyBuildError(document, "schedule.assignments[0].room", "\"main-hall\" does not host workshops");
    }

    @Test
    void assignmentTimesThatDisagreeWithTheTimeslotsAreErrors() throws Exception {
        TestDocument document = TestDocument.minimal()
                .setJson(
                        "schedule",
                        "{\"assignments\": [{\"session\": \"WS23\", \"room\": \"ws-01\", \"timeslot\": \"d1-0900\","
                                + " \"day\": \"2014-09-03\", \"start\": \"09:30\", \"end\": \"11:00\"}]}");

        InvalidDatasetException thrown = buildFailure(document);

        assertThat(thrown.problems())
                .extracting(Problem::path)
                .containsExactly(
                        "schedule.assignments[0].day", "schedule.assignments[0].start", "schedule.assignments[0].end");
        assertThat(thrown.problems().get(0).message()).contains("2014-09-03 disagrees with timeslot d1-0900");
    }

    @Test
    void assignmentTimesThatAgreeAreAccepted() throws Exception {
        TestDocument document = TestDocument.minimal()
                .setJson(
                        "schedule",
                        "{\"assignments\": [{\"session\": \"WS23\", \"room\": \"ws-01\", \"timeslot\": \"d1-0900\","
                                + " \"span\": 1, \"day\": \"2014-09-02\", \"start\": \"09:00\", \"end\": \"10:30\"}]}");

        assertThat(sessions(document).get("WS23").getPlacement()).hasToString("ws-01@d1-0900");
    }

    // ************************************************************************
    // Facets the clash constraints group on
    // ************************************************************************

    @Test
    void facetsNoOtherSessionSharesAreDropped() throws Exception {
        // WS23 alone has its topic, track and organizer; MS-IANA is run by another organization.
        Map<String, Session> sessions = sessions(TestDocument.minimal()
                .set("sessions[0].organization", "Example University")
                .set("sessions[1].organization", "Example Registry"));

        assertThat(sessions.get("WS23").getFacets()).isEmpty();
        assertThat(sessions.get("MS-IANA").getFacets()).isEmpty();
    }

    @Test
    void facetsStayNarrowedWhateverTheOrderTheFactsAreGivenIn() throws Exception {
        // Setters once recomputed the facets and had to keep the narrowing. The facts are now built in one go, with the
        // forum's shared facets as one input among the others.
        Session workshop = sessions(TestDocument.minimal()
                        .set("sessions[0].topics", List.of())
                        .set("sessions[0].organization", "Example University")
                        .set("sessions[1].organization", "Example University"))
                .get("WS23");
        SessionFacts sharedFacetsGivenFirst = SessionFacts.builder(
                        workshop.getId(), workshop.getTitle(), workshop.getKind(), workshop.getDurationMinutes())
                .sharedFacets(Set.copyOf(workshop.getFacets()))
                .participations(workshop.getParticipations())
                .track(workshop.getTrack())
                .organization(workshop.getOrganization())
                .build();

        assertThat(workshop.getFacets())
                .extracting(SessionFacet::kind)
                .as("the shared organization, not its own track")
                .containsExactly(SessionFacet.Kind.ORGANIZATION);
        assertThat(sharedFacetsGivenFirst.facets()).isEqualTo(workshop.getFacets());
    }

    @Test
    void facetsTwoSessionsShareAreKept() throws Exception {
        Map<String, Session> sessions = sessions(TestDocument.minimal()
                .set("sessions[0].organization", "Example University")
                .set("sessions[1].organization", "Example University")
                .set("sessions[1].topics", List.of("child-protection"))
                .setJson("sessions[1].people", "[{\"person\": \"p-017\", \"role\": \"speaker\"}]"));

        assertThat(sessions.get("MS-IANA").getFacets())
                .extracting(SessionFacet::kind)
                .containsExactlyInAnyOrder(
                        SessionFacet.Kind.PERSON, SessionFacet.Kind.SPREAD_TOPIC, SessionFacet.Kind.ORGANIZATION);
        assertThat(sessions.get("WS23").getFacets())
                .extracting(SessionFacet::kind)
                .as("its track is its own")
                .containsExactlyInAnyOrder(
                        SessionFacet.Kind.PERSON, SessionFacet.Kind.SPREAD_TOPIC, SessionFacet.Kind.ORGANIZATION);
    }

    // ************************************************************************
    // Defaults and forum-wide settings
    // ************************************************************************

    @Test
    void absentValuesTakeTheirDefaults() throws Exception {
        Programme programme = build(TestDocument.minimal()
                .remove("rooms[1].name")
                .remove("topics[0].name")
                .remove("people[1].name"));
        Session main = byId(programme).get("MS-IANA");

        assertThat(main.getExpectedAttendance()).isEqualTo(ProgrammeBuilder.DEFAULT_EXPECTED_ATTENDANCE);
        assertThat(main.getTopics()).isEmpty();
        assertThat(main.getRequiredFeatures()).isEmpty();
        assertThat(main.isExclusive()).isFalse();
        assertThat(main.getEvaluation()).isNull();
        assertThat(byId(programme).get("WS23").isMandatory()).isFalse();
        assertThat(programme.getTopics()).singleElement().satisfies(topic -> {
            assertThat(topic.spreads()).as("spread by default").isTrue();
            assertThat(topic.name()).isEqualTo("child-protection");
        });
        assertThat(programme.getRooms().get(1).name()).isEqualTo("ws-01");
        assertThat(programme.getRooms().get(1).kinds())
                .as("absent kinds: every kind")
                .containsOnly(SessionKind.values());
        assertThat(programme.getPeople().get(1).name()).isEqualTo("p-018");
        assertThat(programme.getPolicy().hasMax()).isFalse();
        assertThat(programme.getPolicy().hasTarget()).isFalse();
    }

    @Test
    void givenValuesOverrideTheDefaults() throws Exception {
        Programme programme = build(TestDocument.minimal()
                .set("sessions[0].expectedAttendance", 120)
                .set("topics[0].policy", "cluster")
                .set("policy.maxParallel", 11)
                .set("policy.targetParallel", 9));
        Session ws23 = byId(programme).get("WS23");

        assertThat(ws23.getExpectedAttendance()).isEqualTo(120);
        assertThat(ws23.getTopics()).extracting(Topic::id).containsExactly("child-protection");
        assertThat(ws23.getSpreadTopics()).as("a cluster topic is not spread").isEmpty();
        assertThat(programme.getPolicy().maxParallel()).isEqualTo(11);
        assertThat(programme.getPolicy().targetParallel()).isEqualTo(9);
    }

    @Test
    void roomKeepsItsKindsAndFeatures() throws Exception {
        Room mainHall = build(TestDocument.minimal().set("rooms[0].kinds", List.of("main")))
                .getRooms()
                .get(0);

        assertThat(mainHall.hosts(SessionKind.MAIN)).isTrue();
        assertThat(mainHall.hosts(SessionKind.WORKSHOP)).isFalse();
        assertThat(mainHall.features()).containsExactlyInAnyOrder(RoomFeature.WEBCAST, RoomFeature.REMOTE);
    }

    @Test
    void datasetWeightsBecomeConstraintWeightOverrides() throws Exception {
        Programme programme = build(TestDocument.minimal()
                .set("policy.weights.Topic clash", "0hard/0medium/-20soft")
                .set("policy.weights.Track clash", "0hard/0medium/0soft"));

        assertThat(programme.getConstraintWeightOverrides().getKnownConstraintNames())
                .containsExactlyInAnyOrderElementsOf(
                        Stream.concat(Stream.of("Topic clash", "Track clash"), Stream.of(SELECTION_CONSTRAINTS))
                                .toList());
        assertThat(programme.getConstraintWeightOverrides().getConstraintWeight("Topic clash"))
                .isEqualTo(HardMediumSoftLongScore.ofSoft(20));
        assertThat(programme.getConstraintWeightOverrides().getConstraintWeight("Track clash"))
                .isEqualTo(HardMediumSoftLongScore.ZERO);
    }

    private static final String[] SELECTION_CONSTRAINTS = {
        "Share short of target",
        "Topic coverage missed",
        "Narrow panel",
        "Speaker mix by stakeholder group",
        "Speaker mix by region"
    };

    @Test
    void selectionConstraintsAreOffUnlessTheirGoalIsSet() throws Exception {
        Programme without = build(TestDocument.minimal());
        Programme with = build(TestDocument.minimal()
                .set("policy.selection.minShare.firstTime", 0.2)
                .set("policy.selection.topicCoverage", true)
                .set("policy.weights.Narrow panel", "0hard/-5medium/0soft"));

        for (String name : SELECTION_CONSTRAINTS) {
            assertThat(without.getConstraintWeightOverrides().getConstraintWeight(name))
                    .as(name)
                    .isEqualTo(HardMediumSoftLongScore.ZERO);
        }
        // Set goals keep the catalogue's weight; a dataset's weight wins even without its goal (it then matches
        // nothing).
        assertThat(with.getConstraintWeightOverrides().getKnownConstraintNames())
                .containsExactlyInAnyOrder("Narrow panel", "Speaker mix by stakeholder group", "Speaker mix by region");
        assertThat(with.getConstraintWeightOverrides().getConstraintWeight("Narrow panel"))
                .isEqualTo(HardMediumSoftLongScore.ofMedium(5));
        assertThat(with.getSelection().shares()).containsExactly(new ShareTarget(SelectionFlag.FIRST_TIME, 0.2));
        assertThat(with.getSelection().kinds()).containsExactly(SessionKind.WORKSHOP);
    }

    @Test
    void mustPrecedeAndFeedsBecomePrecedences() throws Exception {
        Programme programme = build(TestDocument.minimal()
                .copy("sessions[0]")
                .set("sessions[2].id", "WS24")
                .set("sessions[0].mustPrecede", List.of("WS24"))
                .set("sessions[0].feeds", "MS-IANA"));

        assertThat(programme.getPrecedences())
                .containsExactlyInAnyOrder(
                        new Precedence("WS23", "WS24", Precedence.Reason.MUST_PRECEDE),
                        new Precedence("WS23", "MS-IANA", Precedence.Reason.FEEDS));
    }

    @Test
    void sessionsInAPrecedenceAreMarkedForTheConstructionThatPlacesThemFirst() throws Exception {
        Programme programme = build(TestDocument.minimal()
                .copy("sessions[0]")
                .set("sessions[2].id", "WS24")
                .set("sessions[0].feeds", "MS-IANA"));

        assertThat(programme.getSessions())
                .filteredOn(Session::isInPrecedence)
                .extracting(Session::getId)
                .containsExactlyInAnyOrder("WS23", "MS-IANA");
    }

    // ************************************************************************
    // Helpers
    // ************************************************************************

    private static Programme build(TestDocument document) throws InvalidDatasetException {
        return ProgrammeBuilder.build(document.read());
    }

    private static Map<String, Session> sessions(TestDocument document) throws InvalidDatasetException {
        return byId(build(document));
    }

    private static Map<String, Session> byId(Programme programme) {
        return programme.getSessions().stream().collect(Collectors.toMap(Session::getId, Function.identity()));
    }

    /** The builder's problems, for a document the checker passes. */
    private static InvalidDatasetException buildFailure(TestDocument document) throws InvalidDatasetException {
        assertThat(document.problems()).as("the checker passes it").isEmpty();
        InvalidDatasetException thrown =
                catchThrowableOfType(InvalidDatasetException.class, () -> ProgrammeBuilder.build(document.read()));
        assertThat(thrown).as("the builder rejects it").isNotNull();
        return thrown;
    }

    private static void assertOnlyBuildError(TestDocument document, String path, String message)
            throws InvalidDatasetException {
        assertThat(buildFailure(document).problems()).singleElement().satisfies(problem -> {
            assertThat(problem.isError()).isTrue();
            assertThat(problem.path()).isEqualTo(path);
            assertThat(problem.message()).contains(message);
        });
    }

    private static String pin(String room, String timeslot) {
        return "{\"room\": \"%s\", \"timeslot\": \"%s\"}".formatted(room, timeslot);
    }

    private static String pin(String room, String timeslot, int span) {
        return "{\"room\": \"%s\", \"timeslot\": \"%s\", \"span\": %d}".formatted(room, timeslot, span);
    }

    private static String schedule(String session, String room, String timeslot) {
        return "{\"assignments\": [{\"session\": \"%s\", \"room\": \"%s\", \"timeslot\": \"%s\"}]}"
                .formatted(session, room, timeslot);
    }

    private static Arguments placements(String name, UnaryOperator<TestDocument> edit, String... expected) {
        return arguments(named(name, edit), List.of(expected));
    }
}
