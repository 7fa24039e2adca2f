package org.forumplan.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A run, or two runs compared, as a table in plain text or Markdown. */
public final class SummaryTable {

    /** The table's two shapes. */
    public enum Format {
        TEXT,
        MARKDOWN
    }

    private SummaryTable() {}

    /** Dataset × configuration: best score, time to the first 0-hard schedule, score calculation speed. */
    public static String of(BenchmarkRun run, Format format) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("dataset", "configuration", "best score", "first 0 hard", "score calculations/s"));
        for (BenchmarkRow row : run.rows()) {
            rows.add(List.of(
                    row.dataset(),
                    row.configuration(),
                    row.score().toString(),
                    seconds(row.timeToFeasible()),
                    "%,d".formatted(row.scoreCalculationSpeed())));
        }
        return render(rows, format);
    }

    /** Both runs side by side for every dataset and configuration they share, and the change. */
    public static String compare(RunComparison comparison, Format format) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of(
                "dataset",
                "configuration",
                "best score (A)",
                "best score (B)",
                "score change",
                "first 0 hard (A → B)",
                "speed (A → B)",
                "speed change"));
        for (RunComparison.Line line : comparison.lines()) {
            rows.add(List.of(
                    line.dataset(),
                    line.configuration(),
                    line.before().score().toString(),
                    line.after().score().toString(),
                    line.scoreChange().toString(),
                    seconds(line.before().timeToFeasible()) + " → "
                            + seconds(line.after().timeToFeasible()),
                    "%,d → %,d"
                            .formatted(
                                    line.before().scoreCalculationSpeed(),
                                    line.after().scoreCalculationSpeed()),
                    line.speedChangePercent() == null
                            ? "n/a"
                            : String.format(Locale.ROOT, "%+.1f%%", line.speedChangePercent())));
        }
        return render(rows, format);
    }

    private static String seconds(Duration duration) {
        return duration == null ? "never" : String.format(Locale.ROOT, "%.1f s", duration.toMillis() / 1000.0);
    }

    private static String render(List<List<String>> rows, Format format) {
        int[] widths = new int[rows.get(0).size()];
        for (List<String> row : rows) {
            for (int i = 0; i < row.size(); i++) {
                widths[i] = Math.max(widths[i], row.get(i).length());
            }
        }
        StringBuilder out = new StringBuilder();
        for (int r = 0; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            if (format == Format.MARKDOWN) {
                out.append("| ").append(String.join(" | ", row)).append(" |\n");
                if (r == 0) {
                    out.append("|").append("---|".repeat(row.size())).append('\n');
                }
            } else {
                for (int i = 0; i < row.size(); i++) {
                    out.append(String.format("%-" + widths[i] + "s", row.get(i)));
                    out.append(i == row.size() - 1 ? "\n" : "  ");
                }
            }
        }
        return out.toString();
    }
}
