package org.forumplan.model.analysis;

import ai.timefold.solver.core.api.score.analysis.ConstraintAnalysis;
import ai.timefold.solver.core.api.score.analysis.MatchAnalysis;
import ai.timefold.solver.core.api.score.analysis.ScoreAnalysis;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.forumplan.model.constraints.ForumConstraint;
import org.forumplan.model.constraints.justifications.ClashJustification;
import org.forumplan.model.constraints.justifications.ForumJustification;
import org.forumplan.model.constraints.justifications.ForumJustification.Span;
import org.forumplan.model.domain.Programme;
import org.forumplan.model.domain.Session;

/**
 * Explains a programme from its data: Timefold's score analysis (never a stored score) turned into constraints, matches
 * and sessions in words, plus why each optional proposal is out.
 */
public final class ProgrammeExplainer {

    private final ScoreExplainer scoreExplainer;

    /** With the shipped solver configuration: for a programme read from a file ({@code explain}, {@code report}). */
    public ProgrammeExplainer() {
        this(new ScoreExplainer());
    }

    /** With a solve's own score calculation ({@code ForumSolver.solutionManager()}). */
    public ProgrammeExplainer(SolutionManager<Programme, HardMediumSoftLongScore> solutionManager) {
        this(new ScoreExplainer(solutionManager));
    }

    private ProgrammeExplainer(ScoreExplainer scoreExplainer) {
        this.scoreExplainer = scoreExplainer;
    }

    /**
     * @param storedScore the score the schedule file claims, or null
     */
    public ProgrammeExplanation explain(Programme programme, String storedScore) {
        List<ConstraintExplanation> constraints = costs(programme);
        ProposalDiagnostics diagnostics = new ProposalDiagnostics(programme);
        List<ProposalDiagnosis> proposals = programme.getSessions().stream()
                .filter(session -> !session.isMandatory() && !session.isPlaced())
                .sorted(Comparator.comparingInt(Session::proposalValue)
                        .reversed()
                        .thenComparing(Session::getId))
                .map(diagnostics::diagnose)
                .toList();
        List<String> unscheduledMandatory = programme.getSessions().stream()
                .filter(session -> session.isMandatory() && !session.isPlaced())
                .map(Session::getId)
                .toList();
        HardMediumSoftLongScore score = programme.getScore();
        return new ProgrammeExplanation(
                programme.getForum().name(),
                score,
                storedScore,
                constraints,
                sessionCosts(programme, constraints),
                unscheduledMandatory,
                proposals,
                verdict(programme, score, constraints, proposals),
                SelectionReview.of(programme));
    }

    /**
     * The constraints that cost anything, worst first, each with its matches; also sets the programme's score. What a
     * solve's summary needs, without {@link #explain}'s diagnosis of every proposal left out.
     */
    public List<ConstraintExplanation> costs(Programme programme) {
        ScoreAnalysis<HardMediumSoftLongScore> analysis = scoreExplainer.analyze(programme);
        return analysis.constraintAnalyses().stream()
                .filter(constraint -> !constraint.score().isZero())
                .sorted(Comparator.comparing(ConstraintAnalysis<HardMediumSoftLongScore>::score))
                .map(ProgrammeExplainer::constraint)
                .toList();
    }

