package org.forumplan.model.constraints.justifications;

import ai.timefold.solver.core.api.score.stream.ConstraintJustification;
import java.util.List;
import java.util.stream.Collectors;
import org.forumplan.model.domain.Period;
import org.forumplan.model.domain.Session;
import org.forumplan.model.domain.SessionFacet;

/**
 * Why the sessions sharing a facet (a room, a person, a topic, ...) clash: a piece for each period in which two or more
 * of them run. The clash constraints score all of a facet's clashes as one match, which a move updates far more cheaply
 * than a match per period; explanations list the pieces, each with its share of the match's score.
 *
 * @param pieces the clashes, earliest first
 */
public record ClashJustification(List<Piece> pieces)
        implements ConstraintJustification, Comparable<ClashJustification> {

    /**
     * One period's clash.
     *
     * @param justification the sessions running then and what they share
     * @param units its part of the match's penalty before the weight: its pairs of sessions times its minutes
     */
    public record Piece(ForumJustification justification, long units) {

        /**
         * The sessions sharing a facet that run in a period: "WS1 and WS2 both with Alice Aydın (p-alice)", with the
         * period.
         */
        public static Piece of(SessionFacet facet, Period period, List<Session> sessions, long units) {
            return new Piece(ForumJustification.sharedPeriod(sessions, facet, period), units);
        }
    }

    public ClashJustification {
        if (pieces.isEmpty()) {
            throw new IllegalArgumentException("A clash has at least one piece.");
        }
        pieces = List.copyOf(pieces);
    }

    /** The match's penalty before the weight: the sum of the pieces' units. */
    public long units() {
        return pieces.stream().mapToLong(Piece::units).sum();
    }

    @Override
    public int compareTo(ClashJustification other) {
        int byText = toString().compareTo(other.toString());
        return byText != 0 ? byText : Long.compare(units(), other.units());
    }

    @Override
    public String toString() {
        return pieces.stream().map(piece -> piece.justification().description()).collect(Collectors.joining("; "));
    }
}
