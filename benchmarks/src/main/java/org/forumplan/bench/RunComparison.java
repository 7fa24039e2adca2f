package org.forumplan.bench;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Two runs of a suite compared per dataset and configuration; pairs present in only one run are listed apart. */
public record RunComparison(BenchmarkRun before, BenchmarkRun after, List<Line> lines, List<String> unmatched) {

    /**
     * @param scoreChange after minus before: positive is better
     * @param speedChangePercent the change in score calculation speed, or null when the first run had none
     */
    public record Line(
            String dataset,
            String configuration,
            BenchmarkRow before,
            BenchmarkRow after,
            HardMediumSoftLongScore scoreChange,
            Double speedChangePercent) {}

    public static RunComparison of(BenchmarkRun before, BenchmarkRun after) {
        List<Line> lines = new ArrayList<>();
        List<String> unmatched = new ArrayList<>();
        for (BenchmarkRow row : before.rows()) {
            BenchmarkRow match = find(after, row);
            if (match == null) {
                unmatched.add("%s / %s only in %s".formatted(row.dataset(), row.configuration(), before.folder()));
                continue;
            }
            Double speedChange = row.scoreCalculationSpeed() == 0
                    ? null
                    : 100.0
                            * (match.scoreCalculationSpeed() - row.scoreCalculationSpeed())
                            / row.scoreCalculationSpeed();
            lines.add(new Line(
                    row.dataset(),
                    row.configuration(),
                    row,
                    match,
                    match.score().subtract(row.score()),
                    speedChange));
        }
        for (BenchmarkRow row : after.rows()) {
            if (find(before, row) == null) {
                unmatched.add("%s / %s only in %s".formatted(row.dataset(), row.configuration(), after.folder()));
            }
        }
        return new RunComparison(before, after, List.copyOf(lines), List.copyOf(unmatched));
    }

    private static BenchmarkRow find(BenchmarkRun run, BenchmarkRow like) {
        return run.rows().stream()
                .filter(row -> Objects.equals(row.dataset(), like.dataset())
                        && Objects.equals(row.configuration(), like.configuration()))
                .findFirst()
                .orElse(null);
    }
}
