package org.forumplan.app.cosplib;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.forumplan.model.conference.io.ConferenceJson;
import org.forumplan.model.conference.io.ConferenceScheduleJson;
import org.forumplan.model.conference.io.ConferenceScheduleJson.SubmissionAssignmentJson;
import org.forumplan.model.problem.InvalidDatasetException;
import org.forumplan.model.problem.Problem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Solution workbooks laid out as the library writes them, and read back as the library reads them. */
class CosplibSolutionWorkbookTest {

    /** Every submission placed; S1 and S6 hold two timeslots each. */
    private static final List<SubmissionAssignmentJson> ASSIGNMENTS = List.of(
            new SubmissionAssignmentJson("S1", "Mon1", "Aula", 0),
            new SubmissionAssignmentJson("S2", "Mon1", "Aula", 2),
            new SubmissionAssignmentJson("S3", "Mon2", "Lab", 0),
            new SubmissionAssignmentJson("S4", "Tue1", "Lab", 1),
            new SubmissionAssignmentJson("S5", "Tue1", "Aula", 0),
            new SubmissionAssignmentJson("S6", "Tue1", "Aula", 1));

    @TempDir
    Path folder;

    private ConferenceJson instance;
    private Path solution;

    @BeforeEach
    void writeTheSolution() throws Exception {
        instance = CosplibWorkbook.read(TinyCosplibWorkbook.write(folder));
        solution = folder.resolve("TinySolution.xlsx");
        CosplibSolutionWorkbook.write(solved(ASSIGNMENTS), solution);
    }

    @Test
    void readsBackTheAssignmentsItWrote() throws Exception {
        ConferenceScheduleJson read = CosplibSolutionWorkbook.read(solution, instance);

        assertThat(read.assignments()).containsExactlyElementsOf(ASSIGNMENTS);
        assertThat(read.score()).isNull();
    }

    @Test
    void writesRoomsThenEachSessionsTracksThenAnEmptyRowThenEachTimeslot() throws IOException {
        try (Workbook workbook = open(solution)) {
            assertThat(workbook.getNumberOfSheets()).isOne();
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("sol");
            assertThat(text(sheet, "A1")).isNull();
            assertThat(text(sheet, "B1")).isEqualTo("Aula");
            assertThat(text(sheet, "C1")).isEqualTo("Lab");
            assertThat(row(sheet, 2)).containsExactly("Mon1", "Scheduling", null);
            assertThat(row(sheet, 3)).containsExactly("Mon2", null, "Routing");
            assertThat(row(sheet, 4)).containsExactly("Tue1", "Learning", "Routing");
            assertThat(sheet.getRow(4)).as("the empty row after the sessions'").isNull();
            assertThat(row(sheet, 6)).containsExactly("Mon1", "S1", null);
            assertThat(row(sheet, 7)).containsExactly("Mon1", "S1", null);
            assertThat(row(sheet, 8)).containsExactly("Mon1", "S2", null);
            assertThat(row(sheet, 9)).containsExactly("Mon2", null, "S3");
            assertThat(row(sheet, 10)).containsExactly("Mon2", null, null);
            assertThat(row(sheet, 11)).containsExactly("Tue1", "S5", null);
            assertThat(row(sheet, 12)).containsExactly("Tue1", "S6", "S4");
            assertThat(row(sheet, 13)).containsExactly("Tue1", "S6", null);
            assertThat(sheet.getLastRowNum()).isEqualTo(12);
        }
    }

    @Test
    void leavesAnUnplacedSubmissionOutAndLabelsEveryRowSoEmptyLastRowsStillCount() throws Exception {
        List<SubmissionAssignmentJson> withoutS6 = ASSIGNMENTS.subList(0, 5);
        CosplibSolutionWorkbook.write(solved(withoutS6), solution);

        try (Workbook workbook = open(solution)) {
            assertThat(row(workbook.getSheetAt(0), 13)).containsExactly("Tue1", null, null);
        }
        assertThat(CosplibSolutionWorkbook.read(solution, instance).assignments())
                .containsExactlyElementsOf(withoutS6);
    }

    @Test
    void readsAnEmptyFirstSheetAsAnEmptySchedule() throws Exception {
        try (Workbook workbook = new XSSFWorkbook();
                OutputStream out = Files.newOutputStream(solution)) {
            workbook.createSheet("sol");
            workbook.write(out);
        }

        assertThat(CosplibSolutionWorkbook.read(solution, instance).assignments())
                .isEmpty();
    }

