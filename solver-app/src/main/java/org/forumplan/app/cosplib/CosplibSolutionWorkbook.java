package org.forumplan.app.cosplib;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.forumplan.model.conference.io.ConferenceJson;
import org.forumplan.model.conference.io.ConferenceScheduleJson;
import org.forumplan.model.conference.io.ConferenceScheduleJson.SubmissionAssignmentJson;
import org.forumplan.model.conference.io.SessionJson;
import org.forumplan.model.problem.InvalidDatasetException;

/**
 * A solution workbook of CoSPLib, laid out as the library's {@code Solution.to_excel} writes it and read as its
 * {@code load_solution} reads it, so that the library's checker scores forumplan's schedules and forumplan scores the
 * library's. Its first sheet, {@code sol}, is read by position: row 1 names the rooms (column B the first room of the
 * {@code rooms} sheet); then a row per session gives each room's track; then an empty row; then a row per timeslot of
 * each session, session after session, gives the submission in each room. A submission of k timeslots fills k
 * consecutive rows of its room's column.
 */
public final class CosplibSolutionWorkbook {

    /** The library's name for the sheet; it reads the first sheet, whatever its name. */
    static final String SHEET = "sol";

    private CosplibSolutionWorkbook() {}

    /**
     * Writes a solved instance's schedule as the library writes a solution, to that file. A cell (a room in a session)
     * gets the track of its submissions; one whose submissions are of several tracks, which the library's checker calls
     * invalid, gets the track of its first.
     *
     * @throws IllegalArgumentException when the schedule names what the instance has not, or runs past a session
     */
    public static void write(ConferenceJson solved, Path out) throws IOException {
        Files.write(out, toBytes(solved));
    }

    /** The solution workbook's bytes, for a caller that writes them in one step. */
    public static byte[] toBytes(ConferenceJson solved) throws IOException {
        String[][][] grid = submissionGrid(solved);
        Map<String, String> trackOf = new HashMap<>();
        solved.submissions().forEach(submission -> trackOf.put(submission.reference(), submission.track()));
        try (Workbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet(SHEET);
            Row rooms = sheet.createRow(0);
            for (int room = 0; room < solved.rooms().size(); room++) {
                rooms.createCell(room + 1).setCellValue(solved.rooms().get(room));
            }
            int sessionCount = solved.sessions().size();
            for (int session = 0; session < sessionCount; session++) {
                String[] tracks = new String[solved.rooms().size()];
                for (int room = 0; room < tracks.length; room++) {
                    String first = firstOf(grid[session][room]);
                    tracks[room] = first == null ? null : trackOf.get(first);
                }
                writeRow(sheet, session + 1, solved.sessions().get(session).name(), tracks);
            }
            // The row after the sessions' is left empty.
            int row = sessionCount + 2;
            for (int session = 0; session < sessionCount; session++) {
                SessionJson named = solved.sessions().get(session);
                for (int timeslot = 0; timeslot < named.timeslots(); timeslot++) {
                    String[] references = new String[solved.rooms().size()];
                    for (int room = 0; room < references.length; room++) {
                        references[room] = grid[session][room][timeslot];
                    }
                    writeRow(sheet, row++, named.name(), references);
                }
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            workbook.write(bytes);
            return bytes.toByteArray();
        }
    }

    /**
     * Reads a solution workbook of an instance, by position as the library does: the labels in column A and row 1 are
     * not read. A submission found nowhere is left unassigned.
     *
     * @return the assignments, in the order of the instance's submissions; no score
     * @throws InvalidDatasetException with every problem found, each at its cell of the first sheet
     * @throws IOException when the file cannot be read at all (missing, no permission)
     */
    public static ConferenceScheduleJson read(Path solution, ConferenceJson instance)
            throws IOException, InvalidDatasetException {
        try (Workbook workbook = XlsxFile.open(solution)) {
            if (workbook.getNumberOfSheets() == 0) {
                return new ConferenceScheduleJson(null, null, List.of());
            }
            return SolutionSheetReader.read(new CosplibSheet(workbook.getSheetAt(0)), instance);
        }
    }

    /** Per session, per room, per timeslot, the reference of the submission there, or null. */
    private static String[][][] submissionGrid(ConferenceJson solved) {
        Map<String, Integer> sessionIndex =
                indexOf(solved.sessions().stream().map(SessionJson::name).toList());
        Map<String, Integer> roomIndex = indexOf(solved.rooms());
        Map<String, Integer> length = new HashMap<>();
        solved.submissions().forEach(submission -> length.put(submission.reference(), submission.timeslots()));
        String[][][] grid = new String[solved.sessions().size()][solved.rooms().size()][];
        for (int session = 0; session < grid.length; session++) {
            for (int room = 0; room < grid[session].length; room++) {
                grid[session][room] = new String[solved.sessions().get(session).timeslots()];
            }
        }
        List<SubmissionAssignmentJson> assignments =
                solved.schedule() == null ? List.of() : solved.schedule().assignments();
        for (SubmissionAssignmentJson assignment : assignments) {
            String[] timeslots = grid[known(sessionIndex, assignment.session(), "session")][
                    known(roomIndex, assignment.room(), "room")];
            int end = assignment.timeslot() + known(length, assignment.submission(), "submission");
            if (assignment.timeslot() < 0 || end > timeslots.length) {
                throw new IllegalArgumentException("%s runs past session %s's %d timeslots"
                        .formatted(assignment.submission(), assignment.session(), timeslots.length));
            }
            for (int timeslot = assignment.timeslot(); timeslot < end; timeslot++) {
                timeslots[timeslot] = assignment.submission();
            }
        }
        return grid;
    }

    private static Map<String, Integer> indexOf(List<String> names) {
        Map<String, Integer> index = new HashMap<>();
        names.forEach(name -> index.put(name, index.size()));
        return index;
    }

    private static int known(Map<String, Integer> values, String name, String kind) {
        Integer value = values.get(name);
        if (value == null) {
            throw new IllegalArgumentException("the schedule names an unknown %s \"%s\"".formatted(kind, name));
        }
        return value;
    }

    private static String firstOf(String[] timeslots) {
        for (String reference : timeslots) {
            if (reference != null) {
                return reference;
            }
        }
        return null;
    }

    /**
     * A labelled row: the label in column A, then a value per room. Every row is labelled, as the library's are, so
     * that an empty last timeslot still counts as a row.
     */
    private static void writeRow(Sheet sheet, int index, String label, String[] values) {
        Row row = sheet.createRow(index);
        row.createCell(0).setCellValue(label);
        for (int room = 0; room < values.length; room++) {
            if (values[room] != null) {
                row.createCell(room + 1).setCellValue(values[room]);
            }
        }
    }
}
