package org.forumplan.model.analysis;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.forumplan.model.analysis.ProposalDiagnosis.Blocker;
import org.forumplan.model.analysis.ProposalDiagnosis.Holder;
import org.forumplan.model.domain.Period;
import org.forumplan.model.domain.Placement;
import org.forumplan.model.domain.Precedence;
import org.forumplan.model.domain.Programme;
import org.forumplan.model.domain.Session;

/**
 * Says why an optional proposal is out: for each place it could take, what stands in the way (a session already in the
 * room, one of its people busy, an exclusive session, the parallel limit, an order it must keep), and who holds those
 * places.
 *
 * <p>Indexed so that a forum of thousands of proposals is diagnosed in about a second: the placed sessions are grouped
 * by period (two placements overlap exactly when they share a period) and by id, the precedences by session. For each
 * proposal, what stands in the way at a period whatever the room is worked out once per period ({@link PeriodBlockers}),
 * then each place reads its periods and looks its room up, instead of scanning every placed session per place.
 */
final class ProposalDiagnostics {

    private static final int HOLDERS_NAMED = 5;
    private static final String ROOM_TAKEN = "room taken";
    private static final String PERSON_BUSY = "a person of it busy in another session";
    private static final String EXCLUSIVE = "an exclusive session at that time";
    private static final String PARALLEL_LIMIT = "the parallel limit reached";

    private final Programme programme;
    private final Map<Period, List<Session>> placedByPeriod = new HashMap<>();
    private final Map<String, Session> placedById = new HashMap<>();
    private final Map<String, List<Precedence>> precedencesBySession = new HashMap<>();
    /** The placed sessions in the order holders are listed, sorted once rather than once per proposal. */
    private final List<Session> placedInHolderOrder;

    private final Map<Session, Integer> holderRank = new IdentityHashMap<>();

    ProposalDiagnostics(Programme programme) {
        this.programme = programme;
        for (Session session : programme.getSessions()) {
            if (session.isPlaced()) {
                placedById.put(session.getId(), session);
                for (Period period : session.periods()) {
                    placedByPeriod
                            .computeIfAbsent(period, key -> new ArrayList<>())
                            .add(session);
                }
            }
        }
        placedInHolderOrder = placedById.values().stream()
                .sorted(Comparator.comparing(Session::isMandatory)
                        .reversed()
                        .thenComparing(
                                Comparator.comparingInt(Session::proposalValue).reversed())
                        .thenComparing(Session::getId))
                .toList();
        for (int rank = 0; rank < placedInHolderOrder.size(); rank++) {
            holderRank.put(placedInHolderOrder.get(rank), rank);
        }
        for (Precedence precedence : programme.getPrecedences()) {
            precedencesBySession
                    .computeIfAbsent(precedence.earlierId(), key -> new ArrayList<>())
                    .add(precedence);
            precedencesBySession
                    .computeIfAbsent(precedence.laterId(), key -> new ArrayList<>())
                    .add(precedence);
        }
    }

    /** What stands in the way of one proposal at one period: the room-independent blockers, and who holds each room. */
    private record PeriodBlockers(Set<String> blockers, Map<String, List<Session>> holdersByRoom) {}

