package org.forumplan.model.load;

import static org.assertj.core.api.Assertions.assertThat;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.forumplan.model.domain.Placement;
import org.forumplan.model.domain.Precedence;
import org.forumplan.model.domain.Programme;
import org.forumplan.model.domain.Session;
import org.forumplan.model.domain.Timeslot;
import org.forumplan.model.io.DatasetReader;
import org.forumplan.model.io.TestDocument;
import org.forumplan.model.load.DatasetLoader.LoadedDataset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** FORMAT.md's example document, read, checked and built as every command does it. */
class FormatExampleTest {

    private LoadedDataset loaded;
    private Map<String, Session> sessions;

    @BeforeEach
    void load() throws Exception {
        loaded = DatasetLoader.load(TestDocument.formatExamplePath());
        sessions = loaded.programme().getSessions().stream()
                .collect(Collectors.toMap(Session::getId, Function.identity()));
    }

    @Test
    void loadsWithoutWarningsAndKeepsTheDocumentAsRead() throws Exception {
        assertThat(loaded.warnings()).isEmpty();
        assertThat(loaded.document()).isEqualTo(new DatasetReader().read(TestDocument.formatExamplePath()));
    }

    @Test
    void programmeHasEverythingTheDocumentLists() {
        Programme programme = loaded.programme();

        assertThat(programme.getForum().timeZone()).hasToString("Europe/Istanbul");
        assertThat(programme.getTimeslots()).hasSize(7);
        assertThat(programme.getRooms()).hasSize(3);
        assertThat(programme.getTopics()).hasSize(2);
        assertThat(programme.getTracks()).hasSize(1);
        assertThat(programme.getPeople()).hasSize(2);
        assertThat(programme.getSessions())
                .extracting(Session::getId)
                .containsExactly("MS-SCENE", "MS-OPENING", "WS23", "WS200", "MS-IANA");
        assertThat(programme.getPeriods())
                .as("one period per timeslot: none overlap")
                .hasSize(7);
        assertThat(programme.getPrecedences())
                .containsExactly(new Precedence("WS23", "MS-IANA", Precedence.Reason.FEEDS));
        assertThat(programme.getPolicy().maxParallel()).isEqualTo(3);
        assertThat(programme.getPolicy().targetParallel()).isEqualTo(2);
        assertThat(programme.getConstraintWeightOverrides().getConstraintWeight("Topic clash"))
                .isEqualTo(HardMediumSoftLongScore.ofSoft(20));
    }

    @Test
    void pinnedSessionsArePlacedAtTheirPinsAndNowhereElse() {
        assertPinnedAt("MS-SCENE", "main-hall@d1-1100");
        assertPinnedAt("MS-OPENING", "auditorium@d1-1430x2");
        assertPinnedAt("MS-IANA", "main-hall@d2-1100");
    }

    @Test
    void openingCeremonySpansTwoTimeslotsFromHalfPastTwoToSix() {
        Placement opening = sessions.get("MS-OPENING").getPlacement();

        assertThat(opening.span()).isEqualTo(2);
        assertThat(opening.timeslots()).extracting(Timeslot::id).containsExactly("d1-1430", "d1-1630");
        assertThat(opening.describeTime()).isEqualTo("Tue 2 Sep 14:30-18:00");
        assertThat(opening.periods()).as("the coffee break is no period").hasSize(2);
    }

    @Test
    void ws23PublishedPlacementIsResolved() {
        assertThat(sessions.get("WS23").getPublishedPlacement()).hasToString("ws-02@d2-0900");
    }

    @Test
    void ws23StartsWhereTheScheduleHasIt() {
        Session ws23 = sessions.get("WS23");

        assertThat(ws23.isPinned()).isFalse();
        assertThat(ws23.getPlacement()).hasToString("ws-02@d2-0900").isSameAs(ws23.getPublishedPlacement());
        assertThat(ws23.getPossiblePlacements())
                .as("ws-02 is the one workshop room; it and p-017 are unavailable at d1-0900, the exclusive"
                        + " opening ceremony takes d1-1430 and d1-1630, and WS23 feeds MS-IANA, pinned at d2-1100")
                .extracting(Placement::toString)
                .containsExactly("ws-02@d1-1100", "ws-02@d2-0900");
    }

    @Test
    void ws200StaysUnplacedWithWs23sChoicesAndTheOneAfterMsIana() {
        Session ws200 = sessions.get("WS200");

        assertThat(ws200.getPlacement()).isNull();
        assertThat(ws200.isPinned()).isFalse();
        assertThat(ws200.getPossiblePlacements())
                .extracting(Placement::toString)
                .containsExactly("ws-02@d1-1100", "ws-02@d2-0900", "ws-02@d2-1100");
        assertThat(ws200.getExpectedAttendance()).isEqualTo(ProgrammeBuilder.DEFAULT_EXPECTED_ATTENDANCE);
    }

    private void assertPinnedAt(String sessionId, String placement) {
        Session session = sessions.get(sessionId);
        assertThat(session.isPinned()).as("%s is pinned", sessionId).isTrue();
        assertThat(session.getPlacement()).hasToString(placement);
        assertThat(session.getPossiblePlacements()).containsExactly(session.getPlacement());
    }
}
