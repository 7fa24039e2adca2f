package org.forumplan.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.forumplan.model.domain.Programme;
import org.forumplan.model.io.DatasetJson;
import org.forumplan.model.load.DatasetLoader.LoadedDataset;
import org.forumplan.model.problem.InvalidDatasetException;
import org.forumplan.model.replan.AnnouncedChanges;
import org.forumplan.model.replan.BackToAnnounced;
import org.forumplan.model.replan.PublishedPins;
import org.forumplan.model.replan.PublishedPins.Pinning;
import org.forumplan.model.replan.Replanner;
import org.forumplan.model.replan.Replanner.Replan;
import org.forumplan.model.solver.ConstraintWeights;
import org.forumplan.model.solver.ForumSolver;

/**
 * The re-planning steps of {@code solve}, as the command prints them; the work is {@code org.forumplan.model.replan}'s:
 * taking an announced programme as {@code published} and starting point ({@code --from}), pinning the days already
 * held ({@code --pin-published}), and counting what moved.
 */
final class Replanning {

    /** Sessions named in a one-line report; the rest are counted. */
    private static final int NAMED = 10;

    private Replanning() {}

    /** The announced programme: a solved dataset, read and checked like any other. */
    static LoadedDataset loadAnnounced(Path announcedFile) {
        LoadedDataset announced = DatasetFiles.load(announcedFile);
        if (announced.document().schedule() == null) {
            throw new UsageException("--from %s: the file has no schedule; expected a solved dataset, the programme as"
                            .formatted(announcedFile)
                    + " announced");
        }
        return announced;
    }

    /**
     * The dataset, checked and built once with the announced schedule as its {@code published} and starting point; the
     * notes (what was not carried over) are printed.
     *
     * @param document the changed dataset as read, not yet checked
     * @param weights the command line's weights over the dataset's own
     */
    static LoadedDataset from(
            Path input,
            DatasetJson document,
            ConstraintWeights weights,
            Path announcedFile,
            LoadedDataset announced,
            PrintWriter err) {
        if (document.published() != null && !document.published().isEmpty()) {
            err.printf(
                    "%s: published: warning: its %d published placements are replaced by the schedule of %s%n",
                    input, document.published().size(), announcedFile);
        }
        Replan replan;
        try {
            replan = Replanner.from(document, announced.document(), weights);
        } catch (InvalidDatasetException e) {
            throw new DatasetProblemsException(input, e.problems());
        }
        ProblemPrinter.print(err, announcedFile, replan.notes());
        err.printf(
                "Re-planning from %s: %d sessions announced, %d of them published here, %d start where announced%n",
                announcedFile, replan.announced(), replan.published(), replan.warmStarted());
        err.flush();
        return replan.loaded();
    }

    /** Gives displaced mandatory sessions the places of the cheapest proposals, when no free place is left. */
    static void makeRoom(Programme problem, PrintWriter err) {
        Replanner.makeRoom(problem).forEach(bump -> err.println("Starting point: " + bump + ", which starts unplaced"));
        err.flush();
    }

    /** Pins the published sessions of the days before {@code freezeBefore} (today in the forum's zone when null). */
    static void pinPublished(Path input, Programme problem, LocalDate freezeBefore, PrintWriter err) {
        if (problem.getSessions().stream().noneMatch(session -> session.getPublishedPlacement() != null)) {
            throw new UsageException(
                    "--pin-published: %s has no published placements; give the announced programme with --from"
                            .formatted(input));
        }
        LocalDate before = freezeBefore != null
                ? freezeBefore
                : LocalDate.now(problem.getForum().timeZone());
        Pinning pinning = PublishedPins.pinBefore(problem, before);
        ProblemPrinter.print(err, input, pinning.warnings());
        long published = problem.getSessions().stream()
                .filter(session -> session.getPublishedPlacement() != null)
                .count();
        err.printf(
                "Pinned %d published session%s on days before %s at their published places (%d on those days could"
                        + " not be); %d on later days may move%n",
                pinning.pinned(),
                pinning.pinned() == 1 ? "" : "s",
                before,
                pinning.frozen() - pinning.pinned(),
                published - pinning.frozen());
        err.flush();
    }

    /** Refuses to write the solved programme over the announced one: forumplan never overwrites its input. */
    static void checkNotOverwriting(Path announcedFile, Path target, boolean targetNamed) {
        try {
            if (Files.exists(target) && Files.isSameFile(announcedFile, target)) {
                throw new UsageException("%s is the --from schedule; forumplan never overwrites its input; %s"
                        .formatted(
                                targetNamed ? "-o " + target : target + " (the default output)",
                                "name another output with -o"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(target + ": " + e.getMessage(), e);
        }
    }

    /**
     * Puts announced sessions the search moved without need back in place (see {@link BackToAnnounced}), when the
     * programme has any announced placements: with the solve's own score calculation, until Ctrl-C stops the solver.
     */
    static void backToAnnounced(Programme best, ForumSolver solver, BooleanSupplier stopped, PrintWriter err) {
        if (best.getSessions().stream().noneMatch(session -> session.getPublishedPlacement() != null)) {
            return;
        }
        BackToAnnounced.Restoration restoration = new BackToAnnounced(solver.solutionManager()).restore(best, stopped);
        List<String> restored = restoration.restored();
        if (!restored.isEmpty()) {
            err.printf(
                    "Put back %d announced session%s that the search had moved without need: %s%s%n",
                    restored.size(),
                    restored.size() == 1 ? "" : "s",
                    String.join(", ", restored.subList(0, Math.min(restored.size(), NAMED))),
                    restored.size() > NAMED ? ", ..." : "");
        }
        if (!restoration.complete()) {
            err.println("Stopped putting announced sessions back (at the bound of trials for a forum this size, at its"
                    + " share of the time limit, or on Ctrl-C); the rest stay where the search put them");
        }
        err.flush();
    }

    /** After the summary: how many announced sessions moved, and the command that lists them. */
    static void printMoves(
            PrintWriter out, Programme announced, Programme best, Path announcedFile, Path target, boolean written) {
        AnnouncedChanges changes = AnnouncedChanges.compare(announced, best);
        out.println();
        out.println(changes.summary());
        if (written && changes.moved() + changes.leftOut().size() > 0) {
            out.printf("  forumplan diff %s %s   lists them%n", announcedFile, target);
        }
    }
}
