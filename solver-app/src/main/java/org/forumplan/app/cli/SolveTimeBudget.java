package org.forumplan.app.cli;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.function.BooleanSupplier;

/**
 * {@code solve --time-limit} as the time the command takes, from the start of its Java process ({@link
 * ForumplanCommand#main}) to the written files: a
 * planner who asks for 60 seconds gets the answer in 60 seconds. The search gets what is left once the dataset is
 * loaded, less a reserve for what comes after it (the summary's score analysis, the solved file, the reports, putting
 * announced sessions back), which grows with the forum.
 */
final class SolveTimeBudget {

    /** The least search time, even when loading took the whole limit: a construction at least. */
    static final Duration MIN_SEARCH = Duration.ofSeconds(1);

    // Measured on the 2-core development machine (benchmarks/README.md, "Wall time"): the search ends up to half a
    // second after its limit and the JVM takes a few tenths to exit, whatever the forum; the score analysis and the
    // solved file take up to about 1.5 ms a session, a report as much again.
    private static final Duration FIXED_RESERVE = Duration.ofSeconds(1);
    private static final long RESERVE_MICROS_PER_SESSION = 1_500;
    private static final long REPORT_MICROS_PER_SESSION = 1_500;
    // Putting announced sessions back is worth a tenth of the time at most: each trial rescores the whole forum.
    private static final int RESTORE_SHARE_DIVISOR = 10;

    private final Duration limit;
    private final Instant start;
    private final Clock clock;
    private Duration restoreReserve = Duration.ZERO;
    private Instant restoreDeadline = Instant.MAX;

    /**
     * @param limit the command's time limit, or null for none
     * @param start when the command started
     */
    SolveTimeBudget(Duration limit, Instant start, Clock clock) {
        this.limit = limit;
        this.start = start;
        this.clock = clock;
    }

    /** The time since the command started. */
    Duration elapsed() {
        return Duration.between(start, clock.instant());
    }

    /**
     * The search's time limit: the command's limit less the time spent so far and the reserve for what follows; null
     * when the solve has no time limit.
     *
     * @param reports how many reports are written after the solve
     * @param restoring whether announced sessions are put back after the search
     */
    Duration searchLimit(int sessions, int reports, boolean restoring) {
        if (limit == null) {
            return null;
        }
        Duration reserve = FIXED_RESERVE.plus(
                Duration.ofNanos(sessions * (RESERVE_MICROS_PER_SESSION + reports * REPORT_MICROS_PER_SESSION) * 1000));
        if (restoring) {
            restoreReserve = limit.dividedBy(RESTORE_SHARE_DIVISOR);
            reserve = reserve.plus(restoreReserve);
        }
        // Timefold takes a time limit in whole milliseconds.
        Duration left = limit.minus(elapsed()).minus(reserve).truncatedTo(ChronoUnit.MILLIS);
        return left.compareTo(MIN_SEARCH) < 0 ? MIN_SEARCH : left;
    }

    /** Starts the share of the time for putting announced sessions back, when the search has ended. */
    void startRestoring() {
        restoreDeadline = clock.instant().plus(restoreReserve);
    }

    /** Whether the share for putting announced sessions back is spent; never, without a time limit. */
    BooleanSupplier restoringTimeIsUp() {
        return () -> limit != null && !clock.instant().isBefore(restoreDeadline);
    }
}
