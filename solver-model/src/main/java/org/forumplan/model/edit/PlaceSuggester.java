package org.forumplan.model.edit;

import ai.timefold.solver.core.api.score.analysis.ConstraintAnalysis;
import ai.timefold.solver.core.api.score.analysis.MatchAnalysis;
import ai.timefold.solver.core.api.score.analysis.ScoreAnalysis;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.solver.RecommendedAssignment;
import ai.timefold.solver.core.api.solver.ScoreAnalysisFetchPolicy;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.constructionheuristic.ConstructionHeuristicPhaseConfig;
import ai.timefold.solver.core.config.solver.SolverConfig;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.forumplan.model.constraints.justifications.ClashJustification;
import org.forumplan.model.constraints.justifications.ForumJustification;
import org.forumplan.model.domain.Placement;
import org.forumplan.model.domain.Programme;
import org.forumplan.model.domain.Session;
import org.forumplan.model.edit.PlaceSuggestion.ConstraintChange;
import org.forumplan.model.solver.SolverSettings;

/**
 * The best places for one session in a programme, everything else staying where it is: Timefold's assignment
 * recommendation over the session's possible placements, each scored on the whole programme, and told as the change
 * from the programme as it is.
 *
 * <p>Timefold scores each place against the programme without the session; the change from now is that minus the
 * session's current place, scored the same way, so that a suggestion's score is exactly what the programme scores once
 * the session is moved there.
 */
public final class PlaceSuggester {

    private final SolutionManager<Programme, HardMediumSoftLongScore> solutionManager;

    /**
     * With the shipped constraints and a configuration of one construction heuristic phase, the form Timefold's
     * recommendation needs (it places the session as that phase would, at every value); the weights are the
     * programme's own.
     */
    public PlaceSuggester() {
        SolverConfig config = SolverConfig.createFromXmlResource(SolverSettings.SOLVER_CONFIG_RESOURCE)
                .withPhaseList(List.of(new ConstructionHeuristicPhaseConfig()));
        this.solutionManager = SolutionManager.create(SolverFactory.create(config));
    }

    /** How much a suggestion tells about the constraints whose cost changes. */
    public enum Detail {
        /** The score there only, no constraint named: the fastest, for many sessions at once. */
        SCORE(ScoreAnalysisFetchPolicy.FETCH_SHALLOW),
        /** Each constraint's change and the matches that come or go, in words. */
        REASONS(ScoreAnalysisFetchPolicy.FETCH_ALL);

        private final ScoreAnalysisFetchPolicy fetchPolicy;

        Detail(ScoreAnalysisFetchPolicy fetchPolicy) {
            this.fetchPolicy = fetchPolicy;
        }
    }

    /**
     * Every possible place for the session, best first (its current place among them, with no change), with the
     * reasons in words; the programme is left as it was.
     */
    public List<PlaceSuggestion> suggest(Programme programme, Session session) {
        return suggest(programme, session, Detail.REASONS);
    }

    /** As {@link #suggest(Programme, Session)}, telling as much as {@code detail} asks. */
    public List<PlaceSuggestion> suggest(Programme programme, Session session, Detail detail) {
        HardMediumSoftLongScore now = solutionManager.update(programme);
        Placement current = session.getPlacement();
        session.setPlacement(null);
        List<RecommendedAssignment<Placement, HardMediumSoftLongScore>> recommended;
        try {
            recommended =
                    solutionManager.recommendAssignment(programme, session, Session::getPlacement, detail.fetchPolicy);
        } finally {
            // The programme has no shadow variables: its placement and its score are all there is to put back.
            session.setPlacement(current);
            programme.setScore(now);
        }
        ScoreAnalysis<HardMediumSoftLongScore> currentDiff = current == null
                ? null
                : recommended.stream()
                        .filter(assignment -> assignment.proposition() == current)
                        .map(RecommendedAssignment::scoreAnalysisDiff)
                        .findFirst()
                        .orElseThrow(() -> new IllegalStateException(
                                session.getId() + "'s place is not among its possible placements"));
        // Each proposition's diff is from the programme without the session, which is now less the current place's
        // diff.
        HardMediumSoftLongScore without = currentDiff == null ? now : now.subtract(currentDiff.score());
        List<PlaceSuggestion> suggestions = new ArrayList<>();
        for (RecommendedAssignment<Placement, HardMediumSoftLongScore> assignment : recommended) {
            if (assignment.proposition() == null) {
                // Leaving the session out is unplace's business, not a place.
                continue;
            }
            HardMediumSoftLongScore score =
                    without.add(assignment.scoreAnalysisDiff().score());
            List<ConstraintChange> constraints = List.of();
            if (detail != Detail.SCORE) {
                constraints = constraintChanges(
                        currentDiff == null
                                ? assignment.scoreAnalysisDiff()
                                : assignment.scoreAnalysisDiff().diff(currentDiff));
            }
            suggestions.add(new PlaceSuggestion(assignment.proposition(), score, score.subtract(now), constraints));
        }
        suggestions.sort(Comparator.comparing(PlaceSuggestion::score).reversed());
        return suggestions;
    }

