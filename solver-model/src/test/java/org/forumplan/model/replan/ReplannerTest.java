package org.forumplan.model.replan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.forumplan.model.replan.AnnouncedForum.LATE_MORNING;
import static org.forumplan.model.replan.AnnouncedForum.MORNING;
import static org.forumplan.model.replan.AnnouncedForum.NEXT_DAY;
import static org.forumplan.model.replan.AnnouncedForum.announced;
import static org.forumplan.model.replan.AnnouncedForum.changed;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.forumplan.model.domain.Session;
import org.forumplan.model.io.DatasetJson;
import org.forumplan.model.io.PublishedJson;
import org.forumplan.model.problem.InvalidDatasetException;
import org.forumplan.model.problem.Problem;
import org.forumplan.model.replan.Replanner.Replan;
import org.forumplan.model.solver.ConstraintWeights;
import org.junit.jupiter.api.Test;

/** {@code solve --from}: the announced schedule becomes {@code published} and the starting point of the changed forum. */
class ReplannerTest {

    @Test
    void theAnnouncedScheduleBecomesPublishedAndTheStartingPoint() throws InvalidDatasetException {
        Replan replan = replan(changed().document());

        assertThat(replan.loaded().document().published())
                .extracting(PublishedJson::session, PublishedJson::room, PublishedJson::timeslot)
                .containsExactly(
                        tuple("WS1", "ws-01", MORNING),
                        tuple("WS2", "ws-02", MORNING),
                        tuple("WS5", "ws-03", MORNING),
                        tuple("WS3", "ws-01", LATE_MORNING),
                        tuple("WS4", "ws-02", LATE_MORNING),
                        tuple("WS6", "ws-01", NEXT_DAY));
        assertThat(replan.loaded().programme().getSessions())
                .allSatisfy(session -> assertThat(session.getPlacement()).isSameAs(session.getPublishedPlacement()));
        assertThat(replan.notes()).isEmpty();
        assertThat(replan)
                .extracting(Replan::announced, Replan::published, Replan::warmStarted)
                .containsExactly(6, 6, 6);
    }

    @Test
    void aSessionNoLongerInTheDatasetIsANoteNotAnError() throws InvalidDatasetException {
        Replan replan = replan(changed().remove("sessions", "WS4").document());

        assertThat(replan.notes())
                .containsExactly(Problem.warning(
                        "schedule.assignments[4]",
                        "WS4 was announced (ws-02 at d1-1100) but is no longer in the dataset"));
        assertThat(replan.published()).isEqualTo(5);
    }

    @Test
    void aPlaceInARoomThatIsNowUnavailableIsPublishedButNotTheStart() throws InvalidDatasetException {
        Replan replan = replan(changed().roomUnavailable("ws-02", MORNING).document());

        Session displaced = session(replan, "WS2");
        assertThat(displaced.getPublishedPlacement().toString()).isEqualTo("ws-02@" + MORNING);
        assertThat(displaced.getPlacement()).isNull();
        assertThat(replan.notes())
                .containsExactly(Problem.warning(
                        "schedule.assignments[1]",
                        "WS2's announced place ws-02, Tue 2 Sep 09:00-10:30 no longer fits (room ws-02 is unavailable"
                                + " then); it starts unplaced"));
        // A free place remains (ws-03 at 11:00): the solver's to choose, no proposal gives way.
        assertThat(Replanner.makeRoom(replan.loaded().programme())).isEmpty();
    }

    @Test
    void aPersonAwayLeavesTheirSessionUnplacedWithTheirName() throws InvalidDatasetException {
        Replan replan = replan(changed().personUnavailable("p-alice", MORNING).document());

        assertThat(session(replan, "WS1").isPlaced()).isFalse();
        assertThat(replan.notes())
                .extracting(Problem::message)
                .containsExactly("WS1's announced place ws-01, Tue 2 Sep 09:00-10:30 no longer fits (Alice Aydın"
                        + " (p-alice) is unavailable then); it starts unplaced");
    }

    @Test
    void aRemovedRoomOrTimeslotIsANoteAndItsSessionsMayMoveFreely() throws InvalidDatasetException {
        Replan replan = replan(
                changed().remove("rooms", "ws-03").remove("timeslots", NEXT_DAY).document());

        assertThat(replan.notes())
                .containsExactly(
                        Problem.warning(
                                "schedule.assignments[2]",
                                "WS5 was announced in room ws-03, which the dataset no longer has; it may move in time"
                                        + " at no cost"),
                        Problem.warning(
                                "schedule.assignments[5]",
                                "WS6 was announced at timeslot d2-0900, which the dataset no longer has; it may move at"
                                        + " no cost"));
        assertThat(session(replan, "WS5").getPublishedPlacement()).isNull();
    }

