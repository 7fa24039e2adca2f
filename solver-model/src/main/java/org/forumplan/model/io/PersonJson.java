package org.forumplan.model.io;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import org.forumplan.model.domain.StakeholderGroup;

/**
 * {@code people[]}.
 *
 * @param unavailable ids of timeslots when the person cannot take part
 */
@JsonPropertyOrder({"id", "name", "organization", "stakeholderGroup", "country", "unavailable"})
public record PersonJson(
        String id,
        String name,
        String organization,
        StakeholderGroup stakeholderGroup,
        String country,
        List<String> unavailable) {}