    /** An unplaced proposal in a placed one's place, the placed one left out. */
    public record Replacement(
            Session replaced, Placement placement, HardMediumSoftLongScore score, HardMediumSoftLongScore change) {}

    /**
     * For a proposal with no free place: the placed, unpinned optional proposal whose place it would best take, the
     * other then left out; empty when it can take none of theirs. The programme is left as it was.
     */
    public Optional<Replacement> bestReplacement(Programme programme, Session proposal) {
        HardMediumSoftLongScore now = solutionManager.update(programme);
        Placement own = proposal.getPlacement();
        Replacement best = null;
        for (Session placed : programme.getSessions()) {
            Placement place = placed.getPlacement();
            if (placed == proposal
                    || place == null
                    || placed.isPinned()
                    || placed.isMandatory()
                    || !proposal.getPossiblePlacements().contains(place)) {
                continue;
            }
            placed.setPlacement(null);
            proposal.setPlacement(place);
            HardMediumSoftLongScore score;
            try {
                score = solutionManager.update(programme);
            } finally {
                placed.setPlacement(place);
                proposal.setPlacement(own);
            }
            if (best == null || score.compareTo(best.score()) > 0) {
                best = new Replacement(placed, place, score, score.subtract(now));
            }
        }
        solutionManager.update(programme);
        return Optional.ofNullable(best);
    }

    private static List<ConstraintChange> constraintChanges(ScoreAnalysis<HardMediumSoftLongScore> change) {
        return change.constraintAnalyses().stream()
                .filter(constraint -> !constraint.score().isZero())
                .sorted(Comparator.comparing(ConstraintAnalysis<HardMediumSoftLongScore>::score))
                .map(constraint ->
                        new ConstraintChange(constraint.constraintName(), constraint.score(), reasons(constraint)))
                .toList();
    }

    /**
     * The matches that come (a cost) or go (a saving), in words; a clash is one match per room, person or topic with a
     * piece per period, so only the pieces that differ are told.
     */
    private static List<String> reasons(ConstraintAnalysis<HardMediumSoftLongScore> constraint) {
        if (constraint.matches() == null) {
            return List.of();
        }
        List<String> coming = new ArrayList<>();
        List<String> going = new ArrayList<>();
        for (MatchAnalysis<HardMediumSoftLongScore> match : constraint.matches()) {
            List<String> side = match.score().compareTo(HardMediumSoftLongScore.ZERO) < 0 ? coming : going;
            if (match.justification() instanceof ForumJustification justification) {
                side.add(describe(justification));
            } else if (match.justification() instanceof ClashJustification clash) {
                clash.pieces().forEach(piece -> side.add(describe(piece.justification())));
            }
        }
        List<String> reasons = new ArrayList<>();
        coming.stream().filter(reason -> !going.remove(reason)).forEach(reasons::add);
        going.forEach(reason -> reasons.add("no longer: " + reason));
        return reasons;
    }

    private static String describe(ForumJustification justification) {
        return justification.when() == null
                ? justification.what()
                : justification.what() + ", " + justification.when().describe();
    }
}