    /** One session in detail, from an explanation of its programme. */
    public static SessionExplanation explainSession(
            Programme programme, ProgrammeExplanation explanation, Session session) {
        List<ConstraintExplanation> involved = new ArrayList<>();
        HardMediumSoftLongScore cost = HardMediumSoftLongScore.ZERO;
        for (ConstraintExplanation constraint : explanation.constraints()) {
            List<MatchExplanation> own = constraint.matches().stream()
                    .filter(match -> match.sessionIds().contains(session.getId()))
                    .toList();
            if (!own.isEmpty()) {
                HardMediumSoftLongScore subtotal = own.stream()
                        .map(MatchExplanation::score)
                        .reduce(HardMediumSoftLongScore.ZERO, HardMediumSoftLongScore::add);
                cost = cost.add(subtotal);
                involved.add(new ConstraintExplanation(
                        constraint.code(), constraint.name(), constraint.level(), constraint.weight(), subtotal, own));
            }
        }
        // Worst for this session first, which need not be the forum's order (stable: ties keep it).
        involved.sort(Comparator.comparing(ConstraintExplanation::score));
        ProposalDiagnosis diagnosis = explanation.unscheduledProposals().stream()
                .filter(proposal -> proposal.sessionId().equals(session.getId()))
                .findFirst()
                .orElse(null);
        return new SessionExplanation(
                session.getId(),
                session.getTitle(),
                session.getKind().code(),
                session.isMandatory(),
                session.isPinned(),
                session.isMandatory() ? null : session.proposalValue(),
                session.isPlaced() ? session.getPlacement().describe() : null,
                session.getPossiblePlacements().size(),
                cost,
                involved,
                diagnosis);
    }

    private static ConstraintExplanation constraint(ConstraintAnalysis<HardMediumSoftLongScore> analysis) {
        String name = analysis.constraintRef().constraintName();
        ForumConstraint catalogued = ForumConstraint.byName(name).orElseThrow();
        List<MatchExplanation> matches = analysis.matches() == null
                ? List.of()
                : mergeAdjacent(analysis.matches()).stream()
                        .sorted(Comparator.comparing(MatchExplanation::score)
                                .thenComparing(MatchExplanation::description))
                        .toList();
        return new ConstraintExplanation(
                catalogued.code(), name, catalogued.level(), analysis.weight(), analysis.score(), matches);
    }

    /**
     * One line per clash in a stretch of time. A clash match holds a piece per period, and a timeslot starting inside a
     * clash (a flash slot inside a workshop slot) cuts it into several periods; the pieces about the same sessions and
     * the same thing are joined again here when they follow on.
     */
    private static List<MatchExplanation> mergeAdjacent(List<MatchAnalysis<HardMediumSoftLongScore>> matches) {
        Map<List<Object>, List<Timed>> byWhat = new LinkedHashMap<>();
        List<MatchExplanation> merged = new ArrayList<>();
        for (MatchAnalysis<HardMediumSoftLongScore> match : matches) {
            List<Timed> timed = timed(match);
            if (timed.isEmpty()) {
                merged.add(new MatchExplanation(
                        match.score(), sessionIds(match), match.justification().toString()));
            }
            for (Timed piece : timed) {
                byWhat.computeIfAbsent(
                                List.of(
                                        piece.about().sessionIds(),
                                        piece.about().what()),
                                key -> new ArrayList<>())
                        .add(piece);
            }
        }
        for (List<Timed> pieces : byWhat.values()) {
            pieces.sort(Comparator.comparingInt(piece -> piece.about().when().startMinute()));
            ForumJustification about = pieces.get(0).about();
            Span span = null;
            HardMediumSoftLongScore score = HardMediumSoftLongScore.ZERO;
            for (Timed piece : pieces) {
                if (span != null && span.isFollowedBy(piece.about().when())) {
                    span = new Span(span.startMinute(), piece.about().when().endMinute());
                    score = score.add(piece.score());
                } else {
                    if (span != null) {
                        merged.add(explanation(score, about, span));
                    }
                    span = piece.about().when();
                    score = piece.score();
                }
            }
            merged.add(explanation(score, about, span));
        }
        return merged;
    }

    /** A match's parts about a stretch of time, each with its score; none for a match about no particular time. */
    private static List<Timed> timed(MatchAnalysis<HardMediumSoftLongScore> match) {
        if (match.justification() instanceof ClashJustification clash) {
            return shares(match.score(), clash);
        }
        if (match.justification() instanceof ForumJustification justification && justification.when() != null) {
            return List.of(new Timed(match.score(), justification));
        }
        return List.of();
    }

