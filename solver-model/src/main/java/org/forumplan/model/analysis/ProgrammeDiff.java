package org.forumplan.model.analysis;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.forumplan.model.analysis.ProgrammeDifference.ConstraintChange;
import org.forumplan.model.analysis.ProgrammeDifference.Move;
import org.forumplan.model.analysis.ProgrammeDifference.SessionChange;
import org.forumplan.model.constraints.ForumConstraint;
import org.forumplan.model.domain.Placement;
import org.forumplan.model.domain.Programme;
import org.forumplan.model.domain.Session;

/**
 * Compares two programmes of a forum session by session, matched by id, and their explanations constraint by
 * constraint. Placements are compared by room, start time and end time, not by timeslot id, so that two datasets with
 * renamed timeslots still compare by what a participant sees.
 */
public final class ProgrammeDiff {

    private ProgrammeDiff() {}

    /**
     * @param oldExplanation the explanation of {@code oldProgramme}, for its score per constraint
     * @param newExplanation the explanation of {@code newProgramme}
     */
    public static ProgrammeDifference compare(
            Programme oldProgramme,
            ProgrammeExplanation oldExplanation,
            Programme newProgramme,
            ProgrammeExplanation newExplanation) {
        Map<String, Session> oldSessions = byId(oldProgramme);
        Map<String, Session> newSessions = byId(newProgramme);
        List<Move> moved = new ArrayList<>();
        List<SessionChange> added = new ArrayList<>();
        List<SessionChange> removed = new ArrayList<>();
        List<SessionChange> newlyScheduled = new ArrayList<>();
        List<SessionChange> dropped = new ArrayList<>();
        int unchanged = 0;
        for (Session before : inOldTimeOrder(oldSessions)) {
            Session after = newSessions.get(before.getId());
            if (after == null) {
                removed.add(change(before));
            } else if (before.isPlaced() && !after.isPlaced()) {
                dropped.add(change(before));
            } else if (!before.isPlaced() && after.isPlaced()) {
                newlyScheduled.add(change(after));
            } else if (before.isPlaced() && !samePlace(before.getPlacement(), after.getPlacement())) {
                moved.add(move(before, after));
            } else {
                unchanged++;
            }
        }
        for (Session after : newSessions.values()) {
            if (!oldSessions.containsKey(after.getId())) {
                added.add(change(after));
            }
        }
        return new ProgrammeDifference(
                oldExplanation.score(),
                newExplanation.score(),
                unchanged,
                moved,
                added,
                removed,
                newlyScheduled,
                dropped,
                constraintChanges(oldExplanation, newExplanation));
    }

    /** Placed sessions by start and room, then the unplaced ones: a reviewer reads the moves through the days. */
    private static List<Session> inOldTimeOrder(Map<String, Session> sessions) {
        return sessions.values().stream()
                .sorted(Comparator.comparing((Session session) ->
                                session.isPlaced() ? session.getPlacement().startMinute() : Integer.MAX_VALUE)
                        .thenComparing(session -> session.isPlaced() ? session.roomId() : "")
                        .thenComparing(Session::getId))
                .toList();
    }

    private static Map<String, Session> byId(Programme programme) {
        return programme.getSessions().stream()
                .collect(Collectors.toMap(
                        Session::getId, Function.identity(), (first, second) -> first, LinkedHashMap::new));
    }

    private static boolean samePlace(Placement before, Placement after) {
        return sameRoom(before, after) && sameTime(before, after);
    }

    private static boolean sameRoom(Placement before, Placement after) {
        return before.roomId().equals(after.roomId());
    }

    private static boolean sameTime(Placement before, Placement after) {
        return before.startMinute() == after.startMinute() && before.endMinute() == after.endMinute();
    }

    private static Move move(Session before, Session after) {
        Placement from = before.getPlacement();
        Placement to = after.getPlacement();
        return new Move(
                after.getId(),
                after.getTitle(),
                from.describe(),
                to.describe(),
                !sameRoom(from, to),
                !sameTime(from, to));
    }

    private static SessionChange change(Session session) {
        return new SessionChange(
                session.getId(),
                session.getTitle(),
                session.getKind().code(),
                session.isMandatory(),
                session.isPlaced() ? session.getPlacement().describe() : null);
    }

    /** The constraints whose cost or number of matches changed, in the catalogue's order. */
    private static List<ConstraintChange> constraintChanges(
            ProgrammeExplanation oldExplanation, ProgrammeExplanation newExplanation) {
        List<ConstraintChange> changes = new ArrayList<>();
        for (ForumConstraint constraint : ForumConstraint.values()) {
            Optional<ConstraintExplanation> before = find(oldExplanation, constraint);
            Optional<ConstraintExplanation> after = find(newExplanation, constraint);
            HardMediumSoftLongScore oldScore =
                    before.map(ConstraintExplanation::score).orElse(HardMediumSoftLongScore.ZERO);
            HardMediumSoftLongScore newScore =
                    after.map(ConstraintExplanation::score).orElse(HardMediumSoftLongScore.ZERO);
            int oldMatches = before.map(ConstraintExplanation::matchCount).orElse(0);
            int newMatches = after.map(ConstraintExplanation::matchCount).orElse(0);
            if (!oldScore.equals(newScore) || oldMatches != newMatches) {
                changes.add(new ConstraintChange(
                        constraint.code(),
                        constraint.constraintName(),
                        constraint.level(),
                        oldScore,
                        newScore,
                        oldMatches,
                        newMatches));
            }
        }
        return changes;
    }

    private static Optional<ConstraintExplanation> find(ProgrammeExplanation explanation, ForumConstraint constraint) {
        return explanation.constraints().stream()
                .filter(candidate -> candidate.name().equals(constraint.constraintName()))
                .findFirst();
    }
}
