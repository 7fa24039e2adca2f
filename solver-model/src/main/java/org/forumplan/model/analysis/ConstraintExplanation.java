package org.forumplan.model.analysis;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.forumplan.model.constraints.ScoreLevel;

/**
 * What one constraint costs and why.
 *
 * @param code the catalogue number, e.g. S1
 * @param weight the weight in use, after the dataset's and the command line's overrides
 * @param matches every match, worst first
 */
public record ConstraintExplanation(
        String code,
        String name,
        ScoreLevel level,
        HardMediumSoftLongScore weight,
        HardMediumSoftLongScore score,
        List<MatchExplanation> matches) {

    @JsonProperty("matchCount")
    public int matchCount() {
        return matches.size();
    }
}
