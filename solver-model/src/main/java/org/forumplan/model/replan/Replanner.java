package org.forumplan.model.replan;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.forumplan.model.constraints.ForumConstraint;
import org.forumplan.model.domain.Programme;
import org.forumplan.model.domain.Session;
import org.forumplan.model.io.AssignmentJson;
import org.forumplan.model.io.DatasetJson;
import org.forumplan.model.io.PublishedJson;
import org.forumplan.model.io.RoomJson;
import org.forumplan.model.io.SessionJson;
import org.forumplan.model.io.TimeslotJson;
import org.forumplan.model.load.DatasetLoader;
import org.forumplan.model.load.DatasetLoader.LoadedDataset;
import org.forumplan.model.load.ProgrammeBuilder.UnfitPlacement;
import org.forumplan.model.problem.InvalidDatasetException;
import org.forumplan.model.problem.Problem;
import org.forumplan.model.solver.ConstraintWeights;

/**
 * Re-planning from an announced programme ({@code solve --from}), the one way in: the schedule of a solved dataset, the
 * programme as announced, is merged into the changed dataset's document as its {@code published} placements; the
 * document is then checked and built once, and its sessions start where they were announced if they still fit there
 * (when it has no schedule of its own).
 *
 * <p>The announced programme and the changed dataset disagree by design (a room withdrawn, a session cancelled, a
 * speaker away), so nothing here is an error: an announced placement that the changed dataset cannot hold is left out,
 * with a note that says why.
 */
public final class Replanner {

    /**
     * @param loaded the changed dataset with the announced placements it can hold as its {@code published}, and its
     *     sessions placed where they were announced if they still fit there (when it has no schedule of its own)
     * @param notes what was not carried over and why, each at its path in the announced file
     * @param announced how many sessions the announced schedule places
     * @param published how many of them are {@code published} in the changed dataset
     * @param warmStarted how many sessions start from their announced placement
     */
    public record Replan(LoadedDataset loaded, List<Problem> notes, int announced, int published, int warmStarted) {}

    private final DatasetJson dataset;
    private final List<AssignmentJson> assignments;
    private final Map<String, Integer> assignmentIndex = new HashMap<>();
    private final List<Problem> notes = new ArrayList<>();

    private Replanner(DatasetJson dataset, DatasetJson announced) {
        this.dataset = dataset;
        this.assignments = announced.schedule() == null || announced.schedule().assignments() == null
                ? List.of()
                : announced.schedule().assignments();
        for (int i = 0; i < assignments.size(); i++) {
            assignmentIndex.put(assignments.get(i).session(), i);
        }
    }

    /**
     * The changed dataset re-planned from the announced one.
     *
     * @param dataset the changed forum, valid on its own; its own {@code published}, if any, is replaced
     * @param announced a solved dataset: its schedule is the programme as announced
     * @param weights weights over the dataset's own ({@code solve --weight}), set once by the builder, so that they
     *     hold for the starting point too ({@link #makeRoom})
     * @throws InvalidDatasetException if the changed dataset is invalid, never for what the two disagree on
     */
    public static Replan from(DatasetJson dataset, DatasetJson announced, ConstraintWeights weights)
            throws InvalidDatasetException {
        return new Replanner(dataset, announced).replan(weights);
    }

    private Replan replan(ConstraintWeights weights) throws InvalidDatasetException {
        List<PublishedJson> published = carriedOver();
        List<PublishedJson> unfit = new ArrayList<>();
        LoadedDataset built = DatasetLoader.load(dataset.withPublished(published), weights, placement -> {
            unfit.add(placement.published());
            noteUnfit(placement);
        });
        // The written file keeps only what the programme holds, so that it loads again as it is.
        List<PublishedJson> kept =
                published.stream().filter(entry -> !unfit.contains(entry)).toList();
        LoadedDataset loaded =
                new LoadedDataset(built.document().withPublished(kept), built.programme(), built.warnings());
        int warmStarted = dataset.schedule() == null ? warmStart(loaded.programme()) : 0;
        return new Replan(loaded, List.copyOf(notes), assignments.size(), kept.size(), warmStarted);
    }

