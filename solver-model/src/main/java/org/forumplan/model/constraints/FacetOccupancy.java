package org.forumplan.model.constraints;

import ai.timefold.solver.core.api.function.TriFunction;
import ai.timefold.solver.core.api.score.stream.bi.BiConstraintCollector;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Supplier;
import org.forumplan.model.domain.Period;
import org.forumplan.model.domain.Placement;
import org.forumplan.model.domain.Session;
import org.forumplan.model.domain.SessionFacet;

/**
 * The placed sessions sharing one facet (a room, a person, a topic, ...), kept up to date as they move: how many run in
 * each period, what their clashes cost, and, for a person, their days.
 *
 * <p>Why a collector of its own: a facet's sessions change only when one of them moves, so grouping sessions by facet
 * keeps the groups, and a move updates only its own facets, each in the few periods it leaves and enters. Grouping by
 * facet and period instead, a move to another time ends and starts a group for every facet in every period, nearly all
 * of them holding one session; and a stream of each facet's clashing periods would re-emit all of a busy topic's
 * periods on every move of one of its sessions (23% slower on synthetic-xl, benchmarks/README.md).
 *
 * <p>The collector hands out the occupancy itself, live, as Timefold's own {@code toList} hands out its list: streams
 * read it while the group is propagated, and every change to it propagates the group again.
 */
final class FacetOccupancy {

    private int[] runningByPeriod = new int[0];
    private long pairMinutes;
    private final DayCounts days = new DayCounts();
    private final Set<Session> sessions = new HashSet<>();

    static BiConstraintCollector<Session, SessionFacet, FacetOccupancy, FacetOccupancy> collector() {
        return new Collector();
    }

    /**
     * For each period, each pair of sessions running in it times its minutes: 0 when no two of them run at once. Two
     * 90-minute sessions at the same time cost 90, three cost 270.
     */
    long pairMinutes() {
        return pairMinutes;
    }

    /**
     * Each period in which two or more of the sessions run, earliest first. Computed, so call it only to explain a
     * settled score.
     */
    List<Clash> clashes() {
        SortedMap<Period, List<Session>> byPeriod = new TreeMap<>(Comparator.comparingInt(Period::index));
        for (Session session : sessions) {
            for (Period period : session.periods()) {
                byPeriod.computeIfAbsent(period, ignored -> new ArrayList<>()).add(session);
            }
        }
        return byPeriod.entrySet().stream()
                .filter(running -> running.getValue().size() > 1)
                .map(running -> new Clash(running.getKey(), running.getValue()))
                .toList();
    }

    /** Sessions sharing the facet that run at once in a period. */
    record Clash(Period period, List<Session> sessions) {

        /** Its part of {@link #pairMinutes()}: each pair of the sessions times the period's minutes. */
        long pairMinutes() {
            return (long) sessions.size() * (sessions.size() - 1) / 2 * period.minutes();
        }
    }

    /** Days from the sessions' first day to their last: 0 when all are on one day. */
    int daySpan() {
        return days.span();
    }

    LocalDate firstDay() {
        return LocalDate.ofEpochDay(days.first());
    }

    LocalDate lastDay() {
        return LocalDate.ofEpochDay(days.last());
    }

    /** The sessions, in no particular order. Copied, so call it only to explain a settled score. */
    List<Session> sessions() {
        return List.copyOf(sessions);
    }

    private Runnable add(Session session, boolean countDays) {
        // The placement now, kept for the undo: by then the session has moved.
        Placement placement = session.getPlacement();
        for (int position = 0; position < placement.periodCount(); position++) {
            int index = placement.periodIndex(position);
            if (index >= runningByPeriod.length) {
                runningByPeriod = Arrays.copyOf(runningByPeriod, Math.max(index + 1, 2 * runningByPeriod.length));
            }
            // It pairs with each session already running then.
            pairMinutes += (long) runningByPeriod[index]++ * placement.periodMinutes(position);
        }
        if (countDays) {
            days.add(placement.epochDay());
        }
        if (!sessions.add(session)) {
            // A session with a facet twice would pair with itself (Session lists each facet once).
            throw new IllegalStateException("Session " + session.getId() + " has the same facet twice.");
        }
        return () -> remove(session, placement, countDays);
    }

    private void remove(Session session, Placement placement, boolean countDays) {
        for (int position = 0; position < placement.periodCount(); position++) {
            pairMinutes -=
                    (long) --runningByPeriod[placement.periodIndex(position)] * placement.periodMinutes(position);
        }
        if (countDays) {
            days.remove(placement.epochDay());
        }
        sessions.remove(session);
    }

    /**
     * The sessions' days, earliest first, each with how many sessions are on it. A forum has a few days, so keeping the
     * days sorted by shifting an array is cheap, and the first and last day are then at hand on every move; the min
     * and max collectors keep sorted maps instead.
     */
    private static final class DayCounts {

        private int[] day = new int[4];
        private int[] count = new int[4];
        private int size;

        void add(int epochDay) {
            int i = 0;
            while (i < size && day[i] < epochDay) {
                i++;
            }
            if (i < size && day[i] == epochDay) {
                count[i]++;
                return;
            }
            if (size == day.length) {
                day = Arrays.copyOf(day, 2 * size);
                count = Arrays.copyOf(count, 2 * size);
            }
            System.arraycopy(day, i, day, i + 1, size - i);
            System.arraycopy(count, i, count, i + 1, size - i);
            day[i] = epochDay;
            count[i] = 1;
            size++;
        }

        void remove(int epochDay) {
            int i = 0;
            while (i < size && day[i] != epochDay) {
                i++;
            }
            if (i == size) {
                throw new IllegalStateException("No session on day " + epochDay + " to remove.");
            }
            if (--count[i] == 0) {
                size--;
                System.arraycopy(day, i + 1, day, i, size - i);
                System.arraycopy(count, i + 1, count, i, size - i);
            }
        }

        int first() {
            requireDays();
            return day[0];
        }

        int last() {
            requireDays();
            return day[size - 1];
        }

        int span() {
            return size < 2 ? 0 : day[size - 1] - day[0];
        }

        private void requireDays() {
            if (size == 0) {
                throw new IllegalStateException("No days are counted: no sessions, or not a person's facet.");
            }
        }
    }

    private static final class Collector
            implements BiConstraintCollector<Session, SessionFacet, FacetOccupancy, FacetOccupancy> {

        @Override
        public Supplier<FacetOccupancy> supplier() {
            return FacetOccupancy::new;
        }

        @Override
        public TriFunction<FacetOccupancy, Session, SessionFacet, Runnable> accumulator() {
            // Only people's days are asked for (Person day spread).
            return (occupancy, session, facet) -> occupancy.add(session, facet.kind() == SessionFacet.Kind.PERSON);
        }

        @Override
        public Function<FacetOccupancy, FacetOccupancy> finisher() {
            return Function.identity();
        }
    }
}
