package org.forumplan.model.io;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.forumplan.model.domain.TopicPolicy;

/** {@code topics[]}; {@code policy} defaults to {@code spread}. */
@JsonPropertyOrder({"id", "name", "policy"})
public record TopicJson(String id, String name, TopicPolicy policy) {}
