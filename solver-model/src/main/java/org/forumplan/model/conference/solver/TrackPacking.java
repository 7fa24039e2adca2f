package org.forumplan.model.conference.solver;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.api.solver.phase.PhaseCommand;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.forumplan.model.conference.domain.Cell;
import org.forumplan.model.conference.domain.Conference;
import org.forumplan.model.conference.domain.Slot;
import org.forumplan.model.conference.domain.Submission;
import org.forumplan.model.conference.domain.Track;
import org.forumplan.model.conference.score.Term;

/**
 * The first schedule, track by track: each track, the largest first, fills cells of its own, its submissions (longest
 * first, then in their order) packed from each cell's first timeslot. A new cell is the free one where the track costs
 * least (its penalties for the session and the room, the room's for the session, its submissions' for the session,
 * room and time zone, all weighted); among equals the next session in the room of the track's last cell, then the
 * one whose length fits the rest of the track best. In a tight conference (the submissions need more than
 * {@value #TIGHT} of all timeslots) the fit comes first: a cell half used by a track is lost to every other track, and
 * too many such cells leave no room. So the two hard rules hold from the start wherever such a packing exists; the
 * construction heuristic after it places what is left.
 */
public class TrackPacking implements PhaseCommand<Conference> {

    static final double TIGHT = 0.8;

    @Override
    public void changeWorkingSolution(ScoreDirector<Conference> scoreDirector, BooleanSupplier isPhaseTerminated) {
        Conference conference = scoreDirector.getWorkingSolution();
        long capacity = (long) conference.getRooms().size()
                * conference.getSessions().stream()
                        .mapToInt(session -> session.timeslots())
                        .sum();
        boolean tight = need(conference.getSubmissions()) > TIGHT * capacity;
        Map<Track, List<Submission>> byTrack = new LinkedHashMap<>();
        for (Submission submission : conference.getSubmissions()) {
            if (submission.getSlot() == null) {
                byTrack.computeIfAbsent(submission.getTrack(), track -> new ArrayList<>())
                        .add(submission);
            }
        }
        Map<Cell, boolean[]> taken = new HashMap<>();
        Map<Cell, Track> owner = new HashMap<>();
        for (Submission placed : conference.getSubmissions()) {
            if (placed.getSlot() != null) {
                mark(taken, placed.getSlot());
                owner.put(placed.cell(), placed.getTrack());
            }
        }
        List<Map.Entry<Track, List<Submission>>> tracks = new ArrayList<>(byTrack.entrySet());
        tracks.sort(Comparator.comparingInt((Map.Entry<Track, List<Submission>> entry) -> need(entry.getValue()))
                .reversed());
        for (Map.Entry<Track, List<Submission>> entry : tracks) {
            if (isPhaseTerminated.getAsBoolean()) {
                return;
            }
            List<Submission> submissions = new ArrayList<>(entry.getValue());
            submissions.sort(Comparator.comparingInt(Submission::getLength)
                    .reversed()
                    .thenComparingInt(submission -> submission.hasOrder() ? submission.getOrder() : Integer.MAX_VALUE));
            int remaining = need(submissions);
            Cell last = null;
            for (Submission submission : submissions) {
                Slot slot = freeIn(conference, entry.getKey(), submission, owner, taken);
                if (slot == null) {
                    Cell cell = newCell(conference, submissions, submission.getLength(), remaining, last, owner, tight);
                    slot = cell == null ? null : conference.getSlotIndex().at(cell, 0, submission.getLength());
                }
                if (slot != null) {
                    scoreDirector.beforeVariableChanged(submission, "slot");
                    submission.setSlot(slot);
                    scoreDirector.afterVariableChanged(submission, "slot");
                    scoreDirector.triggerVariableListeners();
                    mark(taken, slot);
                    owner.put(slot.cell(), entry.getKey());
                    last = slot.cell();
                }
                remaining -= submission.getLength();
            }
        }
    }

    private static int need(List<Submission> submissions) {
        return submissions.stream().mapToInt(Submission::getLength).sum();
    }

