package org.forumplan.model.validation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.forumplan.model.domain.ForumClock;
import org.forumplan.model.domain.Person;
import org.forumplan.model.domain.Placement;
import org.forumplan.model.domain.Precedence;
import org.forumplan.model.domain.Programme;
import org.forumplan.model.domain.Room;
import org.forumplan.model.domain.Session;
import org.forumplan.model.domain.SessionKind;
import org.forumplan.model.io.DatasetJson;
import org.forumplan.model.problem.Problem;
import org.forumplan.model.problem.ProblemCollector;

/**
 * Finds, before any solving, what makes a dataset impossible to schedule without hard violations (errors) and what
 * makes a good programme unlikely (warnings). Each check is a necessary condition: passing them all does not prove a
 * feasible schedule exists, but failing one proves none does. Every problem names the ids involved.
 */
public final class FeasibilityPrechecks {

    /** A person in more sessions than this breaks the IGF's rule since 2017. */
    static final int SESSIONS_PER_SPEAKER = 3;

    private final Programme programme;
    private final ProblemCollector problems = new ProblemCollector();
    private final Map<String, Integer> sessionIndex = new HashMap<>();
    private final Map<String, Integer> personIndex = new HashMap<>();

    /** @param document the dataset the programme was built from, for the JSON paths of the problems */
    private FeasibilityPrechecks(DatasetJson document, Programme programme) {
        this.programme = programme;
        for (int i = 0; i < document.sessions().size(); i++) {
            sessionIndex.put(document.sessions().get(i).id(), i);
        }
        if (document.people() != null) {
            for (int i = 0; i < document.people().size(); i++) {
                personIndex.put(document.people().get(i).id(), i);
            }
        }
    }

    /** Every problem found; errors mean no schedule without hard violations exists. */
    public static List<Problem> check(DatasetJson document, Programme programme) {
        FeasibilityPrechecks prechecks = new FeasibilityPrechecks(document, programme);
        prechecks.sessionsWithoutPlacement();
        prechecks.pinnedClashes();
        prechecks.precedenceCycles();
        prechecks.precedenceImpossible();
        prechecks.overbookedPeople();
        prechecks.roomCapacity();
        prechecks.parallelPolicy();
        prechecks.problems.addAll(SelectionChecks.checkWeights(document, programme.getSelection()));
        prechecks.problems.addAll(SelectionChecks.checkReach(programme));
        return prechecks.problems.problems();
    }

    // ************************************************************************
    // Sessions that fit nowhere
    // ************************************************************************

    private void sessionsWithoutPlacement() {
        for (Session session : programme.getSessions()) {
            if (session.isPinned() || !session.getPossiblePlacements().isEmpty()) {
                continue;
            }
            String why = session.getId() + " has no possible placement: " + whyNowhere(session);
            if (session.isMandatory()) {
                problems.error(path(session), why);
            } else {
                problems.warning(path(session), why + "; the proposal will stay out");
            }
        }
    }

    private String whyNowhere(Session session) {
        SessionKind kind = session.getKind();
        List<Room> hosting =
                programme.getRooms().stream().filter(room -> room.hosts(kind)).toList();
        if (hosting.isEmpty()) {
            return "no room hosts %ss".formatted(kind.label());
        }
        List<Room> equipped = hosting.stream()
                .filter(room -> room.features().containsAll(session.getRequiredFeatures()))
                .toList();
        if (equipped.isEmpty()) {
            return "no room that hosts %ss has all of %s"
                    .formatted(
                            kind.label(),
                            session.getRequiredFeatures().stream()
                                    .map(feature -> feature.code())
                                    .sorted()
                                    .collect(Collectors.joining(", ")));
        }
        if (programme.getTimeslots().stream().noneMatch(timeslot -> timeslot.hosts(kind))) {
            return "no timeslot hosts %ss".formatted(kind.label());
        }
        if (session.getFittingPlacementCount() == 0) {
            return "no run of consecutive timeslots hosting %ss covers %d minutes (a span never bridges a gap of more"
                            .formatted(kind.label(), session.getDurationMinutes())
                    + " than an hour)";
        }
        List<String> unavailablePeople = session.getPeople().stream()
                .filter(person -> !person.unavailable().isEmpty())
                .map(Person::id)
                .toList();
        return ("every one of the %d places that fit a %d-minute %s is ruled out: its room unavailable, a pinned or"
                        + " exclusive session at that time%s%s")
                .formatted(
                        session.getFittingPlacementCount(),
                        session.getDurationMinutes(),
                        kind.label(),
                        unavailablePeople.isEmpty() ? "" : ", or " + String.join(", ", unavailablePeople) + " away",
                        session.getUnavailableTimeslots().isEmpty() ? "" : ", or its own unavailable timeslots");
    }

