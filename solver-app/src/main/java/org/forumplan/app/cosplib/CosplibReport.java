package org.forumplan.app.cosplib;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.forumplan.model.conference.score.ObjectiveBreakdown.TermScore;
import org.forumplan.model.io.DatasetWriter;

/** A CoSPLib benchmark run as a table, as JSON, and as files in its run folder. */
public final class CosplibReport {

    private CosplibReport() {}

    /** {@code benchmarks/results/cosplib-<timestamp>}, not yet created. */
    public static Path newRunFolder(Path results) {
        return results.resolve(
                "cosplib-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS")));
    }

    public static String text(List<CosplibMeasurement> measurements) {
        StringBuilder text = new StringBuilder(String.format(
                Locale.ROOT,
                "%-16s %6s %9s %14s %14s %8s %10s%n",
                "instance",
                "subs",
                "feasible",
                "objective",
                "exact model",
                "first",
                "calc/s"));
        for (CosplibMeasurement measurement : measurements) {
            text.append(String.format(
                    Locale.ROOT,
                    "%-16s %6d %9s %,14d %14s %8s %,10d%n",
                    measurement.instance(),
                    measurement.submissions(),
                    measurement.breakdown().feasible() ? "yes" : "NO",
                    measurement.breakdown().objective(),
                    measurement.reference() == null ? "" : String.format(Locale.ROOT, "%,d", measurement.reference()),
                    measurement.firstFeasible() == null
                            ? "none"
                            : "%.1fs".formatted(measurement.firstFeasible().toMillis() / 1000.0),
                    measurement.scoreCalculationSpeed()));
        }
        text.append(System.lineSeparator()).append("Objective by term (weighted; terms that cost nothing left out):");
        text.append(System.lineSeparator());
        for (CosplibMeasurement measurement : measurements) {
            text.append("  ").append(measurement.instance()).append(':');
            for (TermScore term : measurement.breakdown().terms()) {
                if (term.weighted() != 0) {
                    text.append(
                            String.format(Locale.ROOT, " %s %,d", term.term().constraintName(), term.weighted()));
                }
            }
            text.append(System.lineSeparator());
        }
        return text.toString();
    }

    public static String json(List<CosplibMeasurement> measurements) {
        ArrayNode array = JsonNodeFactory.instance.arrayNode();
        for (CosplibMeasurement measurement : measurements) {
            ObjectNode node = array.addObject();
            node.put("instance", measurement.instance());
            node.put("submissions", measurement.submissions());
            node.put("timeSpentSeconds", measurement.timeSpent().toMillis() / 1000.0);
            if (measurement.firstFeasible() != null) {
                node.put("firstFeasibleSeconds", measurement.firstFeasible().toMillis() / 1000.0);
            }
            node.put("scoreCalculationSpeed", measurement.scoreCalculationSpeed());
            if (measurement.reference() != null) {
                node.put("exactModel", measurement.reference());
            }
            node.set("objective", ObjectiveText.json(measurement.breakdown()));
        }
        return array.toPrettyString() + System.lineSeparator();
    }

    /** {@code summary.txt} and {@code summary.json} in the run folder. */
    public static void write(List<CosplibMeasurement> measurements, Path folder) throws IOException {
        DatasetWriter.writeAtomically(text(measurements), folder.resolve("summary.txt"));
        DatasetWriter.writeAtomically(json(measurements), folder.resolve("summary.json"));
    }
}
