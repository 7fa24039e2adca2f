package org.forumplan.app.cosplib;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A tiny CoSPLib instance workbook, written with POI in the library's layout, for tests: three sessions (Mon1 and Tue1
 * of 3 timeslots, Mon2 of 2) in two rooms (Aula, Lab), three tracks with chairs, six submissions (S1 and S6 of 2
 * timeslots, S1 and S2 ordered, presenters in several time zones), a few non-zero penalties in every grid, and
 * similar-tracks values right of the diagonal (counted) and on and left of it (ignored). The submissions' penalty
 * columns and two grids list their names in another order than the sessions and rooms sheets, as the library allows.
 *
 * <p>{@link #write(Path, Consumer)} changes cells before writing, for tests of broken workbooks: {@code
 * TinyCosplibWorkbook.write(folder, book -> set(book, "submissions!B3", "Nowhere"))}.
 */
public final class TinyCosplibWorkbook {

    /** The file's name; the instance is named after it. */
    public static final String FILE_NAME = "Tiny.xlsx";

    private static final String[] WEIGHT_LABELS = {
        "Tracks_Sessions|Penalty:",
        "Tracks_Rooms|Penalty:",
        "Sessions_Rooms|Penalty:",
        "Similar Tracks:",
        "Number of Rooms per Track:",
        "Parallel Tracks:",
        "Consecutive Tracks:",
        "Submissions_Timezones:",
        "Submissions Order:",
        "Submissions_Sessions|Penalty:",
        "Submissions_Rooms|Penalty:",
        "Presenters Conflicts:",
        "Attendees Conflicts:",
        "Chairs Conflicts:",
        "Presenters Conflicts Timeslot Level:",
        "Attendees Conflicts Timeslot Level:"
    };

    /** E2..E17: distinct, so that a weight read from the wrong row shows; two terms switched off. */
    public static final long[] WEIGHTS = {100, 2, 10, 3, 4, 5, 6, 7, 8, 9, 0, 100000, 11, 12, 0, 13};

    private TinyCosplibWorkbook() {}

    /** Writes the workbook to {@code folder/Tiny.xlsx} and returns its path. */
    public static Path write(Path folder) {
        return write(folder, workbook -> {});
    }

