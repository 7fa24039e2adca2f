package org.forumplan.app.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.forumplan.app.workbook.Workbooks;
import org.forumplan.model.io.DatasetJson;
import org.forumplan.model.io.DatasetWriter;

/**
 * Where results go: never over the input, never over an existing file the user named without {@code --force}, checked
 * before a long solve starts, and never lost when writing fails at the end.
 */
final class OutputFiles {

    private OutputFiles() {}

    /**
     * Fails fast, before any solving: the target must not be the input, must not exist unless replacing is allowed, and
     * its folder must be writable.
     *
     * @param replaceAllowed {@code --force}, or the default output name that each solve refreshes
     */
    static void checkBeforeSolving(Path input, Path target, boolean replaceAllowed) {
        try {
            if (Files.exists(target) && Files.isSameFile(input, target)) {
                throw new UsageException(
                        "-o " + target + " is the input dataset; forumplan never overwrites its input");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(target + ": " + e.getMessage(), e);
        }
        checkBeforeWriting(target, replaceAllowed);
    }

    private static void checkFolder(Path target) {
        Path folder = target.toAbsolutePath().getParent();
        try {
            Files.createDirectories(folder);
            Files.deleteIfExists(Files.createTempFile(folder, ".forumplan-check", ".tmp"));
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "cannot write %s: its folder is not writable (%s); choose another place with -o"
                            .formatted(target, describe(e)),
                    e);
        }
    }

    /** Fails fast when the target exists without {@code --force} or its folder cannot be written. */
    static void checkBeforeWriting(Path target, boolean replaceAllowed) {
        if (Files.isDirectory(target)) {
            throw new UsageException(
                    target + " is a folder; expected a file name, e.g. " + target.resolve("forum.json"));
        }
        if (Files.exists(target) && !replaceAllowed) {
            throw new UsageException(target + " already exists; use --force to replace it");
        }
        checkFolder(target);
    }

    /**
     * Writes the document; if the target cannot be written after all, saves it to a temporary file instead and reports
     * both, so that a long solve's result is never lost.
     */
    static void writeOrRescue(DatasetJson document, Path target) {
        try {
            if (Workbooks.isWorkbookFile(target)) {
                DatasetWriter.writeAtomically(Workbooks.toBytes(document), target);
            } else {
                DatasetWriter.write(document, target);
            }
        } catch (IOException e) {
            Path rescue = rescue(document);
            throw new UncheckedIOException(
                    "cannot write %s (%s); the schedule was saved to %s instead".formatted(target, describe(e), rescue),
                    e);
        }
    }

    /** Writes a report in one step (a reader never sees half of it); a failure is an I/O error naming the file. */
    static void writeReport(byte[] content, Path target) {
        try {
            DatasetWriter.writeAtomically(content, target);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write %s (%s)".formatted(target, describe(e)), e);
        }
    }

    /** As {@link #writeOrRescue(DatasetJson, Path)}, for a document already written as JSON text (a conference). */
    static void writeOrRescue(String json, Path target) {
        try {
            DatasetWriter.writeAtomically(json, target);
        } catch (IOException e) {
            Path rescue = rescue(json);
            throw new UncheckedIOException(
                    "cannot write %s (%s); the schedule was saved to %s instead".formatted(target, describe(e), rescue),
                    e);
        }
    }

    private static Path rescue(DatasetJson document) {
        return rescue(DatasetWriter.toJson(document));
    }

    private static Path rescue(String json) {
        try {
            Path rescue = Files.createTempFile("forumplan-", ".solved.json");
            Files.writeString(rescue, json);
            return rescue;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the schedule anywhere: " + describe(e), e);
        }
    }

    private static String describe(IOException e) {
        String kind = e.getClass().getSimpleName().replace("Exception", "").replaceAll("([a-z])([A-Z])", "$1 $2");
        return e.getMessage() == null ? kind : kind.toLowerCase(java.util.Locale.ROOT) + ": " + e.getMessage();
    }

    /**
     * Writes an edited dataset in one step, as a workbook when the target is one.
     *
     * @param command the command, for the message when the target is a folder of CSV files
     */
    static void writeDataset(DatasetJson document, Path target, String command) {
        if (Files.isDirectory(target)) {
            throw new UsageException(
                    "%s is a folder of CSV files, which %s does not rewrite; give -o FILE (.json or .xlsx)"
                            .formatted(target, command));
        }
        try {
            if (Workbooks.isWorkbookFile(target)) {
                DatasetWriter.writeAtomically(Workbooks.toBytes(document), target);
            } else {
                DatasetWriter.write(document, target);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write %s (%s)".formatted(target, e.getMessage()), e);
        }
    }

    /** Whether the second path names the first file (an output that is the input, written in place). */
    static boolean sameFile(Path first, Path second) {
        try {
            return Files.exists(second) && Files.isSameFile(first, second);
        } catch (IOException e) {
            return false;
        }
    }
}
