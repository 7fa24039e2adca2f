package org.forumplan.model.domain;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** The stakeholder groups of the multistakeholder model. */
public enum StakeholderGroup {
    GOVERNMENT,
    PRIVATE_SECTOR,
    CIVIL_SOCIETY,
    TECHNICAL_COMMUNITY,
    ACADEMIA,
    INTERGOVERNMENTAL;

    /** The name used in the dataset format, e.g. {@code civil_society}. */
    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
