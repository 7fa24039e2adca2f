package org.forumplan.bench.selection;

import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.forumplan.bench.RunFolder;

/** A selection run as a table for people, as JSON for programs, and as a folder of both. */
public final class SelectionReport {

    private static final JsonMapper JSON =
            JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private SelectionReport() {}

    public static String text(List<GoalEffect> effects) {
        String row = "%-22s %-33s %9s %10s  %-58s %-8s %7s %6s %9s %10s %9s%n";
        StringBuilder text = new StringBuilder(row.formatted(
                "dataset",
                "goals",
                "placed",
                "value out",
                "shares",
                "topics",
                "deepest",
                "narrow",
                "group gap",
                "region gap",
                "calc/s"));
        for (GoalEffect effect : effects) {
            text.append(row.formatted(
                    effect.dataset(),
                    effect.variant(),
                    effect.placed() + "/" + effect.proposed(),
                    effect.valueLeftOut(),
                    shares(effect.shares()),
                    effect.topicsCovered() + "/" + effect.topics(),
                    effect.deepestTopic(),
                    effect.narrowPanels(),
                    points(effect.groupGap()),
                    points(effect.regionGap()),
                    "%,d".formatted(effect.scoreCalculationSpeed())));
        }
        return text.toString();
    }

    public static String json(List<GoalEffect> effects) {
        try {
            return JSON.writeValueAsString(effects) + System.lineSeparator();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A new folder for a run, {@code <results>/selection-<timestamp>/}. */
    public static Path newRunFolder(Path results) {
        return RunFolder.create(results, "selection");
    }

    /** Writes {@code selection.txt} and {@code selection.json} into a run's folder. */
    public static void write(List<GoalEffect> effects, Path folder) {
        RunFolder.writeTables(folder, "selection", text(effects), json(effects));
    }

    private static String shares(Map<String, Double> shares) {
        return shares.entrySet().stream()
                .map(share -> String.format(Locale.ROOT, "%s %.1f%%", share.getKey(), share.getValue()))
                .collect(Collectors.joining(", "));
    }

    private static String points(double gap) {
        return String.format(Locale.ROOT, "%.1f pts", gap);
    }
}
