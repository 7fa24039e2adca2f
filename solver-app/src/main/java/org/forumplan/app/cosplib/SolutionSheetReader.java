package org.forumplan.app.cosplib;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.poi.ss.util.CellReference;
import org.forumplan.model.conference.io.ConferenceJson;
import org.forumplan.model.conference.io.ConferenceScheduleJson;
import org.forumplan.model.conference.io.ConferenceScheduleJson.SubmissionAssignmentJson;
import org.forumplan.model.conference.io.SessionJson;
import org.forumplan.model.conference.io.SubmissionJson;
import org.forumplan.model.conference.io.TrackJson;
import org.forumplan.model.problem.InvalidDatasetException;

/**
 * Reads the first sheet of a solution workbook into assignments, by position as the library's {@code load_solution}
 * does. Where the library would take a layout forumplan cannot hold (a submission split or repeated, a track cell that
 * is not its submissions' track), it is a problem at the cell, so that a solution is never scored as something else.
 */
final class SolutionSheetReader {

    private final CosplibSheet sheet;
    private final ConferenceJson instance;
    private final Map<String, SubmissionJson> submissions = new LinkedHashMap<>();
    private final NameList trackNames;
    private final NameList references;
    /** Per session, per room, the track of the cell; null when empty or unreadable. */
    private final String[][] tracks;
    /** The cells whose track could not be read, already a problem: their submissions are not checked against it. */
    private final boolean[][] unreadableTracks;

    private final Map<String, List<Place>> places = new HashMap<>();

    /** A timeslot cell holding a submission: session, room and timeslot by index, and its row in the sheet. */
    private record Place(int session, int room, int timeslot, int row) {}

    private SolutionSheetReader(CosplibSheet sheet, ConferenceJson instance) {
        this.sheet = sheet;
        this.instance = instance;
        instance.submissions().forEach(submission -> submissions.put(submission.reference(), submission));
        this.tracks = new String[instance.sessions().size()][instance.rooms().size()];
        this.unreadableTracks =
                new boolean[instance.sessions().size()][instance.rooms().size()];
        this.trackNames = NameList.of(
                "track",
                "a track's name",
                instance.tracks().stream().map(TrackJson::name).toList());
        this.references = NameList.of("submission", "a submission's reference", submissions.keySet());
    }

    static ConferenceScheduleJson read(CosplibSheet sheet, ConferenceJson instance) throws InvalidDatasetException {
        return new SolutionSheetReader(sheet, instance).read();
    }

    private ConferenceScheduleJson read() throws InvalidDatasetException {
        // As the library: a sheet with nothing right of column A is an empty schedule.
        if (sheet.width() <= 1) {
            return new ConferenceScheduleJson(null, null, List.of());
        }
        int rooms = instance.rooms().size();
        for (int column = rooms + 1; column < sheet.width(); column++) {
            reportExtraColumn(column);
        }
        int needed = rowsNeeded();
        if (sheet.rows() < needed) {
            sheet.problem(
                    sheet.rows(),
                    0,
                    "the sheet ends at row %d, but needs %d rows: the rooms, a row per session, an empty row, then a row"
                                    .formatted(sheet.rows(), needed)
                            + " per timeslot of each session");
        }
        readTracks();
        readSubmissions();
        List<SubmissionAssignmentJson> assignments = assignments();
        reportTracksWithoutSubmissions();
        if (!sheet.problems().isEmpty()) {
            throw new InvalidDatasetException(sheet.problems());
        }
        return new ConferenceScheduleJson(null, null, assignments);
    }

    private int rowsNeeded() {
        int timeslots =
                instance.sessions().stream().mapToInt(SessionJson::timeslots).sum();
        return instance.sessions().size() + 2 + timeslots;
    }

    /** The library fails on any value right of the last room's column. */
    private void reportExtraColumn(int column) {
        for (int row = 0; row < sheet.rows(); row++) {
            if (!sheet.isBlank(row, column)) {
                sheet.problem(
                        row,
                        column,
                        "a value right of the last room's column (%s); the sheet has a column per room, in the order of"
                                        .formatted(CellReference.convertNumToColString(
                                                instance.rooms().size()))
                                + " the instance's rooms");
                return;
            }
        }
    }

