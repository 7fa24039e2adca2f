package org.forumplan.model.replan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.forumplan.model.analysis.ExplainForum.LATE_MORNING;
import static org.forumplan.model.analysis.ExplainForum.MORNING;
import static org.forumplan.model.analysis.ExplainForum.NEXT_MORNING;
import static org.forumplan.model.analysis.ExplainForum.ROOM_A;
import static org.forumplan.model.analysis.ExplainForum.ROOM_B;

import java.util.List;
import org.forumplan.model.analysis.ExplainForum;
import org.forumplan.model.domain.Programme;
import org.junit.jupiter.api.Test;

/**
 * What re-planning did to an announced programme of the small {@link ExplainForum}:
 *
 * <pre>
 *         announced                  re-planned
 * WS1     room A, morning           room A, morning         unchanged
 * WS2     room B, morning           room B, late morning    changed time
 * WS3     room A, late morning      room B, next morning    changed time (and room)
 * WS4     room B, late morning      room A, late morning    changed room only
 * WS5     room A, next morning      unplaced                left out
 * WS6     room B, next morning      -                       no longer in the forum
 * WS7     unplaced                  room A, next morning    never announced: not counted
 * </pre>
 */
class AnnouncedChangesTest {

    private static final Programme ANNOUNCED = new ExplainForum()
            .workshop("WS1")
            .at(ROOM_A, MORNING)
            .workshop("WS2")
            .at(ROOM_B, MORNING)
            .workshop("WS3")
            .at(ROOM_A, LATE_MORNING)
            .workshop("WS4")
            .at(ROOM_B, LATE_MORNING)
            .workshop("WS5")
            .at(ROOM_A, NEXT_MORNING)
            .workshop("WS6")
            .at(ROOM_B, NEXT_MORNING)
            .workshop("WS7")
            .unplaced()
            .programme();

    private static final Programme REPLANNED = new ExplainForum()
            .workshop("WS1")
            .at(ROOM_A, MORNING)
            .workshop("WS2")
            .at(ROOM_B, LATE_MORNING)
            .workshop("WS3")
            .at(ROOM_B, NEXT_MORNING)
            .workshop("WS4")
            .at(ROOM_A, LATE_MORNING)
            .workshop("WS5")
            .unplaced()
            .workshop("WS7")
            .at(ROOM_A, NEXT_MORNING)
            .programme();

    @Test
    void announcedSessionsAreSortedByWhatChanged() {
        AnnouncedChanges changes = AnnouncedChanges.compare(ANNOUNCED, REPLANNED);

        assertThat(changes)
                .isEqualTo(
                        new AnnouncedChanges(5, List.of("WS2", "WS3"), List.of("WS4"), List.of("WS5"), List.of("WS6")));
        assertThat(changes.moved()).isEqualTo(3);
    }

    @Test
    void theSummaryCountsTheMovesAndNamesWhatIsOut() {
        assertThat(AnnouncedChanges.compare(ANNOUNCED, REPLANNED).summary())
                .isEqualTo("Announced sessions moved: 3 of 5 (2 changed time, 1 changed room only); 1 left out (WS5);"
                        + " 1 no longer in the dataset (WS6)");
    }

    @Test
    void aProgrammeComparedWithItselfMovedNothing() {
        assertThat(AnnouncedChanges.compare(ANNOUNCED, ANNOUNCED).summary())
                .isEqualTo("Announced sessions moved: 0 of 6 (0 changed time, 0 changed room only)");
    }
}
