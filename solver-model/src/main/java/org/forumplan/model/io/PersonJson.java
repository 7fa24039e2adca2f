package org.forumplan.model.io;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import org.forumplan.model.domain.StakeholderGroup;

/**
 * {@code people[]}.
 *
 * @param region the person's region as the forum groups regions, e.g. "Africa" or "WEOG" (free text; the programme's
 *     speaker mix by region compares these)
 * @param unavailable ids of timeslots when the person cannot take part
 */
@JsonPropertyOrder({"id", "name", "organization", "stakeholderGroup", "country", "region", "unavailable"})
public record PersonJson(
        String id,
        String name,
        String organization,
        StakeholderGroup stakeholderGroup,
        String country,
        String region,
        List<String> unavailable) {}
