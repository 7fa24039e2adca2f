package org.forumplan.app.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.forumplan.app.cli.CommandRun.forumplan;

import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.forumplan.app.cli.CommandRun;
import org.forumplan.app.cli.ExitCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The corpus of broken workbooks: each is the template with one mistake a planner makes, and its one-line message at
 * the sheet and cell to fix. Nothing is written and no stack trace is shown.
 */
class BrokenWorkbookTest {

    @TempDir
    Path folder;

    static Stream<Arguments> brokenWorkbooks() {
        return Stream.of(
                broken(
                        "unknown header",
                        workbook -> text(workbook, "Sessions!D1", "Durashun (minutes)"),
                        "Sessions!D1: unknown column \"Durashun (minutes)\"; did you mean \"Duration (minutes)\"?"),
                broken(
                        "wrong type in a cell",
                        workbook -> text(workbook, "Sessions!D3", "ninety"),
                        "Sessions!D3: expected a whole number, found \"ninety\""),
                broken(
                        "a date cell where a time belongs",
                        workbook -> date(workbook, "Timeslots!C2", LocalDate.of(2027, 6, 1)),
                        "Timeslots!C2: a date where a time belongs; expected a time of day (a time cell or HH:MM)"),
                broken(
                        "a number where a time belongs",
                        workbook -> {
                            // A plain number cell, not one formatted as a time.
                            cell(workbook, "Timeslots!D2").setCellStyle(workbook.getCellStyleAt(0));
                            cell(workbook, "Timeslots!D2").setCellValue(9);
                        },
                        "Timeslots!D2: expected a time of day (a time cell or HH:MM), found 9"),
                broken(
                        "an unknown person by name",
                        workbook -> text(workbook, "Sessions!G3", "Kofi Mensa (organizer)"),
                        "Sessions!G3: unknown person \"Kofi Mensa\"; did you mean \"Kofi Mensah\"?"),
                broken(
                        "an ambiguous name",
                        workbook -> {
                            text(workbook, "People!B3", "Ana Pereira");
                            text(workbook, "Sessions!G3", "Ana Pereira (speaker)");
                        },
                        "Sessions!G3: \"Ana Pereira\" is the name of 2 people (p-001, p-002); name one by its id"),
                broken(
                        "a duplicate id",
                        workbook -> text(workbook, "Sessions!A3", "MS-OPEN"),
                        "Sessions!A3: duplicate id \"MS-OPEN\" (first at Sessions!A2)"),
                broken(
                        "a value the format does not know",
                        workbook -> text(workbook, "Sessions!C3", "worksop"),
                        "Sessions!C3: session \"WS1\": unknown value \"worksop\""),
                broken(
                        "a formula error",
                        workbook -> cell(workbook, "Sessions!I3").setCellErrorValue(FormulaError.REF.getCode()),
                        "Sessions!I3: the cell's formula gives an error (#REF!)"),
                broken(
                        "a weight without a constraint's name",
                        workbook -> {
                            var row = workbook.getSheet("Weights").getRow(1);
                            row.removeCell(row.getCell(0));
                        },
                        "Weights!A2: expected a constraint's name, e.g. \"Topic clash\""),
                broken(
                        "a merged header cell",
                        workbook -> workbook.getSheet("Rooms").addMergedRegion(CellRangeAddress.valueOf("A1:B1")),
                        "Rooms!A1: a merged header cell (A1:B1); give each column its own header"),
                broken(
                        "an infeasible pin, at the pin's cell",
                        workbook -> text(workbook, "Sessions!U2", "room-1"),
                        "Sessions!U2: session \"MS-OPEN\": "));
    }

    static Arguments broken(String mistake, Consumer<XSSFWorkbook> edit, String expected) {
        return Arguments.of(mistake, edit, expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenWorkbooks")
    void eachMistakeIsOneLineAtItsCellAndNothingIsWritten(String mistake, Consumer<XSSFWorkbook> edit, String expected)
            throws Exception {
        Path workbook = folder.resolve("forum.xlsx");
        try (XSSFWorkbook template =
                        new XSSFWorkbook(new ByteArrayInputStream(Workbooks.toBytes(WorkbookTemplate.example())));
                OutputStream out = Files.newOutputStream(workbook)) {
            edit.accept(template);
            template.write(out);
        }
        Path output = folder.resolve("forum.json");

        CommandRun run = forumplan("import", workbook.toString(), "-o", output.toString());

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.errLines()).anyMatch(line -> line.startsWith(workbook + ": " + expected));
        assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(output).doesNotExist();
    }

    @Test
    void aWorkbookWithoutTheForumSheetsSaysWhichItExpects() throws Exception {
        Path workbook = folder.resolve("empty.xlsx");
        try (XSSFWorkbook empty = new XSSFWorkbook();
                OutputStream out = Files.newOutputStream(workbook)) {
            empty.createSheet("Sheet1");
            empty.write(out);
        }

        CommandRun run = forumplan("import", workbook.toString());

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.errLines())
                .contains(workbook + ": the workbook has none of the forumplan sheets (Forum, Result, Timeslots, Rooms,"
                        + " Topics, Tracks, People, Sessions, Published, Schedule, Weights); `forumplan template` writes"
                        + " an example");
        assertThat(folder.resolve("empty.json")).doesNotExist();
    }

    @Test
    void aFileThatIsNotAWorkbookIsSaidInPlainWords() throws Exception {
        Path workbook = folder.resolve("notes.xlsx");
        Files.writeString(workbook, "these are my notes, not a spreadsheet");

        CommandRun run = forumplan("import", workbook.toString());

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.errLines())
                .containsExactly(workbook + ": not an Excel workbook (.xlsx); save the spreadsheet as Excel Workbook");
    }

    private static XSSFCell cell(XSSFWorkbook workbook, String reference) {
        CellReference where = new CellReference(reference);
        var sheet = workbook.getSheet(where.getSheetName());
        var row = sheet.getRow(where.getRow()) == null ? sheet.createRow(where.getRow()) : sheet.getRow(where.getRow());
        return row.getCell(where.getCol()) == null ? row.createCell(where.getCol()) : row.getCell(where.getCol());
    }

    private static void text(XSSFWorkbook workbook, String reference, String text) {
        cell(workbook, reference).setCellValue(text);
    }

    private static void date(XSSFWorkbook workbook, String reference, LocalDate date) {
        XSSFCell cell = cell(workbook, reference);
        XSSFCellStyle style = workbook.createCellStyle();
        style.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
        cell.setCellValue(date);
        cell.setCellStyle(style);
    }
}
