package org.forumplan.app.replan;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.forumplan.model.domain.Programme;
import org.forumplan.model.domain.Session;
import org.forumplan.model.io.DatasetJson;
import org.forumplan.model.load.DatasetLoader;
import org.forumplan.model.load.ScheduleExporter;
import org.forumplan.model.problem.InvalidDatasetException;
import org.forumplan.model.replan.AnnouncedChanges;
import org.forumplan.model.replan.BackToAnnounced;
import org.forumplan.model.replan.Replanner;
import org.forumplan.model.solver.ConstraintWeights;
import org.forumplan.model.solver.ForumSolver;
import org.forumplan.model.solver.SolverSettings;

/**
 * Solves and re-plans as {@code forumplan solve} and {@code solve --from} do, in this JVM, with move limits so that
 * every run gives the same schedule whatever the machine.
 */
final class ReplanRuns {

    private ReplanRuns() {}

    /**
     * What a re-plan did.
     *
     * @param best the re-planned programme
     * @param announced the announced programme, as loaded from its solved file
     * @param changes what happened to the announced sessions
     */
    record Replan(Programme best, Programme announced, AnnouncedChanges changes) {

        /** Announced sessions placed elsewhere (time or room) that are not among the given ones. */
        List<String> movedBesides(List<String> expected) {
            return Stream.concat(changes.changedTime().stream(), changes.changedRoomOnly().stream())
                    .filter(id -> !expected.contains(id))
                    .toList();
        }

        /** Announced sessions left out that are not among the given ones. */
        List<String> leftOutBesides(List<String> expected) {
            return changes.leftOut().stream()
                    .filter(id -> !expected.contains(id))
                    .toList();
        }

        Session session(String id) {
            return sessions(best).get(id);
        }
    }

    /** The dataset solved from its own schedule (if any) for a number of moves: a programme to announce. */
    static DatasetJson solve(DatasetJson dataset, long moves) {
        try {
            Programme best = run(DatasetLoader.load(dataset).programme(), moves);
            return ScheduleExporter.withSchedule(dataset, best, null);
        } catch (InvalidDatasetException e) {
            throw new IllegalStateException("The dataset does not load: " + e.problems(), e);
        }
    }

    /** Re-plans the changed forum from the announced programme, as {@code solve CHANGED --from ANNOUNCED} does. */
    static Replan replan(DatasetJson changed, DatasetJson announced, long moves) {
        try {
            Programme problem = Replanner.from(changed, announced, new ConstraintWeights())
                    .loaded()
                    .programme();
            Replanner.makeRoom(problem);
            ForumSolver solver = solver(moves, problem);
            Programme best =
                    solver.solve(problem, progress -> {}, Duration.ofHours(1)).best();
            Programme announcedProgramme = DatasetLoader.load(announced).programme();
            String beforeThePass = measured(AnnouncedChanges.compare(announcedProgramme, best), best);
            new BackToAnnounced(solver.solutionManager()).restore(best, () -> false);
            AnnouncedChanges changes = AnnouncedChanges.compare(announcedProgramme, best);
            writeMeasure(announced, beforeThePass, measured(changes, best));
            return new Replan(best, announcedProgramme, changes);
        } catch (InvalidDatasetException e) {
            throw new IllegalStateException("The changed dataset does not load: " + e.problems(), e);
        }
    }

    private static Programme run(Programme problem, long moves) {
        return solver(moves, problem)
                .solve(problem, progress -> {}, Duration.ofHours(1))
                .best();
    }

    private static ForumSolver solver(long moves, Programme problem) {
        // A move limit, not a time limit: the same schedule on any machine, however busy.
        return new ForumSolver(new SolverSettings(null, null, null, moves, null, 0L, null, null), problem);
    }

    /**
     * With {@code -Dforumplan.replan.measure=FILE}, appends a line per re-plan to FILE: the forum, the scenario, and the
     * announced sessions moved and the score before and after putting them back (benchmarks/README.md).
     */
    private static void writeMeasure(DatasetJson announced, String before, String after) {
        String file = System.getProperty("forumplan.replan.measure");
        if (file == null) {
            return;
        }
        String scenario = StackWalker.getInstance()
                .walk(frames -> frames.skip(2).findFirst().orElseThrow().getMethodName());
        try {
            Files.writeString(
                    Path.of(file),
                    String.join("\t", announced.forum().name(), scenario, before, after) + "\n",
                    StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** "7 moved (6 changed time), 0 left out, 0hard/-1174medium/-14391soft". */
    private static String measured(AnnouncedChanges changes, Programme programme) {
        return "%d moved (%d changed time), %d left out, %s"
                .formatted(
                        changes.moved(),
                        changes.changedTime().size(),
                        changes.leftOut().size(),
                        programme.getScore());
    }

    static Map<String, Session> sessions(Programme programme) {
        return programme.getSessions().stream().collect(Collectors.toMap(Session::getId, Function.identity()));
    }
}
