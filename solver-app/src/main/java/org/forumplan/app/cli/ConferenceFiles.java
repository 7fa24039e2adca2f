package org.forumplan.app.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import org.forumplan.app.cosplib.CosplibWorkbook;
import org.forumplan.app.cosplib.ObjectiveText;
import org.forumplan.model.conference.domain.Conference;
import org.forumplan.model.conference.io.ConferenceDocuments;
import org.forumplan.model.conference.io.ConferenceJson;
import org.forumplan.model.conference.load.ConferenceBuilder;
import org.forumplan.model.conference.score.ObjectiveBreakdown;
import org.forumplan.model.conference.solver.ConferenceSolver;
import org.forumplan.model.problem.InvalidDatasetException;

/**
 * The steps every command shares for a CoSPLib conference, as {@link DatasetFiles} has them for a forum: is the file
 * one, read it (a CoSPLib workbook or a {@code cosplib/1} document), check and build it.
 */
final class ConferenceFiles {

    private ConferenceFiles() {}

    /** A CoSPLib instance workbook (by its sheets) or a JSON document whose format is {@code cosplib/1}. */
    static boolean isConference(Path file) {
        if (!Files.isRegularFile(file)) {
            return false;
        }
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".xlsx")) {
            return CosplibWorkbook.isCosplibWorkbook(file);
        }
        return name.endsWith(".json") && ConferenceDocuments.isConference(file);
    }

    static ConferenceJson read(Path file) {
        try {
            return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx")
                    ? CosplibWorkbook.read(file)
                    : ConferenceDocuments.read(file);
        } catch (NoSuchFileException e) {
            throw new UsageException(file + ": no such file");
        } catch (AccessDeniedException e) {
            throw new UncheckedIOException(file + ": permission denied", e);
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": " + e.getMessage(), e);
        } catch (InvalidDatasetException e) {
            throw new DatasetProblemsException(file, e.problems());
        }
    }

    /**
     * The library's solution layout holds one submission per room and timeslot and one track per cell, and every
     * submission once: a schedule that is not so cannot be written in it without losing what does not fit.
     */
    static void requireSolution(Path file, Conference conference) {
        ObjectiveBreakdown breakdown = ObjectiveBreakdown.of(conference, ConferenceSolver.scoring());
        if (!breakdown.feasible()) {
            throw new UsageException(file + ": " + ObjectiveText.verdict(breakdown)
                    + "; the library's solution workbook cannot hold that schedule");
        }
    }

    static Conference build(Path file, ConferenceJson document) {
        try {
            return ConferenceBuilder.build(document);
        } catch (InvalidDatasetException e) {
            throw new DatasetProblemsException(file, e.problems());
        }
    }
}
