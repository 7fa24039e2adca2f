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
        int free = 0;
        for (Placement place : proposal.getPossiblePlacements()) {
            Set<String> blockers = blockersAt(proposal, place, holders);
            if (blockers.isEmpty()) {
                free++;
                if (firstFree == null) {
                    firstFree = place;
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
        return new ProposalDiagnosis(
                proposal.getId(),
                proposal.getTitle(),
                proposal.proposalValue(),
                proposal.getEvaluation(),
                proposal.getPossiblePlacements().size(),
                free,
                blockerList,
                holderList,
                reason(proposal, free, firstFree, blockerList, holderList));
    }

    private Set<String> blockersAt(Session proposal, Placement place, Set<Session> holders) {
        Set<String> blockers = new LinkedHashSet<>();
        for (Session other : placed) {
            if (other == proposal || !other.getPlacement().overlaps(place)) {
                continue;
            }
            if (other.roomId().equals(place.roomId())) {
                blockers.add("room taken");
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

    private static String reason(
            Session proposal, int free, Placement firstFree, List<Blocker> blockers, List<Holder> holders) {
        int possible = proposal.getPossiblePlacements().size();
        if (possible == 0) {
            return "it fits nowhere: no room and timeslot host a %d-minute %s with its required features at a time"
                            .formatted(
                                    proposal.getDurationMinutes(),
                                    proposal.getKind().label())
                    + " when its room, its people and the session itself are available";
        }
        if (free > 0) {
            return "%d of its %d possible places would break no hard constraint (e.g. %s); a longer solve may place it"
                    .formatted(free, possible, firstFree.describe());
        }
        String why = blockers.stream()
                .map(blocker -> "%s (%d)".formatted(blocker.reason(), blocker.places()))
                .collect(Collectors.joining(", "));
        StringBuilder reason =
                new StringBuilder("all %d possible places are closed to it: %s".formatted(possible, why));
        long mandatory = holders.stream().filter(Holder::mandatory).count();
        List<Holder> higher = new ArrayList<>();
        List<Holder> lower = new ArrayList<>();
        for (Holder holder : holders) {
            if (!holder.mandatory()) {
                (holder.value() >= proposal.proposalValue() ? higher : lower).add(holder);
            }
        }
        if (!holders.isEmpty()) {
            reason.append("; its rooms and times are held by %d mandatory session%s"
                    .formatted(mandatory, mandatory == 1 ? "" : "s"));
            reason.append(" and %d proposal%s of equal or higher value%s"
                    .formatted(higher.size(), higher.size() == 1 ? "" : "s", named(higher)));
            if (!lower.isEmpty()) {
                reason.append(", and %d of lower value%s (swapping them in breaks another constraint)"
                        .formatted(lower.size(), named(lower)));
            }
        }
        return reason.toString();
    }

    private static String named(List<Holder> holders) {
        if (holders.isEmpty()) {
            return "";
        }
        String names = holders.stream()
                .limit(HOLDERS_NAMED)
                .map(holder -> holder.sessionId() + " " + holder.value())
                .collect(Collectors.joining(", "));
        return " (" + names + (holders.size() > HOLDERS_NAMED ? ", ..." : "") + ")";
    }
}
