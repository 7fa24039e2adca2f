package org.forumplan.model.load;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.forumplan.model.domain.Period;
import org.forumplan.model.domain.SessionKind;
import org.forumplan.model.domain.Timeslot;

/**
 * The forum's time structure derived from its timeslots: the periods (the timeline cut at every slot boundary) and, per
 * session kind, the runs of consecutive timeslots a long session can span.
 */
public final class TimeGrid {

    /**
     * A span never bridges a gap longer than this between two of its timeslots: a 3-hour main session may run through a
     * coffee break, not through lunch.
     */
    public static final int MAX_BRIDGED_GAP_MINUTES = 60;

    private final List<Period> periods;
    private final Map<SessionKind, List<Timeslot>> hostingByKind = new EnumMap<>(SessionKind.class);

    public TimeGrid(List<Timeslot> timeslots) {
        this.periods = cutIntoPeriods(timeslots);
        for (SessionKind kind : SessionKind.values()) {
            hostingByKind.put(
                    kind,
                    timeslots.stream()
                            .filter(timeslot -> timeslot.hosts(kind))
                            .sorted(Comparator.comparingInt(Timeslot::startMinute)
                                    .thenComparingInt(Timeslot::endMinute))
                            .toList());
        }
    }

    public List<Period> periods() {
        return periods;
    }

    /** The periods inside [start, end), in time order. */
    public List<Period> periodsWithin(int start, int end) {
        List<Period> within = new ArrayList<>();
        for (Period period : periods) {
            if (period.startMinute() >= start && period.endMinute() <= end) {
                within.add(period);
            }
        }
        return within;
    }

    /**
     * The timeslots a session of this kind and duration covers when it starts at {@code start}: the start timeslot and
     * the fewest following same-day timeslots hosting the kind whose interval covers the duration.
     *
     * @param span the number of timeslots wanted, or null for the fewest that cover the duration
     * @return empty if the day has no such run
     */
    public Optional<List<Timeslot>> run(Timeslot start, SessionKind kind, int durationMinutes, Integer span) {
        List<Timeslot> chain = new ArrayList<>(List.of(start));
        List<Timeslot> sameDay = hostingOn(start.day(), kind);
        Timeslot last = start;
        while (span == null ? coveredMinutes(chain) < durationMinutes : chain.size() < span) {
            Timeslot next = next(sameDay, last).orElse(null);
            if (next == null) {
                return Optional.empty();
            }
            chain.add(next);
            last = next;
        }
        return Optional.of(chain);
    }

    /** Every timeslot hosting the kind, in time order. */
    public List<Timeslot> hosting(SessionKind kind) {
        return hostingByKind.get(kind);
    }

    private List<Timeslot> hostingOn(LocalDate day, SessionKind kind) {
        return hosting(kind).stream()
                .filter(timeslot -> timeslot.day().equals(day))
                .toList();
    }

    /** The earliest timeslot starting at or after {@code previous} ends, if the gap is short enough to bridge. */
    private static Optional<Timeslot> next(List<Timeslot> sameDay, Timeslot previous) {
        return sameDay.stream()
                .filter(timeslot -> timeslot.startMinute() >= previous.endMinute())
                .findFirst()
                .filter(timeslot -> timeslot.startMinute() - previous.endMinute() <= MAX_BRIDGED_GAP_MINUTES);
    }

    private static int coveredMinutes(List<Timeslot> chain) {
        return chain.get(chain.size() - 1).endMinute() - chain.get(0).startMinute();
    }

    private static List<Period> cutIntoPeriods(List<Timeslot> timeslots) {
        Map<LocalDate, List<Timeslot>> byDay =
                timeslots.stream().collect(Collectors.groupingBy(Timeslot::day, TreeMap::new, Collectors.toList()));
        List<Period> periods = new ArrayList<>();
        for (List<Timeslot> day : byDay.values()) {
            TreeSet<Integer> cuts = new TreeSet<>();
            for (Timeslot timeslot : day) {
                cuts.add(timeslot.startMinute());
                cuts.add(timeslot.endMinute());
            }
            Integer from = null;
            for (Integer to : cuts) {
                if (from != null && isCovered(day, from, to)) {
                    periods.add(new Period(periods.size(), from, to));
                }
                from = to;
            }
        }
        return List.copyOf(periods);
    }

    private static boolean isCovered(List<Timeslot> day, int from, int to) {
        return day.stream().anyMatch(timeslot -> timeslot.startMinute() <= from && timeslot.endMinute() >= to);
    }
}
