package org.forumplan.model.domain;

import java.util.Arrays;
import java.util.Optional;
import java.util.function.Predicate;

/** A proposal's diversity flag that the MAG gives space to: each may have a minimum share of the programme. */
public enum SelectionFlag {
    DEVELOPING_COUNTRY(
            "developingCountry", "from developing or transitional economy countries", SessionFacts::developingCountry),
    FIRST_TIME("firstTime", "by first-time organisers", SessionFacts::firstTime),
    NEW_TOPIC("newTopic", "on new and emerging topics", SessionFacts::newTopic);

    private final String key;
    private final String description;
    private final Predicate<SessionFacts> test;

    SelectionFlag(String key, String description, Predicate<SessionFacts> test) {
        this.key = key;
        this.description = description;
        this.test = test;
    }

    /** The key in {@code policy.selection.minShare} and the session's field of the same name. */
    public String key() {
        return key;
    }

    /** Words that follow "workshops", e.g. "from developing or transitional economy countries". */
    public String description() {
        return description;
    }

    public boolean isSetOn(Session session) {
        return test.test(session.getFacts());
    }

    public static Optional<SelectionFlag> byKey(String key) {
        return Arrays.stream(values()).filter(flag -> flag.key.equals(key)).findFirst();
    }
}
