package org.forumplan.model.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * The planning value: a room, a start timeslot and a span of consecutive same-day timeslots. Everything a constraint
 * asks of a placement (its minute interval, the periods it covers, the room's unavailability) is computed once when the
 * problem is built.
 *
 * <p>Identity equality: the problem builder creates one placement per (room, start timeslot, span), and sessions share
 * them, so a swap move can exchange two sessions' placements.
 */
public final class Placement {

    private final Room room;
    private final List<Timeslot> timeslots;
    private final int startMinute;
    private final int endMinute;
    private final int epochDay;
    private final List<Period> periods;
    private final int[] periodIndexes;
    private final int[] periodMinutes;
    private final SessionFacet roomFacet;
    private final int roomUnavailableMinutes;

    /**
     * @param timeslots the timeslots covered, first the start timeslot
     * @param periods the periods of the grid inside the placement's interval
     */
    public Placement(Room room, List<Timeslot> timeslots, List<Period> periods) {
        if (timeslots.isEmpty()) {
            throw new IllegalArgumentException("A placement covers at least one timeslot.");
        }
        this.room = room;
        this.timeslots = List.copyOf(timeslots);
        this.startMinute = timeslots.get(0).startMinute();
        this.endMinute = timeslots.get(timeslots.size() - 1).endMinute();
        this.epochDay = Math.toIntExact(day().toEpochDay());
        this.periods = List.copyOf(periods);
        this.periodIndexes = periods.stream().mapToInt(Period::index).toArray();
        this.periodMinutes = periods.stream().mapToInt(Period::minutes).toArray();
        this.roomFacet = SessionFacet.room(room);
        this.roomUnavailableMinutes = room.unavailableMinutes(startMinute, endMinute);
    }

    public Room room() {
        return room;
    }

    /** The room as a facet, for the constraint streams that treat it like a person or a topic. */
    public SessionFacet roomFacet() {
        return roomFacet;
    }

    /** The room's id, cheap to hash for joins. */
    public String roomId() {
        return room.id();
    }

    public Timeslot startTimeslot() {
        return timeslots.get(0);
    }

    public List<Timeslot> timeslots() {
        return timeslots;
    }

    public int span() {
        return timeslots.size();
    }

    public LocalDate day() {
        return startTimeslot().day();
    }

    /** The day as a number, {@link LocalDate#toEpochDay()}: cheap to compare on every move. */
    public int epochDay() {
        return epochDay;
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

    public List<Period> periods() {
        return periods;
    }

    // Counting sessions per period reads these on every move: from arrays, without loading each period (reading them
    // from the periods was slower in three of four paired solves of IGF 2014, by up to 12%).

    /** The number of {@link #periods()}. */
    public int periodCount() {
        return periodIndexes.length;
    }

    /** The index of the period at a position in {@link #periods()}. */
    public int periodIndex(int position) {
        return periodIndexes[position];
    }

    /** The minutes of the period at a position in {@link #periods()}. */
    public int periodMinutes(int position) {
        return periodMinutes[position];
    }

    public int roomUnavailableMinutes() {
        return roomUnavailableMinutes;
    }

    public boolean overlaps(Placement other) {
        return startMinute < other.endMinute && other.startMinute < endMinute;
    }

    /** Minutes both placements run, 0 when they do not overlap. */
    public int overlapMinutes(Placement other) {
        return Math.max(0, Math.min(endMinute, other.endMinute) - Math.max(startMinute, other.startMinute));
    }

    /** "Wed 3 Sep 11:00-12:30". */
    public String describeTime() {
        return ForumClock.describe(startMinute, endMinute);
    }

    /** "ws-02, Wed 3 Sep 11:00-12:30". */
    public String describe() {
        return room.id() + ", " + describeTime();
    }

    @Override
    public String toString() {
        return room.id() + "@" + startTimeslot().id() + (span() > 1 ? "x" + span() : "");
    }
}
