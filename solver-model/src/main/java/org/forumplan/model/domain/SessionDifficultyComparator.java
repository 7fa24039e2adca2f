package org.forumplan.model.domain;

import java.util.Comparator;

/**
 * Orders sessions from easiest to hardest to place; the construction heuristic places the hardest first. Hardest:
 * mandatory sessions, then those with the fewest possible placements, then those with the most people (each a possible
 * conflict), then the most valuable proposals. Pinned sessions are never placed by the solver at all.
 */
public class SessionDifficultyComparator implements Comparator<Session> {

    private static final Comparator<Session> ASCENDING_DIFFICULTY = Comparator.comparing(Session::isMandatory)
            .thenComparing(Comparator.comparingInt(
                            (Session session) -> session.getPossiblePlacements().size())
                    .reversed())
            .thenComparingInt(session -> session.getPeople().size())
            .thenComparingInt(Session::proposalValue)
            .thenComparing(Session::getId, Comparator.reverseOrder());

    @Override
    public int compare(Session left, Session right) {
        return ASCENDING_DIFFICULTY.compare(left, right);
    }
}
