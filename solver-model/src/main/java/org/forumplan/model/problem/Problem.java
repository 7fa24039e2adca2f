package org.forumplan.model.problem;

/**
 * One thing wrong with a dataset, where it is, and whether it stops the dataset from being used.
 *
 * @param path the JSON path, e.g. {@code sessions[12].people[0].person}; empty for the whole document
 * @param message what is wrong and what was expected, e.g. {@code unknown person "p-999"}
 */
public record Problem(Severity severity, String path, String message) {

    public enum Severity {
        /** The dataset cannot be used. */
        ERROR,
        /** The dataset can be used, but the result may disappoint. */
        WARNING
    }

    public static Problem error(String path, String message) {
        return new Problem(Severity.ERROR, path, message);
    }

    public static Problem warning(String path, String message) {
        return new Problem(Severity.WARNING, path, message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** "sessions[12].people[0].person: unknown person "p-999"". */
    @Override
    public String toString() {
        return path.isEmpty() ? message : path + ": " + message;
    }
}
