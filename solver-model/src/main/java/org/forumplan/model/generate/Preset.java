package org.forumplan.model.generate;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Kinds of forum the generator imitates; each sets defaults that the command line may override. */
public enum Preset {
    /** An IGF-like global forum: a Day 0, four days of four periods, ceremonies, BPFs, flash sessions. */
    IGF(200, 4, 16, true),
    /** A national or regional IGF: three days, no Day 0, a few rooms. */
    REGIONAL(70, 3, 9, false),
    /**
     * IGF 2016 (Guadalajara)'s published mix: 96 workshops, 31 open forums, 8 main sessions, 4 BPFs, 14 dynamic
     * coalitions, 23 flash sessions, 24 Day-0 events and 29 others, 229 in all.
     */
    IGF2016(229, 4, 21, true);

    private final int defaultSessions;
    private final int defaultDays;
    private final int defaultRooms;
    private final boolean dayZero;

    Preset(int defaultSessions, int defaultDays, int defaultRooms, boolean dayZero) {
        this.defaultSessions = defaultSessions;
        this.defaultDays = defaultDays;
        this.defaultRooms = defaultRooms;
        this.dayZero = dayZero;
    }

    public int defaultSessions() {
        return defaultSessions;
    }

    public int defaultDays() {
        return defaultDays;
    }

    public int defaultRooms() {
        return defaultRooms;
    }

    /** Whether the forum has a Day 0 of pre-events before its main days. */
    public boolean hasDayZero() {
        return dayZero;
    }

    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
