package org.forumplan.model.problem;

import java.util.ArrayList;
import java.util.List;

/** Collects problems while a check runs, so that one run reports all of them rather than the first. */
public final class ProblemCollector {

    private final List<Problem> problems = new ArrayList<>();

    public void error(String path, String message) {
        problems.add(Problem.error(path, message));
    }

    public void warning(String path, String message) {
        problems.add(Problem.warning(path, message));
    }

    public void add(Problem problem) {
        problems.add(problem);
    }

    public void addAll(List<Problem> more) {
        problems.addAll(more);
    }

    /** Runs the checks of one list element; the problems they find name the element by its id. */
    public void within(ListElement element, Runnable checks) {
        int first = problems.size();
        checks.run();
        for (int i = first; i < problems.size(); i++) {
            problems.set(i, element.named(problems.get(i)));
        }
    }

    public boolean hasErrors() {
        return problems.stream().anyMatch(Problem::isError);
    }

    public List<Problem> problems() {
        return List.copyOf(problems);
    }

    /** Throws if any error was collected; warnings alone pass. */
    public void throwIfErrors() throws InvalidDatasetException {
        if (hasErrors()) {
            throw new InvalidDatasetException(problems);
        }
    }
}
