package org.forumplan.model.io;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Map;

/**
 * {@code policy}.
 *
 * @param weights constraint name to the score one unit of it contributes, e.g. {@code "0hard/0medium/-20soft"}
 */
@JsonPropertyOrder({"maxParallel", "targetParallel", "weights"})
public record PolicyJson(Integer maxParallel, Integer targetParallel, Map<String, String> weights) {}
