package org.forumplan.model.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Writes documents so that a reader never sees half a file: into a temporary file in the target folder, then moved
 * into place in one step.
 */
public final class DatasetWriter {

    private DatasetWriter() {}

    public static String toJson(DatasetJson dataset) {
        try {
            return DatasetMapper.prettyWriter().writeValueAsString(dataset) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void write(DatasetJson dataset, Path target) throws IOException {
        writeAtomically(toJson(dataset), target);
    }

    /**
     * A temporary file is readable by its owner only; the written file should be as readable as any other, or as the
     * file it replaces.
     */
    private static void keepUsualPermissions(Path temporary, Path target) throws IOException {
        if (!Files.getFileStore(temporary).supportsFileAttributeView(PosixFileAttributeView.class)) {
            return;
        }
        Set<PosixFilePermission> permissions = Files.exists(target)
                ? Files.getPosixFilePermissions(target)
                : PosixFilePermissions.fromString("rw-r--r--");
        Files.setPosixFilePermissions(temporary, permissions);
    }

    /** Writes text to a temporary file next to the target and moves it over the target. */
    public static void writeAtomically(String text, Path target) throws IOException {
        writeAtomically(text.getBytes(StandardCharsets.UTF_8), target);
    }

    /** Writes bytes (a report, a spreadsheet) to a temporary file next to the target and moves it over the target. */
    public static void writeAtomically(byte[] content, Path target) throws IOException {
        Path folder = target.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        Path temporary = Files.createTempFile(folder, "." + target.getFileName(), ".tmp");
        try {
            Files.write(temporary, content);
            keepUsualPermissions(temporary, target);
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
