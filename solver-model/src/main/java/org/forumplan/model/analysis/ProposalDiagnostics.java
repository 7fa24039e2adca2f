package org.forumplan.model.analysis;

import java.util.ArrayList;
import java.util.Comparator;
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
 */
final class ProposalDiagnostics {

    private static final int HOLDERS_NAMED = 5;
    private static final String ROOM_TAKEN = "room taken";

    private final Programme programme;
    private final List<Session> placed;
    private final Map<Period, Integer> sessionsPerPeriod = new LinkedHashMap<>();

    ProposalDiagnostics(Programme programme) {
        this.programme = programme;
        this.placed = programme.getSessions().stream().filter(Session::isPlaced).toList();
        for (Session session : placed) {
            for (Period period : session.periods()) {
                sessionsPerPeriod.merge(period, 1, Integer::sum);
            }
        }
    }

    ProposalDiagnosis diagnose(Session proposal) {
        Map<String, Integer> blockerCounts = new LinkedHashMap<>();
        Set<Session> holders = new LinkedHashSet<>();
        Placement firstFree = null;
        Placement firstReplaceable = null;
        Session replaceable = null;
        int free = 0;
        for (Placement place : proposal.getPossiblePlacements()) {
            Set<Session> holdersHere = new LinkedHashSet<>();
            Set<String> blockers = blockersAt(proposal, place, holdersHere);
            holders.addAll(holdersHere);
            if (blockers.isEmpty()) {
                free++;
                if (firstFree == null) {
                    firstFree = place;
                }
            } else if (firstReplaceable == null && blockers.equals(Set.of(ROOM_TAKEN)) && holdersHere.size() == 1) {
                Session holder = holdersHere.iterator().next();
                if (!holder.isMandatory() && holder.proposalValue() < proposal.proposalValue()) {
                    firstReplaceable = place;
                    replaceable = holder;
                }
            }
            blockers.forEach(blocker -> blockerCounts.merge(blocker, 1, Integer::sum));
        }
        List<Holder> holderList = holders.stream()
                .sorted(Comparator.comparing(Session::isMandatory)
                        .reversed()
                        .thenComparing(
                                Comparator.comparingInt(Session::proposalValue).reversed())
                        .thenComparing(Session::getId))
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
                holderList,
                reason);
    }

    private Set<String> blockersAt(Session proposal, Placement place, Set<Session> holders) {
        Set<String> blockers = new LinkedHashSet<>();
        for (Session other : placed) {
            if (other == proposal || !other.getPlacement().overlaps(place)) {
                continue;
            }
            if (other.roomId().equals(place.roomId())) {
                blockers.add(ROOM_TAKEN);
                holders.add(other);
            }
            if (other.sharedPeopleCount(proposal) > 0) {
                blockers.add("a person of it busy in another session");
            }
            if (other.isExclusive() || proposal.isExclusive()) {
                blockers.add("an exclusive session at that time");
            }
        }
        if (programme.getPolicy().hasMax()) {
            for (Period period : place.periods()) {
                if (sessionsPerPeriod.getOrDefault(period, 0)
                        >= programme.getPolicy().maxParallel()) {
                    blockers.add("the parallel limit reached");
                    break;
                }
            }
        }
        for (Precedence precedence : programme.getPrecedences()) {
            Session other = null;
            boolean proposalFirst = precedence.earlierId().equals(proposal.getId());
            if (proposalFirst || precedence.laterId().equals(proposal.getId())) {
                String otherId = proposalFirst ? precedence.laterId() : precedence.earlierId();
                other = placed.stream()
                        .filter(session -> session.getId().equals(otherId))
                        .findFirst()
                        .orElse(null);
            }
            if (other != null) {
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
