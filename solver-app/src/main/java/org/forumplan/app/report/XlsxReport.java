package org.forumplan.app.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.forumplan.app.explain.ScoreText;
import org.forumplan.app.explain.SelectionText;
import org.forumplan.app.report.ProgrammeView.DayView;
import org.forumplan.app.report.ProgrammeView.GridCell;
import org.forumplan.app.report.ProgrammeView.GridRow;
import org.forumplan.app.report.ProgrammeView.KindCount;
import org.forumplan.app.report.ProgrammeView.PlacementView;
import org.forumplan.app.report.ProgrammeView.SessionView;
import org.forumplan.app.report.ProgrammeView.UnscheduledView;
import org.forumplan.model.analysis.ConstraintExplanation;
import org.forumplan.model.analysis.GoalCost;
import org.forumplan.model.analysis.MatchExplanation;
import org.forumplan.model.analysis.SelectionReview;
import org.forumplan.model.domain.Room;

/**
 * The programme as a spreadsheet (Apache POI): a summary, one sheet per day as a grid of periods and rooms, then the
 * Sessions, Conflicts and Unscheduled sheets. Headers are frozen, columns sized, sessions coloured by kind.
 */
final class XlsxReport {

    /** Column widths are in 1/256 of a character. */
    private static final int CHAR = 256;

    private static final float GRID_ROW_POINTS = 80;
    private static final float FLASH_ROW_POINTS = 48;

    private final XSSFWorkbook workbook;
    private final XlsxStyles styles;

    private XlsxReport(XSSFWorkbook workbook) {
        this.workbook = workbook;
        this.styles = new XlsxStyles(workbook);
    }