    // ************************************************************************
    // Pins that clash
    // ************************************************************************

    private void pinnedClashes() {
        List<Session> pinned =
                programme.getSessions().stream().filter(Session::isPinned).toList();
        for (int i = 0; i < pinned.size(); i++) {
            Session first = pinned.get(i);
            Placement at = first.getPlacement();
            if (at.roomUnavailableMinutes() > 0) {
                problems.error(
                        path(first) + ".pinned",
                        "%s is pinned in %s while the room is unavailable".formatted(first.getId(), at.describe()));
            }
            if (first.peopleUnavailableMinutes(at) > 0) {
                problems.error(
                        path(first) + ".pinned",
                        "%s is pinned at %s while %s is unavailable"
                                .formatted(first.getId(), at.describeTime(), unavailableAt(first, at)));
            }
            if (first.missingFeatureCount(at) > 0) {
                problems.error(
                        path(first) + ".pinned",
                        "%s is pinned in %s, which lacks a required feature".formatted(first.getId(), at.roomId()));
            }
            for (int j = i + 1; j < pinned.size(); j++) {
                Session second = pinned.get(j);
                if (!at.overlaps(second.getPlacement())) {
                    continue;
                }
                String pair = "%s and %s are both pinned at %s"
                        .formatted(first.getId(), second.getId(), overlap(at, second.getPlacement()));
                if (at.roomId().equals(second.roomId())) {
                    problems.error(path(second) + ".pinned", pair + " in room " + at.roomId());
                }
                List<String> shared =
                        first.sharedPeople(second).stream().map(Person::id).toList();
                if (!shared.isEmpty()) {
                    problems.error(path(second) + ".pinned", pair + " with " + String.join(", ", shared) + " in both");
                }
                if (first.isExclusive() || second.isExclusive()) {
                    problems.error(
                            path(second) + ".pinned",
                            pair + " although " + (first.isExclusive() ? first.getId() : second.getId())
                                    + " is exclusive");
                }
            }
        }
    }

    private static String unavailableAt(Session session, Placement at) {
        return session.getPeople().stream()
                .filter(person -> person.unavailableMinutes(at.startMinute(), at.endMinute()) > 0)
                .map(Person::id)
                .collect(Collectors.joining(", "));
    }

    private static String overlap(Placement first, Placement second) {
        return ForumClock.describe(
                Math.max(first.startMinute(), second.startMinute()), Math.min(first.endMinute(), second.endMinute()));
    }

    // ************************************************************************
    // Precedence
    // ************************************************************************

    private void precedenceCycles() {
        Map<String, List<String>> later = new LinkedHashMap<>();
        for (Precedence precedence : programme.getPrecedences()) {
            later.computeIfAbsent(precedence.earlierId(), id -> new ArrayList<>())
                    .add(precedence.laterId());
        }
        Set<String> reported = new LinkedHashSet<>();
        for (String start : later.keySet()) {
            List<String> cycle = findCycle(start, later, new HashMap<>(), new ArrayList<>());
            if (cycle != null && reported.add(String.join(",", new TreeSet<>(cycle)))) {
                problems.error(
                        path(cycle.get(0)) + ".mustPrecede",
                        "precedence cycle: %s; none of them can come first".formatted(String.join(" -> ", cycle)));
            }
        }
    }

    /** Depth-first search; state 1 = on the current path, 2 = done. Returns the cycle with its first id repeated. */
    private static List<String> findCycle(
            String id, Map<String, List<String>> later, Map<String, Integer> state, List<String> path) {
        Integer seen = state.get(id);
        if (seen != null && seen == 2) {
            return null;
        }
        if (seen != null && seen == 1) {
            List<String> cycle = new ArrayList<>(path.subList(path.indexOf(id), path.size()));
            cycle.add(id);
            return cycle;
        }
        state.put(id, 1);
        path.add(id);
        for (String next : later.getOrDefault(id, List.of())) {
            List<String> cycle = findCycle(next, later, state, path);
            if (cycle != null) {
                return cycle;
            }
        }
        path.remove(path.size() - 1);
        state.put(id, 2);
        return null;
    }

