package org.forumplan.model.domain;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** The formats a forum programme is made of. */
public enum SessionKind {
    MAIN,
    WORKSHOP,
    OPEN_FORUM,
    DYNAMIC_COALITION,
    BEST_PRACTICE_FORUM,
    FLASH,
    PRE_EVENT,
    NRI,
    OTHER;

    /** The name used in the dataset format, e.g. {@code open_forum}. */
    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The kind's name for people, e.g. "open forum". */
    public String label() {
        return switch (this) {
            case NRI -> "NRI session";
            case PRE_EVENT -> "pre-event";
            case FLASH -> "flash session";
            case MAIN -> "main session";
            default -> code().replace('_', ' ');
        };
    }
}
