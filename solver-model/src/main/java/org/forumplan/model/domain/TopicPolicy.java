package org.forumplan.model.domain;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Whether a topic's sessions should be kept apart in time or brought together. */
public enum TopicPolicy {
    /** Sessions of the topic should not run in parallel (the default). */
    SPREAD,
    /** The topic's community wants its sessions on as few days as possible. */
    CLUSTER;

    /** The name used in the dataset format. */
    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
