package org.forumplan.app.workbook;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.forumplan.model.io.DatasetJson;
import org.forumplan.model.problem.Problem;
import org.forumplan.model.problem.Suggestions;

/**
 * Turns the tables of a workbook (its sheets, or a folder's CSV files) into a {@code forumplan/1} document, remembering
 * the cell every value came from. It reads the layout (sheets, headers, cells); what the values mean is checked
 * afterwards, as for a JSON dataset, and reported at those cells.
 */
final class WorkbookReader {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    /** The sheet {@code export} writes the drop-down lists' items to; not part of the dataset. */
    static final String LISTS_SHEET = "Lists";

    static final String WEIGHTS_SHEET = "Weights";

    private final List<Problem> problems;
    private final CellLocations locations;
    private final ObjectNode document = JSON.objectNode();

    /** What was read: the document, where its values came from, and the problems of the layout. */
    record Read(ObjectNode document, CellLocations locations, List<Problem> problems) {}

    WorkbookReader(List<Problem> problems, CellLocations locations) {
        this.problems = problems;
        this.locations = locations;
    }

    static Read read(List<Table> tables) {
        WorkbookReader reader = new WorkbookReader(new ArrayList<>(), new CellLocations());
        reader.readAll(tables);
        return new Read(reader.document, reader.locations, List.copyOf(reader.problems));
    }

    private void readAll(List<Table> tables) {
        document.put("format", DatasetJson.FORMAT);
        Map<ListSheet, Table> lists = new LinkedHashMap<>();
        Map<FieldSheet, Table> fields = new LinkedHashMap<>();
        Table weights = null;
        for (Table table : tables) {
            Optional<ListSheet> list = ListSheet.named(table.name());
            Optional<FieldSheet> field = FieldSheet.named(table.name());
            if (list.isPresent()) {
                lists.put(list.get(), table);
            } else if (field.isPresent()) {
                fields.put(field.get(), table);
            } else if (table.name().equalsIgnoreCase(WEIGHTS_SHEET)) {
                weights = table;
            } else if (!table.name().equalsIgnoreCase(LISTS_SHEET)) {
                problems.add(Problem.warning(
                        CellRefs.of(table.name(), 0, 1),
                        "not a forumplan sheet, ignored%s; the sheets are %s"
                                .formatted(
                                        Suggestions.didYouMean(table.name(), sheetNames()),
                                        String.join(", ", sheetNames()))));
            }
        }
        if (lists.isEmpty() && fields.isEmpty() && weights == null) {
            problems.add(Problem.error(
                    "",
                    "the workbook has none of the forumplan sheets (%s); `forumplan template` writes an example"
                            .formatted(String.join(", ", sheetNames()))));
            return;
        }
        PeopleIndex people = peopleOf(lists.get(ListSheet.PEOPLE));
        CellReader cells = new CellReader(people, problems);
        fields.forEach((sheet, table) -> readFields(sheet, table, cells));
        if (weights != null) {
            readWeights(weights);
        }
        lists.forEach((sheet, table) -> readList(sheet, table, cells));
    }

    private static List<String> sheetNames() {
        return Stream.concat(
                        Stream.concat(
                                Arrays.stream(FieldSheet.values()).map(FieldSheet::sheetName),
                                Arrays.stream(ListSheet.values()).map(ListSheet::sheetName)),
                        Stream.of(WEIGHTS_SHEET))
                .toList();
    }

