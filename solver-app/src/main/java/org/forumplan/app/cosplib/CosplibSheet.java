package org.forumplan.app.cosplib;

import java.math.BigDecimal;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.forumplan.model.problem.Problem;

/**
 * One sheet read by the cell rules of the CoSPLib library (pandas over openpyxl): text is compared exactly, untrimmed;
 * an empty cell or empty text is blank; empty rows at the end do not count. Rows and columns are 0-based here and
 * shown 1-based, as spreadsheets do, in the problems it adds.
 */
final class CosplibSheet {

    private static final Pattern TIME_TEXT = Pattern.compile("(\\d{1,2}):(\\d{2})(?::\\d{2})?");
    /** The keys of the library's {@code TIMEZONE_MAPPING}; "GMT-0" and "GMT+01" are not among them. */
    private static final Pattern TIME_ZONE = Pattern.compile("GMT(\\+0|[+-](1[0-2]|[1-9]))");

    private static final int SECONDS_A_DAY = 24 * 60 * 60;

    private final Sheet sheet;
    private final List<Problem> problems = new ArrayList<>();
    private final int rows;
    private final int width;

    CosplibSheet(Sheet sheet) {
        this.sheet = sheet;
        int lastRow = -1;
        int widest = 0;
        for (Row row : sheet) {
            int lastColumn = lastValueColumn(row);
            if (lastColumn >= 0) {
                lastRow = row.getRowNum();
                widest = Math.max(widest, lastColumn + 1);
            }
        }
        this.rows = lastRow + 1;
        this.width = widest;
    }

    /** The problems found in its cells so far, in the order found. */
    List<Problem> problems() {
        return List.copyOf(problems);
    }

    /** How many rows count, the header included: up to the last that is not empty. */
    int rows() {
        return rows;
    }

    /** How many columns count: up to the rightmost cell that is not blank, in any row. */
    int width() {
        return width;
    }

    /**
     * The rows below the header row, one per record. An empty row among them is a problem: the library would read it
     * as a record of blanks.
     */
    List<Integer> records() {
        List<Integer> records = new ArrayList<>();
        for (int row = 1; row < rows; row++) {
            if (isBlankRow(row)) {
                problem(row, 0, "an empty row above the last one; remove it");
            } else {
                records.add(row);
            }
        }
        return records;
    }

    /** "sessions!B3" for row 2, column 1; a sheet name with a space or a bar is quoted, as spreadsheets do. */
    String ref(int row, int column) {
        return new CellReference(sheet.getSheetName(), row, column, false, false).formatAsString();
    }

    void problem(int row, int column, String message) {
        problems.add(Problem.error(ref(row, column), message));
    }

    boolean isBlank(int row, int column) {
        return isBlank(cell(row, column));
    }

    boolean isBlankRow(int row) {
        Row cells = sheet.getRow(row);
        return cells == null || lastValueColumn(cells) < 0;
    }

    /**
     * The cell as a name: its exact text, or a number's digits; "" when blank. Anything else is a problem, and "".
     *
     * @param expected what belongs there, e.g. "a track's name"
     */
    String name(int row, int column, String expected) {
        Cell cell = cell(row, column);
        CellType type = typeOf(cell);
        if (type == CellType.STRING) {
            return cell.getStringCellValue();
        }
        if (type == CellType.NUMERIC && !DateUtil.isCellDateFormatted(cell)) {
            return plain(cell.getNumericCellValue());
        }
        if (type != CellType.BLANK) {
            problem(row, column, "expected %s, found %s".formatted(expected, shown(cell)));
        }
        return "";
    }

    /** A whole number, which may be typed as text as the library's {@code int(str(x))} allows; null after a problem. */
    Long wholeNumber(int row, int column) {
        Cell cell = cell(row, column);
        CellType type = typeOf(cell);
        if (type == CellType.NUMERIC && !DateUtil.isCellDateFormatted(cell)) {
            return whole(row, column, BigDecimal.valueOf(cell.getNumericCellValue()));
        }
        if (type == CellType.STRING && !cell.getStringCellValue().isEmpty()) {
            try {
                return whole(
                        row, column, new BigDecimal(cell.getStringCellValue().strip()));
            } catch (NumberFormatException e) {
                // Reported below, as for any other cell that is not a number.
            }
        }
        problem(row, column, "expected a whole number, found " + shown(cell));
        return null;
    }

    /**
     * A count: a whole number from {@code min}; null after a problem.
     *
     * @param expected what belongs there, e.g. "1 or more timeslots"
     */
    Integer count(int row, int column, int min, String expected) {
        Long value = wholeNumber(row, column);
        if (value == null) {
            return null;
        }
        if (value < min || value > Integer.MAX_VALUE) {
            problem(row, column, "expected %s, found %d".formatted(expected, value));
            return null;
        }
        return value.intValue();
    }

