package org.forumplan.model.domain;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** What a person does in a session. Every role blocks the person's time. */
public enum Role {
    ORGANIZER,
    SPEAKER,
    MODERATOR,
    REMOTE_MODERATOR,
    RAPPORTEUR;

    /** The name used in the dataset format, e.g. {@code remote_moderator}. */
    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