    static byte[] render(ProgrammeView view) {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            XlsxReport report = new XlsxReport(workbook);
            report.summary(view);
            Set<String> sheetNames = new HashSet<>();
            for (DayView day : view.days()) {
                report.day(day, uniqueName(sheetNames, day.label()));
            }
            report.sessions(view);
            report.conflicts(view);
            report.unscheduled(view);
            if (view.selection() != null) {
                report.selection(view.selection());
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            workbook.write(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void summary(ProgrammeView view) {
        XSSFSheet sheet = workbook.createSheet("Summary");
        sheet.setColumnWidth(0, 22 * CHAR);
        sheet.setColumnWidth(1, 14 * CHAR);
        sheet.setColumnWidth(2, 16 * CHAR);
        sheet.setColumnWidth(3, 70 * CHAR);
        int row = 0;
        textRow(sheet, row++, styles.header(), view.forumName());
        textRow(sheet, row++, styles.text(), view.venue() == null ? "" : view.venue(), "times in " + view.timeZone());
        textRow(sheet, row++, styles.text(), "score", view.score().toString(), "", view.verdict());
        row++;
        textRow(sheet, row++, styles.header(), "level", "score", "stands for", "here");
        for (ReportText.Level level : ReportText.levels(view.score())) {
            XSSFRow levelRow = textRow(sheet, row++, styles.text(), level.label(), "", level.meaning(), level.words());
            levelRow.getCell(1).setCellValue(level.value());
        }
        row++;
        textRow(sheet, row++, styles.header(), "kind", "placed", "unscheduled");
        for (KindCount kind : view.kinds()) {
            XSSFRow kindRow =
                    textRow(sheet, row++, styles.kind(kind.kind()), kind.kind().label());
            kindRow.createCell(1).setCellValue(kind.placed());
            kindRow.createCell(2).setCellValue(kind.unscheduled());
        }
    }

    /** A grid: a row per period, a column per room used that day; a session spanning periods is a merged cell. */
    private void day(DayView day, String sheetName) {
        XSSFSheet sheet = workbook.createSheet(sheetName);
        List<String> header = new ArrayList<>();
        header.add(ReportText.longDay(day.date()));
        for (Room room : day.rooms()) {
            header.add("%s (%s, %d seats)"
                    .formatted(room.name() == null ? room.id() : room.name(), room.id(), room.capacity()));
        }
        textRow(sheet, 0, styles.header(), header.toArray(String[]::new));
        sheet.setColumnWidth(0, 14 * CHAR);
        for (int column = 1; column <= day.rooms().size(); column++) {
            sheet.setColumnWidth(column, 30 * CHAR);
        }
        for (int index = 0; index < day.rows().size(); index++) {
            GridRow gridRow = day.rows().get(index);
            int rowNumber = index + 1;
            XSSFRow row = sheet.createRow(rowNumber);
            row.setHeightInPoints(gridRow.flash() ? FLASH_ROW_POINTS : GRID_ROW_POINTS);
            set(
                    row,
                    0,
                    styles.time(gridRow.flash()),
                    ReportText.time(gridRow.start()) + "-" + ReportText.time(gridRow.end())
                            + (gridRow.flash() ? "\nflash" : ""));
            for (int column = 0; column < gridRow.cells().size(); column++) {
                GridCell cell = gridRow.cells().get(column);
                if (cell.covered() || cell.isEmpty()) {
                    continue;
                }
                set(row, column + 1, styles.kind(cell.sessions().get(0).kind()), cellText(cell));
                if (cell.rowSpan() > 1) {
                    sheet.addMergedRegion(
                            new CellRangeAddress(rowNumber, rowNumber + cell.rowSpan() - 1, column + 1, column + 1));
                }
            }
        }
        sheet.createFreezePane(1, 1);
    }

    private static String cellText(GridCell cell) {
        return cell.sessions().stream()
                .map(session -> {
                    String marks = ReportText.marks(session);
                    List<String> lines = new ArrayList<>();
                    lines.add(session.id() + (marks.isEmpty() ? "" : " (" + marks + ")") + " · "
                            + session.kind().label());
                    lines.add(session.title());
                    if (!session.topics().isEmpty()) {
                        lines.add(ReportText.topicNames(session));
                    }
                    if (session.track() != null) {
                        lines.add("Track: " + session.track().name());
                    }
                    return String.join("\n", lines);
                })
                .collect(Collectors.joining("\n— also in this room at the same time —\n"));
    }

    private void sessions(ProgrammeView view) {
        XSSFSheet sheet = workbook.createSheet("Sessions");
        String[] header = {
            "id",
            "title",
            "kind",
            "status",
            "day",
            "start",
            "end",
            "room",
            "room name",
            "timeslot",
            "span",
            "topics",
            "track",
            "people",
            "mandatory",
            "evaluation",
            "value",
            "conflicts"
        };
        int[] widths = {12, 50, 18, 12, 12, 8, 8, 12, 30, 10, 6, 40, 24, 60, 10, 10, 8, 14};
        header(sheet, header, widths);
        int rowNumber = 1;
        for (SessionView session : view.sessions()) {
            PlacementView placement = session.placement();
            XSSFRow row = textRow(
                    sheet,
                    rowNumber++,
                    styles.text(),
                    session.id(),
                    session.title(),
                    session.kind().label(),
                    session.status(),
                    placement == null ? "" : placement.day().toString(),
                    placement == null ? "" : ReportText.time(placement.start()),
                    placement == null ? "" : ReportText.time(placement.end()),
                    placement == null ? "" : placement.roomId(),
                    placement == null ? "" : placement.roomName(),
                    placement == null ? "" : placement.timeslotId(),
                    "",
                    ReportText.topicNames(session),
                    ReportText.trackName(session),
                    ReportText.people(session),
                    session.mandatory() ? "yes" : "no",
                    "",
                    "",
                    String.join(" ", session.conflictCodes()));
            row.getCell(2).setCellStyle(styles.kind(session.kind()));
            if (placement != null) {
                row.getCell(10).setCellValue(placement.span());
            }
            if (session.evaluation() != null) {
                row.getCell(15).setCellValue(session.evaluation());
            }
            if (session.value() != null) {
                row.getCell(16).setCellValue(session.value());
            }
        }
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, rowNumber - 1), 0, header.length - 1));
    }

    private void conflicts(ProgrammeView view) {
        XSSFSheet sheet = workbook.createSheet("Conflicts");
        header(sheet, new String[] {"code", "constraint", "level", "score", "sessions", "explanation"}, new int[] {
            6, 30, 8, 16, 30, 100
        });
        int rowNumber = 1;
        for (ConstraintExplanation constraint : view.conflicts()) {
            for (MatchExplanation match : constraint.matches()) {
                textRow(
                        sheet,
                        rowNumber++,
                        styles.text(),
                        constraint.code(),
                        constraint.name(),
                        constraint.level().label(),
                        ScoreText.compact(match.score()),
                        String.join(", ", match.sessionIds()),
                        match.description());
            }
        }
    }

