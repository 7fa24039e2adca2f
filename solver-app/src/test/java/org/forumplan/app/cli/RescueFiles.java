package org.forumplan.app.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The file {@code solve} saves a schedule to when it cannot write the target, as its message names it. */
final class RescueFiles {

    private static final Pattern SAVED_TO = Pattern.compile("the schedule was saved to (\\S+) instead");

    private RescueFiles() {}

    static Optional<Path> namedIn(String message) {
        Matcher saved = SAVED_TO.matcher(message);
        return saved.find() ? Optional.of(Path.of(saved.group(1))) : Optional.empty();
    }

    /** Deletes the rescue file a run reported, so that a failing test leaves nothing in the temporary folder. */
    static void deleteAfter(CommandRun run) throws IOException {
        Optional<Path> rescue = namedIn(run.err());
        if (rescue.isPresent()) {
            Files.deleteIfExists(rescue.get());
        }
    }
}
