package org.forumplan.model.generate;

import static java.util.stream.Collectors.counting;
import static java.util.stream.Collectors.groupingBy;
import static java.util.stream.Collectors.toMap;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import ai.timefold.solver.core.api.score.analysis.ScoreAnalysis;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.forumplan.model.analysis.ScoreExplainer;
import org.forumplan.model.domain.Placement;
import org.forumplan.model.domain.Programme;
import org.forumplan.model.domain.Session;
import org.forumplan.model.domain.SessionKind;
import org.forumplan.model.domain.StakeholderGroup;
import org.forumplan.model.generate.ForumGenerator.GeneratedForum;
import org.forumplan.model.io.AssignmentJson;
import org.forumplan.model.io.DatasetJson;
import org.forumplan.model.io.DatasetWriter;
import org.forumplan.model.io.ParticipantJson;
import org.forumplan.model.io.PersonJson;
import org.forumplan.model.io.PlacementJson;
import org.forumplan.model.io.SessionJson;
import org.forumplan.model.io.TestDocument;
import org.forumplan.model.load.DatasetLoader;
import org.forumplan.model.load.ProgrammeBuilder;
import org.forumplan.model.problem.Problem;
import org.forumplan.model.validation.DatasetChecker;
import org.forumplan.model.validation.FeasibilityPrechecks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The generator's promises: the same settings give the same bytes, the committed synthetic datasets come back byte for
 * byte, the planted schedule breaks no hard constraint, the IGF 2016 mix is exact, proposals exceed the places, the
 * forum looks like an IGF (people in a few sessions, BPFs before their wrap-up, feeders, ceremonies, unavailability),
 * and impossible settings are refused with a message that says what to change.
 */
class ForumGeneratorTest {

    /** Settings with a readable name for the test report. */
    record Forum(String name, GeneratorSettings settings) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** A committed dataset, the command that made it, and its settings. */
    record Committed(String file, String command, GeneratorSettings settings) {
        @Override
        public String toString() {
            return file + " (" + command + ")";
        }

        Forum forum() {
            return new Forum(file, settings);
        }
    }

    static final List<Committed> COMMITTED = List.of(
            new Committed(
                    "synthetic-small.json",
                    "--preset regional --sessions 60 --seed 1",
                    new GeneratorSettings(
                            Preset.REGIONAL, 60, Preset.REGIONAL.defaultDays(), Preset.REGIONAL.defaultRooms(), 1)),
            new Committed(
                    "synthetic-igf2016.json", "--preset igf2016 --seed 1", GeneratorSettings.of(Preset.IGF2016, 1)),
            new Committed(
                    "synthetic-large.json",
                    "--sessions 1000 --days 5 --rooms 50 --seed 1",
                    new GeneratorSettings(Preset.IGF, 1000, 5, 50, 1)),
            new Committed(
                    "synthetic-xl.json",
                    "--sessions 4000 --days 12 --rooms 82 --seed 1",
                    new GeneratorSettings(Preset.IGF, 4000, 12, 82, 1)),
            // The igf preset's four days with the fewest rooms the generator accepts for the size.
            new Committed(
                    "synthetic-dense-1000.json",
                    "--sessions 1000 --rooms 34 --seed 1",
                    new GeneratorSettings(Preset.IGF, 1000, Preset.IGF.defaultDays(), 34, 1)),
            new Committed(
                    "synthetic-dense-2000.json",
                    "--sessions 2000 --rooms 66 --seed 1",
                    new GeneratorSettings(Preset.IGF, 2000, Preset.IGF.defaultDays(), 66, 1)),
            new Committed(
                    "synthetic-dense-4000.json",
                    "--sessions 4000 --rooms 129 --seed 1",
                    new GeneratorSettings(Preset.IGF, 4000, Preset.IGF.defaultDays(), 129, 1)),
            // Small regional forums for the exact reference (benchmark gap).
            gapForum(20),
            gapForum(40),
            gapForum(60),
            gapForum(80));