    /** Row 2 on: per session, each room's track. */
    private void readTracks() {
        for (int session = 0; session < tracks.length; session++) {
            for (int room = 0; room < tracks[session].length; room++) {
                tracks[session][room] = known(session + 1, room + 1, trackNames);
                unreadableTracks[session][room] =
                        tracks[session][room] == null && !sheet.isBlank(session + 1, room + 1);
            }
        }
    }

    /** After the sessions' rows and an empty one: per session, per timeslot, each room's submission. */
    private void readSubmissions() {
        int row = instance.sessions().size() + 2;
        for (int session = 0; session < tracks.length; session++) {
            for (int timeslot = 0; timeslot < instance.sessions().get(session).timeslots(); timeslot++) {
                for (int room = 0; room < tracks[session].length; room++) {
                    String reference = known(row, room + 1, references);
                    if (reference != null) {
                        places.computeIfAbsent(reference, name -> new ArrayList<>())
                                .add(new Place(session, room, timeslot, row));
                    }
                }
                row++;
            }
        }
    }

    /** The name in a cell, null when it is empty; a name the instance does not have is a problem. */
    private String known(int row, int column, NameList names) {
        String name = sheet.name(row, column, names.expected());
        if (name.isEmpty()) {
            return null;
        }
        if (!names.contains(name)) {
            sheet.problem(row, column, names.unknown(name));
            return null;
        }
        return name;
    }

    /** Each submission found whole in one cell, at its first timeslot, in the instance's order. */
    private List<SubmissionAssignmentJson> assignments() {
        List<SubmissionAssignmentJson> assignments = new ArrayList<>();
        for (SubmissionJson submission : submissions.values()) {
            List<Place> found = places.get(submission.reference());
            if (found == null) {
                continue;
            }
            Place first = found.get(0);
            if (!isWhole(found, submission.timeslots())) {
                String needs = submission.timeslots() == 1
                        ? "1 timeslot"
                        : submission.timeslots() + " consecutive timeslots of one room in one session";
                sheet.problem(
                        first.row(),
                        first.room() + 1,
                        "\"%s\" needs %s, found at %s".formatted(submission.reference(), needs, refs(found)));
            } else if (unreadableTracks[first.session()][first.room()]) {
                continue;
            } else if (!submission.track().equals(tracks[first.session()][first.room()])) {
                String cellTrack = tracks[first.session()][first.room()];
                sheet.problem(
                        first.row(),
                        first.room() + 1,
                        "\"%s\" is of track \"%s\", but its cell's track (%s) is %s"
                                .formatted(
                                        submission.reference(),
                                        submission.track(),
                                        sheet.ref(first.session() + 1, first.room() + 1),
                                        cellTrack == null ? "empty" : "\"" + cellTrack + "\""));
            } else {
                assignments.add(new SubmissionAssignmentJson(
                        submission.reference(),
                        instance.sessions().get(first.session()).name(),
                        instance.rooms().get(first.room()),
                        first.timeslot()));
            }
        }
        return assignments;
    }

    /** Whether the places are exactly k consecutive timeslots of one cell, in order. */
    private static boolean isWhole(List<Place> found, int timeslots) {
        Place first = found.get(0);
        if (found.size() != timeslots) {
            return false;
        }
        for (int i = 1; i < found.size(); i++) {
            Place place = found.get(i);
            if (place.session() != first.session()
                    || place.room() != first.room()
                    || place.timeslot() != first.timeslot() + i) {
                return false;
            }
        }
        return true;
    }

    private String refs(List<Place> found) {
        return found.stream()
                .map(place -> sheet.ref(place.row(), place.room() + 1))
                .collect(Collectors.joining(", "));
    }

    /**
     * The library scores a track in a cell even when its timeslots are empty; forumplan gives a cell the track of its
     * submissions, and would score such a solution lower.
     */
    private void reportTracksWithoutSubmissions() {
        boolean[][] occupied = new boolean[tracks.length][instance.rooms().size()];
        places.values().forEach(found -> found.forEach(place -> occupied[place.session()][place.room()] = true));
        for (int session = 0; session < tracks.length; session++) {
            for (int room = 0; room < tracks[session].length; room++) {
                if (tracks[session][room] != null && !occupied[session][room]) {
                    sheet.problem(
                            session + 1,
                            room + 1,
                            "track \"%s\" in a cell whose timeslots are empty; forumplan gives a cell the track of its"
                                            .formatted(tracks[session][room])
                                    + " submissions");
                }
            }
        }
    }
}
