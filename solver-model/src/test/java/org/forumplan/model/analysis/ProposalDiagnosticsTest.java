package org.forumplan.model.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.forumplan.model.analysis.ExplainForum.LATE_MORNING;
import static org.forumplan.model.analysis.ExplainForum.MORNING;
import static org.forumplan.model.analysis.ExplainForum.NEXT_MORNING;
import static org.forumplan.model.analysis.ExplainForum.PLENARY;
import static org.forumplan.model.analysis.ExplainForum.ROOM_A;
import static org.forumplan.model.analysis.ExplainForum.ROOM_B;

import org.forumplan.model.analysis.ProposalDiagnosis.Blocker;
import org.forumplan.model.analysis.ProposalDiagnosis.Holder;
import org.junit.jupiter.api.Test;

/**
 * Why an optional proposal is out, through {@link ProgrammeExplainer}. The proposal WS9 needs captioning, which only
 * room A has, so its possible places are room A in the morning, the late morning and the next morning; each test puts
 * something in the way of some of them.
 */
class ProposalDiagnosticsTest {

    private static final String ROOM_TAKEN = "room taken";
    private static final String PERSON_BUSY = "a person of it busy in another session";
    private static final String EXCLUSIVE = "an exclusive session at that time";
    private static final String PARALLEL_LIMIT = "the parallel limit reached";

    /** WS9: an unevaluated proposal (value 60) that only room A can host. */
    private static ExplainForum.SessionSpec proposalNeedingCaptioning(ExplainForum forum) {
        return forum.workshop("WS9").requiring("captioning");
    }

    @Test
    void placesHeldByAMandatorySessionAndBetterProposalsAreClosedAndTheHoldersNamed() {
        ExplainForum forum = new ExplainForum()
                .workshop("WS1")
                .mandatory()
                .at(ROOM_A, MORNING)
                .workshop("WS2")
                .evaluation(4.0)
                .at(ROOM_A, LATE_MORNING)
                .workshop("WS3")
                .evaluation(4.5)
                .at(ROOM_A, NEXT_MORNING);
        proposalNeedingCaptioning(forum).unplaced();

        ProposalDiagnosis diagnosis = forum.diagnosis("WS9");

        assertThat(diagnosis.value()).isEqualTo(60);
        assertThat(diagnosis.possiblePlacements()).isEqualTo(3);
        assertThat(diagnosis.freePlacements()).isZero();
        assertThat(diagnosis.blockers()).containsExactly(new Blocker(ROOM_TAKEN, 3));
        assertThat(diagnosis.holders())
                .containsExactly(
                        new Holder("WS1", true, null), new Holder("WS3", false, 90), new Holder("WS2", false, 80));
        assertThat(diagnosis.reason())
                .startsWith("all 3 possible places are closed to it: room taken (3)")
                .contains("1 mandatory session")
                .contains("2 proposals of equal or higher value (WS3 90, WS2 80)")
                .doesNotContain("lower value")
                .doesNotContain("longer solve");
    }

    @Test
    void aHolderOfLowerValueIsNamedApart() {
        ExplainForum forum = new ExplainForum()
                .workshop("WS1")
                .mandatory()
                .at(ROOM_A, MORNING)
                .workshop("WS2")
                .evaluation(2.0)
                .people("p-alice")
                .at(ROOM_A, LATE_MORNING)
                .workshop("WS3")
                .evaluation(3.0)
                .at(ROOM_A, NEXT_MORNING);
        // Alice is in WS2 too, so WS9 cannot simply take WS2's place.
        proposalNeedingCaptioning(forum).people("p-alice").unplaced();

        ProposalDiagnosis diagnosis = forum.diagnosis("WS9");

        assertThat(diagnosis.holders())
                .containsExactly(
                        new Holder("WS1", true, null), new Holder("WS3", false, 60), new Holder("WS2", false, 40));
        assertThat(diagnosis.reason())
                .contains("1 mandatory session (WS1)")
                .contains("1 proposal of equal or higher value (WS3 60)")
                .contains("1 of lower value (WS2 40), whose places it cannot take without breaking another hard");
    }

    @Test
    void aLowerValueHolderItCouldSimplyReplaceIsNamedAsASwap() {
        ExplainForum forum = new ExplainForum()
                .workshop("WS1")
                .mandatory()
                .at(ROOM_A, MORNING)
                .workshop("WS2")
                .evaluation(2.0)
                .at(ROOM_A, LATE_MORNING)
                .workshop("WS3")
                .evaluation(3.0)
                .at(ROOM_A, NEXT_MORNING);
        proposalNeedingCaptioning(forum).unplaced();

        ProposalDiagnosis diagnosis = forum.diagnosis("WS9");

        assertThat(diagnosis.reason())
                .startsWith("it could take the place of WS2 (value 40) at room-a")
                .endsWith("a longer solve may swap them");
    }