    /** The announced placements whose session, room and timeslot the changed dataset still has. */
    private List<PublishedJson> carriedOver() {
        Set<String> sessions = ids(dataset.sessions(), SessionJson::id);
        Set<String> rooms = ids(dataset.rooms(), RoomJson::id);
        Set<String> timeslots = ids(dataset.timeslots(), TimeslotJson::id);
        List<PublishedJson> published = new ArrayList<>();
        for (int i = 0; i < assignments.size(); i++) {
            AssignmentJson assignment = assignments.get(i);
            String what = describe(assignment);
            if (!sessions.contains(assignment.session())) {
                note(i, "%s was announced (%s) but is no longer in the dataset".formatted(assignment.session(), what));
            } else if (!rooms.contains(assignment.room())) {
                note(
                        i,
                        "%s was announced in room %s, which the dataset no longer has; it may move in time at no cost"
                                .formatted(assignment.session(), assignment.room()));
            } else if (!timeslots.contains(assignment.timeslot())) {
                note(
                        i,
                        "%s was announced at timeslot %s, which the dataset no longer has; it may move at no cost"
                                .formatted(assignment.session(), assignment.timeslot()));
            } else {
                published.add(new PublishedJson(
                        assignment.session(), assignment.room(), assignment.timeslot(), assignment.span()));
            }
        }
        return published;
    }

    /** A placement the builder could not resolve on the changed grid (a timeslot that no longer hosts the kind, ...). */
    private void noteUnfit(UnfitPlacement placement) {
        String session = placement.published().session();
        note(
                assignmentIndex.get(session),
                "%s's announced place no longer fits the dataset (%s); it may move at no cost"
                        .formatted(session, placement.reason()));
    }

    /**
     * Places each announced session that is neither pinned nor placed at its announced placement if that is still one
     * of its possible placements; the others start unplaced, for the solver to find a place.
     *
     * @return how many sessions were placed
     */
    private int warmStart(Programme programme) {
        List<Session> sessions = programme.getSessions();
        List<Session> pinned = sessions.stream().filter(Session::isPinned).toList();
        int placed = 0;
        for (Session session : sessions) {
            if (session.getPublishedPlacement() == null || session.isPinned() || session.isPlaced()) {
                continue;
            }
            if (PlacementFit.fits(session, session.getPublishedPlacement())) {
                session.setPlacement(session.getPublishedPlacement());
                placed++;
            } else {
                note(
                        assignmentIndex.get(session.getId()),
                        "%s's announced place %s no longer fits (%s); it starts unplaced"
                                .formatted(
                                        session.getId(),
                                        session.getPublishedPlacement().describe(),
                                        PlacementFit.whyNot(session, session.getPublishedPlacement(), pinned)));
            }
        }
        return placed;
    }

    /**
     * Gives each mandatory session that starts unplaced a starting place: a free one, at its announced time if possible,
     * or else the place of the optional proposals that are cheapest to leave out, as a planner would (see
     * {@link DisplacedSessions}). Run it after any pins are set, which it respects.
     *
     * @return the places taken from proposals, in words: "WS12 takes ws-03, Tue 9 Jun 11:00-12:30 from proposal WS71
     *     (value 80)"
     */
    public static List<String> makeRoom(Programme programme) {
        return DisplacedSessions.placeByBumping(programme, announcedMoveCost(programme)).stream()
                .map(DisplacedSessions.Bump::describe)
                .toList();
    }

    /** The medium cost of moving an announced session, as the programme weighs it (dataset, then command line). */
    private static long announcedMoveCost(Programme programme) {
        HardMediumSoftLongScore weight = programme
                .getConstraintWeightOverrides()
                .getConstraintWeight(ForumConstraint.PUBLISHED_PLACEMENT_CHANGED.constraintName());
        return Math.abs(
                (weight == null ? ForumConstraint.PUBLISHED_PLACEMENT_CHANGED.defaultWeight() : weight).mediumScore());
    }

    private void note(int assignmentIndex, String message) {
        notes.add(Problem.warning("schedule.assignments[%d]".formatted(assignmentIndex), message));
    }

    /** "ws-05 at d2-0900" or, when the file gives them, "ws-05, 2014-09-03 09:00-10:30". */
    private static String describe(AssignmentJson assignment) {
        if (assignment.day() != null && assignment.start() != null && assignment.end() != null) {
            return "%s, %s %s-%s".formatted(assignment.room(), assignment.day(), assignment.start(), assignment.end());
        }
        return "%s at %s".formatted(assignment.room(), assignment.timeslot());
    }

    private static <T> Set<String> ids(List<T> list, Function<T, String> idOf) {
        Set<String> ids = new HashSet<>();
        if (list != null) {
            list.forEach(element -> ids.add(idOf.apply(element)));
        }
        return ids;
    }
}
