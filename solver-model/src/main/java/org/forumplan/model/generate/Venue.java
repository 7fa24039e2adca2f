package org.forumplan.model.generate;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.forumplan.model.domain.RoomFeature;
import org.forumplan.model.domain.SessionKind;

/**
 * The time grid and the rooms of a generated forum: a Day 0 when the preset has one, four periods and three flash
 * timeslots on each main day; a plenary hall, a second main hall from eight rooms up, workshop rooms and flash spaces.
 */
final class Venue {

    private static final LocalDate FIRST_DAY = LocalDate.of(2027, 6, 7);
    private static final String[] REGULAR_STARTS = {"09:00", "11:00", "14:30", "16:30"};
    private static final String[] FLASH_STARTS = {"12:45", "13:20", "13:55"};
    private static final String[] DAY0_STARTS = {"09:00", "11:00", "14:00", "16:00"};

    enum SlotType {
        DAY0,
        REGULAR,
        FLASH
    }

    /**
     * A timeslot on the grid.
     *
     * @param day 0 for Day 0, then 1 for the first main day
     * @param index the timeslot's place among those of its type that day, from 0
     */
    record Slot(String id, int day, LocalTime start, LocalTime end, SlotType type, int index) {
        LocalDate date() {
            return FIRST_DAY.plusDays(day);
        }

        /** Minutes from the start of Day 0, so that times on different days compare. */
        int startMinute() {
            return day * 24 * 60 + start.toSecondOfDay() / 60;
        }

        int endMinute() {
            return day * 24 * 60 + end.toSecondOfDay() / 60;
        }
    }

    record Room(String id, String name, int capacity, List<RoomFeature> features, List<SessionKind> kinds) {
        boolean hosts(SessionKind kind) {
            return kinds.contains(kind);
        }
    }

    private final int days;
    private final List<Slot> slots;
    private final List<Room> rooms;

    private Venue(int days, List<Slot> slots, List<Room> rooms) {
        this.days = days;
        this.slots = List.copyOf(slots);
        this.rooms = List.copyOf(rooms);
    }

    /** Draws the rooms' capacities and features from {@code random}; the grid itself is fixed by the settings. */
    static Venue build(GeneratorSettings settings, Random random) {
        return new Venue(settings.days(), slots(settings), rooms(settings, random));
    }

    int days() {
        return days;
    }

    List<Slot> slots() {
        return slots;
    }

    List<Room> rooms() {
        return rooms;
    }

    /** The room of the opening and closing ceremonies. */
    Room plenary() {
        return rooms.get(0);
    }

    List<Room> mainRooms() {
        return roomsHosting(SessionKind.MAIN);
    }

    List<Room> roomsHosting(SessionKind kind) {
        return rooms.stream().filter(room -> room.hosts(kind)).toList();
    }

    /** The timeslots a session of this kind may start at: Day 0's, the flash timeslots, or the main days' periods. */
    List<Slot> slotsFor(SessionKind kind) {
        SlotType type = switch (kind) {
            case PRE_EVENT -> SlotType.DAY0;
            case FLASH -> SlotType.FLASH;
            default -> SlotType.REGULAR;
        };
        return slots.stream().filter(slot -> slot.type() == type).toList();
    }

    /** Rooms that host the kind times the timeslots it may start at. */
    int places(SessionKind kind) {
        return roomsHosting(kind).size() * slotsFor(kind).size();
    }

    Slot regularSlot(int day, int index) {
        return slots.stream()
                .filter(slot -> slot.type() == SlotType.REGULAR && slot.day() == day && slot.index() == index)
                .findFirst()
                .orElseThrow();
    }

    /** The timeslot of the same type right after this one on the same day, for a session that takes two. */
    Optional<Slot> next(Slot slot) {
        return slots.stream()
                .filter(other ->
                        other.type() == slot.type() && other.day() == slot.day() && other.index() == slot.index() + 1)
                .findFirst();
    }

