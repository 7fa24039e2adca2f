package org.forumplan.app.workbook;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.forumplan.model.domain.SessionKind;
import org.forumplan.model.io.DatasetJson;
import org.forumplan.model.io.DatasetMapper;

/**
 * Writes a dataset as the forumplan workbook: one sheet a list, readable headers with a comment saying what each
 * column holds, the header row frozen, columns sized to their content, and drop-down lists of the ids a column refers
 * to. {@link Workbooks#read} reads it back to the same dataset.
 */
public final class WorkbookWriter {

    private static final int MOST_CHARACTERS_WIDE = 60;
    private static final int ROWS_MEASURED = 500;
    /** Room for the drop-down lists on rows a planner adds below the data. */
    private static final int ROWS_FOR_NEW_DATA = 1000;

    private final XSSFWorkbook workbook = new XSSFWorkbook();
    private final XSSFCellStyle header;
    private final XSSFCellStyle date;
    private final XSSFCellStyle time;
    private final Map<String, String> listRanges = new HashMap<>();

    private WorkbookWriter() {
        XSSFFont bold = workbook.createFont();
        bold.setBold(true);
        header = workbook.createCellStyle();
        header.setFont(bold);
        date = workbook.createCellStyle();
        date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
        time = workbook.createCellStyle();
        time.setDataFormat(workbook.createDataFormat().getFormat("hh:mm"));
    }

    /** Writes the workbook of a dataset; with its {@code Schedule} and {@code Result} sheets when it is solved. */
    public static void write(DatasetJson dataset, OutputStream out) throws IOException {
        WorkbookWriter writer = new WorkbookWriter();
        try (XSSFWorkbook workbook = writer.workbook) {
            writer.writeAll(DatasetMapper.mapper().valueToTree(dataset));
            workbook.write(out);
        }
    }

    private void writeAll(JsonNode document) {
        writeFields(FieldSheet.FORUM, document);
        writeLists(document);
        for (ListSheet sheet : ListSheet.values()) {
            if (sheet != ListSheet.SCHEDULE || document.has("schedule")) {
                writeList(sheet, at(document, sheet.path()));
            }
        }
        writeWeights(at(at(document, "policy"), "weights"));
        if (document.has("schedule")) {
            writeFields(FieldSheet.RESULT, document);
        }
        workbook.setSheetHidden(workbook.getSheetIndex(WorkbookReader.LISTS_SHEET), true);
    }

    private void writeFields(FieldSheet fields, JsonNode document) {
        XSSFSheet sheet = workbook.createSheet(fields.sheetName());
        headerRow(
                sheet,
                List.of(
                        new Column("field", "Field", CellKind.TEXT, "What the row sets"),
                        new Column("value", "Value", CellKind.TEXT, "Its value")));
        Drawing<?> drawing = sheet.createDrawingPatriarch();
        int rowIndex = 1;
        for (Column field : fields.rows()) {
            XSSFRow row = sheet.createRow(rowIndex++);
            XSSFCell name = row.createCell(0);
            name.setCellValue(field.label());
            name.setCellComment(comment(drawing, name, field.note()));
            JsonNode value = at(document, field.field());
            if (!value.isMissingNode() && !value.isNull()) {
                writeCell(row.createCell(1), field, value);
            }
        }
        sheet.setColumnWidth(0, 24 * 256);
        sheet.setColumnWidth(1, 40 * 256);
    }

    private void writeWeights(JsonNode weights) {
        XSSFSheet sheet = workbook.createSheet(WorkbookReader.WEIGHTS_SHEET);
        headerRow(
                sheet,
                List.of(
                        new Column("constraint", "Constraint", CellKind.TEXT, "A constraint's name, as in the README"),
                        new Column("score", "Score", CellKind.TEXT, "Its weight, e.g. 0hard/0medium/-20soft")));
        int rowIndex = 1;
        for (Map.Entry<String, JsonNode> weight : weights.properties()) {
            XSSFRow row = sheet.createRow(rowIndex++);
            row.createCell(0).setCellValue(weight.getKey());
            row.createCell(1).setCellValue(weight.getValue().asText());
        }
        sheet.setColumnWidth(0, 36 * 256);
        sheet.setColumnWidth(1, 24 * 256);
    }

    private void writeList(ListSheet list, JsonNode elements) {
        XSSFSheet sheet = workbook.createSheet(list.sheetName());
        List<Column> columns = list.writtenColumns();
        headerRow(sheet, columns);
        int[] widths =
                columns.stream().mapToInt(column -> column.label().length() + 2).toArray();
        int rowIndex = 1;
        for (JsonNode element : elements) {
            XSSFRow row = sheet.createRow(rowIndex);
            for (int index = 0; index < columns.size(); index++) {
                JsonNode value = at(element, columns.get(index).field());
                if (value.isMissingNode() || value.isNull()) {
                    continue;
                }
                String shown = writeCell(row.createCell(index), columns.get(index), value);
                if (rowIndex <= ROWS_MEASURED) {
                    widths[index] = Math.max(widths[index], shown.length() + 1);
                }
            }
            rowIndex++;
        }
        for (int index = 0; index < columns.size(); index++) {
            sheet.setColumnWidth(index, Math.min(widths[index], MOST_CHARACTERS_WIDE) * 256);
            dropDown(sheet, columns.get(index), index, rowIndex + ROWS_FOR_NEW_DATA);
        }
    }

