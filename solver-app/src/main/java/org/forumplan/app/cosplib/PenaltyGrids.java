package org.forumplan.app.cosplib;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The grid sheets: a name down column A, a name across row 1, a penalty in each cell (blank for 0). Three grids are
 * read by name, as the library reads them; {@code similar tracks} is read by position, as the library does too.
 */
final class PenaltyGrids {

    private PenaltyGrids() {}

    /**
     * A grid whose cells the library finds by row name and column header; the corner cell must be empty, as the
     * library drops that column by the name an empty header gets.
     *
     * @param rows the names its rows must have, each once, in any order
     * @param columns the names its headers must have, each once, in any order
     * @return per row name, per column name, the non-zero penalties, in the names' own order
     */
    static Map<String, Map<String, Long>> byName(CosplibSheet sheet, NameList rows, NameList columns) {
        if (!sheet.isBlank(0, 0)) {
            sheet.problem(
                    0,
                    0,
                    "expected an empty cell in the grid's corner, found \"%s\""
                            .formatted(sheet.name(0, 0, "an empty cell")));
        }
        Map<String, Integer> columnOf = headers(sheet, columns);
        Map<String, Integer> rowOf = new HashMap<>();
        rowNames(sheet, rows).forEach((row, name) -> {
            if (name != null) {
                rowOf.put(name, row);
            }
        });
        Map<String, Map<String, Long>> grid = new LinkedHashMap<>();
        for (String rowName : rows.names()) {
            Integer row = rowOf.get(rowName);
            for (String columnName : columns.names()) {
                Integer column = columnOf.get(columnName);
                if (row != null && column != null) {
                    put(grid, rowName, columnName, sheet.penalty(row, column));
                }
            }
        }
        return ordered(grid, rows);
    }

    /**
     * The similarity of tracks. The library reads the value of a pair of tracks at the row of the one above and the
     * column at the other's position, whatever the column's header says: only the cells right of the diagonal count;
     * the diagonal and the cells left of it are ignored.
     *
     * @return per track, per track below it in the grid, their non-zero similarity: each pair once
     */
    static Map<String, Map<String, Long>> similarTracks(CosplibSheet sheet, NameList tracks) {
        // By position: a row whose name is wrong still holds its place.
        List<Integer> rows = new ArrayList<>();
        List<String> byPosition = new ArrayList<>();
        rowNames(sheet, tracks).forEach((row, name) -> {
            rows.add(row);
            byPosition.add(name);
        });
        checkColumnsByPosition(sheet, byPosition);
        Map<String, Map<String, Long>> grid = new LinkedHashMap<>();
        for (int above = 0; above < rows.size(); above++) {
            for (int below = above + 1; below < rows.size(); below++) {
                if (byPosition.get(above) != null && byPosition.get(below) != null) {
                    Long similarity = sheet.penalty(rows.get(above), below + 1);
                    put(grid, byPosition.get(above), byPosition.get(below), similarity);
                }
            }
        }
        return ordered(grid, tracks);
    }

    /** Each header's column, by name; unknown, repeated and missing names are problems. */
    private static Map<String, Integer> headers(CosplibSheet sheet, NameList columns) {
        NameList seen = new NameList("column", columns.expected());
        Map<String, Integer> columnOf = new HashMap<>();
        boolean unknown = false;
        for (int column = 1; column < sheet.width(); column++) {
            String header = sheet.name(0, column, columns.expected());
            if (header.isEmpty()) {
                if (sheet.isBlank(0, column)) {
                    sheet.problem(0, column, "expected " + columns.expected() + " as the column's header");
                }
            } else if (!seen.add(sheet, 0, column, header)) {
                continue;
            } else if (columns.contains(header)) {
                columnOf.put(header, column);
            } else {
                sheet.problem(0, column, columns.unknown(header));
                unknown = true;
            }
        }
        // A misspelt header is reported as unknown, with the name it may have meant; not a second time as missing.
        if (!unknown) {
            for (String name : columns.missingFrom(columnOf.keySet())) {
                sheet.problem(0, sheet.width(), "no column for %s \"%s\"".formatted(columns.kind(), name));
            }
        }
        return columnOf;
    }

    /**
     * Each row's name by its index, in the sheet's order; null for a name that is unknown or repeated. Those, and
     * missing names, are problems.
     */
    private static Map<Integer, String> rowNames(CosplibSheet sheet, NameList rows) {
        NameList seen = new NameList(rows.kind(), rows.expected());
        Map<Integer, String> names = new LinkedHashMap<>();
        boolean unknown = false;
        for (int row : sheet.records()) {
            String name = seen.addFirstColumn(sheet, row);
            if (name != null && !rows.contains(name)) {
                sheet.problem(row, 0, rows.unknown(name));
                unknown = true;
                name = null;
            }
            names.put(row, name);
        }
        if (!unknown) {
            for (String name : rows.missingFrom(names.values())) {
                sheet.problem(sheet.rows(), 0, "no row for %s \"%s\"".formatted(rows.kind(), name));
            }
        }
        return names;
    }

    /**
     * The library checks only that the similarity grid has as many columns as rows and no header twice; a value's
     * column is the position of its track's row.
     */
    private static void checkColumnsByPosition(CosplibSheet sheet, List<String> byPosition) {
        NameList seen = new NameList("column", "a track's name");
        for (int column = 1; column < sheet.width(); column++) {
            String header = sheet.name(0, column, "a track's name");
            if (!header.isEmpty()) {
                seen.add(sheet, 0, column, header);
            }
        }
        for (int column = byPosition.size() + 1; column < sheet.width(); column++) {
            sheet.problem(0, column, "a column beyond the tracks; the grid has a column per row, in the rows' order");
        }
        for (int position = Math.max(0, sheet.width() - 1); position < byPosition.size(); position++) {
            String track = byPosition.get(position) == null ? "" : " \"" + byPosition.get(position) + "\"";
            sheet.problem(
                    0,
                    position + 1,
                    "no column for the track%s of row %d; the grid has a column per row, in the rows' order"
                            .formatted(track, position + 2));
        }
    }

    private static void put(Map<String, Map<String, Long>> grid, String row, String column, Long value) {
        if (value != null && value != 0) {
            grid.computeIfAbsent(row, name -> new LinkedHashMap<>()).put(column, value);
        }
    }

    /** The rows in the order of their names' own sheet, so that the document does not depend on the grid's order. */
    private static Map<String, Map<String, Long>> ordered(Map<String, Map<String, Long>> grid, NameList rows) {
        Map<String, Map<String, Long>> ordered = new LinkedHashMap<>();
        for (String name : rows.names()) {
            Map<String, Long> row = grid.get(name);
            if (row != null) {
                ordered.put(name, Collections.unmodifiableMap(row));
            }
        }
        return Collections.unmodifiableMap(ordered);
    }
}
