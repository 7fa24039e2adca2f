package org.forumplan.model.io;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.forumplan.model.domain.Role;

/** {@code sessions[].people[]}: a person id and their role. */
@JsonPropertyOrder({"person", "role"})
public record ParticipantJson(String person, Role role) {}
