package org.forumplan.model.merge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import java.util.stream.Stream;
import org.forumplan.model.domain.Role;
import org.forumplan.model.io.AssignmentJson;
import org.forumplan.model.io.DatasetJson;
import org.forumplan.model.io.ParticipantJson;
import org.forumplan.model.io.PublishedJson;
import org.forumplan.model.io.ScheduleJson;
import org.forumplan.model.io.SessionJson;
import org.forumplan.model.io.TestDocument;
import org.forumplan.model.load.DatasetLoader;
import org.forumplan.model.load.DatasetLoader.LoadedDataset;
import org.forumplan.model.problem.Problem;
import org.forumplan.model.validation.DatasetChecker;
import org.forumplan.model.validation.FeasibilityPrechecks;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One session from two, on the IGF 2014 proposals: WS12 and WS185 are two IANA transition workshops (only WS185
 * announced), WS23 is a third one (announced too); here WS1 must precede WS185, WS3 is pinned and WS2 is an open forum.
 */
class ProposalMergerTest {

    private static DatasetJson proposals;

    @BeforeAll
    static void igf2014ProposalsEdited() throws Exception {
        DatasetJson committed =
                PlantedDuplicates.read(TestDocument.datasetsFolder().resolve("igf-2014-proposals.json"));
        proposals = TestDocument.copyOf(TestDocument.datasetsFolder().resolve("igf-2014-proposals.json"))
                .set("sessions[%d].mustPrecede".formatted(index(committed, "WS1")), List.of("WS185"))
                .setJson(
                        "sessions[%d].pinned".formatted(index(committed, "WS3")),
                        "{\"room\": \"ws-01\", \"timeslot\": \"d1-0900\"}")
                .set("sessions[%d].kind".formatted(index(committed, "WS2")), "open_forum")
                .read();
    }

    @Test
    void theMergedSessionKeepsWhatEitherAskedFor() {
        ProposalMerger.Merge merge = ProposalMerger.merge(proposals, "WS12", "WS185", null);

        SessionJson merged = merge.merged();
        assertThat(merged.id()).isEqualTo("WS12+WS185");
        assertThat(merged.title())
                .isEqualTo("The IANA Stewardship Transition: Global South Perspectives / Global Perspectives");
        assertThat(merged.people())
                .extracting(ParticipantJson::person)
                .containsExactly("p-367", "p-520", "p-424", "p-502", "p-394", "p-182", "p-026", "p-276");
        assertThat(merged.topics()).containsExactly("cir", "iana-transition");
        assertThat(merged.durationMinutes()).isEqualTo(90);
        assertThat(merged.expectedAttendance()).as("the larger of 110 and 75").isEqualTo(110);
        assertThat(merged.evaluation()).as("the better of 3.9 and 4.2").isEqualTo(4.2);
        assertThat(merged.developingCountry()).as("WS12's").isTrue();
        assertThat(merged.firstTime()).isFalse();
        assertThat(merged.feeds()).isEqualTo("MS-IANA");
        assertThat(merged.organization()).isEqualTo("Meridian Youth Internet Forum");
        assertThat(merged.mergedFrom()).containsExactly("WS12", "WS185");
        assertThat(merge.notes())
                .contains(
                        "organization: WS12's \"Meridian Youth Internet Forum\" kept; WS185's was \"Mosaic Registry\"");
        List<String> ids =
                merge.document().sessions().stream().map(SessionJson::id).toList();
        assertThat(ids)
                .doesNotContain("WS12", "WS185")
                .hasSize(proposals.sessions().size() - 1);
        assertThat(ids.indexOf("WS12+WS185")).as("in WS12's place").isEqualTo(index(proposals, "WS12"));
    }

    @Test
    void referencesToEitherMoveToTheMergedSessionAndTheResultValidates() throws Exception {
        ProposalMerger.Merge merge = ProposalMerger.merge(proposals, "WS23", "WS185", null);

        assertThat(merge.moved())
                .containsExactly(
                        "WS1.mustPrecede WS185 -> WS23+WS185", "published WS23 -> WS23+WS185 (ws-02, d2-0900)");
        assertThat(merge.notes())
                .contains("WS185 was announced at ws-10, d2-1100 and leaves the announced programme: WS23+WS185 keeps"
                        + " WS23's place");
        DatasetJson document = merge.document();
        assertThat(session(document, "WS1").mustPrecede()).containsExactly("WS23+WS185");
        assertThat(document.published())
                .filteredOn(entry -> List.of("WS23", "WS185", "WS23+WS185").contains(entry.session()))
                .containsExactly(new PublishedJson("WS23+WS185", "ws-02", "d2-0900", null));
        assertThat(DatasetChecker.check(document)).isEmpty();
        LoadedDataset loaded = DatasetLoader.load(document);
        assertThat(FeasibilityPrechecks.check(document, loaded.programme()))
                .filteredOn(Problem::isError)
                .isEmpty();
    }

    @Test
    void aMergedSessionMergedAgainListsEveryOriginal() {
        DatasetJson once =
                ProposalMerger.merge(proposals, "WS12", "WS185", null).document();

        ProposalMerger.Merge twice = ProposalMerger.merge(once, "WS23", "WS12+WS185", "IANA");

        assertThat(twice.merged().id()).isEqualTo("IANA");
        assertThat(twice.merged().mergedFrom()).containsExactly("WS23", "WS12", "WS185");
        assertThat(twice.merged().people()).hasSize(11);
    }

