package org.forumplan.model.domain;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Equipment a room offers and a session may require. */
public enum RoomFeature {
    WEBCAST,
    REMOTE,
    CAPTIONING,
    INTERPRETATION;

    /** The name used in the dataset format, e.g. {@code captioning}. */
    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
