package org.forumplan.app.workbook;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.EmptyFileException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;
import org.forumplan.model.problem.InvalidDatasetException;
import org.forumplan.model.problem.Problem;

/** Reads the sheets of an {@code .xlsx} workbook as tables, with Apache POI. */
final class XlsxTables {

    private static final String NOT_A_WORKBOOK =
            "not an Excel workbook (.xlsx); save the spreadsheet as Excel Workbook";

    private XlsxTables() {}

    /**
     * @param problems receives a problem for each merged header cell
     * @throws InvalidDatasetException when the file is not a workbook
     */
    static List<Table> read(Path file, List<Problem> problems) throws IOException, InvalidDatasetException {
        try (InputStream in = Files.newInputStream(file);
                Workbook workbook = WorkbookFactory.create(in)) {
            List<Table> tables = new ArrayList<>();
            for (Sheet sheet : workbook) {
                tables.add(table(sheet, problems));
            }
            return tables;
        } catch (EmptyFileException e) {
            throw new InvalidDatasetException(Problem.error("", "the file is empty; expected an .xlsx workbook"));
        } catch (IllegalArgumentException e) {
            // UnsupportedFileFormatException (another Office format, not a ZIP) is one too.
            // POI's message names its own classes; the planner needs to know what the file should be.
            throw new InvalidDatasetException(Problem.error("", NOT_A_WORKBOOK));
        } catch (IOException e) {
            if (Files.exists(file) && !Files.isDirectory(file)) {
                throw new InvalidDatasetException(Problem.error("", NOT_A_WORKBOOK));
            }
            throw e;
        }
    }

    private static Table table(Sheet sheet, List<Problem> problems) {
        for (CellRangeAddress merged : sheet.getMergedRegions()) {
            if (merged.getFirstRow() == 0) {
                problems.add(Problem.error(
                        CellRefs.of(sheet.getSheetName(), merged.getFirstColumn(), 1),
                        "a merged header cell (%s); give each column its own header"
                                .formatted(merged.formatAsString())));
            }
        }
        List<Table.Row> rows = new ArrayList<>();
        for (Row row : sheet) {
            Map<Integer, CellValue> cells = new LinkedHashMap<>();
            for (Cell cell : row) {
                CellValue value = value(sheet.getSheetName(), cell);
                if (value != null) {
                    cells.put(cell.getColumnIndex(), value);
                }
            }
            if (!cells.isEmpty()) {
                rows.add(new Table.Row(row.getRowNum() + 1, cells));
            }
        }
        return new Table(sheet.getSheetName(), rows);
    }

    /** The cell's value, or null when it is blank (or holds only spaces). */
    private static CellValue value(String sheet, Cell cell) {
        String ref = CellRefs.of(sheet, cell.getColumnIndex(), cell.getRowIndex() + 1);
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case STRING -> {
                String text = cell.getStringCellValue().strip();
                yield text.isEmpty() ? null : new CellValue.Text(ref, text);
            }
            case NUMERIC ->
                DateUtil.isCellDateFormatted(cell)
                        ? new CellValue.DateTime(ref, cell.getNumericCellValue())
                        : new CellValue.Number(ref, cell.getNumericCellValue());
            case BOOLEAN -> new CellValue.Bool(ref, cell.getBooleanCellValue());
            case ERROR ->
                new CellValue.Failed(
                        ref, FormulaError.forInt(cell.getErrorCellValue()).getString());
            default -> null;
        };
    }
}