    /** The ids and names of the People sheet, read before the sessions that name them. */
    private static PeopleIndex peopleOf(Table table) {
        PeopleIndex people = new PeopleIndex();
        if (table == null || table.rows().isEmpty()) {
            return people;
        }
        Map<Integer, Column> columns = new HashMap<>();
        table.rows().get(0).cells().forEach((index, header) -> {
            if (header instanceof CellValue.Text text) {
                ListSheet.PEOPLE.columnNamed(text.text()).ifPresent(column -> columns.put(index, column));
            }
        });
        for (Table.Row row : table.rows().subList(1, table.rows().size())) {
            String id = null;
            String name = null;
            for (Map.Entry<Integer, CellValue> cell : row.cells().entrySet()) {
                Column column = columns.get(cell.getKey());
                if (column != null && cell.getValue() instanceof CellValue.Text text) {
                    if (column.field().equals("id")) {
                        id = text.text();
                    } else if (column.field().equals("name")) {
                        name = text.text();
                    }
                }
            }
            if (id != null) {
                people.add(id, name);
            }
        }
        return people;
    }

    private void readList(ListSheet sheet, Table table, CellReader cells) {
        ArrayNode elements = JSON.arrayNode();
        locations.put(sheet.path(), CellRefs.of(table.name(), 0, 1));
        if (!table.rows().isEmpty()) {
            Map<Integer, Column> columns = headers(sheet, table.rows().get(0));
            List<Table.Row> records = table.rows().subList(1, table.rows().size());
            for (Table.Row row : records) {
                String path = "%s[%d]".formatted(sheet.path(), elements.size());
                elements.add(readRow(table, columns, row, path, cells));
            }
        }
        put(document, sheet.path(), elements, "", null);
    }

    /** One record: the values of its cells, each remembered at its cell. */
    ObjectNode readRow(Table table, Map<Integer, Column> columns, Table.Row row, String path, CellReader cells) {
        locations.put(path, CellRefs.of(table.name(), 0, row.number()));
        ObjectNode element = JSON.objectNode();
        columns.forEach((index, column) -> {
            String field = column.kind() == CellKind.ROLE ? "people" : column.field();
            if (!locations.hasOwn(path + "." + field)) {
                locations.put(path + "." + field, CellRefs.of(table.name(), index, row.number()));
            }
            CellValue cell = row.cells().get(index);
            JsonNode value = cell == null ? null : cells.read(cell, column);
            if (value != null) {
                put(element, field, value, path, cell.ref());
            }
        });
        return element;
    }

    /** Column index to column; an unknown or repeated header is a problem at its cell. */
    Map<Integer, Column> headers(ListSheet sheet, Table.Row headerRow) {
        return headers(sheet, headerRow, null);
    }

    /**
     * @param unknown where unknown headers go, as a submission system's export has many; null to make each an error
     */
    Map<Integer, Column> headers(ListSheet sheet, Table.Row headerRow, List<String> unknown) {
        Map<Integer, Column> columns = new LinkedHashMap<>();
        headerRow.cells().forEach((index, header) -> {
            String name = header instanceof CellValue.Text text ? text.text() : null;
            Optional<Column> column = name == null ? Optional.empty() : sheet.columnNamed(name);
            if (column.isEmpty() && unknown != null && name != null) {
                unknown.add(name);
            } else if (column.isEmpty()) {
                List<String> known = sheet.columns().stream().map(Column::label).toList();
                problems.add(Problem.error(
                        header.ref(),
                        name == null
                                ? "a header must be text; the headers are %s".formatted(String.join(", ", known))
                                : "unknown column \"%s\"%s".formatted(name, hint(name, known))));
            } else if (columns.containsValue(column.get())) {
                problems.add(Problem.error(
                        header.ref(),
                        "a second \"%s\" column; each column once"
                                .formatted(column.get().label())));
            } else {
                columns.put(index, column.get());
            }
        });
        return columns;
    }

    private static String hint(String name, List<String> known) {
        String closest = Suggestions.didYouMean(name, known);
        return closest.isEmpty() ? "; the columns are " + String.join(", ", known) : closest;
    }

