package org.forumplan.model.io;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** {@code tracks[]}. */
@JsonPropertyOrder({"id", "name"})
public record TrackJson(String id, String name) {}