    private static Committed gapForum(int sessions) {
        return new Committed(
                "gap-" + sessions + ".json",
                "--preset regional --sessions " + sessions + " --seed 2",
                new GeneratorSettings(
                        Preset.REGIONAL, sessions, Preset.REGIONAL.defaultDays(), Preset.REGIONAL.defaultRooms(), 2));
    }

    private static final Forum IGF_DEFAULT = new Forum("igf, seed 1", GeneratorSettings.of(Preset.IGF, 1));
    private static final Forum IGF2016_DEFAULT = new Forum("igf2016, seed 1", GeneratorSettings.of(Preset.IGF2016, 1));
    private static final Forum LARGE = COMMITTED.get(2).forum();
    private static final Forum XL = COMMITTED.get(3).forum();

    /** Generating xl takes about a second: each setting is generated once for the whole class. */
    private static final Map<GeneratorSettings, GeneratedForum> GENERATED = new ConcurrentHashMap<>();

    private static final ScoreExplainer SCORES = new ScoreExplainer();

    // ************************************************************************
    // Determinism
    // ************************************************************************

    @Test
    void sameSettingsGiveTheSameBytes() {
        GeneratorSettings settings = GeneratorSettings.of(Preset.IGF, 42);

        GeneratedForum first = ForumGenerator.generate(settings);
        GeneratedForum second = ForumGenerator.generate(settings);

        assertThat(DatasetWriter.toJson(second.dataset())).isEqualTo(DatasetWriter.toJson(first.dataset()));
        assertThat(second.plantedSchedule()).isEqualTo(first.plantedSchedule());
    }

    @Test
    void anotherSeedGivesAnotherForum() {
        String seed1 = DatasetWriter.toJson(
                ForumGenerator.generate(GeneratorSettings.of(Preset.IGF, 1)).dataset());
        String seed2 = DatasetWriter.toJson(
                ForumGenerator.generate(GeneratorSettings.of(Preset.IGF, 2)).dataset());

        assertThat(seed2).isNotEqualTo(seed1);
    }

