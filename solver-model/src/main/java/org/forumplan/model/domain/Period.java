package org.forumplan.model.domain;

/**
 * The smallest stretch of time the grid distinguishes: the timeline cut at every timeslot's start and end. Every
 * placement starts and ends on such cuts, so a session either runs through a whole period or not at all; counting the
 * sessions per period therefore counts exactly how many run at once.
 *
 * <p>Identity equality: the problem builder creates each period once.
 */
public final class Period {

    private final int index;
    private final int startMinute;
    private final int endMinute;

    public Period(int index, int startMinute, int endMinute) {
        if (endMinute <= startMinute) {
            throw new IllegalArgumentException("A period must end after it starts.");
        }
        this.index = index;
        this.startMinute = startMinute;
        this.endMinute = endMinute;
    }

    public int index() {
        return index;
    }

    public int startMinute() {
        return startMinute;
    }

    public int endMinute() {
        return endMinute;
    }

    public int minutes() {
        return endMinute - startMinute;
    }

    /** "Wed 3 Sep 11:00-12:30". */
    public String describe() {
        return ForumClock.describe(startMinute, endMinute);
    }

    @Override
    public String toString() {
        return describe();
    }
}