    /**
     * WS2 (value 40) holds room A in the late morning, and WS9 (value 60) could take its place without breaking
     * anything: nobody they share, no order, no limit. Nothing was checked that says a swap breaks another constraint,
     * so the reason must not say so (a short solve simply did not get there).
     */
    @Test
    void aSwapWithALowerValueHolderThatBreaksNothingIsNotSaidToBreakAConstraint() {
        ExplainForum forum = new ExplainForum()
                .workshop("WS1")
                .mandatory()
                .at(ROOM_A, MORNING)
                .workshop("WS2")
                .evaluation(2.0)
                .at(ROOM_A, LATE_MORNING)
                .workshop("WS3")
                .mandatory()
                .at(ROOM_A, NEXT_MORNING);
        proposalNeedingCaptioning(forum).unplaced();

        ProposalDiagnosis diagnosis = forum.diagnosis("WS9");

        assertThat(diagnosis.holders()).contains(new Holder("WS2", false, 40));
        assertThat(diagnosis.reason()).doesNotContain("breaks another constraint");
    }

    @Test
    void aProposalWithAFreePlaceMayBePlacedByALongerSolve() {
        ExplainForum forum = new ExplainForum().workshop("WS1").mandatory().at(ROOM_A, MORNING);
        proposalNeedingCaptioning(forum).unplaced();

        ProposalDiagnosis diagnosis = forum.diagnosis("WS9");

        assertThat(diagnosis.possiblePlacements()).isEqualTo(3);
        assertThat(diagnosis.freePlacements()).isEqualTo(2);
        assertThat(diagnosis.blockers()).containsExactly(new Blocker(ROOM_TAKEN, 1));
        assertThat(diagnosis.reason())
                .isEqualTo("2 of its 3 possible places would break no hard constraint"
                        + " (e.g. room-a, Mon 2 Jun 11:00-12:30); a longer solve may place it");
    }

    @Test
    void aProposalWithNoPossiblePlacementFitsNowhere() {
        ProposalDiagnosis diagnosis = new ExplainForum()
                .workshop("WS9")
                .requiring("interpretation")
                .unplaced()
                .workshop("WS1")
                .at(ROOM_A, MORNING)
                .diagnosis("WS9");

        assertThat(diagnosis.possiblePlacements()).isZero();
        assertThat(diagnosis.freePlacements()).isZero();
        assertThat(diagnosis.blockers()).isEmpty();
        assertThat(diagnosis.holders()).isEmpty();
        assertThat(diagnosis.reason())
                .startsWith(
                        "it fits nowhere: no room and timeslot host a 90-minute workshop with its required features");
    }

    @Test
    void aPersonBusyInAnotherSessionClosesThatTime() {
        ExplainForum forum =
                new ExplainForum().workshop("WS1").people("p-alice").at(ROOM_B, MORNING);
        proposalNeedingCaptioning(forum).people("p-alice").unplaced();

        ProposalDiagnosis diagnosis = forum.diagnosis("WS9");

        assertThat(diagnosis.blockers()).containsExactly(new Blocker(PERSON_BUSY, 1));
        assertThat(diagnosis.holders()).as("room A is free; WS1 is in room B").isEmpty();
        assertThat(diagnosis.freePlacements()).isEqualTo(2);
    }

    @Test
    void anExclusiveSessionClosesItsTime() {
        // Placed, not pinned: the time of a pinned exclusive session is never among a session's possible places.
        ExplainForum forum =
                new ExplainForum().mainSession("MS-OPENING").exclusive().at(PLENARY, MORNING);
        proposalNeedingCaptioning(forum).unplaced();

        ProposalDiagnosis diagnosis = forum.diagnosis("WS9");

        assertThat(diagnosis.blockers()).containsExactly(new Blocker(EXCLUSIVE, 1));
        assertThat(diagnosis.freePlacements()).isEqualTo(2);
    }

    @Test
    void theParallelLimitClosesTheTimesThatAreFull() {
        ExplainForum forum = new ExplainForum().maxParallel(1).workshop("WS1").at(ROOM_B, LATE_MORNING);
        proposalNeedingCaptioning(forum).unplaced();

        ProposalDiagnosis diagnosis = forum.diagnosis("WS9");

        assertThat(diagnosis.blockers()).containsExactly(new Blocker(PARALLEL_LIMIT, 1));
        assertThat(diagnosis.freePlacements()).isEqualTo(2);
    }

    @Test
    void aSessionItMustPrecedeClosesTheTimesFromItsStart() {
        ExplainForum forum = new ExplainForum().workshop("WS1").at(ROOM_B, LATE_MORNING);
        proposalNeedingCaptioning(forum).mustPrecede("WS1").unplaced();

        ProposalDiagnosis diagnosis = forum.diagnosis("WS9");

        assertThat(diagnosis.blockers()).containsExactly(new Blocker("must come before WS1", 2));
        assertThat(diagnosis.freePlacements()).isEqualTo(1);
        assertThat(diagnosis.reason()).contains("(e.g. room-a, Mon 2 Jun 09:00-10:30)");
    }

