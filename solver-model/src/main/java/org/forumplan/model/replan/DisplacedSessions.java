package org.forumplan.model.replan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.forumplan.model.domain.Period;
import org.forumplan.model.domain.Person;
import org.forumplan.model.domain.Placement;
import org.forumplan.model.domain.Policy;
import org.forumplan.model.domain.Precedence;
import org.forumplan.model.domain.Programme;
import org.forumplan.model.domain.Session;

/**
 * Finds a starting place for each mandatory session that has none, in a programme that otherwise starts where it was
 * announced: a free place if there is one, at its announced time if possible; otherwise the place of the optional
 * proposals that are cheapest to leave out, as a planner would.
 *
 * <p>Without this, re-planning a full forum starts with the displaced sessions on top of others (the construction
 * heuristic places them one at a time, so two can also take the one free place), and the search spends its first
 * seconds, and many announced sessions' places, undoing the clashes one random move at a time; where undoing a clash
 * takes two moves, the first of which breaks a hard constraint, the search never gets there (simulated annealing
 * accepts no such move). This is only the starting point: the solver may still find better.
 */
final class DisplacedSessions {

    /**
     * A mandatory session placed where optional proposals were, which now start unplaced.
     *
     * @param bumped the proposals it displaced, none when the place was free
     */
    record Bump(Session session, Placement placement, List<Session> bumped) {

        /** "WS12 takes ws-03, Tue 9 Jun 11:00-12:30 from proposal WS71 (value 80)". */
        String describe() {
            return "%s takes %s from %s"
                    .formatted(
                            session.getId(),
                            placement.describe(),
                            String.join(
                                    ", ",
                                    bumped.stream()
                                            .map(proposal -> "proposal %s (value %d)"
                                                    .formatted(proposal.getId(), proposal.proposalValue()))
                                            .toList()));
        }
    }

    private record Candidate(Placement placement, List<Session> occupants, long cost, boolean announcedTime) {}

    private final Programme programme;
    private final long announcedMoveCost;
    private final Map<String, List<Session>> byRoom = new HashMap<>();
    private final Map<Person, List<Session>> byPerson = new HashMap<>();
    private final Map<Period, Integer> load = new IdentityHashMap<>();
    private final Map<String, Session> byId = new HashMap<>();
    private final List<Session> exclusives = new ArrayList<>();

    private DisplacedSessions(Programme programme, long announcedMoveCost) {
        this.programme = programme;
        this.announcedMoveCost = announcedMoveCost;
        for (Session session : programme.getSessions()) {
            byId.put(session.getId(), session);
            if (session.isPlaced()) {
                add(session);
            }
        }
    }

    /**
     * Places each unplaced mandatory session, in a free place or in place of optional proposals, where that breaks no
     * rule the builder and this class can see (rooms, people, exclusive sessions, the parallel limit, precedence); the
     * cheapest such place by the medium costs of moving announced sessions and leaving proposals out. A session with
     * no such place is left to the solver.
     *
     * @param announcedMoveCost what moving an announced session in time costs on the medium level, and leaving an
     *     announced proposal out costs beyond its value
     * @return the places taken from proposals, in the order taken
     */
    static List<Bump> placeByBumping(Programme programme, long announcedMoveCost) {
        return new DisplacedSessions(programme, announcedMoveCost).placeAll();
    }

    private List<Bump> placeAll() {
        List<Session> waiting = programme.getSessions().stream()
                .filter(session -> session.isMandatory() && !session.isPinned() && !session.isPlaced())
                .sorted(Comparator.comparingInt(
                        (Session session) -> session.getPossiblePlacements().size()))
                .toList();
        List<Bump> bumps = new ArrayList<>();
        for (Session session : waiting) {
            List<Precedence> order = programme.getPrecedences().stream()
                    .filter(precedence -> precedence.earlierId().equals(session.getId())
                            || precedence.laterId().equals(session.getId()))
                    .toList();
            Candidate best = null;
            for (Placement placement : session.getPossiblePlacements()) {
                Candidate candidate = candidate(session, placement, order);
                if (candidate != null && (best == null || better(candidate, best))) {
                    best = candidate;
                }
            }
            if (best != null) {
                best.occupants().forEach(this::remove);
                best.occupants().forEach(occupant -> occupant.setPlacement(null));
                session.setPlacement(best.placement());
                add(session);
                if (!best.occupants().isEmpty()) {
                    bumps.add(new Bump(session, best.placement(), best.occupants()));
                }
            }
        }
        return bumps;
    }

