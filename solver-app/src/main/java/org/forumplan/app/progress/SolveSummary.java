package org.forumplan.app.progress;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import java.io.PrintWriter;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.forumplan.app.explain.ScoreText;
import org.forumplan.model.analysis.ConstraintExplanation;
import org.forumplan.model.domain.Programme;
import org.forumplan.model.domain.Session;
import org.forumplan.model.domain.SessionKind;
import org.forumplan.model.solver.SolveOutcome;

/** The summary printed after a solve: the score per level, sessions by kind, and what costs most. */
public final class SolveSummary {

    private static final int COSTLIEST_SHOWN = 5;

    private SolveSummary() {}

    /** Hard violations listed one by one when a schedule is not feasible, at most this many. */
    private static final int HARD_MATCHES_SHOWN = 20;

    /**
     * @param costs the constraints that cost anything, worst first ({@code ProgrammeExplainer.costs})
     */
    public static void print(
            PrintWriter out, String datasetName, SolveOutcome outcome, List<ConstraintExplanation> costs) {
        Programme best = outcome.best();
        HardMediumSoftLongScore score = best.getScore();
        out.printf(
                Locale.ROOT,
                "%s %s in %.1fs%s; %,d score calculations (%,d/s)%n",
                outcome.interrupted() ? "Interrupted" : "Solved",
                datasetName,
                outcome.timeSpent().toMillis() / 1000.0,
                outcome.timeToFeasible() == null
                        ? ", no feasible schedule found"
                        : String.format(
                                Locale.ROOT,
                                ", first feasible at %.1fs",
                                outcome.timeToFeasible().toMillis() / 1000.0),
                outcome.scoreCalculationCount(),
                outcome.scoreCalculationSpeed());
        out.println();
        out.printf("Score %s: %s%n", score, verdict(score));
        out.printf("  hard   %,d   (rules that make a programme impossible)%n", score.hardScore());
        out.printf("  medium %,d   (the best proposals placed, announced sessions kept)%n", score.mediumScore());
        out.printf("  soft   %,d   (quality for participants)%n", score.softScore());
        out.println();
        printSessionsByKind(out, best);
        out.println();
        if (costs.isEmpty()) {
            out.println("No constraint costs anything.");
        } else {
            out.println("Costliest constraints:");
            costs.stream()
                    .limit(COSTLIEST_SHOWN)
                    .forEach(cost -> out.printf(
                            "  %-34s %-14s %,d match%s%n",
                            cost.name(),
                            ScoreText.compact(cost.score()),
                            cost.matchCount(),
                            cost.matchCount() == 1 ? "" : "es"));
        }
        if (!score.isFeasible()) {
            printHardViolations(out, costs);
        }
        out.flush();
    }

    /** Every broken hard constraint with the sessions involved, so that a planner can act on it. */
    private static void printHardViolations(PrintWriter out, List<ConstraintExplanation> costs) {
        out.println();
        out.println("Hard constraints still broken:");
        List<String> lines = costs.stream()
                .filter(cost -> cost.score().hardScore() < 0)
                .flatMap(cost -> cost.matches().stream()
                        .filter(match -> match.score().hardScore() < 0)
                        .map(match -> "  %s: %s".formatted(cost.name(), match.description())))
                .toList();
        lines.stream().limit(HARD_MATCHES_SHOWN).forEach(out::println);
        if (lines.size() > HARD_MATCHES_SHOWN) {
            out.printf("  ... and %d more (forumplan explain lists them all)%n", lines.size() - HARD_MATCHES_SHOWN);
        }
    }

    private static String verdict(HardMediumSoftLongScore score) {
        return score.isFeasible() ? "feasible, no hard constraint broken" : "NOT feasible, hard constraints are broken";
    }

    private static void printSessionsByKind(PrintWriter out, Programme programme) {
        Map<SessionKind, int[]> byKind = new EnumMap<>(SessionKind.class);
        for (Session session : programme.getSessions()) {
            int[] counts = byKind.computeIfAbsent(session.getKind(), kind -> new int[2]);
            counts[session.isPlaced() ? 0 : 1]++;
        }
        long placed = programme.getSessions().stream().filter(Session::isPlaced).count();
        out.printf(
                "Sessions: %d placed, %d unscheduled%n",
                placed, programme.getSessions().size() - placed);
        out.printf("  %-22s %7s %12s%n", "kind", "placed", "unscheduled");
        byKind.forEach((kind, counts) -> out.printf("  %-22s %7d %12d%n", kind.code(), counts[0], counts[1]));
    }
}
