package org.forumplan.model.problem;

import java.util.List;
import java.util.stream.Collectors;

/** A dataset that cannot be used, with every problem found in it. */
public class InvalidDatasetException extends Exception {

    private final transient List<Problem> problems;

    public InvalidDatasetException(List<Problem> problems) {
        super(problems.stream().map(Problem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public InvalidDatasetException(Problem problem) {
        this(List.of(problem));
    }

    public List<Problem> problems() {
        return problems;
    }
}
