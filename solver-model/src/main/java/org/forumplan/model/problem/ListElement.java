package org.forumplan.model.problem;

/**
 * An element of one of a dataset's lists, named by its id, so that a problem in it says which element it means and
 * not only where: {@code timeslots[0].end: timeslot "d1-p1": 10:00 is not after the start 11:00}. The path stays a
 * plain JSON path; the name goes into the message.
 *
 * @param path the element's JSON path, e.g. {@code timeslots[0]}
 * @param idPath the path of the field that names it, e.g. {@code timeslots[0].id}: a problem there is about the id
 *     itself, and is not prefixed with it
 * @param name how a message names the element, e.g. {@code timeslot "d1-p1"}, or {@code timeslot without an id}
 */
public record ListElement(String path, String idPath, String name) {

    /** The problem with the element's name before its message, when it lies in the element but not in its id. */
    public Problem named(Problem problem) {
        String at = problem.path();
        boolean inside = at.equals(path) || at.startsWith(path + ".") || at.startsWith(path + "[");
        if (!inside || at.equals(idPath)) {
            return problem;
        }
        return new Problem(problem.severity(), at, name + ": " + problem.message());
    }
}