    @Test
    void aPersonInBothKeepsTheFirstRoleAndPreferencesBothShareWin() throws Exception {
        DatasetJson forum = TestDocument.minimal().setJson("sessions[2]", """
                        {"id": "WS24", "title": "Child Safety Online", "kind": "workshop", "durationMinutes": 60,
                         "people": [{"person": "p-017", "role": "speaker"}, {"person": "p-018", "role": "speaker"}],
                         "expectedAttendance": 40, "evaluation": 4, "firstTime": true, "requiredFeatures": ["webcast"],
                         "preferredTimeslots": ["d1-0900", "d1-1100"], "unavailableTimeslots": ["d1-1100"]}""").read();

        ProposalMerger.Merge merge = ProposalMerger.merge(forum, "WS23", "WS24", "WS23");

        SessionJson merged = merge.merged();
        assertThat(merged.id()).isEqualTo("WS23");
        assertThat(merged.title()).isEqualTo("Workshop 23 / Child Safety Online");
        assertThat(merged.people())
                .containsExactly(
                        new ParticipantJson("p-017", Role.ORGANIZER), new ParticipantJson("p-018", Role.SPEAKER));
        assertThat(merge.notes())
                .contains("p-017 is organizer in WS23 and speaker in WS24; kept as organizer (a person"
                        + " has one role in a session)");
        assertThat(merged.durationMinutes()).isEqualTo(90);
        assertThat(merged.expectedAttendance())
                .as("WS23's absent one counts as 50")
                .isEqualTo(50);
        assertThat(merged.evaluation()).isEqualTo(4.0);
        assertThat(merged.firstTime()).isTrue();
        assertThat(merged.developingCountry()).isNull();
        assertThat(merged.requiredFeatures()).hasSize(1);
        assertThat(merged.preferredTimeslots()).as("WS23 has no preference").containsExactly("d1-0900", "d1-1100");
        assertThat(merged.unavailableTimeslots()).containsExactly("d1-1100");
        assertThat(merged.track()).isEqualTo("capacity-building");
        assertThat(DatasetChecker.check(merge.document())).isEmpty();
    }

    @Test
    void inASolvedDatasetBothLoseTheirPlaceAndTheMergedSessionWaitsForTheNextSolve() throws Exception {
        DatasetJson solved = PlantedDuplicates.document()
                .withSchedule(new ScheduleJson(
                        "0hard/-100medium/-2000soft",
                        true,
                        List.of(
                                new AssignmentJson("WS32", "ws-01", "d1-0900", null, null, null, null),
                                new AssignmentJson("WS33", "ws-02", "d1-0900", null, null, null, null)),
                        List.of("WS32-BIS"),
                        null));

        ProposalMerger.Merge merge = ProposalMerger.merge(solved, "WS32", "WS32-BIS", null);

        ScheduleJson schedule = merge.document().schedule();
        assertThat(schedule.assignments()).extracting(AssignmentJson::session).containsExactly("WS33");
        assertThat(schedule.unscheduled()).containsExactly("WS32+WS32-BIS");
        assertThat(schedule.score()).as("it counted the two proposals").isNull();
        assertThat(merge.notes())
                .contains("WS32 was scheduled at ws-01, d1-0900; the merged session WS32+WS32-BIS is unscheduled until"
                        + " the next solve");
        DatasetLoader.load(merge.document());
    }

    static Stream<Arguments> refusals() {
        return Stream.of(
                Arguments.of("WS12", "WS12", null, "WS12 is named twice; name the two proposals to merge"),
                Arguments.of("WS12", "WS185x", null, "no session \"WS185x\" in the file; did you mean \"WS185\"?"),
                Arguments.of(
                        "WS12",
                        "MS-IANA",
                        null,
                        "MS-IANA cannot merge: it is mandatory, and only optional proposals merge (sessions[7].mandatory)"),
                Arguments.of(
                        "WS3",
                        "WS12",
                        null,
                        "WS3 cannot merge: it is pinned at ws-01, d1-0900, and only optional proposals merge (forumplan"
                                + " pin --unpin frees it) (sessions[31].pinned)"),
                Arguments.of(
                        "WS12",
                        "WS2",
                        null,
                        "WS12 (workshop) and WS2 (open forum) are of two kinds; only sessions of one kind merge"),
                Arguments.of(
                        "WS12",
                        "WS10",
                        null,
                        "WS12 feeds MS-IANA and WS10 feeds MS-ECOSYSTEM; a session prepares one main session, so change"
                                + " one's feeds first"),
                Arguments.of(
                        "WS12",
                        "WS185",
                        "WS81",
                        "WS81 is the id of another session (sessions[103]); give the merged session another id"),
                Arguments.of("WS12", "WS185", " ", "the merged session's id is empty; give it one, e.g. WS12"));
    }

    @ParameterizedTest(name = "{0} + {1} (--id {2})")
    @MethodSource("refusals")
    void refusesWithOneLineNamingWhatAndWhere(String first, String second, String id, String message) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ProposalMerger.merge(proposals, first, second, id))
                .withMessage(message);
    }

    private static SessionJson session(DatasetJson document, String id) {
        return document.sessions().get(index(document, id));
    }

    private static int index(DatasetJson document, String id) {
        List<String> ids = document.sessions().stream().map(SessionJson::id).toList();
        return ids.indexOf(id);
    }
}
