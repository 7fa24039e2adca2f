package org.forumplan.model.analysis;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * What one goal costs: the proposal value the programme leaves out with every goal, against the same programme
 * re-solved without this goal, and what the goal asks for in each.
 *
 * @param goal e.g. "developing-country share"
 * @param with the goal's measure in the programme, e.g. "40%"
 * @param without the goal's measure once re-solved without it
 * @param valueLeftOut the proposal value of the proposals left out, with every goal
 * @param valueLeftOutWithout the same after the re-solve without this goal
 */
public record GoalCost(String goal, String with, String without, long valueLeftOut, long valueLeftOutWithout) {

    /** Proposal value the goal costs; 0 or less when the re-solve found no more valuable selection without it. */
    @JsonProperty("valueGivenUp")
    public long valueGivenUp() {
        return valueLeftOut - valueLeftOutWithout;
    }
}