    /** A penalty: a whole number, a blank cell being 0 as the library makes it; null after a problem. */
    Long penalty(int row, int column) {
        return isBlank(row, column) ? Long.valueOf(0) : wholeNumber(row, column);
    }

    /**
     * A time of day: a time cell, or text {@code H:MM} or {@code HH:MM:SS}. Seconds are dropped, as the library reads
     * only hours and minutes. Null after a problem.
     */
    LocalTime time(int row, int column) {
        Cell cell = cell(row, column);
        CellType type = typeOf(cell);
        if (type == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            long seconds = Math.round(cell.getNumericCellValue() * SECONDS_A_DAY);
            if (seconds >= 0 && seconds < SECONDS_A_DAY) {
                return LocalTime.ofSecondOfDay(seconds).truncatedTo(ChronoUnit.MINUTES);
            }
        } else if (type == CellType.STRING) {
            Matcher time = TIME_TEXT.matcher(cell.getStringCellValue());
            int hour = time.matches() ? Integer.parseInt(time.group(1)) : -1;
            int minute = time.matches() ? Integer.parseInt(time.group(2)) : -1;
            if (hour >= 0 && hour < 24 && minute >= 0 && minute < 60) {
                return LocalTime.of(hour, minute);
            }
        }
        problem(row, column, "expected a time of day (a time cell or HH:MM), found " + shown(cell));
        return null;
    }

    /**
     * A time zone as the library's mapping knows it: {@code GMT-12} to {@code GMT-1}, {@code GMT+0}, {@code GMT+1} to
     * {@code GMT+12}, exactly. Null after a problem.
     */
    String timeZone(int row, int column) {
        String zone = name(row, column, "a time zone");
        if (TIME_ZONE.matcher(zone).matches()) {
            return zone;
        }
        if (!zone.isEmpty() || isBlank(row, column)) {
            problem(
                    row,
                    column,
                    "expected a time zone from GMT-12 to GMT+12, e.g. GMT+2, found "
                            + (zone.isEmpty() ? "an empty cell" : "\"" + zone + "\""));
        }
        return null;
    }

    /**
     * A date as text: {@code YYYY-MM-DD} for a date cell, text as it is, a number's digits; null when blank or a
     * TRUE/FALSE or error cell. Never a problem: the library does not use the date.
     */
    String date(int row, int column) {
        Cell cell = cell(row, column);
        return switch (typeOf(cell)) {
            case NUMERIC ->
                DateUtil.isCellDateFormatted(cell)
                        ? DateUtil.getLocalDateTime(cell.getNumericCellValue())
                                .toLocalDate()
                                .toString()
                        : plain(cell.getNumericCellValue());
            case STRING -> cell.getStringCellValue();
            default -> null;
        };
    }

    private Long whole(int row, int column, BigDecimal value) {
        try {
            return value.longValueExact();
        } catch (ArithmeticException e) {
            problem(
                    row,
                    column,
                    "expected a whole number, found "
                            + value.stripTrailingZeros().toPlainString());
            return null;
        }
    }

    private Cell cell(int row, int column) {
        Row cells = sheet.getRow(row);
        return cells == null ? null : cells.getCell(column);
    }

    /** The type of what the cell shows: a formula's result rather than FORMULA; BLANK for no cell or empty text. */
    private static CellType typeOf(Cell cell) {
        if (cell == null) {
            return CellType.BLANK;
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        if (type == CellType.STRING && cell.getStringCellValue().isEmpty()) {
            return CellType.BLANK;
        }
        return type;
    }

    private static boolean isBlank(Cell cell) {
        return typeOf(cell) == CellType.BLANK;
    }

    private static int lastValueColumn(Row row) {
        for (int column = row.getLastCellNum() - 1; column >= 0; column--) {
            if (!isBlank(row.getCell(column))) {
                return column;
            }
        }
        return -1;
    }

    /** "90" for 90.0, "4.5" for 4.5. */
    static String plain(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    /** The cell as a problem's message shows what was found. */
    private static String shown(Cell cell) {
        return switch (typeOf(cell)) {
            case STRING -> "\"" + cell.getStringCellValue() + "\"";
            case NUMERIC ->
                DateUtil.isCellDateFormatted(cell) ? "a date or time cell" : plain(cell.getNumericCellValue());
            case BOOLEAN -> cell.getBooleanCellValue() ? "TRUE" : "FALSE";
            case ERROR ->
                "the formula error "
                        + FormulaError.forInt(cell.getErrorCellValue()).getString();
            default -> "an empty cell";
        };
    }
}
