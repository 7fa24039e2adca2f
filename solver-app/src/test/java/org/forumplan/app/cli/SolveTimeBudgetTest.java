package org.forumplan.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class SolveTimeBudgetTest {

    private static final Instant START = Instant.parse("2026-12-03T09:00:00Z");

    /** A clock the test moves by hand. */
    private static final class HandClock extends Clock {
        private Instant now = START;

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException();
        }
    }

    private final HandClock clock = new HandClock();

    @Test
    void theSearchGetsTheLimitLessTheTimeSpentAndAReserveThatGrowsWithTheForumAndItsReports() {
        SolveTimeBudget budget = new SolveTimeBudget(Duration.ofSeconds(60), START, clock);
        clock.advance(Duration.ofSeconds(4));

        // 60 s - 4 s loading - (1 s + 1,000 sessions x 1.5 ms, and as much again for each of two reports)
        assertThat(budget.searchLimit(1000, 2, false)).isEqualTo(Duration.ofMillis(50_500));
        assertThat(budget.searchLimit(1000, 0, false)).isEqualTo(Duration.ofMillis(53_500));
    }

    @Test
    void puttingAnnouncedSessionsBackReservesATenthOfTheLimitAndEndsWhenItIsSpent() {
        SolveTimeBudget budget = new SolveTimeBudget(Duration.ofSeconds(60), START, clock);

        assertThat(budget.searchLimit(0, 0, true)).isEqualTo(Duration.ofMillis(53_000));

        clock.advance(Duration.ofSeconds(54));
        budget.startRestoring();
        clock.advance(Duration.ofMillis(5_999));
        assertThat(budget.restoringTimeIsUp().getAsBoolean()).isFalse();
        clock.advance(Duration.ofMillis(1));
        assertThat(budget.restoringTimeIsUp().getAsBoolean()).isTrue();
    }

    @Test
    void theSearchLimitIsInWholeMillisecondsAsTimefoldTakesIt() {
        SolveTimeBudget budget = new SolveTimeBudget(Duration.ofSeconds(60), START, clock);
        clock.advance(Duration.ofNanos(1_234_567));

        assertThat(budget.searchLimit(0, 0, false)).isEqualTo(Duration.ofMillis(58_998));
    }

    @Test
    void theSearchGetsAtLeastASecondWhenLoadingTookTheWholeLimit() {
        SolveTimeBudget budget = new SolveTimeBudget(Duration.ofSeconds(10), START, clock);
        clock.advance(Duration.ofSeconds(12));

        assertThat(budget.searchLimit(4000, 1, false)).isEqualTo(SolveTimeBudget.MIN_SEARCH);
        assertThat(budget.elapsed()).isEqualTo(Duration.ofSeconds(12));
    }

    @Test
    void withoutATimeLimitTheSearchHasNoneAndRestoringNeverRunsOutOfTime() {
        SolveTimeBudget budget = new SolveTimeBudget(null, START, clock);

        assertThat(budget.searchLimit(4000, 1, true)).isNull();
        budget.startRestoring();
        clock.advance(Duration.ofHours(1));
        assertThat(budget.restoringTimeIsUp().getAsBoolean()).isFalse();
    }
}