    private void unscheduled(ProgrammeView view) {
        XSSFSheet sheet = workbook.createSheet("Unscheduled");
        header(
                sheet,
                new String[] {"id", "title", "kind", "mandatory", "value", "evaluation", "why it is out"},
                new int[] {12, 50, 18, 10, 8, 10, 120});
        int rowNumber = 1;
        for (UnscheduledView unscheduled : view.unscheduled()) {
            SessionView session = unscheduled.session();
            XSSFRow row = textRow(
                    sheet,
                    rowNumber++,
                    styles.text(),
                    session.id(),
                    session.title(),
                    session.kind().label(),
                    session.mandatory() ? "yes" : "no",
                    "",
                    "",
                    unscheduled.reason());
            row.getCell(2).setCellStyle(styles.kind(session.kind()));
            if (session.value() != null) {
                row.getCell(4).setCellValue(session.value());
            }
            if (session.evaluation() != null) {
                row.getCell(5).setCellValue(session.evaluation());
            }
        }
    }

    /** The selection's goals, one line each, as explain words them. */
    private void selection(SelectionReview review) {
        XSSFSheet sheet = workbook.createSheet("Selection");
        header(sheet, new String[] {"goal", "in the programme"}, new int[] {40, 140});
        int rowNumber = 1;
        textRow(sheet, rowNumber++, styles.text(), "sessions", SelectionText.heading(review));
        for (SelectionReview.Share share : review.shares()) {
            textRow(
                    sheet,
                    rowNumber++,
                    styles.text(),
                    review.kinds() + " " + share.description(),
                    SelectionText.share(share));
        }
        textRow(sheet, rowNumber++, styles.text(), "topics", SelectionText.coverage(review));
        for (SelectionReview.TopicDepth topic : review.topics()) {
            textRow(sheet, rowNumber++, styles.text(), "  topic", SelectionText.topic(topic));
        }
        textRow(
                sheet,
                rowNumber++,
                styles.text(),
                "panels by stakeholder groups",
                SelectionText.panels(review.panels()));
        for (SelectionReview.Mix mix : review.mixes()) {
            for (SelectionReview.MixRow row : mix.rows()) {
                textRow(
                        sheet,
                        rowNumber++,
                        styles.text(),
                        "speakers by " + mix.dimension().label(),
                        SelectionText.mixRow(row));
            }
        }
        for (GoalCost cost : review.costs()) {
            textRow(sheet, rowNumber++, styles.text(), "cost of the " + cost.goal(), SelectionText.cost(cost));
        }
    }

    /** The first row as a frozen header, and the column widths in characters. */
    private void header(XSSFSheet sheet, String[] names, int[] widths) {
        textRow(sheet, 0, styles.header(), names);
        for (int column = 0; column < widths.length; column++) {
            sheet.setColumnWidth(column, widths[column] * CHAR);
        }
        sheet.createFreezePane(0, 1);
    }

    private static XSSFRow textRow(XSSFSheet sheet, int rowNumber, XSSFCellStyle style, String... values) {
        XSSFRow row = sheet.createRow(rowNumber);
        for (int column = 0; column < values.length; column++) {
            set(row, column, style, values[column]);
        }
        return row;
    }

    private static void set(XSSFRow row, int column, XSSFCellStyle style, String value) {
        XSSFCell cell = row.createCell(column);
        cell.setCellStyle(style);
        if (value != null && !value.isEmpty()) {
            cell.setCellValue(value);
        }
    }

    /** Sheet names are at most 31 characters, without some punctuation, and unique in a workbook. */
    private static String uniqueName(Set<String> taken, String wanted) {
        String base = WorkbookUtil.createSafeSheetName(wanted);
        String name = base;
        for (int suffix = 2; !taken.add(name.toLowerCase(java.util.Locale.ROOT)); suffix++) {
            String tail = " (" + suffix + ")";
            name = base.substring(0, Math.min(base.length(), 31 - tail.length())) + tail;
        }
        return name;
    }
}
