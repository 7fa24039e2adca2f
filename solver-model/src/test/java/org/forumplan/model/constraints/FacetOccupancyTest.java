package org.forumplan.model.constraints;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.forumplan.model.constraints.TestForum.AFTERNOON;
import static org.forumplan.model.constraints.TestForum.ALICE;
import static org.forumplan.model.constraints.TestForum.CIR;
import static org.forumplan.model.constraints.TestForum.DAY;
import static org.forumplan.model.constraints.TestForum.FLASH_IN_MORNING;
import static org.forumplan.model.constraints.TestForum.LATE_MORNING;
import static org.forumplan.model.constraints.TestForum.MORNING;
import static org.forumplan.model.constraints.TestForum.NEXT_DAY_MORNING;
import static org.forumplan.model.constraints.TestForum.ROOM_A;
import static org.forumplan.model.constraints.TestForum.ROOM_B;
import static org.forumplan.model.constraints.TestForum.ROOM_C_CLOSED_IN_THE_MORNING;
import static org.forumplan.model.constraints.TestForum.flash;
import static org.forumplan.model.constraints.TestForum.move;
import static org.forumplan.model.constraints.TestForum.place;
import static org.forumplan.model.constraints.TestForum.unplaced;
import static org.forumplan.model.constraints.TestForum.withTopics;
import static org.forumplan.model.constraints.TestForum.workshop;

import ai.timefold.solver.core.api.score.stream.bi.BiConstraintCollector;
import org.forumplan.model.domain.Session;
import org.forumplan.model.domain.SessionFacet;
import org.junit.jupiter.api.Test;

/**
 * The occupancy is kept up incrementally: ConstraintVerifier only ever adds sessions, and FullAssertSolveTest checks
 * the undo through whole solves. These tests check the undo directly, after the session has moved, as in a solve.
 */
class FacetOccupancyTest {

    private static final SessionFacet ALICE_FACET = SessionFacet.person(ALICE);
    private static final SessionFacet ROOM_A_FACET = SessionFacet.room(ROOM_A);

    private final BiConstraintCollector<Session, SessionFacet, FacetOccupancy, FacetOccupancy> collector =
            FacetOccupancy.collector();
    private final FacetOccupancy occupancy = collector.supplier().get();

    private Runnable add(Session session, SessionFacet facet) {
        return collector.accumulator().apply(occupancy, session, facet);
    }

    @Test
    void pricesTheClashesInEachPeriodAndTakesBackTheOldPlacementOnUndo() {
        Session workshop = place(workshop("WS1"), ROOM_A, MORNING); // 09:00-10:30
        Session flash = place(flash("FL1"), ROOM_B, FLASH_IN_MORNING); // 09:30-10:00
        add(workshop, ALICE_FACET);
        Runnable undoFlash = add(flash, ALICE_FACET);

        assertThat(occupancy.pairMinutes()).isEqualTo(30);
        assertThat(occupancy.clashes()).singleElement().satisfies(clash -> {
            assertThat(clash.period()).isEqualTo(flash.periods().get(0));
            assertThat(clash.sessions()).containsExactlyInAnyOrder(workshop, flash);
            assertThat(clash.pairMinutes()).isEqualTo(30);
        });

        move(flash, ROOM_B, LATE_MORNING); // the move; the undo must take back 09:30-10:00, not 11:00
        undoFlash.run();

        assertThat(occupancy.pairMinutes()).isZero();
        assertThat(occupancy.clashes()).isEmpty();
        assertThat(occupancy.sessions()).containsExactly(workshop);
    }

    @Test
    void countsEachPairOfSessionsRunningAtOnce() {
        add(place(workshop("WS1"), ROOM_A, MORNING), ALICE_FACET);
        add(place(workshop("WS2"), ROOM_B, MORNING), ALICE_FACET);
        add(place(workshop("WS3"), ROOM_C_CLOSED_IN_THE_MORNING, MORNING), ALICE_FACET);

        assertThat(occupancy.pairMinutes()).isEqualTo(3 * 90);
        // The flash slot cuts the morning into three periods: 09:00, 09:30 and 10:00.
        assertThat(occupancy.clashes())
                .extracting(FacetOccupancy.Clash::pairMinutes)
                .containsExactly(3L * 30, 3L * 30, 3L * 30);
    }

    @Test
    void spansAPersonsDaysAndNarrowsTheSpanWhenTheLastDayEmpties() {
        Session today = place(workshop("WS1"), ROOM_A, MORNING);
        Session alsoToday = place(workshop("WS2"), ROOM_A, LATE_MORNING);
        Session tomorrow = place(workshop("WS3"), ROOM_A, NEXT_DAY_MORNING);
        add(today, ALICE_FACET);
        add(alsoToday, ALICE_FACET);
        Runnable undoTomorrow = add(tomorrow, ALICE_FACET);

        assertThat(occupancy.daySpan()).isEqualTo(1);
        assertThat(occupancy.firstDay()).isEqualTo(DAY);
        assertThat(occupancy.lastDay()).isEqualTo(DAY.plusDays(1));

        move(tomorrow, ROOM_A, AFTERNOON); // the move; the undo must take back the next day, not today
        undoTomorrow.run();

        assertThat(occupancy.daySpan()).isZero();
        assertThat(occupancy.sessions()).containsExactlyInAnyOrder(today, alsoToday);
    }

    @Test
    void theFirstDayFollowsTheSessionsInWhateverOrderTheyComeAndGo() {
        Session tomorrow = place(workshop("WS1"), ROOM_A, NEXT_DAY_MORNING);
        Session today = place(workshop("WS2"), ROOM_A, MORNING);
        add(tomorrow, ALICE_FACET);
        Runnable undoToday = add(today, ALICE_FACET);

        assertThat(occupancy.firstDay()).isEqualTo(DAY);
        assertThat(occupancy.lastDay()).isEqualTo(DAY.plusDays(1));

        undoToday.run();

        assertThat(occupancy.firstDay()).isEqualTo(DAY.plusDays(1));
        assertThat(occupancy.daySpan()).isZero();
    }

    @Test
    void leavesTheDaysOfFacetsOtherThanPeopleUncounted() {
        add(place(workshop("WS1"), ROOM_A, MORNING), ROOM_A_FACET);
        add(place(workshop("WS2"), ROOM_A, NEXT_DAY_MORNING), ROOM_A_FACET);

        assertThat(occupancy.daySpan()).isZero();
    }

    @Test
    void theSameSessionTwiceInOneFacetIsAnError() {
        Session workshop = place(workshop("WS1"), ROOM_A, MORNING);
        add(workshop, ALICE_FACET);

        assertThatThrownBy(() -> add(workshop, ALICE_FACET))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("WS1");
    }

    @Test
    void aTopicListedTwiceIsOneFacetOfTheSession() {
        Session workshop = unplaced(withTopics(workshop("WS1"), CIR, CIR));

        assertThat(workshop.getFacets()).containsExactly(SessionFacet.spreadTopic(CIR));
    }
}
