package org.forumplan.model.conference.load;

import ai.timefold.solver.core.api.domain.solution.ConstraintWeightOverrides;
import ai.timefold.solver.core.api.score.buildin.hardsoftlong.HardSoftLongScore;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.forumplan.model.conference.domain.Cell;
import org.forumplan.model.conference.domain.Conference;
import org.forumplan.model.conference.domain.Room;
import org.forumplan.model.conference.domain.Session;
import org.forumplan.model.conference.domain.Slot;
import org.forumplan.model.conference.domain.SlotIndex;
import org.forumplan.model.conference.domain.Submission;
import org.forumplan.model.conference.domain.Track;
import org.forumplan.model.conference.io.ConferenceJson;
import org.forumplan.model.conference.io.ConferenceScheduleJson.SubmissionAssignmentJson;
import org.forumplan.model.conference.io.SessionJson;
import org.forumplan.model.conference.io.SubmissionJson;
import org.forumplan.model.conference.io.TrackJson;
import org.forumplan.model.conference.score.Term;
import org.forumplan.model.problem.InvalidDatasetException;

/**
 * A checked {@code cosplib/1} document as the planning problem: names resolved to indexes, penalty grids to arrays,
 * the time-zone penalties and the conflicts between submissions derived once, every slot of every length made once
 * and shared, and the schedule, if any, placed.
 */
public final class ConferenceBuilder {

    private final ConferenceJson document;
    private final Map<String, Integer> sessionIndex = new HashMap<>();
    private final Map<String, Integer> roomIndex = new HashMap<>();
    private final Map<String, Integer> trackIndex = new HashMap<>();

    private ConferenceBuilder(ConferenceJson document) {
        this.document = document;
        indexNames();
    }

    /** The planning problem of a document; its problems, all at once, when it has any. */
    public static Conference build(ConferenceJson document) throws InvalidDatasetException {
        new ConferenceChecker(document).check();
        return new ConferenceBuilder(document).build();
    }

    private void indexNames() {
        document.sessions().forEach(session -> sessionIndex.put(session.name(), sessionIndex.size()));
        document.rooms().forEach(room -> roomIndex.put(room, roomIndex.size()));
        document.tracks().forEach(track -> trackIndex.put(track.name(), trackIndex.size()));
    }

    private Conference build() {
        List<Room> rooms = new ArrayList<>();
        for (String name : document.rooms()) {
            rooms.add(new Room(rooms.size(), name));
        }
        List<Session> sessions = new ArrayList<>();
        for (SessionJson session : document.sessions()) {
            sessions.add(new Session(
                    sessions.size(),
                    session.name(),
                    session.timeslots(),
                    byIndex(row(document.sessionRoomPenalties(), session.name()), roomIndex)));
        }
        List<Track> tracks = tracks();
        List<Cell> cells = new ArrayList<>();
        for (Session session : sessions) {
            for (Room room : rooms) {
                cells.add(new Cell(cells.size(), session, room));
            }
        }
        Map<Integer, List<Slot>> slotsByLength = new HashMap<>();
        List<Submission> submissions = new ArrayList<>();
        SubmissionConflicts conflicts = new SubmissionConflicts(document);
        TimeZonePenalties timeZones = new TimeZonePenalties(document.parameters());
        for (SubmissionJson json : document.submissions()) {
            int index = submissions.size();
            submissions.add(new Submission(
                    index,
                    json.reference(),
                    tracks.get(trackIndex.get(json.track())),
                    json.timeslots(),
                    json.order(),
                    new Submission.SubmissionCosts(
                            document.sessions().stream()
                                    .mapToLong(session -> timeZones.of(json.timeZone(), session.start(), session.end()))
                                    .toArray(),
                            byIndex(json.sessionPenalties(), sessionIndex),
                            byIndex(json.roomPenalties(), roomIndex)),
                    conflicts.of(index),
                    slotsByLength.computeIfAbsent(json.timeslots(), length -> slots(cells, length))));
        }
        Conference conference = new Conference(
                document.name(),
                sessions,
                rooms,
                tracks,
                cells,
                submissions,
                weights(document.weights()),
                new SlotIndex(List.copyOf(slotsByLength.values())));
        if (document.schedule() != null) {
            place(conference, slotsByLength);
        }
        return conference;
    }

    private List<Track> tracks() {
        List<Track> tracks = new ArrayList<>();
        int count = document.tracks().size();
        for (TrackJson track : document.tracks()) {
            long[] similarity = new long[count];
            boolean[] chairConflicts = new boolean[count];
            for (TrackJson other : document.tracks()) {
                int otherIndex = trackIndex.get(other.name());
                if (other != track) {
                    similarity[otherIndex] = Math.max(
                            row(document.similarTracks(), track.name()).getOrDefault(other.name(), 0L),
                            row(document.similarTracks(), other.name()).getOrDefault(track.name(), 0L));
                    chairConflicts[otherIndex] = SubmissionConflicts.share(track.chairs(), other.chairs());
                }
            }
            tracks.add(new Track(
                    tracks.size(),
                    track.name(),
                    byIndex(row(document.trackSessionPenalties(), track.name()), sessionIndex),
                    byIndex(row(document.trackRoomPenalties(), track.name()), roomIndex),
                    similarity,
                    chairConflicts));
        }
        return tracks;
    }

    /** Every slot of a length, cell by cell; none in a session too short for it. */
    private static List<Slot> slots(List<Cell> cells, int length) {
        List<Slot> slots = new ArrayList<>();
        for (Cell cell : cells) {
            for (int start = 0; start + length <= cell.session().timeslots(); start++) {
                slots.add(new Slot(cell, start, length));
            }
        }
        return List.copyOf(slots);
    }

    /** A grid's row, empty when the grid or the row is absent. */
    static Map<String, Long> row(Map<String, Map<String, Long>> grid, String name) {
        return grid == null ? Map.of() : grid.getOrDefault(name, Map.of());
    }

    private static long[] byIndex(Map<String, Long> values, Map<String, Integer> index) {
        long[] array = new long[index.size()];
        values.forEach((name, value) -> array[index.get(name)] = value);
        return array;
    }

    /**
     * Each term's weight for its constraints; a weight of 0 (or below, which the library treats as 0) switches the
     * term off. The two hard rules keep their own weights.
     */
    static ConstraintWeightOverrides<HardSoftLongScore> weights(Map<String, Long> weights) {
        Map<String, HardSoftLongScore> overrides = new LinkedHashMap<>();
        for (Term term : Term.values()) {
            long weight = Math.max(0, weights == null ? 0 : weights.getOrDefault(term.key(), 0L));
            for (String constraintName : term.constraintNames()) {
                overrides.put(constraintName, HardSoftLongScore.ofSoft(weight));
            }
        }
        return ConstraintWeightOverrides.of(overrides);
    }

    private void place(Conference conference, Map<Integer, List<Slot>> slotsByLength) {
        Map<String, Submission> byReference = new HashMap<>();
        conference.getSubmissions().forEach(submission -> byReference.put(submission.getReference(), submission));
        for (SubmissionAssignmentJson assignment : document.schedule().assignments()) {
            Submission submission = byReference.get(assignment.submission());
            int session = sessionIndex.get(assignment.session());
            int room = roomIndex.get(assignment.room());
            submission.setSlot(slotsByLength.get(submission.getLength()).stream()
                    .filter(slot -> slot.cell().session().index() == session
                            && slot.cell().room().index() == room
                            && slot.start() == assignment.timeslot())
                    .findFirst()
                    .orElseThrow());
        }
    }
}