    private void headerRow(XSSFSheet sheet, List<Column> columns) {
        XSSFRow row = sheet.createRow(0);
        Drawing<?> drawing = sheet.createDrawingPatriarch();
        for (int index = 0; index < columns.size(); index++) {
            XSSFCell cell = row.createCell(index);
            cell.setCellValue(columns.get(index).label());
            cell.setCellStyle(header);
            cell.setCellComment(comment(drawing, cell, columns.get(index).note()));
        }
        sheet.createFreezePane(0, 1);
    }

    private Comment comment(Drawing<?> drawing, XSSFCell cell, String note) {
        ClientAnchor anchor = workbook.getCreationHelper().createClientAnchor();
        anchor.setCol1(cell.getColumnIndex());
        anchor.setCol2(cell.getColumnIndex() + 3);
        anchor.setRow1(cell.getRowIndex());
        anchor.setRow2(cell.getRowIndex() + 3);
        Comment comment = drawing.createCellComment(anchor);
        comment.setString(workbook.getCreationHelper().createRichTextString(note));
        return comment;
    }

    /** Writes a value as its column's kind of cell; returns the text it shows, for the column's width. */
    private String writeCell(XSSFCell cell, Column column, JsonNode value) {
        switch (column.kind()) {
            case WHOLE_NUMBER, NUMBER -> {
                cell.setCellValue(value.asDouble());
                return value.asText();
            }
            case YES_NO -> {
                cell.setCellValue(value.asBoolean());
                return "FALSE";
            }
            case DATE -> {
                cell.setCellValue(LocalDate.parse(value.asText()));
                cell.setCellStyle(date);
                return "2000-01-01";
            }
            case TIME -> {
                // A time of day is a fraction of a day in a spreadsheet.
                cell.setCellValue(LocalTime.parse(value.asText()).toSecondOfDay() / 86_400.0);
                cell.setCellStyle(time);
                return "00:00";
            }
            case LIST -> {
                String items = join(value, JsonNode::asText);
                cell.setCellValue(items);
                return items;
            }
            case PEOPLE -> {
                String people = join(
                        value,
                        participant -> "%s (%s)"
                                .formatted(
                                        participant.get("person").asText(),
                                        participant.get("role").asText()));
                cell.setCellValue(people);
                return people;
            }
            default -> {
                cell.setCellValue(value.asText());
                return value.asText();
            }
        }
    }

    private static String join(JsonNode items, Function<JsonNode, String> item) {
        List<String> texts = new ArrayList<>();
        items.forEach(element -> texts.add(item.apply(element)));
        return String.join("; ", texts);
    }

    /**
     * The hidden sheet of the ids the drop-down lists offer: one column a list. A list's items cannot be written into
     * the validation itself, which holds at most 255 characters.
     */
    private void writeLists(JsonNode document) {
        XSSFSheet sheet = workbook.createSheet(WorkbookReader.LISTS_SHEET);
        Map<String, List<String>> lists = new LinkedHashMap<>();
        lists.put(
                "kind",
                Arrays.stream(SessionKind.values()).map(SessionKind::code).toList());
        lists.put("room", ids(at(document, "rooms"), "id"));
        lists.put("timeslot", ids(at(document, "timeslots"), "id"));
        lists.put("topic", ids(at(document, "topics"), "id"));
        lists.put("track", ids(at(document, "tracks"), "id"));
        lists.put("person", ids(at(document, "people"), "id"));
        lists.put("session", ids(at(document, "sessions"), "id"));
        int column = 0;
        for (Map.Entry<String, List<String>> list : lists.entrySet()) {
            List<String> items = list.getValue();
            for (int index = 0; index < Math.max(1, items.size()); index++) {
                XSSFRow row = sheet.getRow(index) == null ? sheet.createRow(index) : sheet.getRow(index);
                row.createCell(column).setCellValue(items.isEmpty() ? "" : items.get(index));
            }
            String letter = CellReference.convertNumToColString(column);
            listRanges.put(
                    list.getKey(),
                    "%s!$%s$1:$%s$%d".formatted(WorkbookReader.LISTS_SHEET, letter, letter, Math.max(1, items.size())));
            column++;
        }
    }

    private static List<String> ids(JsonNode elements, String field) {
        List<String> ids = new ArrayList<>();
        elements.forEach(element -> ids.add(element.path(field).asText()));
        return ids;
    }

    /**
     * Offers the ids a column refers to. Where a cell may hold several ({@code Topics}), the list only suggests: any
     * text is accepted, and forumplan checks it on import.
     */
    private void dropDown(XSSFSheet sheet, Column column, int index, int lastRow) {
        String list = referencedList(column);
        if (list == null) {
            return;
        }
        DataValidationHelper helper = sheet.getDataValidationHelper();
        DataValidationConstraint constraint = helper.createFormulaListConstraint(listRanges.get(list));
        DataValidation validation =
                helper.createValidation(constraint, new CellRangeAddressList(1, lastRow, index, index));
        boolean single = column.kind() == CellKind.TEXT;
        validation.setShowErrorBox(single);
        validation.setSuppressDropDownArrow(true);
        sheet.addValidationData(validation);
    }

    private static String referencedList(Column column) {
        return switch (column.field()) {
            case "kind" -> column.kind() == CellKind.TEXT ? "kind" : null;
            case "room", "pinned.room" -> "room";
            case "timeslot", "pinned.timeslot", "preferredTimeslots", "unavailableTimeslots", "unavailable" ->
                "timeslot";
            case "topics" -> "topic";
            case "track" -> "track";
            case "people" -> "person";
            case "session", "feeds", "mustPrecede" -> "session";
            default -> null;
        };
    }

    /** The value at a dotted path, or a missing node. */
    private static JsonNode at(JsonNode node, String path) {
        JsonNode found = node;
        for (String step : path.split("\\.")) {
            found = found.path(step);
        }
        return found;
    }
}
