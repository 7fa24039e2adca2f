package org.forumplan.app.cosplib;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.forumplan.model.conference.io.ConferenceJson;
import org.forumplan.model.conference.io.SessionJson;
import org.forumplan.model.conference.io.SubmissionJson;
import org.forumplan.model.conference.io.TrackJson;
import org.forumplan.model.problem.InvalidDatasetException;
import org.forumplan.model.problem.Problem;
import org.forumplan.model.problem.Suggestions;

/**
 * An instance workbook of CoSPLib, the library of conference-scheduling instances, read into a {@code cosplib/1}
 * document the way the library's own reader reads it: the same sheets and cells, found by name or by position where
 * the library finds them so, text compared exactly, a blank penalty being 0. Whatever the library's reader would refuse,
 * and whatever cannot be read, is a problem at its sheet and cell ({@code submissions!B14: unknown track "X"}), all of
 * a workbook's problems reported together.
 *
 * <p>The document keeps all sixteen weights, zeros included, so it shows which terms are switched off; the penalty
 * grids and a submission's penalties keep their non-zero cells only.
 */
public final class CosplibWorkbook {

    /** The sheets the library requires, by their exact names (case counts); a workbook's other sheets are ignored. */
    static final List<String> SHEETS = List.of(
            "parameters",
            "submissions",
            "tracks",
            "sessions",
            "rooms",
            "tracks_sessions|penalty",
            "tracks_rooms|penalty",
            "similar tracks",
            "sessions_rooms|penalty");

    private final Map<String, CosplibSheet> sheets = new LinkedHashMap<>();
    private final NameList tracks = new NameList("track", "a track's name");
    private final NameList sessions = new NameList("session", "a session's name");
    private final NameList rooms = new NameList("room", "a room's name");

    private CosplibWorkbook(Map<String, Sheet> sheets) {
        SHEETS.forEach(name -> this.sheets.put(name, new CosplibSheet(sheets.get(name))));
    }

    /**
     * Whether a file is an {@code .xlsx} workbook with the nine sheets of a CoSPLib instance. It reads the workbook's
     * list of sheets only, not their cells, so it is cheap enough to decide how to read a file.
     */
    public static boolean isCosplibWorkbook(Path file) {
        return XlsxFile.sheetNames(file).containsAll(SHEETS);
    }

    /**
     * Reads an instance workbook; the document is named after the file (without its extension) and has no schedule.
     *
     * @throws InvalidDatasetException with every problem found, each at its sheet and cell
     * @throws IOException when the file cannot be read at all (missing, no permission)
     */
    public static ConferenceJson read(Path file) throws IOException, InvalidDatasetException {
        try (Workbook workbook = XlsxFile.open(file)) {
            return new CosplibWorkbook(requiredSheets(workbook)).read(instanceName(file));
        }
    }

    private static String instanceName(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    /** The nine sheets by name; any missing is a problem, as nothing else can be checked without it. */
    private static Map<String, Sheet> requiredSheets(Workbook workbook) throws InvalidDatasetException {
        Map<String, Sheet> found = new LinkedHashMap<>();
        // Not Workbook.getSheet(name): it ignores case, and the library does not.
        workbook.forEach(sheet -> found.put(sheet.getSheetName(), sheet));
        List<String> others =
                found.keySet().stream().filter(name -> !SHEETS.contains(name)).toList();
        List<Problem> problems = new ArrayList<>();
        for (String name : SHEETS) {
            if (!found.containsKey(name)) {
                String hint = Suggestions.didYouMean(name, others);
                problems.add(Problem.error(
                        "",
                        "missing sheet \"%s\"%s"
                                .formatted(
                                        name,
                                        hint.isEmpty()
                                                ? "; a CoSPLib instance has the sheets " + String.join(", ", SHEETS)
                                                : hint + " (sheet names are case-sensitive)")));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidDatasetException(problems);
        }
        return found;
    }

    private ConferenceJson read(String name) throws InvalidDatasetException {
        ParametersSheet.Read parameters = ParametersSheet.read(sheet("parameters"));
        List<TrackJson> trackList = ListSheets.tracks(sheet("tracks"), tracks);
        List<SessionJson> sessionList = ListSheets.sessions(sheet("sessions"), sessions);
        List<String> roomList = ListSheets.rooms(sheet("rooms"), rooms);
        SubmissionsSheet.Read submissions = SubmissionsSheet.read(sheet("submissions"), tracks, sessions, rooms);
        requireSubmissionsInEveryTrack(submissions.tracksNamed());
        Map<String, Map<String, Long>> trackSessionPenalties =
                PenaltyGrids.byName(sheet("tracks_sessions|penalty"), tracks, sessions);
        Map<String, Map<String, Long>> trackRoomPenalties =
                PenaltyGrids.byName(sheet("tracks_rooms|penalty"), tracks, rooms);
        Map<String, Map<String, Long>> sessionRoomPenalties =
                PenaltyGrids.byName(sheet("sessions_rooms|penalty"), sessions, rooms);
        Map<String, Map<String, Long>> similarTracks = PenaltyGrids.similarTracks(sheet("similar tracks"), tracks);
        if (problems().isEmpty()) {
            // Only once every count is read: a count left out would make the sums wrong.
            requireCapacity(sessionList, submissions.submissions());
        }
        List<Problem> problems = problems();
        if (!problems.isEmpty()) {
            throw new InvalidDatasetException(problems);
        }
        return new ConferenceJson(
                ConferenceJson.FORMAT,
                name,
                parameters.parameters(),
                parameters.weights(),
                sessionList,
                roomList,
                trackList,
                submissions.submissions(),
                trackSessionPenalties,
                trackRoomPenalties,
                sessionRoomPenalties,
                similarTracks,
                null);
    }

    private CosplibSheet sheet(String name) {
        return sheets.get(name);
    }

    /** The library refuses a track without submissions. */
    private void requireSubmissionsInEveryTrack(Set<String> tracksNamed) {
        Set<String> named = new HashSet<>(tracksNamed);
        for (String track : tracks.missingFrom(named)) {
            tracks.problemAt(
                    track, "track \"%s\" has no submissions; the library refuses a track without any".formatted(track));
        }
    }

    /** The library refuses an instance whose submissions need more timeslots than the rooms have in all sessions. */
    private void requireCapacity(List<SessionJson> sessionList, List<SubmissionJson> submissions) {
        long perRoom = sessionList.stream().mapToLong(SessionJson::timeslots).sum();
        long capacity = perRoom * rooms.size();
        long needed = submissions.stream().mapToLong(SubmissionJson::timeslots).sum();
        if (needed > capacity) {
            sheet("sessions")
                    .problem(
                            0,
                            1,
                            "the submissions need %d timeslots, but the sessions have %d per room, %d in all %d rooms;"
                                            .formatted(needed, perRoom, capacity, rooms.size())
                                    + " add a session, a timeslot or a room");
        }
    }

    /** The problems of all sheets, sheet by sheet. */
    private List<Problem> problems() {
        List<Problem> problems = new ArrayList<>();
        sheets.values().forEach(sheet -> problems.addAll(sheet.problems()));
        return problems;
    }
}