    /** Writes the workbook, changed by {@code change} first, to {@code folder/Tiny.xlsx} and returns its path. */
    public static Path write(Path folder, Consumer<Workbook> change) {
        Path file = folder.resolve(FILE_NAME);
        try (Workbook workbook = workbook();
                OutputStream out = Files.newOutputStream(file)) {
            change.accept(workbook);
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /** The workbook in memory. */
    public static Workbook workbook() {
        Workbook workbook = new XSSFWorkbook();
        parameters(workbook);
        submissions(workbook);
        tracks(workbook);
        sessions(workbook);
        rows(workbook.createSheet("rooms"), new Object[][] {{"Rooms"}, {"Aula"}, {"Lab"}});
        rows(workbook.createSheet("tracks_sessions|penalty"), new Object[][] {
            {null, "Mon1", "Mon2", "Tue1"},
            {"Routing", 0, null, 10000},
            {"Scheduling", null, null, null},
            {"Learning", 1, 0, 0}
        });
        rows(workbook.createSheet("tracks_rooms|penalty"), new Object[][] {
            {null, "Lab", "Aula"}, {"Scheduling", 100, 0}, {"Routing", null, null}, {"Learning", 0, 0}
        });
        rows(workbook.createSheet("similar tracks"), new Object[][] {
            {null, "Scheduling", "Routing", "Learning"},
            {"Scheduling", null, 1, 20},
            {"Routing", null, 99, 0},
            {"Learning", null, 7, null}
        });
        rows(
                workbook.createSheet("sessions_rooms|penalty"),
                new Object[][] {{null, "Aula", "Lab"}, {"Mon1", 0, 0}, {"Mon2", null, 10000}, {"Tue1", null, null}});
        return workbook;
    }

    private static void parameters(Workbook workbook) {
        workbook.createSheet("parameters");
        set(workbook, "parameters!A1", "Sessions");
        set(workbook, "parameters!D1", "Weights");
        set(workbook, "parameters!A2", "Local time zone:");
        set(workbook, "parameters!B2", "GMT+1");
        set(workbook, "parameters!A3", "Suitable scheduling times");
        set(workbook, "parameters!A4", "From:");
        set(workbook, "parameters!B4", LocalTime.of(9, 0));
        set(workbook, "parameters!A5", "To:");
        // Typed by hand, as text.
        set(workbook, "parameters!B5", "17:30");
        set(workbook, "parameters!A6", "Less suitable scheduling times");
        set(workbook, "parameters!A7", "From:");
        set(workbook, "parameters!B7", LocalTime.of(8, 0));
        set(workbook, "parameters!A8", "To:");
        set(workbook, "parameters!B8", LocalTime.of(19, 0));
        set(workbook, "parameters!A9", "Small penalty:");
        set(workbook, "parameters!B9", 1);
        set(workbook, "parameters!A11", "Big penalty:");
        set(workbook, "parameters!B11", 10);
        for (int i = 0; i < WEIGHTS.length; i++) {
            set(workbook, "parameters!D" + (i + 2), WEIGHT_LABELS[i]);
            set(workbook, "parameters!E" + (i + 2), WEIGHTS[i]);
        }
    }

    private static void submissions(Workbook workbook) {
        Sheet sheet = workbook.createSheet("submissions");
        rows(sheet, new Object[][] {
            {
                "Reference",
                "Track",
                "Required Timeslots",
                "Order",
                "Time Zone",
                "Presenters",
                "Attendees",
                "Tue1",
                "Mon1",
                "Mon2",
                "Lab",
                "Aula"
            },
            {"S1", "Scheduling", 2, 1, "GMT+1", "P1, P2", null, 0, 0, 10, 0, 0},
            {"S2", "Scheduling", 1, 2, "GMT-5", "P3", "P1", null, null, null, null, null},
            {"S3", "Routing", 1, 0, "GMT+1", "P4", "", null, null, null, 5, null},
            {"S4", "Routing", 1, 0, "GMT+9", "P1", "P5,P6", null, null, null, null, null},
            {"S5", "Learning", 1, 0, "GMT+0", "P5, P6", "P4, P7", 10000, null, null, null, 3},
            {"S6", "Learning", 2, 0, "GMT+1", "P6", null, null, null, null, null, null}
        });
        // A formatted but empty row at the end, as spreadsheets leave: not a submission.
        sheet.createRow(7).createCell(0).setCellStyle(workbook.createCellStyle());
        sheet.createRow(8).createCell(2).setCellValue("");
    }

    private static void tracks(Workbook workbook) {
        rows(workbook.createSheet("tracks"), new Object[][] {
            {"Tracks", "Chairs"},
            {"Scheduling", "Ada Lovelace, Alan Turing"},
            {"Routing", "Grace Hopper"},
            {"Learning", null}
        });
    }

    private static void sessions(Workbook workbook) {
        rows(workbook.createSheet("sessions"), new Object[][] {
            {"Sessions", "Max Number of Timeslots", "Date", "Start Time", "End Time"},
            {"Mon1", 3, LocalDate.of(2026, 5, 4), LocalTime.of(9, 0), LocalTime.of(10, 30)},
            {"Mon2", 2, LocalDate.of(2026, 5, 4), LocalTime.of(11, 0), LocalTime.of(12, 0)},
            // A date typed as text stays as typed; a time typed with seconds loses them, as in the library.
            {"Tue1", 3, "5 May 2026", "09:00:00", LocalTime.of(10, 30)}
        });
    }

    private static void rows(Sheet sheet, Object[][] values) {
        for (int row = 0; row < values.length; row++) {
            for (int column = 0; column < values[row].length; column++) {
                if (values[row][column] != null) {
                    set(
                            sheet.getWorkbook(),
                            new CellReference(sheet.getSheetName(), row, column, false, false),
                            values[row][column]);
                }
            }
        }
    }

    /**
     * Sets a cell, e.g. {@code set(workbook, "'similar tracks'!C4", 5)}: text, a number, a {@link LocalTime} (a time
     * cell), a {@link LocalDate} (a date cell), or null to remove the cell.
     */
    public static void set(Workbook workbook, String ref, Object value) {
        set(workbook, new CellReference(ref), value);
    }

    private static void set(Workbook workbook, CellReference ref, Object value) {
        Sheet sheet = workbook.getSheet(ref.getSheetName());
        Row row = sheet.getRow(ref.getRow()) == null ? sheet.createRow(ref.getRow()) : sheet.getRow(ref.getRow());
        if (value == null) {
            Cell cell = row.getCell(ref.getCol());
            if (cell != null) {
                row.removeCell(cell);
            }
            return;
        }
        Cell cell = row.createCell(ref.getCol());
        if (value instanceof String text) {
            cell.setCellValue(text);
        } else if (value instanceof Number number) {
            cell.setCellValue(number.doubleValue());
        } else if (value instanceof LocalTime time) {
            cell.setCellValue(time.toSecondOfDay() / 86_400.0);
            cell.setCellStyle(format(workbook, "h:mm"));
        } else if (value instanceof LocalDate date) {
            cell.setCellValue(date);
            cell.setCellStyle(format(workbook, "yyyy-mm-dd"));
        } else {
            throw new IllegalArgumentException("a cell holds text, a number, a time or a date, not " + value);
        }
    }

    private static CellStyle format(Workbook workbook, String pattern) {
        CellStyle style = workbook.createCellStyle();
        style.setDataFormat(workbook.createDataFormat().getFormat(pattern));
        return style;
    }

    /** Removes a row's cells, leaving the row empty. */
    public static void clearRow(Workbook workbook, String sheetName, int rowNumber) {
        Sheet sheet = workbook.getSheet(sheetName);
        Row row = sheet.getRow(rowNumber - 1);
        if (row != null) {
            sheet.removeRow(row);
        }
    }
}