    /** The earlier session can only end after every start the later one has. */
    private void precedenceImpossible() {
        Map<String, Session> byId =
                programme.getSessions().stream().collect(Collectors.toMap(Session::getId, session -> session));
        for (Precedence precedence : programme.getPrecedences()) {
            Session earlier = byId.get(precedence.earlierId());
            Session later = byId.get(precedence.laterId());
            if (earlier.getPossiblePlacements().isEmpty()
                    || later.getPossiblePlacements().isEmpty()) {
                continue;
            }
            int earliestEnd = earlier.getPossiblePlacements().stream()
                    .mapToInt(Placement::endMinute)
                    .min()
                    .orElseThrow();
            int latestStart = later.getPossiblePlacements().stream()
                    .mapToInt(Placement::startMinute)
                    .max()
                    .orElseThrow();
            if (earliestEnd > latestStart && (earlier.isMandatory() && later.isMandatory())) {
                problems.error(
                        path(earlier) + (precedence.reason() == Precedence.Reason.FEEDS ? ".feeds" : ".mustPrecede"),
                        "%s must end before %s starts, but ends at %s at the earliest while %s starts at %s at the latest"
                                .formatted(
                                        earlier.getId(),
                                        later.getId(),
                                        ForumClock.describeMoment(earliestEnd),
                                        later.getId(),
                                        ForumClock.describeMoment(latestStart)));
            }
        }
    }

    // ************************************************************************
    // People
    // ************************************************************************

    /**
     * A person whose mandatory sessions cannot all get different, non-overlapping times among their possible
     * placements. Exact for each person on their own (a small search over a handful of sessions).
     */
    private void overbookedPeople() {
        Map<Person, List<Session>> sessionsByPerson = new LinkedHashMap<>();
        for (Session session : programme.getSessions()) {
            for (Person person : session.getPeople()) {
                sessionsByPerson
                        .computeIfAbsent(person, unused -> new ArrayList<>())
                        .add(session);
            }
        }
        sessionsByPerson.forEach((person, sessions) -> {
            if (sessions.size() > SESSIONS_PER_SPEAKER) {
                problems.warning(
                        personPath(person),
                        "%s is in %d sessions (%s), more than the IGF's rule of %d"
                                .formatted(person.id(), sessions.size(), ids(sessions), SESSIONS_PER_SPEAKER));
            }
            List<Session> mandatory = sessions.stream()
                    .filter(Session::isMandatory)
                    .filter(session -> session.isPinned()
                            || !session.getPossiblePlacements().isEmpty())
                    .toList();
            if (mandatory.size() > 1 && !canAttendAll(mandatory)) {
                problems.error(
                        personPath(person),
                        ("%s cannot attend all of their %d mandatory sessions (%s): there are not enough separate"
                                        + " times when they are available and the sessions can take place")
                                .formatted(person.id(), mandatory.size(), ids(mandatory)));
            }
        });
    }

    /** Beyond this many steps the search gives up and the person passes: a pre-check must never hang. */
    private static final int SEARCH_BUDGET = 100_000;

    private static boolean canAttendAll(List<Session> sessions) {
        List<List<int[]>> times = new ArrayList<>();
        for (Session session : sessions) {
            List<Placement> placements =
                    session.isPinned() ? List.of(session.getPlacement()) : session.getPossiblePlacements();
            times.add(placements.stream()
                    .map(placement -> new int[] {placement.startMinute(), placement.endMinute()})
                    .collect(Collectors.toMap(
                            interval -> interval[0] * 100_000L + interval[1], interval -> interval, (a, b) -> a))
                    .values()
                    .stream()
                    .sorted(Comparator.comparingInt((int[] interval) -> interval[0]))
                    .toList());
        }
        // Quick and exact for the common case: more sessions than separate times among all their times.
        if (sessions.size()
                > mostSeparateTimes(times.stream().flatMap(List::stream).toList())) {
            return false;
        }
        // Fewest choices first keeps the search small.
        times.sort(Comparator.comparingInt(List::size));
        int[] budget = {SEARCH_BUDGET};
        return assign(times, 0, new ArrayList<>(), budget);
    }

    /** The most pairwise non-overlapping intervals (earliest end first). */
    private static int mostSeparateTimes(List<int[]> intervals) {
        List<int[]> byEnd = intervals.stream()
                .sorted(Comparator.comparingInt((int[] interval) -> interval[1]))
                .toList();
        int count = 0;
        int end = Integer.MIN_VALUE;
        for (int[] interval : byEnd) {
            if (interval[0] >= end) {
                count++;
                end = interval[1];
            }
        }
        return count;
    }

    private static boolean assign(List<List<int[]>> times, int next, List<int[]> chosen, int[] budget) {
        if (next == times.size() || --budget[0] < 0) {
            return true;
        }
        for (int[] interval : times.get(next)) {
            boolean free = chosen.stream().noneMatch(other -> other[0] < interval[1] && interval[0] < other[1]);
            if (free) {
                chosen.add(interval);
                if (assign(times, next + 1, chosen, budget)) {
                    return true;
                }
                chosen.remove(chosen.size() - 1);
            }
        }
        return false;
    }

