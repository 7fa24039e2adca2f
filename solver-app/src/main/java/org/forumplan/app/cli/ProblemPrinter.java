package org.forumplan.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.forumplan.model.problem.Problem;

/** Prints dataset problems one a line, as compilers do: {@code FILE: PATH: MESSAGE}. */
final class ProblemPrinter {

    private ProblemPrinter() {}

    static void print(PrintWriter out, Path file, List<Problem> problems) {
        for (Problem problem : DatasetFiles.located(file, problems)) {
            out.println(line(file, problem));
        }
        out.flush();
    }

    static String line(Path file, Problem problem) {
        String where = problem.path().isEmpty() ? file.toString() : file + ": " + problem.path();
        String severity = problem.isError() ? "" : "warning: ";
        return oneLine(where + ": " + severity + problem.message());
    }

    /** Line breaks quoted from a planner's file would split a problem over lines: they are shown escaped. */
    static String oneLine(String text) {
        return text.replace("\r", "\\r").replace("\n", "\\n").replace("\t", "\\t");
    }
}