    ProposalDiagnosis diagnose(Session proposal) {
        Map<String, Integer> blockerCounts = new LinkedHashMap<>();
        BitSet holders = new BitSet(placedInHolderOrder.size());
        Placement firstFree = null;
        Placement firstReplaceable = null;
        Session replaceable = null;
        int free = 0;
        Map<Period, PeriodBlockers> byPeriod = new HashMap<>();
        // Places that differ only in their room share every blocker but the room: worked out once per time.
        Map<List<Period>, Set<String>> byTime = new HashMap<>();
        for (Placement place : proposal.getPossiblePlacements()) {
            Set<String> timeBlockers =
                    byTime.computeIfAbsent(place.periods(), periods -> blockersAt(proposal, place, periods, byPeriod));
            Collection<Session> holdersHere = holdersAt(place, byPeriod);
            holdersHere.forEach(holder -> holders.set(holderRank.get(holder)));
            if (!holdersHere.isEmpty()) {
                blockerCounts.merge(ROOM_TAKEN, 1, Integer::sum);
            }
            timeBlockers.forEach(blocker -> blockerCounts.merge(blocker, 1, Integer::sum));
            if (holdersHere.isEmpty() && timeBlockers.isEmpty()) {
                free++;
                if (firstFree == null) {
                    firstFree = place;
                }
            } else if (firstReplaceable == null && timeBlockers.isEmpty() && holdersHere.size() == 1) {
                Session holder = holdersHere.iterator().next();
                if (!holder.isMandatory() && holder.proposalValue() < proposal.proposalValue()) {
                    firstReplaceable = place;
                    replaceable = holder;
                }
            }
        }
        List<Holder> holderList = holders.stream()
                .mapToObj(placedInHolderOrder::get)
                .map(holder -> new Holder(
                        holder.getId(), holder.isMandatory(), holder.isMandatory() ? null : holder.proposalValue()))
                .toList();
        List<Blocker> blockerList = blockerCounts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .map(entry -> new Blocker(entry.getKey(), entry.getValue()))
                .toList();
        String reason;
        if (proposal.getPossiblePlacements().isEmpty()) {
            reason = nowhere(proposal);
        } else if (free > 0) {
            reason =
                    "%d of its %d possible places would break no hard constraint (e.g. %s); a longer solve may place it"
                            .formatted(free, proposal.getPossiblePlacements().size(), firstFree.describe());
        } else if (replaceable != null) {
            reason = ("it could take the place of %s (value %d) at %s, which nothing else stands in the way of;"
                            + " a longer solve may swap them")
                    .formatted(replaceable.getId(), replaceable.proposalValue(), firstReplaceable.describe());
        } else {
            reason = closed(proposal, blockerList, holderList);
        }
        return new ProposalDiagnosis(
                proposal.getId(),
                proposal.getTitle(),
                proposal.proposalValue(),
                proposal.getEvaluation(),
                proposal.getPossiblePlacements().size(),
                free,
                blockerList,
                mostTelling(proposal, holderList),
                holderList.size(),
                reason);
    }

    /**
     * The holders a reader can act on, as the reason names them: up to {@value #HOLDERS_NAMED} mandatory sessions, of
     * equal or higher value, and of lower value. In a dense forum every proposal has hundreds of holders; listing them
     * all made {@code explain --format json} of a 4,000-session forum 150 MB.
     */
    private static List<Holder> mostTelling(Session proposal, List<Holder> holders) {
        Map<Integer, Integer> perGroup = new HashMap<>();
        return holders.stream()
                .filter(holder -> perGroup.merge(group(proposal, holder), 1, Integer::sum) <= HOLDERS_NAMED)
                .toList();
    }

    /** 0 mandatory, 1 of equal or higher value, 2 of lower value: the groups the reason names apart. */
    private static int group(Session proposal, Holder holder) {
        if (holder.mandatory()) {
            return 0;
        }
        return holder.value() >= proposal.proposalValue() ? 1 : 2;
    }

    /** The sessions in the place's room while it runs, each once. */
    private static Collection<Session> holdersAt(Placement place, Map<Period, PeriodBlockers> byPeriod) {
        List<Period> periods = place.periods();
        if (periods.size() == 1) {
            return byPeriod.get(periods.get(0)).holdersByRoom().getOrDefault(place.roomId(), List.of());
        }
        Set<Session> holders = new LinkedHashSet<>();
        for (Period period : periods) {
            holders.addAll(byPeriod.get(period).holdersByRoom().getOrDefault(place.roomId(), List.of()));
        }
        return holders;
    }

