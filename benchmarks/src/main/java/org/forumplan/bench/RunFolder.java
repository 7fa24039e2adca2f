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
}
