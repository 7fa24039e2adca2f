package org.forumplan.model.load;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BinaryOperator;
import org.forumplan.model.domain.Placement;
import org.forumplan.model.domain.Precedence;

/**
 * Narrows value ranges to what the precedences with pinned sessions allow: a session that must end before a pinned one
 * starts keeps only the placements that do, and so on along a chain of precedences (a session before one that must end
 * before a pin). The search then never places a best practice forum after its pinned wrap-up, a placement it could only
 * leave again by moving two sessions at once, which a search that never breaks a hard rule on the way cannot do.
 *
 * <p>A window that would leave a session no placement at all is not applied: the session keeps its range, and the
 * Precedence constraint says what is wrong with the dataset.
 */
final class PrecedenceWindows {

    private final Map<String, List<Placement>> possible;
    private final Map<String, List<String>> earlierOf = new HashMap<>();
    private final Map<String, List<String>> laterOf = new HashMap<>();
    private final Map<String, Integer> latestEnd = new HashMap<>();
    private final Map<String, Integer> earliestStart = new HashMap<>();

    private PrecedenceWindows(Map<String, List<Placement>> possible) {
        this.possible = possible;
    }

    /**
     * Replaces, in {@code possible}, the range of each unpinned session a precedence with a pinned session bounds.
     *
     * @param possible each session's possible placements by id; a pinned session's is its pin alone
     */
    static void narrow(
            List<Precedence> precedences, Map<String, Placement> pins, Map<String, List<Placement>> possible) {
        PrecedenceWindows windows = new PrecedenceWindows(possible);
        for (Precedence precedence : precedences) {
            windows.earlierOf
                    .computeIfAbsent(precedence.laterId(), id -> new ArrayList<>())
                    .add(precedence.earlierId());
            windows.laterOf
                    .computeIfAbsent(precedence.earlierId(), id -> new ArrayList<>())
                    .add(precedence.laterId());
        }
        windows.propagate(pins);
        possible.replaceAll((id, range) -> pins.containsKey(id) ? range : windows.within(id, range));
    }

    /**
     * Moves the bounds out from the pins along the precedences until nothing changes. A bound only ever tightens, to
     * a start or end of one of the session's placements, so this ends even on a cycle.
     */
    private void propagate(Map<String, Placement> pins) {
        Deque<String> changed = new ArrayDeque<>(pins.keySet());
        while (!changed.isEmpty()) {
            String id = changed.pop();
            Integer latestStart =
                    pins.containsKey(id) ? Integer.valueOf(pins.get(id).startMinute()) : latestStart(id);
            if (latestStart != null) {
                for (String earlier : earlierOf.getOrDefault(id, List.of())) {
                    if (!pins.containsKey(earlier) && tighten(latestEnd, earlier, latestStart, Math::min)) {
                        changed.push(earlier);
                    }
                }
            }
            Integer earliestEnd =
                    pins.containsKey(id) ? Integer.valueOf(pins.get(id).endMinute()) : earliestEnd(id);
            if (earliestEnd != null) {
                for (String later : laterOf.getOrDefault(id, List.of())) {
                    if (!pins.containsKey(later) && tighten(earliestStart, later, earliestEnd, Math::max)) {
                        changed.push(later);
                    }
                }
            }
        }
    }

    private static boolean tighten(Map<String, Integer> bounds, String id, int bound, BinaryOperator<Integer> tighter) {
        Integer before = bounds.get(id);
        Integer after = before == null ? Integer.valueOf(bound) : tighter.apply(before, bound);
        bounds.put(id, after);
        return !after.equals(before);
    }

    /** The latest start among the session's placements inside its window, or null when it has none. */
    private Integer latestStart(String id) {
        return within(id, possible.getOrDefault(id, List.of())).stream()
                .map(Placement::startMinute)
                .max(Integer::compare)
                .orElse(null);
    }

    /** The earliest end among the session's placements inside its window, or null when it has none. */
    private Integer earliestEnd(String id) {
        return within(id, possible.getOrDefault(id, List.of())).stream()
                .map(Placement::endMinute)
                .min(Integer::compare)
                .orElse(null);
    }

    /** The placements of the range inside the session's window; the whole range if none is. */
    private List<Placement> within(String id, List<Placement> range) {
        Integer end = latestEnd.get(id);
        Integer start = earliestStart.get(id);
        if (end == null && start == null) {
            return range;
        }
        List<Placement> inside = range.stream()
                .filter(placement -> end == null || placement.endMinute() <= end)
                .filter(placement -> start == null || placement.startMinute() >= start)
                .toList();
        return inside.isEmpty() ? range : inside;
    }
}