    static Stream<Arguments> brokenSolutions() {
        return Stream.of(
                broken(
                        "an unknown submission",
                        sheet -> set(sheet, "B8", "Talk 9"),
                        "sol!B8: unknown submission \"Talk 9\""),
                broken(
                        "an unknown track",
                        sheet -> set(sheet, "C3", "Routng"),
                        "sol!C3: unknown track \"Routng\"; did you mean \"Routing\"?"),
                broken(
                        "a two-timeslot submission split between rooms and sessions",
                        sheet -> {
                            set(sheet, "B7", null);
                            set(sheet, "C10", "S1");
                        },
                        "sol!B6: \"S1\" needs 2 consecutive timeslots of one room in one session, found at sol!B6,"
                                + " sol!C10"),
                broken(
                        "a submission twice",
                        sheet -> set(sheet, "C7", "S2"),
                        "sol!C7: \"S2\" needs 1 timeslot, found at sol!C7, sol!B8"),
                broken(
                        "a track cell other than its submissions' track",
                        sheet -> set(sheet, "B2", "Routing"),
                        "sol!B6: \"S1\" is of track \"Scheduling\", but its cell's track (sol!B2) is \"Routing\"",
                        "sol!B8: \"S2\" is of track \"Scheduling\", but its cell's track (sol!B2) is \"Routing\""),
                broken(
                        "submissions in a cell without a track",
                        sheet -> set(sheet, "C3", null),
                        "sol!C9: \"S3\" is of track \"Routing\", but its cell's track (sol!C3) is empty"),
                broken(
                        "a track in a cell without submissions",
                        sheet -> set(sheet, "C2", "Routing"),
                        "sol!C2: track \"Routing\" in a cell whose timeslots are empty; forumplan gives a cell the track"
                                + " of its submissions"),
                broken(
                        "a value right of the last room",
                        sheet -> set(sheet, "D7", "S3"),
                        "sol!D7: a value right of the last room's column (C); the sheet has a column per room, in the"
                                + " order of the instance's rooms"),
                broken(
                        "too few rows",
                        sheet -> sheet.removeRow(sheet.getRow(12)),
                        "sol!A13: the sheet ends at row 12, but needs 13 rows: the rooms, a row per session, an empty"
                                + " row, then a row per timeslot of each session",
                        "sol!B12: \"S6\" needs 2 consecutive timeslots of one room in one session, found at sol!B12"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenSolutions")
    void reportsEachProblemAtItsCell(String mistake, Consumer<Sheet> change, List<String> expected) throws Exception {
        try (Workbook workbook = open(solution)) {
            change.accept(workbook.getSheetAt(0));
            try (OutputStream out = Files.newOutputStream(solution)) {
                workbook.write(out);
            }
        }

        InvalidDatasetException thrown = catchThrowableOfType(
                InvalidDatasetException.class, () -> CosplibSolutionWorkbook.read(solution, instance));

        assertThat(thrown).as("the solution's problems").isNotNull();
        assertThat(thrown.problems().stream().map(Problem::toString)).containsExactlyElementsOf(expected);
    }

    private ConferenceJson solved(List<SubmissionAssignmentJson> assignments) {
        return instance.withSchedule(new ConferenceScheduleJson(null, null, assignments));
    }

    private static Arguments broken(String mistake, Consumer<Sheet> change, String... expected) {
        return Arguments.of(mistake, change, List.of(expected));
    }

    private static Workbook open(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return WorkbookFactory.create(in);
        }
    }

    /** A cell's text, null when it has no value; any value other than text fails the test. */
    private static String text(Sheet sheet, String ref) {
        CellReference at = new CellReference(ref);
        Row row = sheet.getRow(at.getRow());
        Cell cell = row == null ? null : row.getCell(at.getCol());
        if (cell == null || cell.getCellType() == CellType.BLANK) {
            return null;
        }
        assertThat(cell.getCellType()).as(ref).isEqualTo(CellType.STRING);
        return cell.getStringCellValue();
    }

    /** Columns A to C of a row, by its number as spreadsheets show it. */
    private static List<String> row(Sheet sheet, int number) {
        return Stream.of("A", "B", "C")
                .map(column -> text(sheet, column + number))
                .toList();
    }

    private static void set(Sheet sheet, String ref, String value) {
        CellReference at = new CellReference(ref);
        Row row = sheet.getRow(at.getRow()) == null ? sheet.createRow(at.getRow()) : sheet.getRow(at.getRow());
        if (value == null) {
            Cell cell = row.getCell(at.getCol());
            if (cell != null) {
                row.removeCell(cell);
            }
        } else {
            row.createCell(at.getCol()).setCellValue(value);
        }
    }
}
