package org.forumplan.bench.gap;

import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.forumplan.bench.RunFolder;

/** A gap run as a table for people, as JSON for programs, and as a folder of both. */
public final class GapReport {

    private static final JsonMapper JSON =
            JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private GapReport() {}

    public static String text(List<GapMeasurement> measurements) {
        String row = "%-20s %8s  %-30s %-30s %-30s %-7s %s%n";
        StringBuilder text = new StringBuilder(
                row.formatted("dataset", "sessions", "forumplan", "CP-SAT", "CP-SAT's bound", "optimal", "gap"));
        for (GapMeasurement measurement : measurements) {
            text.append(row.formatted(
                    measurement.dataset(),
                    measurement.sessions(),
                    measurement.forumplan(),
                    measurement.exact().found()
                            ? measurement.exact().score()
                            : measurement.exact().status(),
                    measurement.exact().boundText(),
                    measurement.optimal() ? "yes" : "no",
                    gapText(measurement.gapPercent())));
        }
        for (GapMeasurement measurement : measurements) {
            measurement
                    .disagreements()
                    .forEach(line -> text.append("%s: the exact model disagrees with forumplan: %s%n"
                            .formatted(measurement.dataset(), line)));
        }
        return text.toString();
    }

    /** "+1.25%" behind, "-0.40%" ahead, "0%" equal, "n/a" when there is nothing to compare. */
    static String gapText(Double percent) {
        if (percent == null) {
            return "n/a";
        }
        return percent == 0 ? "0%" : String.format(Locale.ROOT, "%+.2f%%", percent);
    }

    public static String json(List<GapMeasurement> measurements) {
        ArrayNode rows = JSON.createArrayNode();
        for (GapMeasurement measurement : measurements) {
            ObjectNode row = rows.addObject();
            row.put("dataset", measurement.dataset());
            row.put("sessions", measurement.sessions());
            ObjectNode forumplan = row.putObject("forumplan");
            forumplan.put("score", measurement.forumplan().toString());
            forumplan.put("timeLimit", measurement.forumplanTime().toString());
            ObjectNode exact = row.putObject("exact");
            exact.put(
                    "score",
                    measurement.exact().found() ? measurement.exact().score().toString() : null);
            exact.put("bound", measurement.exact().boundText());
            exact.put("optimal", measurement.optimal());
            exact.put("status", measurement.exact().status());
            exact.put("time", measurement.exact().time().withNanos(0).toString());
            Double gap = measurement.gapPercent();
            if (gap == null) {
                row.putNull("gapPercent");
            } else {
                row.put("gapPercent", Math.round(gap * 100) / 100.0);
            }
            row.put("agrees", measurement.disagreements().isEmpty());
            ArrayNode disagreements = row.putArray("disagreements");
            measurement.disagreements().forEach(disagreements::add);
        }
        try {
            return JSON.writeValueAsString(rows) + System.lineSeparator();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A new folder for a run, {@code <results>/gap-<timestamp>/}. */
    public static Path newRunFolder(Path results) {
        return RunFolder.create(results, "gap");
    }

    /** Writes {@code gap.txt} and {@code gap.json} into a run's folder. */
    public static void write(List<GapMeasurement> measurements, Path folder) {
        RunFolder.writeTables(folder, "gap", text(measurements), json(measurements));
    }
}
