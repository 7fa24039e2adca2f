package org.forumplan.model.constraints;

import ai.timefold.solver.core.api.function.TriFunction;
import ai.timefold.solver.core.api.score.stream.bi.BiConstraintCollector;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import org.forumplan.model.domain.Session;

/**
 * The days a group of placed sessions covers, from the first session's day to the last's, with the sessions.
 *
 * @param firstDay the first day, as {@link LocalDate#toEpochDay()}
 * @param lastDay the last day, likewise
 * @param sessions the group's sessions, a read-only view of the collector's own list: it follows later changes, so
 *     read it only to explain a settled score, as justifications do
 */
record DaySpan(int firstDay, int lastDay, List<Session> sessions) {

    /** Days from the first day to the last: 0 when all sessions are on one day. */
    int days() {
        return lastDay - firstDay;
    }

    LocalDate first() {
        return LocalDate.ofEpochDay(firstDay);
    }

    LocalDate last() {
        return LocalDate.ofEpochDay(lastDay);
    }

    /**
     * Collects the sessions of each group into their span. Cheaper than min and max collectors over the days, which
     * keep sorted maps: a group (one person's sessions) is small, so a scan on each change costs less than the maps'
     * upkeep.
     */
    static <B> BiConstraintCollector<Session, B, ?, DaySpan> collector() {
        return new Collector<>();
    }

    private static final class Sessions {
        private final List<Session> list = new ArrayList<>();
        private final List<Session> view = Collections.unmodifiableList(list);
    }

    private static final class Collector<B> implements BiConstraintCollector<Session, B, Sessions, DaySpan> {

        @Override
        public Supplier<Sessions> supplier() {
            return Sessions::new;
        }

        @Override
        public TriFunction<Sessions, Session, B, Runnable> accumulator() {
            return (sessions, session, ignored) -> {
                sessions.list.add(session);
                return () -> sessions.list.remove(session);
            };
        }

        @Override
        public Function<Sessions, DaySpan> finisher() {
            return sessions -> {
                int first = Integer.MAX_VALUE;
                int last = Integer.MIN_VALUE;
                for (Session session : sessions.list) {
                    int day = session.getPlacement().epochDay();
                    first = Math.min(first, day);
                    last = Math.max(last, day);
                }
                return new DaySpan(first, last, sessions.view);
            };
        }
    }
}
