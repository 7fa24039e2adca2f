package org.forumplan.model.io;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Map;

/**
 * {@code policy}.
 *
 * @param selection the MAG's goals for the selection as a whole; null for none
 * @param weights constraint name to the score one unit of it contributes, e.g. {@code "0hard/0medium/-20soft"}
 */
@JsonPropertyOrder({"maxParallel", "targetParallel", "selection", "weights"})
public record PolicyJson(
        Integer maxParallel, Integer targetParallel, SelectionJson selection, Map<String, String> weights) {

    public PolicyJson withSelection(SelectionJson newSelection) {
        return new PolicyJson(maxParallel, targetParallel, newSelection, weights);
    }
}