    @Test
    void aPlaceTheChangedGridCannotHoldIsDroppedInTheBuildersWords() throws InvalidDatasetException {
        Replan replan = replan(changed().timeslotKinds(LATE_MORNING, "flash").document());

        assertThat(replan.notes())
                .extracting(Problem::path, Problem::message)
                .containsExactly(
                        tuple(
                                "schedule.assignments[3]",
                                "WS3's announced place no longer fits the dataset (timeslot"
                                        + " \"d1-1100\" does not host workshops (it hosts: flash)); it may move at no cost"),
                        tuple(
                                "schedule.assignments[4]",
                                "WS4's announced place no longer fits the dataset (timeslot"
                                        + " \"d1-1100\" does not host workshops (it hosts: flash)); it may move at no cost"));
        assertThat(replan.published()).isEqualTo(4);
        assertThat(session(replan, "WS3").getPublishedPlacement()).isNull();
    }

    @Test
    void theChangedDatasetsOwnScheduleStaysTheStartingPoint() throws InvalidDatasetException {
        Replan replan = replan(changed().scheduled("WS3", "ws-03", NEXT_DAY).document());

        assertThat(session(replan, "WS3").getPlacement().toString()).isEqualTo("ws-03@" + NEXT_DAY);
        assertThat(session(replan, "WS3").getPublishedPlacement().toString()).isEqualTo("ws-01@" + LATE_MORNING);
        assertThat(session(replan, "WS1").isPlaced()).isFalse();
        assertThat(replan.warmStarted()).isZero();
    }

    @Test
    void aMandatorySessionWithNoFreePlaceTakesThePlaceOfTheCheapestProposal() throws InvalidDatasetException {
        // Room ws-03 withdrawn and the second day cancelled: every place left is held, so WS5 must take a proposal's.
        Replan replan = replan(changed()
                .roomUnavailable("ws-03", MORNING, LATE_MORNING)
                .remove("timeslots", NEXT_DAY)
                .document());

        assertThat(Replanner.makeRoom(replan.loaded().programme()))
                .containsExactly("WS5 takes ws-02, Tue 2 Sep 11:00-12:30 from proposal WS4 (value 40)");
        assertThat(session(replan, "WS5").getPlacement().toString()).isEqualTo("ws-02@" + LATE_MORNING);
        assertThat(session(replan, "WS4").isPlaced()).isFalse();
        assertThat(session(replan, "WS3").getPlacement().toString()).isEqualTo("ws-01@" + LATE_MORNING);
    }

    @Test
    void theCommandLineWeightOfAMovedAnnouncedSessionDecidesWhichProposalGivesWay() throws InvalidDatasetException {
        // WS2 is now a proposal (value 60). WS5 can take WS2's place at its announced time, or WS4's (value 40) two
        // hours
        // later: at 150 a moved announced session the first costs 60 + 150, the second 40 + 150 + 150; at 1, 61 and 42.
        DatasetJson changed = changed()
                .proposal("WS2", 3.0)
                .roomUnavailable("ws-03", MORNING, LATE_MORNING)
                .remove("timeslots", NEXT_DAY)
                .document();

        Replan asShipped = replan(changed);
        Replan cheapMoves = Replanner.from(
                changed, announced(), new ConstraintWeights().with("Published placement changed=0hard/-1medium/0soft"));

        assertThat(Replanner.makeRoom(asShipped.loaded().programme()))
                .containsExactly("WS5 takes ws-02, Tue 2 Sep 09:00-10:30 from proposal WS2 (value 60)");
        assertThat(Replanner.makeRoom(cheapMoves.loaded().programme()))
                .containsExactly("WS5 takes ws-02, Tue 2 Sep 11:00-12:30 from proposal WS4 (value 40)");
    }

    @Test
    void aPinnedProposalKeepsItsPlace() throws InvalidDatasetException {
        Replan replan = replan(changed()
                .roomUnavailable("ws-03", MORNING, LATE_MORNING)
                .remove("timeslots", NEXT_DAY)
                .pin("WS4", "ws-02", LATE_MORNING)
                .document());

        assertThat(Replanner.makeRoom(replan.loaded().programme()))
                .containsExactly("WS5 takes ws-01, Tue 2 Sep 11:00-12:30 from proposal WS3 (value 80)");
    }

    @Test
    void aMandatorySessionIsNeverDisplacedToMakeRoom() throws InvalidDatasetException {
        // As above, but WS3 and WS4 are mandatory too: nothing gives way, and the solver must sort it out.
        Replan replan = replan(changed()
                .roomUnavailable("ws-03", MORNING, LATE_MORNING)
                .remove("timeslots", NEXT_DAY)
                .mandatory("WS3")
                .mandatory("WS4")
                .document());

        assertThat(Replanner.makeRoom(replan.loaded().programme())).isEmpty();
        assertThat(session(replan, "WS5").isPlaced()).isFalse();
    }

    private static Replan replan(DatasetJson changed) throws InvalidDatasetException {
        return Replanner.from(changed, announced(), new ConstraintWeights());
    }

    private static Session session(Replan replan, String id) {
        Map<String, Session> sessions = replan.loaded().programme().getSessions().stream()
                .collect(Collectors.toMap(Session::getId, Function.identity()));
        return sessions.get(id);
    }
}
