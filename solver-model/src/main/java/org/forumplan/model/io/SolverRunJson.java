package org.forumplan.model.io;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.Duration;

/**
 * {@code schedule.solver}: which solver made the schedule and how.
 *
 * @param interrupted true when the search was stopped early (Ctrl-C) and this is the best found until then
 */
@JsonPropertyOrder({"version", "seed", "timeSpent", "interrupted"})
public record SolverRunJson(String version, Long seed, Duration timeSpent, Boolean interrupted) {}
