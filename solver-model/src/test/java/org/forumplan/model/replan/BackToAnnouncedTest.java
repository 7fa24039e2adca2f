package org.forumplan.model.replan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.forumplan.model.replan.AnnouncedForum.LATE_MORNING;
import static org.forumplan.model.replan.AnnouncedForum.NEXT_DAY;
import static org.forumplan.model.replan.AnnouncedForum.announced;
import static org.forumplan.model.replan.AnnouncedForum.changed;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.SolverFactory;
import org.forumplan.model.domain.Placement;
import org.forumplan.model.domain.Programme;
import org.forumplan.model.domain.Session;
import org.forumplan.model.problem.InvalidDatasetException;
import org.forumplan.model.solver.ConstraintWeights;
import org.forumplan.model.solver.SolverSettings;
import org.junit.jupiter.api.Test;

/**
 * The pass after a re-planning solve that undoes the search's drift: announced sessions moved without need go back, to
 * a free announced place or by trading places with the session that holds it, only when the score gets better.
 */
class BackToAnnouncedTest {

    private static final BackToAnnounced BACK = new BackToAnnounced(
            SolutionManager.create(SolverFactory.createFromXmlResource(SolverSettings.SOLVER_CONFIG_RESOURCE)));

    @Test
    void aSessionInAnotherRoomGoesBackToItsFreeAnnouncedRoom() throws InvalidDatasetException {
        Programme programme = replanned(changed());
        // WS6, announced in ws-01 on the second day, drifted to ws-02 at the same time.
        moveTo(programme, "WS6", "ws-02", NEXT_DAY);

        assertThat(BACK.restore(programme, () -> false).restored()).containsExactly("WS6");
        assertThat(programme.getScore()).isEqualTo(HardMediumSoftLongScore.ZERO);
        assertThat(session(programme, "WS6").getPlacement())
                .isSameAs(session(programme, "WS6").getPublishedPlacement());
    }

    @Test
    void aStopEndsThePassBeforeItsNextTrial() throws InvalidDatasetException {
        Programme programme = replanned(changed());
        moveTo(programme, "WS6", "ws-02", NEXT_DAY);

        BackToAnnounced.Restoration restoration = BACK.restore(programme, () -> true);

        assertThat(restoration.restored()).isEmpty();
        assertThat(restoration.complete()).isFalse();
    }

    @Test
    void twoSessionsThatTradedRoomsTradeBack() throws InvalidDatasetException {
        Programme programme = replanned(changed());
        moveTo(programme, "WS3", "ws-02", LATE_MORNING);
        moveTo(programme, "WS4", "ws-01", LATE_MORNING);

        assertThat(BACK.restore(programme, () -> false).restored()).containsExactly("WS3", "WS4");
        assertThat(programme.getSessions())
                .allSatisfy(session -> assertThat(session.getPlacement()).isSameAs(session.getPublishedPlacement()));
        assertThat(programme.getScore()).isEqualTo(HardMediumSoftLongScore.ZERO);
    }

    @Test
    void aMoveBackThatCostsMoreThanItSavesIsNotMade() throws InvalidDatasetException {
        // WS6 now expects 500 people: its announced ws-01 seats 10 (735 seat-hours short), ws-02 seats 600. Going back
        // would save the room change (500) at a cost of 735.
        Programme programme =
                replanned(changed().capacity("ws-01", 10).capacity("ws-02", 600).attendance("WS6", 500));
        moveTo(programme, "WS6", "ws-02", NEXT_DAY);
        Placement before = session(programme, "WS6").getPlacement();

        assertThat(BACK.restore(programme, () -> false).restored()).isEmpty();
        assertThat(session(programme, "WS6").getPlacement()).isSameAs(before);
    }

    private static Programme replanned(AnnouncedForum forum) throws InvalidDatasetException {
        return Replanner.from(forum.document(), announced(), new ConstraintWeights())
                .loaded()
                .programme();
    }

    private static void moveTo(Programme programme, String sessionId, String roomId, String timeslotId) {
        Session session = session(programme, sessionId);
        session.setPlacement(session.getPossiblePlacements().stream()
                .filter(placement -> placement.roomId().equals(roomId)
                        && placement.startTimeslot().id().equals(timeslotId))
                .findFirst()
                .orElseThrow());
    }

    private static Session session(Programme programme, String sessionId) {
        return programme.getSessions().stream()
                .filter(session -> session.getId().equals(sessionId))
                .findFirst()
                .orElseThrow();
    }
}
