package org.forumplan.model.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.forumplan.model.analysis.ExplainForum.LATE_MORNING;
import static org.forumplan.model.analysis.ExplainForum.MORNING;
import static org.forumplan.model.analysis.ExplainForum.NEXT_MORNING;
import static org.forumplan.model.analysis.ExplainForum.ROOM_A;
import static org.forumplan.model.analysis.ExplainForum.ROOM_B;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.forumplan.model.analysis.ProgrammeDifference.ConstraintChange;
import org.forumplan.model.analysis.ProgrammeDifference.Move;
import org.forumplan.model.analysis.ProgrammeDifference.SessionChange;
import org.forumplan.model.domain.Programme;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@link ProgrammeDiff} between two programmes of the small {@link ExplainForum}, placed by hand so that every kind of
 * change happens once:
 *
 * <pre>
 *         old                        new
 * WS1     room A, morning           room A, morning         unchanged
 * WS2     room B, morning (cir)     room B, late morning    moved in time: its topic clash with WS1 is gone
 * WS3     unplaced                  room A, next morning    newly scheduled
 * WS4     room A, late morning      unplaced                dropped
 * WS5     room B, late morning      room A, late morning    moved to another room
 * WS6     room A, next morning      -                       removed
 * WS7     -                         room B, next morning    added
 * </pre>
 */
class ProgrammeDiffTest {

    private static final ProgrammeExplainer EXPLAINER = new ProgrammeExplainer();

    private static ProgrammeDifference difference;

    @BeforeAll
    static void compare() {
        ExplainForum before = new ExplainForum()
                .workshop("WS1")
                .topics("cir")
                .at(ROOM_A, MORNING)
                .workshop("WS2")
                .topics("cir")
                .at(ROOM_B, MORNING)
                .workshop("WS3")
                .unplaced()
                .workshop("WS4")
                .at(ROOM_A, LATE_MORNING)
                .workshop("WS5")
                .at(ROOM_B, LATE_MORNING)
                .workshop("WS6")
                .at(ROOM_A, NEXT_MORNING);
        ExplainForum after = new ExplainForum()
                .workshop("WS1")
                .topics("cir")
                .at(ROOM_A, MORNING)
                .workshop("WS2")
                .topics("cir")
                .at(ROOM_B, LATE_MORNING)
                .workshop("WS3")
                .at(ROOM_A, NEXT_MORNING)
                .workshop("WS4")
                .unplaced()
                .workshop("WS5")
                .at(ROOM_A, LATE_MORNING)
                .workshop("WS7")
                .at(ROOM_B, NEXT_MORNING);
        Programme old = before.programme();
        Programme replanned = after.programme();
        difference =
                ProgrammeDiff.compare(old, EXPLAINER.explain(old, null), replanned, EXPLAINER.explain(replanned, null));
    }

    @Test
    void sessionsPlacedElsewhereAreMovedWithWhereFromAndWhereTo() {
        assertThat(difference.moved())
                .extracting(Move::sessionId, Move::from, Move::to, Move::what)
                .containsExactly(
                        tuple("WS2", "room-b, Mon 2 Jun 09:00-10:30", "room-b, Mon 2 Jun 11:00-12:30", "time"),
                        tuple("WS5", "room-b, Mon 2 Jun 11:00-12:30", "room-a, Mon 2 Jun 11:00-12:30", "room"));
        assertThat(difference.unchanged()).isEqualTo(1);
    }

    @Test
    void proposalsThatGotOrLostAPlaceAreNewlyScheduledOrDropped() {
        assertThat(difference.newlyScheduled())
                .extracting(SessionChange::sessionId, SessionChange::placement, SessionChange::mandatory)
                .containsExactly(tuple("WS3", "room-a, Tue 3 Jun 09:00-10:30", false));
        assertThat(difference.dropped())
                .extracting(SessionChange::sessionId, SessionChange::placement)
                .containsExactly(tuple("WS4", "room-a, Mon 2 Jun 11:00-12:30"));
    }

    @Test
    void sessionsOfOnlyOneProgrammeAreAddedOrRemoved() {
        assertThat(difference.added())
                .extracting(SessionChange::sessionId, SessionChange::placement)
                .containsExactly(tuple("WS7", "room-b, Tue 3 Jun 09:00-10:30"));
        assertThat(difference.removed())
                .extracting(SessionChange::sessionId, SessionChange::placement)
                .containsExactly(tuple("WS6", "room-a, Tue 3 Jun 09:00-10:30"));
        assertThat(difference.samePlacements()).isFalse();
    }

    /** One proposal of value 60 is out in each programme, so Proposal unscheduled costs the same and is not listed. */
    @Test
    void onlyConstraintsWhoseCostChangedAreListedWithOldNewAndChange() {
        assertThat(difference.constraints())
                .extracting(
                        ConstraintChange::code,
                        ConstraintChange::oldScore,
                        ConstraintChange::newScore,
                        ConstraintChange::change,
                        ConstraintChange::oldMatches,
                        ConstraintChange::newMatches)
                .containsExactly(tuple("S1", soft(-90), soft(0), soft(90), 1, 0));
        assertThat(difference.scoreChange()).isEqualTo(difference.newScore().subtract(difference.oldScore()));
        assertThat(difference.scoreChange()).isEqualTo(soft(90));
    }

    @Test
    void aProgrammeComparedWithItselfHasNoChange() {
        Programme programme = new ExplainForum()
                .workshop("WS1")
                .topics("cir")
                .at(ROOM_A, MORNING)
                .workshop("WS2")
                .unplaced()
                .programme();
        ProgrammeExplanation explanation = EXPLAINER.explain(programme, null);

        ProgrammeDifference same = ProgrammeDiff.compare(programme, explanation, programme, explanation);

        assertThat(same.samePlacements()).isTrue();
        assertThat(same.unchanged()).isEqualTo(2);
        assertThat(same.constraints()).isEmpty();
        assertThat(same.scoreChange()).isEqualTo(HardMediumSoftLongScore.ZERO);
    }

    private static HardMediumSoftLongScore soft(long amount) {
        return HardMediumSoftLongScore.ofSoft(amount);
    }
}
