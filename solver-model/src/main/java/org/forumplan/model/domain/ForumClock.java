package org.forumplan.model.domain;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The forum's one time scale: minutes since 1970-01-01 00:00 in the forum's local time. Local time is enough because
 * every time in a dataset is local to {@code forum.timeZone}; an int holds minutes until the year 5800.
 */
public final class ForumClock {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);

    private ForumClock() {}

    public static int minuteOf(LocalDate day, LocalTime time) {
        return Math.toIntExact(day.toEpochDay() * 24 * 60 + time.toSecondOfDay() / 60);
    }

    public static LocalDate dayOf(int minute) {
        return LocalDate.ofEpochDay(Math.floorDiv(minute, 24 * 60));
    }

    public static LocalTime timeOf(int minute) {
        return LocalTime.ofSecondOfDay(Math.floorMod(minute, 24 * 60) * 60L);
    }

    /** "Wed 3 Sep 11:00-12:30" for people reading a conflict. */
    public static String describe(int start, int end) {
        return DAY.format(dayOf(start)) + " " + TIME.format(timeOf(start)) + "-" + TIME.format(timeOf(end));
    }

    /** "Wed 3 Sep 10:30". */
    public static String describeMoment(int minute) {
        return DAY.format(dayOf(minute)) + " " + TIME.format(timeOf(minute));
    }

    /** "Wed 3 Sep". */
    public static String describeDay(LocalDate day) {
        return DAY.format(day);
    }
}
