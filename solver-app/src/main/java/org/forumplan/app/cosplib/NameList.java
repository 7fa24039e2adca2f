package org.forumplan.app.cosplib;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.forumplan.model.problem.Suggestions;

/**
 * Names of one kind (tracks, sessions, rooms, a grid's columns) in the order read, each with the cell it came from, so
 * that a repeat or a reference to an unknown one is reported where it can be fixed.
 */
final class NameList {

    private final String kind;
    private final String expected;
    private final Map<String, Place> cells = new LinkedHashMap<>();

    /** Where a name was read. */
    private record Place(CosplibSheet sheet, int row, int column) {

        String ref() {
            return sheet.ref(row, column);
        }
    }

    /**
     * @param kind what a name names, for messages: "track", "reference"
     * @param expected what belongs in a cell of such names, for messages: "a track's name"
     */
    NameList(String kind, String expected) {
        this.kind = kind;
        this.expected = expected;
    }

    /**
     * A list of names known from elsewhere (a document), only to look names up in: they have no cells to report a
     * problem at, so nothing is added to it.
     */
    static NameList of(String kind, String expected, Collection<String> names) {
        NameList list = new NameList(kind, expected);
        names.forEach(name -> list.cells.put(name, null));
        return list;
    }

    /** Adds a name read at a cell; a repeated one is a problem there, and is not added again. */
    boolean add(CosplibSheet sheet, int row, int column, String name) {
        Place first = cells.putIfAbsent(name, new Place(sheet, row, column));
        if (first != null) {
            sheet.problem(row, column, "duplicate %s \"%s\" (first at %s)".formatted(kind, name, first.ref()));
        }
        return first == null;
    }

    /** Adds the name in a row's first cell; null, after a problem, when it is blank, not a name or a repeat. */
    String addFirstColumn(CosplibSheet sheet, int row) {
        String name = sheet.name(row, 0, expected);
        if (name.isEmpty()) {
            if (sheet.isBlank(row, 0)) {
                sheet.problem(row, 0, "expected " + expected);
            }
            return null;
        }
        return add(sheet, row, 0, name) ? name : null;
    }

    String kind() {
        return kind;
    }

    /** What belongs in a cell of such names: "a track's name". */
    String expected() {
        return expected;
    }

    boolean contains(String name) {
        return cells.containsKey(name);
    }

    List<String> names() {
        return List.copyOf(cells.keySet());
    }

    int size() {
        return cells.size();
    }

    /** The names not among those given, in this list's order. */
    List<String> missingFrom(Collection<String> given) {
        return cells.keySet().stream().filter(name -> !given.contains(name)).toList();
    }

    /** A problem at the cell a name was read from. */
    void problemAt(String name, String message) {
        Place place = cells.get(name);
        place.sheet().problem(place.row(), place.column(), message);
    }

    /** "unknown track "Routeing"; did you mean "Routing"?" */
    String unknown(String name) {
        return "unknown %s \"%s\"%s".formatted(kind, name, Suggestions.didYouMean(name, cells.keySet()));
    }
}