    /**
     * A clash match's score split over its pieces by their units. Each piece gets the difference of two running
     * shares, so the pieces always add up to the match, exactly, whatever the weight.
     */
    private static List<Timed> shares(HardMediumSoftLongScore score, ClashJustification clash) {
        long total = clash.units();
        List<Timed> shares = new ArrayList<>();
        long unitsSoFar = 0;
        HardMediumSoftLongScore sharedSoFar = HardMediumSoftLongScore.ZERO;
        for (ClashJustification.Piece piece : clash.pieces()) {
            unitsSoFar += piece.units();
            HardMediumSoftLongScore upToHere = HardMediumSoftLongScore.of(
                    score.hardScore() * unitsSoFar / total,
                    score.mediumScore() * unitsSoFar / total,
                    score.softScore() * unitsSoFar / total);
            shares.add(new Timed(upToHere.subtract(sharedSoFar), piece.justification()));
            sharedSoFar = upToHere;
        }
        return shares;
    }

    private record Timed(HardMediumSoftLongScore score, ForumJustification about) {}

    private static MatchExplanation explanation(HardMediumSoftLongScore score, ForumJustification about, Span span) {
        return new MatchExplanation(score, about.sessionIds(), about.at(span).description());
    }

    private static List<String> sessionIds(MatchAnalysis<HardMediumSoftLongScore> match) {
        return match.justification() instanceof ForumJustification justification
                ? justification.sessionIds()
                : List.of();
    }

    private static List<SessionCost> sessionCosts(Programme programme, List<ConstraintExplanation> constraints) {
        Map<String, HardMediumSoftLongScore> scores = new LinkedHashMap<>();
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (ConstraintExplanation constraint : constraints) {
            for (MatchExplanation match : constraint.matches()) {
                for (String sessionId : match.sessionIds()) {
                    scores.merge(sessionId, match.score(), HardMediumSoftLongScore::add);
                    counts.merge(sessionId, 1, Integer::sum);
                }
            }
        }
        Map<String, Session> byId =
                programme.getSessions().stream().collect(Collectors.toMap(Session::getId, Function.identity()));
        return scores.entrySet().stream()
                .map(entry -> new SessionCost(
                        entry.getKey(),
                        byId.get(entry.getKey()).getTitle(),
                        entry.getValue(),
                        counts.get(entry.getKey())))
                .sorted(Comparator.comparing(SessionCost::score).thenComparing(SessionCost::sessionId))
                .toList();
    }

    private static String verdict(
            Programme programme,
            HardMediumSoftLongScore score,
            List<ConstraintExplanation> constraints,
            List<ProposalDiagnosis> proposals) {
        List<String> parts = new ArrayList<>();
        if (score.isFeasible()) {
            parts.add("Feasible: no hard constraint is broken");
        } else {
            parts.add("NOT feasible: "
                    + constraints.stream()
                            .filter(constraint -> constraint.score().hardScore() < 0)
                            .map(constraint -> "%s (%d)".formatted(constraint.name(), constraint.matchCount()))
                            .collect(Collectors.joining(", ", "hard constraints broken: ", "")));
        }
        long proposalsTotal = programme.getSessions().stream()
                .filter(session -> !session.isMandatory())
                .count();
        if (proposalsTotal > 0) {
            parts.add(
                    "%d of %d optional proposals placed".formatted(proposalsTotal - proposals.size(), proposalsTotal));
        }
        long soft = -score.softScore();
        if (soft > 0) {
            parts.add("the soft cost comes mainly from "
                    + constraints.stream()
                            .filter(constraint -> constraint.score().softScore() < 0)
                            .limit(3)
                            .map(constraint -> "%s (%d%%)"
                                    .formatted(
                                            constraint.name(),
                                            Math.round(
                                                    100.0 * -constraint.score().softScore() / soft)))
                            .collect(Collectors.joining(", ")));
        }
        return String.join("; ", parts) + ".";
    }
}