    private static void mark(Map<Cell, boolean[]> taken, Slot slot) {
        boolean[] timeslots = taken.computeIfAbsent(
                slot.cell(), cell -> new boolean[cell.session().timeslots()]);
        for (int t = slot.start(); t < slot.end(); t++) {
            timeslots[t] = true;
        }
    }

    /** The earliest free run of the submission's length in a cell the track owns already. */
    private static Slot freeIn(
            Conference conference,
            Track track,
            Submission submission,
            Map<Cell, Track> owner,
            Map<Cell, boolean[]> taken) {
        for (Cell cell : conference.getCells()) {
            if (owner.get(cell) != track) {
                continue;
            }
            boolean[] timeslots = taken.get(cell);
            for (int start = 0; start + submission.getLength() <= timeslots.length; start++) {
                if (isFree(timeslots, start, submission.getLength())) {
                    return conference.getSlotIndex().at(cell, start, submission.getLength());
                }
            }
        }
        return null;
    }

    private static boolean isFree(boolean[] timeslots, int start, int length) {
        for (int t = start; t < start + length; t++) {
            if (timeslots[t]) {
                return false;
            }
        }
        return true;
    }

    /** A free cell long enough, the cheapest for the track; see the class comment for the ties. */
    private static Cell newCell(
            Conference conference,
            List<Submission> track,
            int length,
            int remaining,
            Cell last,
            Map<Cell, Track> owner,
            boolean tight) {
        Comparator<Cell> cheapest = Comparator.comparingLong((Cell cell) -> cost(conference, track, cell))
                .thenComparingInt(cell -> last != null
                                && cell.room() == last.room()
                                && cell.session().index() == last.session().index() + 1
                        ? 0
                        : 1);
        int[] lengths = conference.getSessions().stream()
                .mapToInt(session -> session.timeslots())
                .distinct()
                .toArray();
        // The fewest timeslots the track leaves unused in its cells if it takes this one (sessions of 3 and 4: a track
        // of 5 takes 3 and 3, wasting 1, rather than 4 and 3, wasting 2).
        Comparator<Cell> fitting = Comparator.comparingInt(cell -> {
            int cellLength = cell.session().timeslots();
            return cellLength >= remaining ? cellLength - remaining : leastWaste(remaining - cellLength, lengths);
        });
        Comparator<Cell> best = tight ? fitting.thenComparing(cheapest) : cheapest.thenComparing(fitting);
        return conference.getCells().stream()
                .filter(cell -> !owner.containsKey(cell) && cell.session().timeslots() >= length)
                .min(best)
                .orElse(null);
    }

    /** The fewest timeslots left unused when cells of these lengths (as many as wanted) hold {@code need} of them. */
    static int leastWaste(int need, int[] lengths) {
        int[] waste = new int[need + 1];
        for (int rest = 1; rest <= need; rest++) {
            int least = Integer.MAX_VALUE;
            for (int length : lengths) {
                least = Math.min(least, length >= rest ? length - rest : waste[rest - length]);
            }
            waste[rest] = least;
        }
        return waste[need];
    }

    /** What the track's submissions would cost in the cell, by the instance's weights. */
    private static long cost(Conference conference, List<Submission> track, Cell cell) {
        int session = cell.session().index();
        int room = cell.room().index();
        Track owner = track.get(0).getTrack();
        long cost = weight(conference, Term.TRACKS_SESSIONS) * owner.sessionPenalties()[session]
                + weight(conference, Term.TRACKS_ROOMS) * owner.roomPenalties()[room]
                + weight(conference, Term.SESSIONS_ROOMS) * cell.session().roomPenalties()[room];
        for (Submission submission : track) {
            cost += submission.getLength()
                    * (weight(conference, Term.SUBMISSIONS_SESSIONS)
                                    * submission.getCosts().sessions()[session]
                            + weight(conference, Term.SUBMISSIONS_TIMEZONES)
                                    * submission.getCosts().timeZone()[session]
                            + weight(conference, Term.SUBMISSIONS_ROOMS)
                                    * submission.getCosts().rooms()[room]);
        }
        return cost;
    }

    private static long weight(Conference conference, Term term) {
        return conference
                .getWeights()
                .getConstraintWeight(term.constraintName())
                .softScore();
    }
}
