package org.forumplan.model.io;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * {@code schedule}: written by {@code solve}; on input, the starting point of a warm start.
 *
 * @param score the score when written, e.g. {@code 0hard/-350medium/-4210soft}; never trusted on input
 * @param unscheduled ids of sessions without a placement
 */
@JsonPropertyOrder({"score", "feasible", "assignments", "unscheduled", "solver"})
public record ScheduleJson(
        String score,
        Boolean feasible,
        List<AssignmentJson> assignments,
        List<String> unscheduled,
        SolverRunJson solver) {}