    /** Cheaper first; then at the announced time; then free rather than taken; then the first found. */
    private static boolean better(Candidate candidate, Candidate best) {
        if (candidate.cost() != best.cost()) {
            return candidate.cost() < best.cost();
        }
        if (candidate.announcedTime() != best.announcedTime()) {
            return candidate.announcedTime();
        }
        return candidate.occupants().isEmpty() && !best.occupants().isEmpty();
    }

    /** The place with the proposals it would displace, or null if something else holds it. */
    private Candidate candidate(Session session, Placement placement, List<Precedence> order) {
        List<Session> occupants = new ArrayList<>();
        for (Session other : byRoom.getOrDefault(placement.roomId(), List.of())) {
            if (other.getPlacement().overlaps(placement)) {
                if (other.isPinned() || other.isMandatory()) {
                    return null;
                }
                occupants.add(other);
            }
        }
        if (peopleBusy(session, placement, occupants)
                || exclusiveClash(session, placement, occupants)
                || overLimit(placement, occupants)
                || precedenceBroken(session, placement, order)) {
            return null;
        }
        long cost = 0;
        for (Session occupant : occupants) {
            cost += occupant.proposalValue() + (occupant.getPublishedPlacement() != null ? announcedMoveCost : 0);
        }
        Placement announced = session.getPublishedPlacement();
        boolean announcedTime = announced != null
                && announced.startMinute() == placement.startMinute()
                && announced.endMinute() == placement.endMinute();
        if (announced != null && !announcedTime) {
            cost += announcedMoveCost;
        }
        return new Candidate(placement, occupants, cost, announcedTime);
    }

    private boolean peopleBusy(Session session, Placement placement, List<Session> occupants) {
        for (Person person : session.getPeople()) {
            for (Session other : byPerson.getOrDefault(person, List.of())) {
                if (other != session
                        && !occupants.contains(other)
                        && other.getPlacement().overlaps(placement)) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean exclusiveClash(Session session, Placement placement, List<Session> occupants) {
        List<Session> candidates = session.isExclusive()
                ? byRoom.values().stream().flatMap(List::stream).toList()
                : exclusives;
        return candidates.stream()
                .anyMatch(other ->
                        !occupants.contains(other) && other.getPlacement().overlaps(placement));
    }

    private boolean overLimit(Placement placement, List<Session> occupants) {
        Policy policy = programme.getPolicy();
        if (!policy.hasMax()) {
            return false;
        }
        for (Period period : placement.periods()) {
            long leaving = occupants.stream()
                    .filter(occupant -> occupant.getPlacement().periods().contains(period))
                    .count();
            if (load.getOrDefault(period, 0) - leaving + 1 > policy.maxParallel()) {
                return true;
            }
        }
        return false;
    }

    private boolean precedenceBroken(Session session, Placement placement, List<Precedence> order) {
        for (Precedence precedence : order) {
            if (precedence.earlierId().equals(session.getId())) {
                Session later = byId.get(precedence.laterId());
                if (later != null && later.isPlaced() && later.getPlacement().startMinute() < placement.endMinute()) {
                    return true;
                }
            } else if (precedence.laterId().equals(session.getId())) {
                Session earlier = byId.get(precedence.earlierId());
                if (earlier != null
                        && earlier.isPlaced()
                        && earlier.getPlacement().endMinute() > placement.startMinute()) {
                    return true;
                }
            }
        }
        return false;
    }

    private void add(Session session) {
        byRoom.computeIfAbsent(session.roomId(), unused -> new ArrayList<>()).add(session);
        session.getPeople()
                .forEach(person -> byPerson.computeIfAbsent(person, unused -> new ArrayList<>())
                        .add(session));
        session.periods().forEach(period -> load.merge(period, 1, Integer::sum));
        if (session.isExclusive()) {
            exclusives.add(session);
        }
    }

    private void remove(Session session) {
        byRoom.get(session.roomId()).remove(session);
        session.getPeople().forEach(person -> byPerson.get(person).remove(session));
        session.periods().forEach(period -> load.merge(period, -1, Integer::sum));
        exclusives.remove(session);
    }
}
