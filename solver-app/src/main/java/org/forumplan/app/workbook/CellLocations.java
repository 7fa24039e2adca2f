package org.forumplan.app.workbook;

import java.util.HashMap;
import java.util.Map;
import org.forumplan.model.problem.Problem;

/**
 * Where each value of a document read from a workbook came from, so that a problem found in the document (by its JSON
 * path) is reported at the cell a planner can fix.
 */
public final class CellLocations {

    private final Map<String, String> cellsByPath = new HashMap<>();

    void put(String path, String cell) {
        cellsByPath.put(path, cell);
    }

    void putIfAbsent(String path, String cell) {
        cellsByPath.putIfAbsent(path, cell);
    }

    boolean hasOwn(String path) {
        return cellsByPath.containsKey(path);
    }

    /** The problem at the cell of its path, or of the nearest enclosing path read from a cell; as it was otherwise. */
    Problem locate(Problem problem) {
        String cell = cellOf(problem.path());
        return cell == null ? problem : new Problem(problem.severity(), cell, problem.message());
    }

    String cellOf(String path) {
        String enclosing = path;
        while (!enclosing.isEmpty()) {
            String cell = cellsByPath.get(enclosing);
            if (cell != null) {
                return cell;
            }
            enclosing = parentOf(enclosing);
        }
        return null;
    }

    /** "sessions[3]" for "sessions[3].people[0]" and "sessions[3].people"; "" at the top. */
    private static String parentOf(String path) {
        int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
        return cut <= 0 ? "" : path.substring(0, cut);
    }
}