    /** What stands in the way at the place's time, whatever its room: people, exclusive sessions, limit, order. */
    private Set<String> blockersAt(
            Session proposal, Placement place, List<Period> periods, Map<Period, PeriodBlockers> byPeriod) {
        Set<String> blockers = new LinkedHashSet<>();
        for (Period period : periods) {
            blockers.addAll(byPeriod.computeIfAbsent(period, key -> blockersAt(proposal, key))
                    .blockers());
        }
        for (Precedence precedence : precedencesBySession.getOrDefault(proposal.getId(), List.of())) {
            boolean proposalFirst = precedence.earlierId().equals(proposal.getId());
            Session other = placedById.get(proposalFirst ? precedence.laterId() : precedence.earlierId());
            if (other != null && other != proposal) {
                boolean inOrder = proposalFirst
                        ? place.endMinute() <= other.getPlacement().startMinute()
                        : other.getPlacement().endMinute() <= place.startMinute();
                if (!inOrder) {
                    blockers.add("must come " + (proposalFirst ? "before " : "after ") + other.getId());
                }
            }
        }
        return blockers;
    }

    private PeriodBlockers blockersAt(Session proposal, Period period) {
        Set<String> blockers = new LinkedHashSet<>();
        Map<String, List<Session>> holdersByRoom = new HashMap<>();
        List<Session> running = placedByPeriod.getOrDefault(period, List.of());
        for (Session other : running) {
            if (other == proposal) {
                continue;
            }
            holdersByRoom
                    .computeIfAbsent(other.roomId(), key -> new ArrayList<>())
                    .add(other);
            if (other.sharedPeopleCount(proposal) > 0) {
                blockers.add(PERSON_BUSY);
            }
            if (other.isExclusive() || proposal.isExclusive()) {
                blockers.add(EXCLUSIVE);
            }
        }
        if (programme.getPolicy().hasMax()
                && running.size() >= programme.getPolicy().maxParallel()) {
            blockers.add(PARALLEL_LIMIT);
        }
        return new PeriodBlockers(blockers, holdersByRoom);
    }

    private static String nowhere(Session proposal) {
        return "it fits nowhere: no room and timeslot host a %d-minute %s with its required features at a time"
                        .formatted(
                                proposal.getDurationMinutes(),
                                proposal.getKind().label())
                + " when its room, its people and the session itself are available";
    }

    private static String closed(Session proposal, List<Blocker> blockers, List<Holder> holders) {
        String why = blockers.stream()
                .map(blocker -> "%s (%d)".formatted(blocker.reason(), blocker.places()))
                .collect(Collectors.joining(", "));
        StringBuilder reason = new StringBuilder("all %d possible places are closed to it: %s"
                .formatted(proposal.getPossiblePlacements().size(), why));
        List<Holder> mandatory = holders.stream().filter(Holder::mandatory).toList();
        List<Holder> higher = new ArrayList<>();
        List<Holder> lower = new ArrayList<>();
        for (Holder holder : holders) {
            if (!holder.mandatory()) {
                (holder.value() >= proposal.proposalValue() ? higher : lower).add(holder);
            }
        }
        List<String> held = new ArrayList<>();
        if (!mandatory.isEmpty()) {
            held.add("%d mandatory session%s%s"
                    .formatted(mandatory.size(), mandatory.size() == 1 ? "" : "s", named(mandatory)));
        }
        if (!higher.isEmpty()) {
            held.add("%d proposal%s of equal or higher value%s"
                    .formatted(higher.size(), higher.size() == 1 ? "" : "s", named(higher)));
        }
        if (!lower.isEmpty()) {
            held.add("%d of lower value%s, whose places it cannot take without breaking another hard constraint"
                    .formatted(lower.size(), named(lower)));
        }
        if (!held.isEmpty()) {
            reason.append("; its rooms and times are held by ").append(String.join(", ", held));
        }
        return reason.toString();
    }

    private static String named(List<Holder> holders) {
        if (holders.isEmpty()) {
            return "";
        }
        String names = holders.stream()
                .limit(HOLDERS_NAMED)
                .map(holder -> holder.mandatory() ? holder.sessionId() : holder.sessionId() + " " + holder.value())
                .collect(Collectors.joining(", "));
        return " (" + names + (holders.size() > HOLDERS_NAMED ? ", ..." : "") + ")";
    }
}
