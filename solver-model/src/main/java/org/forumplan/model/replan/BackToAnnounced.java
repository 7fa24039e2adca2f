package org.forumplan.model.replan;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.forumplan.model.domain.Placement;
import org.forumplan.model.domain.Programme;
import org.forumplan.model.domain.Session;

/**
 * After a re-planning solve, puts announced sessions back where they were announced when that makes the score better:
 * into their announced place if it is free, or by trading places with the one session that holds it.
 *
 * <p>Why: the search drifts. Simulated annealing accepts moves that cost soft points, more readily the earlier in the
 * solve, and room changes of announced sessions are such moves; the search then climbs back only slowly. The best
 * schedule it keeps can so hold announced sessions in other rooms that nothing required to move. This pass undoes that
 * drift, one move at a time, each kept only if the whole score, recomputed, gets better.
 *
 * <p>Each trial recomputes the whole score, with the solve's own score calculation (its solver configuration; the
 * weights are the programme's), which takes longer the larger the forum (about 10 ms for IGF 2014's 146 sessions, 150
 * ms for 4,000), so the number of trials is bounded by the forum's size: some 15 seconds at most on this project's
 * 2-core machine, and the same trials on any machine, so that a solve with a seed and a step or move limit stays
 * reproducible. A stop (Ctrl-C) ends it between two trials.
 *
 * <p>It is not a Timefold phase: Timefold starts no phase after the solve's own limit is reached, so a phase after the
 * local search would need every limit moved onto the search phase, and a local search of these moves with hill climbing,
 * which Timefold ends with an error when a step accepts none; see benchmarks/README.md, "Putting announced sessions
 * back".
 */
public final class BackToAnnounced {

    /**
     * What the pass did.
     *
     * @param restored the ids of the sessions put back, in the order done
     * @param complete false when the pass stopped (at its bound of trials, or asked to) with sessions still to try
     */
    public record Restoration(List<String> restored, boolean complete) {}

    /** Passes over the moved sessions; each pass can only make the score better, and the first does nearly all. */
    private static final int MAX_PASSES = 3;

    /** Trials times sessions: as much work as 500 trials on a forum of 1,000 sessions, about 15 s. */
    private static final int TRIAL_SESSIONS = 500_000;

    private static final int MIN_TRIALS = 40;

    private final SolutionManager<Programme, HardMediumSoftLongScore> solutionManager;

    /**
     * @param solutionManager the solve's own ({@code ForumSolver.solutionManager()})
     */
    public BackToAnnounced(SolutionManager<Programme, HardMediumSoftLongScore> solutionManager) {
        this.solutionManager = solutionManager;
    }

    /**
     * Moves announced sessions back in place, changing the programme, and sets its score.
     *
     * @param stopped whether to stop (Ctrl-C), asked before each trial
     */
    public Restoration restore(Programme programme, BooleanSupplier stopped) {
        List<String> restored = new ArrayList<>();
        HardMediumSoftLongScore score = solutionManager.update(programme);
        int trialsLeft = Math.max(
                MIN_TRIALS, TRIAL_SESSIONS / Math.max(1, programme.getSessions().size()));
        // A later pass tries again only the sessions whose times saw a change in the pass before.
        Set<Integer> changedTimes = null;
        for (int pass = 0; pass < MAX_PASSES; pass++) {
            int before = restored.size();
            Set<Integer> changedNow = new HashSet<>();
            for (Session session : programme.getSessions()) {
                if (!isAway(session) || (changedTimes != null && !touches(session, changedTimes))) {
                    continue;
                }
                List<Session> holders = holdersOfAnnouncedPlace(programme, session);
                // A place several sessions now share is not one trade away.
                if (holders.size() <= 1) {
                    if (trialsLeft-- == 0 || stopped.getAsBoolean()) {
                        return new Restoration(List.copyOf(restored), false);
                    }
                    Session holder = holders.isEmpty() ? null : holders.get(0);
                    int leaving = session.getPlacement().startMinute();
                    HardMediumSoftLongScore improved = tryBack(programme, session, holder, score);
                    if (improved != null) {
                        score = improved;
                        changedNow.add(leaving);
                        changedNow.add(session.getPublishedPlacement().startMinute());
                        restored.add(session.getId());
                        if (holder != null && holder.getPlacement() == holder.getPublishedPlacement()) {
                            restored.add(holder.getId());
                        }
                    }
                }
            }
            if (restored.size() == before) {
                break;
            }
            changedTimes = changedNow;
        }
        return new Restoration(List.copyOf(restored), true);
    }

    /** Whether the session is now, or was announced, at one of the times. */
    private static boolean touches(Session session, Set<Integer> startMinutes) {
        return startMinutes.contains(session.getPlacement().startMinute())
                || startMinutes.contains(session.getPublishedPlacement().startMinute());
    }

    /** Announced, movable, placed, and not at its announced place, which it could take. */
    private static boolean isAway(Session session) {
        Placement announced = session.getPublishedPlacement();
        return announced != null
                && !session.isPinned()
                && session.isPlaced()
                && session.getPlacement() != announced
                && session.getPossiblePlacements().contains(announced);
    }

    /** The sessions in the room of the session's announced place at that time. */
    private static List<Session> holdersOfAnnouncedPlace(Programme programme, Session session) {
        Placement announced = session.getPublishedPlacement();
        return programme.getSessions().stream()
                .filter(other -> other != session
                        && other.isPlaced()
                        && other.roomId().equals(announced.roomId())
                        && other.getPlacement().overlaps(announced))
                .toList();
    }

    /**
     * The better score after putting the session back, trading places with the holder of its announced place if there is
     * one, or null (and nothing changed) if that is not better.
     *
     * @param holder the session holding the announced place, or null if it is free
     */
    private HardMediumSoftLongScore tryBack(
            Programme programme, Session session, Session holder, HardMediumSoftLongScore score) {
        Placement announced = session.getPublishedPlacement();
        Placement current = session.getPlacement();
        if (holder != null
                && (holder.isPinned() || !holder.getPossiblePlacements().contains(current))) {
            return null;
        }
        Placement holderPlacement = holder == null ? null : holder.getPlacement();
        session.setPlacement(announced);
        if (holder != null) {
            holder.setPlacement(current);
        }
        HardMediumSoftLongScore changed = solutionManager.update(programme);
        if (changed.compareTo(score) > 0) {
            return changed;
        }
        session.setPlacement(current);
        if (holder != null) {
            holder.setPlacement(holderPlacement);
        }
        programme.setScore(score);
        return null;
    }
}
