package org.forumplan.app.cli;

import java.nio.file.Path;
import java.util.List;
import org.forumplan.model.problem.Problem;

/** A dataset file with problems; each is printed on its own line, naming the file and the JSON path. */
public class DatasetProblemsException extends RuntimeException {

    private final transient Path file;
    private final transient List<Problem> problems;

    public DatasetProblemsException(Path file, List<Problem> problems) {
        super(problems.size() + " problem(s) in " + file);
        this.file = file;
        this.problems = List.copyOf(problems);
    }

    public Path file() {
        return file;
    }

    public List<Problem> problems() {
        return problems;
    }
}
