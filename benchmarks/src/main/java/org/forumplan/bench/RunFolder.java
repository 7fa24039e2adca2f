package org.forumplan.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** The folder of one run of a measurement beside the suites: {@code <results>/<name>-<timestamp>/}. */
public final class RunFolder {

    private RunFolder() {}

    public static Path create(Path results, String name) {
        Path folder = results.resolve(
                name + "-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd_HHmmss", Locale.ROOT)));
        try {
            return Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + folder, e);
        }
    }

    /** Writes a run's table as {@code <name>.txt} and {@code <name>.json} into its folder. */
    public static void writeTables(Path folder, String name, String text, String json) {
        try {
            Files.writeString(folder.resolve(name + ".txt"), text);
            Files.writeString(folder.resolve(name + ".json"), json);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write into " + folder, e);
        }
    }
}