    @Test
    void aSessionItMustFollowClosesTheTimesUntilItsEnd() {
        ExplainForum forum =
                new ExplainForum().workshop("WS1").mustPrecede("WS9").at(ROOM_B, LATE_MORNING);
        proposalNeedingCaptioning(forum).unplaced();

        ProposalDiagnosis diagnosis = forum.diagnosis("WS9");

        assertThat(diagnosis.blockers()).containsExactly(new Blocker("must come after WS1", 2));
        assertThat(diagnosis.freePlacements()).isEqualTo(1);
        assertThat(diagnosis.reason()).contains("(e.g. room-a, Tue 3 Jun 09:00-10:30)");
    }

    @Test
    void anOrderWithAnUnplacedSessionClosesNothing() {
        ExplainForum forum = new ExplainForum().workshop("WS1").unplaced();
        proposalNeedingCaptioning(forum).mustPrecede("WS1").unplaced();

        ProposalDiagnosis diagnosis = forum.diagnosis("WS9");

        assertThat(diagnosis.blockers()).isEmpty();
        assertThat(diagnosis.freePlacements()).isEqualTo(3);
    }

    @Test
    void everyBlockerIsCountedByThePlacesItCloses() {
        ExplainForum forum = new ExplainForum()
                .mainSession("MS-OPENING")
                .exclusive()
                .at(PLENARY, MORNING)
                .workshop("WS2")
                .evaluation(4.0)
                .at(ROOM_A, LATE_MORNING)
                .workshop("WS3")
                .people("p-bob")
                .at(ROOM_B, NEXT_MORNING);
        proposalNeedingCaptioning(forum).people("p-bob").unplaced();

        ProposalDiagnosis diagnosis = forum.diagnosis("WS9");

        assertThat(diagnosis.freePlacements()).isZero();
        assertThat(diagnosis.blockers())
                .containsExactlyInAnyOrder(
                        new Blocker(EXCLUSIVE, 1), new Blocker(ROOM_TAKEN, 1), new Blocker(PERSON_BUSY, 1));
        assertThat(diagnosis.holders()).containsExactly(new Holder("WS2", false, 80));
        assertThat(diagnosis.reason())
                .startsWith("all 3 possible places are closed to it: ")
                .contains(EXCLUSIVE + " (1)", ROOM_TAKEN + " (1)", PERSON_BUSY + " (1)")
                .endsWith("its rooms and times are held by 1 proposal of equal or higher value (WS2 80)");
    }

    @Test
    void theHoldersListedAreThoseTheReasonNamesAndAllAreCounted() {
        ExplainForum forum = new ExplainForum();
        String[] rooms = {ROOM_A, ROOM_B};
        String[] times = {MORNING, LATE_MORNING, NEXT_MORNING};
        int number = 1;
        for (String room : rooms) {
            for (String time : times) {
                forum.workshop("WS" + number).evaluation(4.0 + number / 10.0).at(room, time);
                number++;
            }
        }
        forum.workshop("WS9").unplaced();

        ProposalDiagnosis diagnosis = forum.diagnosis("WS9");

        assertThat(diagnosis.holderCount()).isEqualTo(6);
        assertThat(diagnosis.holders())
                .extracting(Holder::sessionId)
                .containsExactly("WS6", "WS5", "WS4", "WS3", "WS2");
        assertThat(diagnosis.reason())
                .endsWith("6 proposals of equal or higher value (WS6 92, WS5 90, WS4 88, WS3 86," + " WS2 84, ...)");
    }

    @Test
    void proposalsLeftOutAreListedMostValuableFirstAndMandatorySessionsApart() {
        ProgrammeExplanation explanation = new ExplainForum()
                .workshop("WS7")
                .unplaced()
                .workshop("WS8")
                .developingCountry()
                .unplaced()
                .workshop("WS6")
                .unplaced()
                .workshop("WS5")
                .evaluation(1.0)
                .unplaced()
                .workshop("WS1")
                .mandatory()
                .unplaced()
                .workshop("WS2")
                .at(ROOM_A, MORNING)
                .explain();

        assertThat(explanation.unscheduledProposals())
                .extracting(ProposalDiagnosis::sessionId, ProposalDiagnosis::value, ProposalDiagnosis::evaluation)
                .containsExactly(
                        tuple("WS8", 70, null), tuple("WS6", 60, null), tuple("WS7", 60, null), tuple("WS5", 20, 1.0));
        assertThat(explanation.unscheduledMandatory()).containsExactly("WS1");
    }
}
