package org.forumplan.app.workbook;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.forumplan.model.problem.Problem;

/**
 * Where each value of a document read from a workbook came from, so that a problem found in the document (by its JSON
 * path) is reported at the cell a planner can fix.
 */
public final class CellLocations {

    /** A list element's path in a message, e.g. {@code sessions[3]} or {@code schedule.assignments[12]}. */
    private static final Pattern PATH_IN_MESSAGE = Pattern.compile("\\b[a-z]+(\\.[a-z]+)?\\[\\d+]");

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

    /**
     * The problem at the cell of its path, or of the nearest enclosing path read from a cell; as it was otherwise. A
     * path its message names ("duplicate id "WS1" (first at sessions[3])") is named by its cell too.
     */
    Problem locate(Problem problem) {
        String cell = cellOf(problem.path());
        Matcher paths = PATH_IN_MESSAGE.matcher(problem.message());
        String message = paths.replaceAll(found -> {
            String named = cellOf(found.group());
            return Matcher.quoteReplacement(named == null ? found.group() : named);
        });
        return new Problem(problem.severity(), cell == null ? problem.path() : cell, message);
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
