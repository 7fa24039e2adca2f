package org.forumplan.model.io;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import org.forumplan.model.domain.SessionKind;

/**
 * {@code policy.selection}: the MAG's goals for the programme as a whole. Every field is optional.
 *
 * @param kinds the session kinds the goals are about; workshops when absent
 * @param minShare the least share of each diversity flag among the placed sessions of those kinds
 * @param topicCoverage whether each further session on a topic is worth less than the one before
 * @param minStakeholderGroups the fewest stakeholder groups a session's people should span
 * @param speakerMix whether the programme's speakers by stakeholder group and region should stay near the proposals'
 */
@JsonPropertyOrder({"kinds", "minShare", "topicCoverage", "minStakeholderGroups", "speakerMix"})
public record SelectionJson(
        List<SessionKind> kinds,
        MinShareJson minShare,
        Boolean topicCoverage,
        Integer minStakeholderGroups,
        Boolean speakerMix) {

    /** {@code policy.selection.minShare}: shares between 0 and 1, each optional. */
    @JsonPropertyOrder({"developingCountry", "firstTime", "newTopic"})
    public record MinShareJson(Double developingCountry, Double firstTime, Double newTopic) {}
}
