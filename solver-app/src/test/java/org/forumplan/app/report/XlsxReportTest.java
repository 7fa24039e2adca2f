package org.forumplan.app.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.forumplan.app.report.ProgrammeView.DayView;
import org.forumplan.model.domain.SessionKind;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The spreadsheet read back with Apache POI: the same sessions and placements as the solved file, and a usable layout. */
class XlsxReportTest {

    private static final DataFormatter CELLS = new DataFormatter();

    private static SolvedFile solved;
    private static ProgrammeView view;
    private static XSSFWorkbook workbook;

    @BeforeAll
    static void renderIgf2014() throws IOException {
        solved = SolvedFile.read(SolvedForums.igf2014());
        view = ReportViews.of(SolvedForums.igf2014());
        workbook = new XSSFWorkbook(new ByteArrayInputStream(ReportFormat.XLSX.render(view)));
    }

    @AfterAll
    static void close() throws IOException {
        workbook.close();
    }

    @Test
    void thereIsASummaryASheetPerDayAndTheSessionsConflictsAndUnscheduledSheets() {
        List<String> names = new ArrayList<>();
        workbook.forEach(sheet -> names.add(sheet.getSheetName()));

        assertThat(names)
                .containsExactly(
                        "Summary",
                        "Mon 1 Sep",
                        "Tue 2 Sep",
                        "Wed 3 Sep",
                        "Thu 4 Sep",
                        "Fri 5 Sep",
                        "Sessions",
                        "Conflicts",
                        "Unscheduled");
    }

    @Test
    void theSessionsSheetHasEverySessionWithThePlacementOfTheSolvedFile() {
        XSSFSheet sheet = workbook.getSheet("Sessions");
        Map<String, Integer> columns = columns(sheet.getRow(0));

        Map<String, SolvedFile.Placement> placements = new HashMap<>();
        List<String> ids = new ArrayList<>();
        for (Row row : sheet) {
            if (row.getRowNum() == 0) {
                continue;
            }
            String id = text(row, columns.get("id"));
            ids.add(id);
            if (!text(row, columns.get("day")).isEmpty()) {
                placements.put(
                        id,
                        new SolvedFile.Placement(
                                text(row, columns.get("room")),
                                text(row, columns.get("day")),
                                text(row, columns.get("start")),
                                text(row, columns.get("end"))));
            }
        }

        assertThat(ids).containsExactlyInAnyOrderElementsOf(solved.titles().keySet());
        assertThat(placements).isEqualTo(solved.placements());
    }

    @Test
    void headersAreFrozenAndColumnsSized() {
        XSSFSheet sessions = workbook.getSheet("Sessions");
        XSSFSheet firstDay = workbook.getSheet("Tue 2 Sep");

        assertThat(sessions.getPaneInformation().isFreezePane()).isTrue();
        assertThat(sessions.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
        assertThat(firstDay.getPaneInformation().isFreezePane()).isTrue();
        assertThat(firstDay.getPaneInformation().getVerticalSplitPosition()).isEqualTo((short) 1);
        assertThat(sessions.getColumnWidth(columns(sessions.getRow(0)).get("title")))
                .isGreaterThan(sessions.getDefaultColumnWidth() * 256 * 3);
    }

    @Test
    void kindsAreColouredWithTheirOwnColour() {
        XSSFSheet sheet = workbook.getSheet("Sessions");
        int kindColumn = columns(sheet.getRow(0)).get("kind");
        Map<String, String> fills = new HashMap<>();
        for (Row row : sheet) {
            if (row.getRowNum() > 0) {
                XSSFCell cell = (XSSFCell) row.getCell(kindColumn);
                fills.put(
                        cell.getStringCellValue(),
                        cell.getCellStyle().getFillForegroundColorColor().getARGBHex());
            }
        }

        assertThat(fills.get(SessionKind.WORKSHOP.label()))
                .endsWithIgnoringCase(
                        KindColours.of(SessionKind.WORKSHOP).fill().substring(1));
        assertThat(fills.get(SessionKind.MAIN.label()))
                .endsWithIgnoringCase(KindColours.of(SessionKind.MAIN).fill().substring(1));
    }

    @Test
    void eachDaySheetIsAGridWithEveryPlacedSessionOnceAndLongSessionsMerged() {
        for (DayView day : view.days()) {
            XSSFSheet sheet = workbook.getSheet(day.label());
            String text = allText(sheet);
            solved.placements().forEach((id, placement) -> {
                boolean thatDay = placement.day().equals(day.date().toString());
                assertThat(text.contains(id + " ") || text.contains(id + "\n"))
                        .as("%s on %s", id, day.label())
                        .isEqualTo(thatDay);
            });
            assertThat(sheet.getRow(0).getLastCellNum())
                    .isEqualTo((short) (day.rooms().size() + 1));
        }
        XSSFSheet openingDay = workbook.getSheet("Tue 2 Sep");
        assertThat(openingDay.getMergedRegions())
                .anySatisfy(region -> assertThat(cellText(openingDay, region)).startsWith("MS-OPENING"));
    }

    @Test
    void theConflictsSheetHasARowPerMatchAndTheUnscheduledSheetARowPerSession() {
        int matches = view.conflicts().stream()
                .mapToInt(constraint -> constraint.matchCount())
                .sum();

        assertThat(workbook.getSheet("Conflicts").getLastRowNum()).isEqualTo(matches);
        assertThat(workbook.getSheet("Unscheduled").getLastRowNum())
                .isEqualTo(view.unscheduled().size());
    }

    private static Map<String, Integer> columns(Row header) {
        Map<String, Integer> columns = new HashMap<>();
        for (Cell cell : header) {
            columns.put(cell.getStringCellValue(), cell.getColumnIndex());
        }
        return columns;
    }

    private static String text(Row row, int column) {
        Cell cell = row.getCell(column);
        return cell == null ? "" : CELLS.formatCellValue(cell);
    }

    private static String allText(XSSFSheet sheet) {
        StringBuilder text = new StringBuilder();
        sheet.forEach(row ->
                row.forEach(cell -> text.append(CELLS.formatCellValue(cell)).append('\n')));
        return text.toString();
    }

    private static String cellText(XSSFSheet sheet, CellRangeAddress region) {
        return CELLS.formatCellValue(sheet.getRow(region.getFirstRow()).getCell(region.getFirstColumn()));
    }
}