    // ************************************************************************
    // Rooms and the parallel policy
    // ************************************************************************

    /**
     * More mandatory sessions of a kind than places that can host them. Per room, the most placements of the kind that
     * fit one after the other (interval scheduling), outside pinned sessions and exclusive ones.
     */
    private void roomCapacity() {
        Map<SessionKind, List<Session>> movableByKind = new LinkedHashMap<>();
        for (Session session : programme.getSessions()) {
            if (session.isMandatory()
                    && !session.isPinned()
                    && !session.getPossiblePlacements().isEmpty()) {
                movableByKind
                        .computeIfAbsent(session.getKind(), kind -> new ArrayList<>())
                        .add(session);
            }
        }
        List<Session> pinned =
                programme.getSessions().stream().filter(Session::isPinned).toList();
        movableByKind.forEach((kind, sessions) -> {
            Map<String, List<Placement>> byRoom = new LinkedHashMap<>();
            sessions.stream()
                    .flatMap(session -> session.getPossiblePlacements().stream())
                    .distinct()
                    .filter(placement -> pinned.stream().noneMatch(pin -> blocks(pin, placement)))
                    .forEach(placement -> byRoom.computeIfAbsent(placement.roomId(), id -> new ArrayList<>())
                            .add(placement));
            int places = byRoom.values().stream()
                    .mapToInt(FeasibilityPrechecks::mostOneAfterAnother)
                    .sum();
            if (sessions.size() > places) {
                problems.error(
                        "sessions",
                        "%d mandatory %ss need a place but their rooms and timeslots hold at most %d (%s)"
                                .formatted(sessions.size(), kind.label(), places, String.join(", ", byRoom.keySet())));
            }
        });
    }

    private static boolean blocks(Session pinned, Placement placement) {
        return pinned.getPlacement().overlaps(placement)
                && (pinned.isExclusive() || pinned.roomId().equals(placement.roomId()));
    }

    private static int mostOneAfterAnother(List<Placement> placements) {
        List<Placement> byEnd = placements.stream()
                .sorted(Comparator.comparingInt(Placement::endMinute))
                .toList();
        int count = 0;
        int end = Integer.MIN_VALUE;
        for (Placement placement : byEnd) {
            if (placement.startMinute() >= end) {
                count++;
                end = placement.endMinute();
            }
        }
        return count;
    }

    /** Warns when the parallel target cannot be met on average, and errs when even the maximum cannot. */
    private void parallelPolicy() {
        if (!programme.getPolicy().hasTarget() && !programme.getPolicy().hasMax()) {
            return;
        }
        // The periods in which workshops and their like run, and the sessions that must run in them.
        Set<Integer> regularPeriods = new LinkedHashSet<>();
        long minutes = 0;
        long sessionMinutes = 0;
        for (Session session : programme.getSessions()) {
            if (!session.isMandatory()) {
                continue;
            }
            List<Placement> placements =
                    session.isPinned() ? List.of(session.getPlacement()) : session.getPossiblePlacements();
            if (placements.isEmpty()) {
                continue;
            }
            sessionMinutes += placements.get(0).periods().stream()
                    .mapToInt(period -> period.minutes())
                    .sum();
            placements.forEach(placement -> placement.periods().forEach(period -> regularPeriods.add(period.index())));
        }
        for (Integer index : regularPeriods) {
            minutes += programme.getPeriods().get(index).minutes();
        }
        if (minutes == 0) {
            return;
        }
        double average = (double) sessionMinutes / minutes;
        if (programme.getPolicy().hasMax() && average > programme.getPolicy().maxParallel()) {
            problems.error(
                    "policy.maxParallel",
                    "the mandatory sessions need %.1f in parallel on average, above the maximum of %d"
                            .formatted(average, programme.getPolicy().maxParallel()));
        } else if (programme.getPolicy().hasTarget()
                && average > programme.getPolicy().targetParallel()) {
            problems.warning(
                    "policy.targetParallel",
                    ("the mandatory sessions need %.1f in parallel on average, above the target of %d, so the"
                                    + " target cannot be met everywhere")
                            .formatted(average, programme.getPolicy().targetParallel()));
        }
    }

    // ************************************************************************
    // Helpers
    // ************************************************************************

    private String path(Session session) {
        return path(session.getId());
    }

    private String path(String sessionId) {
        Integer index = sessionIndex.get(sessionId);
        return index == null ? "sessions" : "sessions[%d]".formatted(index);
    }

    private String personPath(Person person) {
        Integer index = personIndex.get(person.id());
        return index == null ? "people" : "people[%d]".formatted(index);
    }

    private static String ids(List<Session> sessions) {
        return sessions.stream().map(Session::getId).collect(Collectors.joining(", "));
    }
}