    /** The rows of a name/value sheet; a first row of headers ("field", "value") is skipped. */
    private void readFields(FieldSheet sheet, Table table, CellReader cells) {
        // A missing row ("forum.timeZone: missing") is reported at the top of the sheet.
        for (Column row : sheet.rows()) {
            locations.putIfAbsent(row.field().substring(0, row.field().indexOf('.')), CellRefs.of(table.name(), 0, 1));
        }
        for (Table.Row row : table.rows()) {
            CellValue name = row.cells().get(0);
            CellValue value = row.cells().get(1);
            if (isHeaderRow(table, row, "field")) {
                continue;
            }
            if (!(name instanceof CellValue.Text text)) {
                problems.add(Problem.error(
                        CellRefs.of(table.name(), 0, row.number()), "expected the name of a field, e.g. \"timeZone\""));
                continue;
            }
            Optional<Column> field = sheet.rowNamed(text.text());
            if (field.isEmpty()) {
                List<String> known = sheet.rows().stream().map(Column::label).toList();
                problems.add(Problem.error(
                        name.ref(), "unknown field \"%s\"%s".formatted(text.text(), hint(text.text(), known))));
                continue;
            }
            String valueRef = CellRefs.of(table.name(), 1, row.number());
            locations.put(field.get().field(), valueRef);
            JsonNode read = value == null ? null : cells.read(value, field.get());
            if (read != null) {
                put(document, field.get().field(), read, "", valueRef);
            }
        }
    }

    /** Constraint name and score rows, into {@code policy.weights}. */
    private void readWeights(Table table) {
        ObjectNode weights = JSON.objectNode();
        for (Table.Row row : table.rows()) {
            CellValue name = row.cells().get(0);
            CellValue score = row.cells().get(1);
            if (isHeaderRow(table, row, "constraint")) {
                continue;
            }
            if (!(name instanceof CellValue.Text text)) {
                problems.add(Problem.error(
                        CellRefs.of(table.name(), 0, row.number()),
                        "expected a constraint's name, e.g. \"Topic clash\""));
                continue;
            }
            String path = "policy.weights[\"%s\"]".formatted(text.text());
            locations.put(path, CellRefs.of(table.name(), 1, row.number()));
            if (score instanceof CellValue.Text scoreText) {
                weights.put(text.text(), scoreText.text());
            } else {
                problems.add(Problem.error(
                        CellRefs.of(table.name(), 1, row.number()),
                        "expected a score as text, e.g. 0hard/0medium/-20soft"));
            }
        }
        if (!weights.isEmpty()) {
            put(document, "policy.weights", weights, "", null);
        }
    }

    /** Whether the row is the sheet's optional header row: its first, whose first cell names the first column. */
    private static boolean isHeaderRow(Table table, Table.Row row, String firstHeader) {
        return row == table.rows().get(0)
                && row.cells().get(0) instanceof CellValue.Text text
                && Column.normalized(text.text()).equals(firstHeader);
    }

    /** Sets a dotted field ({@code pinned.room}) in an object, making the objects on the way. */
    private void put(ObjectNode object, String field, JsonNode value, String path, String ref) {
        String[] steps = field.split("\\.");
        ObjectNode parent = object;
        String at = path;
        for (int i = 0; i < steps.length - 1; i++) {
            at = at.isEmpty() ? steps[i] : at + "." + steps[i];
            JsonNode child = parent.get(steps[i]);
            if (!(child instanceof ObjectNode)) {
                child = parent.putObject(steps[i]);
                if (ref != null) {
                    locations.putIfAbsent(at, ref);
                }
            }
            parent = (ObjectNode) child;
        }
        String last = steps[steps.length - 1];
        JsonNode existing = parent.get(last);
        if (existing instanceof ArrayNode items && value instanceof ArrayNode more) {
            // A session's people from its "people" cell and from role columns.
            int first = items.size();
            items.addAll(more);
            for (int i = 0; i < more.size(); i++) {
                locations.put("%s.%s[%d]".formatted(path, field, first + i), ref);
            }
        } else {
            parent.set(last, value);
        }
    }
}