    static Stream<Committed> committed() {
        return COMMITTED.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("committed")
    void committedSyntheticDatasetRegeneratesByteForByte(Committed committed) throws IOException {
        String onDisk =
                Files.readString(TestDocument.datasetsFolder().resolve(committed.file()), StandardCharsets.UTF_8);

        String regenerated = DatasetWriter.toJson(generated(committed.forum()).dataset());

        assertThat(regenerated.equals(onDisk))
                .as(() -> "forumplan generate %s regenerates %s; first difference: %s"
                        .formatted(committed.command(), committed.file(), firstDifference(onDisk, regenerated)))
                .isTrue();
    }

    // ************************************************************************
    // Feasible by construction
    // ************************************************************************

    static Stream<Forum> forums() {
        return Stream.concat(
                Stream.of(
                        IGF_DEFAULT,
                        new Forum("igf, seed 2", GeneratorSettings.of(Preset.IGF, 2)),
                        new Forum("igf, seed 3", GeneratorSettings.of(Preset.IGF, 3)),
                        new Forum("regional, seed 1", GeneratorSettings.of(Preset.REGIONAL, 1)),
                        new Forum("regional, seed 2", GeneratorSettings.of(Preset.REGIONAL, 2)),
                        IGF2016_DEFAULT,
                        new Forum("igf2016, seed 2", GeneratorSettings.of(Preset.IGF2016, 2)),
                        new Forum("igf, 60 sessions, 2 days, 8 rooms", new GeneratorSettings(Preset.IGF, 60, 2, 8, 7)),
                        new Forum(
                                "regional, 25 sessions, 1 day, 13 rooms",
                                new GeneratorSettings(Preset.REGIONAL, 25, 1, 13, 7)),
                        new Forum(
                                "igf, 400 sessions, 6 days, 30 rooms",
                                new GeneratorSettings(Preset.IGF, 400, 6, 30, 7))),
                COMMITTED.stream()
                        .filter(committed -> committed != COMMITTED.get(1))
                        .map(Committed::forum));
    }

    /**
     * Places every session where the planted schedule says, among the placements the model itself allows it, and lets
     * the constraints score that: 0 hard, with every mandatory session placed.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("forums")
    void plantedScheduleBreaksNoHardConstraint(Forum forum) throws Exception {
        GeneratedForum generated = generated(forum);
        Programme programme = ProgrammeBuilder.build(generated.dataset());
        Map<String, Session> sessions =
                programme.getSessions().stream().collect(toMap(Session::getId, Function.identity()));

        List<String> notPossible = new ArrayList<>();
        for (AssignmentJson assignment : generated.plantedSchedule()) {
            Session session = sessions.get(assignment.session());
            session.getPossiblePlacements().stream()
                    .filter(placement -> matches(placement, assignment))
                    .findFirst()
                    .ifPresentOrElse(session::setPlacement, () -> notPossible.add(assignment.toString()));
        }
        ScoreAnalysis<HardMediumSoftLongScore> analysis = SCORES.analyze(programme);

        assertThat(notPossible)
                .as("planted placements the model does not allow")
                .isEmpty();
        assertThat(programme.getScore().hardScore())
                .as("hard score; costs: %s", costs(analysis))
                .isZero();
        assertThat(programme.getSessions())
                .filteredOn(Session::isMandatory)
                .filteredOn(session -> session.getPlacement() == null)
                .extracting(Session::getId)
                .as("mandatory sessions without a planted placement")
                .isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("forums")
    void everyPinnedSessionIsPlantedAtItsPin(Forum forum) {
        GeneratedForum generated = generated(forum);
        Map<String, PlacementJson> planted = generated.plantedSchedule().stream()
                .collect(toMap(
                        AssignmentJson::session,
                        assignment -> new PlacementJson(assignment.room(), assignment.timeslot(), assignment.span())));

        assertThat(generated.dataset().sessions())
                .filteredOn(session -> session.pinned() != null)
                .isNotEmpty()
                .allSatisfy(session ->
                        assertThat(planted.get(session.id())).as(session.id()).isEqualTo(session.pinned()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("forums")
    void generatedDatasetPassesTheChecksAndThePrechecksWithoutError(Forum forum) throws Exception {
        DatasetJson dataset = generated(forum).dataset();

        assertThat(DatasetChecker.check(dataset)).filteredOn(Problem::isError).isEmpty();
        assertThat(FeasibilityPrechecks.check(
                        dataset, DatasetLoader.load(dataset).programme()))
                .filteredOn(Problem::isError)
                .isEmpty();
    }

    /** A session's preferred timeslots name each timeslot once (the checker refuses a repeated id). */
    @Test
    void preferredTimeslotsNameEachTimeslotOnce() {
        List<String> repeated = forums().flatMap(forum -> generated(forum).dataset().sessions().stream()
                        .filter(session -> session.preferredTimeslots() != null)
                        .filter(session ->
                                Set.copyOf(session.preferredTimeslots()).size()
                                        < session.preferredTimeslots().size())
                        .map(session -> "%s: %s.preferredTimeslots = %s"
                                .formatted(forum, session.id(), session.preferredTimeslots())))
                .toList();

        assertThat(repeated).isEmpty();
    }

    // ************************************************************************
    // The mix of kinds and proposals beyond capacity
    // ************************************************************************

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3})
    void igf2016MixIsExact(long seed) {
        Map<SessionKind, Long> kinds =
                generated(new Forum("igf2016", GeneratorSettings.of(Preset.IGF2016, seed)))
                        .dataset()
                        .sessions()
                        .stream()
                        .collect(groupingBy(SessionJson::kind, () -> new EnumMap<>(SessionKind.class), counting()));

        assertThat(kinds)
                .containsOnly(
                        entry(SessionKind.WORKSHOP, 96L),
                        entry(SessionKind.OPEN_FORUM, 31L),
                        entry(SessionKind.MAIN, 8L),
                        entry(SessionKind.BEST_PRACTICE_FORUM, 4L),
                        entry(SessionKind.DYNAMIC_COALITION, 14L),
                        entry(SessionKind.FLASH, 23L),
                        entry(SessionKind.PRE_EVENT, 24L),
                        entry(SessionKind.NRI, 10L),
                        entry(SessionKind.OTHER, 19L));
        assertThat(kinds.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(229);
    }

    static Stream<Forum> forumsWithMoreProposalsThanPlaces() {
        return Stream.of(IGF_DEFAULT, LARGE);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("forumsWithMoreProposalsThanPlaces")
    void someOptionalWorkshopsFindNoPlaceWhileEveryMandatorySessionDoes(Forum forum) {
        GeneratedForum generated = generated(forum);
        Set<String> planted = plantedIds(generated);
        List<SessionJson> sessions = generated.dataset().sessions();

        assertThat(sessions)
                .filteredOn(session -> !isMandatory(session) && session.kind() == SessionKind.WORKSHOP)
                .filteredOn(session -> !planted.contains(session.id()))
                .as("optional workshops left out of the planted schedule")
                .isNotEmpty();
        assertThat(sessions)
                .filteredOn(ForumGeneratorTest::isMandatory)
                .allSatisfy(session -> assertThat(planted).as("planted").contains(session.id()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("forumsWithMoreProposalsThanPlaces")
    void optionalProposalsCarryAnEvaluation(Forum forum) {
        assertThat(generated(forum).dataset().sessions())
                .filteredOn(session -> !isMandatory(session))
                .isNotEmpty()
                .allSatisfy(session -> assertThat(session.evaluation())
                        .as("%s.evaluation", session.id())
                        .isBetween(1.0, 5.0));
    }

    // ************************************************************************
    // Realism
    // ************************************************************************

    static Stream<Forum> realisticForums() {
        return Stream.of(IGF_DEFAULT, IGF2016_DEFAULT, LARGE);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("realisticForums")
    void everyPersonIsInOneToThreeSessionsAndSomeInSeveral(Forum forum) {
        DatasetJson dataset = generated(forum).dataset();
        Map<String, Long> sessionsPerPerson = dataset.sessions().stream()
                .flatMap(session -> session.people().stream())
                .collect(groupingBy(ParticipantJson::person, counting()));

        assertThat(dataset.people())
                .allSatisfy(person -> assertThat(sessionsPerPerson.getOrDefault(person.id(), 0L))
                        .as("sessions of %s", person.id())
                        .isBetween(1L, 3L));
        assertThat(sessionsPerPerson.values()).anyMatch(count -> count >= 2);
    }

    @Test
    void peopleComeFromTheStakeholderGroupsInTheIgfsProportionsEachWithTheRegionOfTheirCountry() {
        // 1,896 people: each group's share within 3 points of igf-2014-proposals' (government 20, private sector 13,
        // civil society 29, technical community 19, academia 12, intergovernmental 7).
        List<PersonJson> people = generated(LARGE).dataset().people();
        Map<StakeholderGroup, Long> byGroup =
                people.stream().collect(groupingBy(PersonJson::stakeholderGroup, counting()));
        Map<StakeholderGroup, Integer> percents = Map.of(
                StakeholderGroup.GOVERNMENT, 20,
                StakeholderGroup.PRIVATE_SECTOR, 13,
                StakeholderGroup.CIVIL_SOCIETY, 29,
                StakeholderGroup.TECHNICAL_COMMUNITY, 19,
                StakeholderGroup.ACADEMIA, 12,
                StakeholderGroup.INTERGOVERNMENTAL, 7);

        percents.forEach((group, percent) -> assertThat(100.0 * byGroup.getOrDefault(group, 0L) / people.size())
                .as(group.code())
                .isCloseTo(percent, within(3.0)));
        assertThat(people)
                .allSatisfy(person -> assertThat(person.region())
                        .as(person.id() + " from " + person.country())
                        .isIn("Africa", "Asia-Pacific", "Latin America and Caribbean", "Western Europe and others"));
        assertThat(people)
                .filteredOn(person -> person.country().equals("KE"))
                .allSatisfy(person -> assertThat(person.region()).isEqualTo("Africa"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("realisticForums")
    void bestPracticeForumsMustPrecedeTheirWrapUpAndArePlantedBeforeIt(Forum forum) {
        GeneratedForum generated = generated(forum);
        Map<String, AssignmentJson> planted = plantedById(generated);
        AssignmentJson wrapUp = planted.get("MS-BPF-WRAPUP");

        assertThat(wrapUp).as("the planted BPF wrap-up").isNotNull();
        assertThat(generated.dataset().sessions())
                .filteredOn(session -> session.kind() == SessionKind.BEST_PRACTICE_FORUM)
                .isNotEmpty()
                .allSatisfy(bpf -> {
                    assertThat(bpf.mustPrecede()).as("%s.mustPrecede", bpf.id()).contains("MS-BPF-WRAPUP");
                    assertThat(end(planted.get(bpf.id()))).isBeforeOrEqualTo(start(wrapUp));
                });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("realisticForums")
    void someWorkshopsFeedAMainSessionAndArePlantedToEndBeforeItStarts(Forum forum) {
        GeneratedForum generated = generated(forum);
        Map<String, AssignmentJson> planted = plantedById(generated);
        Map<String, SessionJson> sessions =
                generated.dataset().sessions().stream().collect(toMap(SessionJson::id, Function.identity()));

        assertThat(sessions.values())
                .filteredOn(session -> session.feeds() != null)
                .isNotEmpty()
                .allSatisfy(feeder -> {
                    assertThat(sessions.get(feeder.feeds()).kind()).isEqualTo(SessionKind.MAIN);
                    assertThat(end(planted.get(feeder.id())))
                            .as("%s ends before %s starts", feeder.id(), feeder.feeds())
                            .isBeforeOrEqualTo(start(planted.get(feeder.feeds())));
                });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("realisticForums")
    void openingAndClosingCeremoniesAreExclusiveAndPinned(Forum forum) {
        Map<String, SessionJson> sessions =
                generated(forum).dataset().sessions().stream().collect(toMap(SessionJson::id, Function.identity()));

        assertThat(List.of("MS-OPENING", "MS-CLOSING")).allSatisfy(id -> {
            assertThat(sessions).containsKey(id);
            assertThat(sessions.get(id).exclusive()).as("%s.exclusive", id).isTrue();
            assertThat(sessions.get(id).pinned()).as("%s.pinned", id).isNotNull();
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("realisticForums")
    void somePeopleAreUnavailableAtSomeTimes(Forum forum) {
        assertThat(generated(forum).dataset().people())
                .anySatisfy(person -> assertThat(person.unavailable()).isNotEmpty());
    }

    /**
     * Each workshop room is unavailable once with a chance of 5%, so 45 (large) and 77 (xl) workshop rooms should give
     * a few; the committed files are fixed by their seed, so this does not flicker.
     */
    static Stream<Forum> forumsWithManyRooms() {
        return Stream.of(LARGE, XL);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("forumsWithManyRooms")
    void someRoomsAreUnavailableAtSomeTimes(Forum forum) {
        assertThat(generated(forum).dataset().rooms())
                .anySatisfy(room -> assertThat(room.unavailable()).isNotEmpty());
    }

    // ************************************************************************
    // Bad settings
    // ************************************************************************

    static Stream<Arguments> outOfRange() {
        return Stream.of(
                arguments(9, 4, 16, "--sessions 9 is out of range; expected 10 to 20000"),
                arguments(20_001, 4, 16, "--sessions 20001 is out of range"),
                arguments(200, 0, 16, "--days 0 is out of range; expected 1 to 30"),
                arguments(200, 31, 16, "--days 31 is out of range"),
                arguments(200, 4, 3, "--rooms 3 is out of range; expected 4 to 500"),
                arguments(200, 4, 501, "--rooms 501 is out of range"));
    }

    @ParameterizedTest(name = "{3}")
    @MethodSource("outOfRange")
    void settingOutOfRangeIsRefusedNamingTheOptionAndTheRange(int sessions, int days, int rooms, String message) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new GeneratorSettings(Preset.IGF, sessions, days, rooms, 1))
                .withMessageStartingWith(message);
    }

    @Test
    void moreSessionsThanTheDaysAndRoomsHoldIsRefusedSuggestingMoreDaysOrRooms() {
        GeneratorSettings settings = new GeneratorSettings(Preset.IGF, 1000, 2, 10, 1);

        assertThatIllegalArgumentException()
                .isThrownBy(() -> ForumGenerator.generate(settings))
                .withMessageContaining("1000 sessions")
                .withMessageContaining("raise --days or --rooms");
    }

    /**
     * Seed 1 shows that 150 sessions fit 6 days and 5 rooms, so the other seeds must fit them too: whether a size fits
     * is a property of the size, not of the random draw.
     */
    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 9})
    void aSizeThatFitsForOneSeedFitsForEverySeed(long seed) {
        GeneratorSettings settings = new GeneratorSettings(Preset.IGF, 150, 6, 5, seed);

        assertThatCode(() -> ForumGenerator.generate(settings)).doesNotThrowAnyException();
    }

    // ************************************************************************
    // Helpers
    // ************************************************************************

    private static GeneratedForum generated(Forum forum) {
        return GENERATED.computeIfAbsent(forum.settings(), ForumGenerator::generate);
    }

    /** "line 12: expected ... but was ...", without printing two files of 200,000 lines. */
    private static String firstDifference(String expected, String actual) {
        List<String> expectedLines = expected.lines().toList();
        List<String> actualLines = actual.lines().toList();
        for (int i = 0; i < Math.max(expectedLines.size(), actualLines.size()); i++) {
            String want = i < expectedLines.size() ? expectedLines.get(i) : "(end of file)";
            String got = i < actualLines.size() ? actualLines.get(i) : "(end of file)";
            if (!want.equals(got)) {
                return "line %d: expected %s but was %s".formatted(i + 1, want.strip(), got.strip());
            }
        }
        return "only in line endings";
    }

    private static boolean matches(Placement placement, AssignmentJson assignment) {
        return placement.roomId().equals(assignment.room())
                && placement.startTimeslot().id().equals(assignment.timeslot())
                && placement.span() == assignment.span();
    }

    private static boolean isMandatory(SessionJson session) {
        return Boolean.TRUE.equals(session.mandatory());
    }

    private static Set<String> plantedIds(GeneratedForum generated) {
        return generated.plantedSchedule().stream().map(AssignmentJson::session).collect(Collectors.toSet());
    }

    private static Map<String, AssignmentJson> plantedById(GeneratedForum generated) {
        return generated.plantedSchedule().stream().collect(toMap(AssignmentJson::session, Function.identity()));
    }

    private static LocalDateTime start(AssignmentJson assignment) {
        return assignment.day().atTime(assignment.start());
    }

    private static LocalDateTime end(AssignmentJson assignment) {
        return assignment.day().atTime(assignment.end());
    }

    /** The constraints that cost anything, for a failure message. */
    private static List<String> costs(ScoreAnalysis<HardMediumSoftLongScore> analysis) {
        return analysis.constraintAnalyses().stream()
                .filter(constraint -> !constraint.score().isZero())
                .map(constraint -> constraint.constraintRef().constraintName() + " " + constraint.score())
                .toList();
    }
}
