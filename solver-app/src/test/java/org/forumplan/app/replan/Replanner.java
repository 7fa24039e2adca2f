package org.forumplan.app.replan;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.forumplan.model.analysis.AnnouncedChanges;
import org.forumplan.model.domain.Programme;
import org.forumplan.model.domain.Session;
import org.forumplan.model.io.DatasetJson;
import org.forumplan.model.load.DatasetLoader;
import org.forumplan.model.load.PublishedSchedule;
import org.forumplan.model.load.ScheduleExporter;
import org.forumplan.model.problem.InvalidDatasetException;
import org.forumplan.model.solver.BackToAnnounced;
import org.forumplan.model.solver.ForumSolver;
import org.forumplan.model.solver.SolverSettings;

/**
 * Solves and re-plans as {@code forumplan solve} and {@code solve --from} do, in this JVM, with move limits so that
 * every run gives the same schedule whatever the machine.
 */
final class Replanner {

    private Replanner() {}

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
            Programme problem =
                    PublishedSchedule.apply(changed, announced).loaded().programme();
            PublishedSchedule.makeRoom(problem);
            Programme best = run(problem, moves);
            new BackToAnnounced().restore(best);
            Programme announcedProgramme = DatasetLoader.load(announced).programme();
            return new Replan(best, announcedProgramme, AnnouncedChanges.compare(announcedProgramme, best));
        } catch (InvalidDatasetException e) {
            throw new IllegalStateException("The changed dataset does not load: " + e.problems(), e);
        }
    }

    private static Programme run(Programme problem, long moves) {
        // A move limit, not a time limit: the same schedule on any machine, however busy.
        SolverSettings settings = new SolverSettings(null, null, null, moves, null, 0L, null, null);
        return new ForumSolver(settings)
                .solve(problem, progress -> {}, Duration.ofHours(1))
                .best();
    }

    static Map<String, Session> sessions(Programme programme) {
        return programme.getSessions().stream().collect(Collectors.toMap(Session::getId, Function.identity()));
    }
}