    /** The periods and flash timeslots of a main day, without Day 0's. */
    List<Slot> mainDaySlots(int day) {
        return slots.stream()
                .filter(slot -> slot.day() == day && slot.type() != SlotType.DAY0)
                .toList();
    }

    private static List<Slot> slots(GeneratorSettings settings) {
        List<Slot> slots = new ArrayList<>();
        if (settings.preset().hasDayZero()) {
            for (int i = 0; i < DAY0_STARTS.length; i++) {
                slots.add(slot(0, DAY0_STARTS[i], 90, SlotType.DAY0, i));
            }
        }
        for (int day = 1; day <= settings.days(); day++) {
            for (int i = 0; i < REGULAR_STARTS.length; i++) {
                slots.add(slot(day, REGULAR_STARTS[i], 90, SlotType.REGULAR, i));
            }
            for (int i = 0; i < FLASH_STARTS.length; i++) {
                slots.add(slot(day, FLASH_STARTS[i], 30, SlotType.FLASH, i));
            }
        }
        return slots;
    }

    private static Slot slot(int day, String start, int minutes, SlotType type, int index) {
        LocalTime begin = LocalTime.parse(start);
        return new Slot(
                "d%d-%s".formatted(day, start.replace(":", "")), day, begin, begin.plusMinutes(minutes), type, index);
    }

    private static List<Room> rooms(GeneratorSettings settings, Random random) {
        List<Room> rooms = new ArrayList<>();
        int total = settings.rooms();
        boolean twoMainRooms = total >= 8;
        // Enough flash spaces for the preset's share of flash sessions, each space holding three a day.
        int flashNeeded =
                (int) Math.round(SessionMix.share(settings.preset(), SessionKind.FLASH) * settings.sessions());
        int flashRooms = Math.max(1, (int) Math.ceil(flashNeeded / (0.8 * FLASH_STARTS.length * settings.days())));
        flashRooms = Math.min(flashRooms, Math.max(1, total / 4));
        int workshopRooms = Math.max(1, total - flashRooms - (twoMainRooms ? 2 : 1));
        List<RoomFeature> all = List.of(RoomFeature.values());
        rooms.add(new Room(
                "plenary",
                "Plenary Hall",
                600 + 100 * random.nextInt(7),
                all,
                List.of(SessionKind.MAIN, SessionKind.PRE_EVENT)));
        if (twoMainRooms) {
            rooms.add(new Room(
                    "main-hall", "Main Meeting Hall", 400 + 50 * random.nextInt(7), all, List.of(SessionKind.MAIN)));
        }
        List<SessionKind> workshopKinds = List.of(
                SessionKind.WORKSHOP,
                SessionKind.OPEN_FORUM,
                SessionKind.DYNAMIC_COALITION,
                SessionKind.BEST_PRACTICE_FORUM,
                SessionKind.NRI,
                SessionKind.OTHER,
                SessionKind.PRE_EVENT);
        for (int i = 1; i <= workshopRooms; i++) {
            List<RoomFeature> features = new ArrayList<>(List.of(RoomFeature.REMOTE));
            if (random.nextInt(100) < 80) {
                features.add(0, RoomFeature.WEBCAST);
            }
            if (random.nextInt(100) < 35) {
                features.add(RoomFeature.CAPTIONING);
            }
            rooms.add(new Room(
                    "ws-%02d".formatted(i),
                    "Workshop Room %02d".formatted(i),
                    40 + 10 * random.nextInt(22),
                    List.copyOf(features),
                    workshopKinds));
        }
        for (int i = 1; i <= flashRooms; i++) {
            rooms.add(new Room(
                    "flash-%d".formatted(i),
                    "Flash Session Space %d".formatted(i),
                    30 + 5 * random.nextInt(7),
                    List.of(RoomFeature.REMOTE),
                    List.of(SessionKind.FLASH)));
        }
        return rooms;
    }
}
