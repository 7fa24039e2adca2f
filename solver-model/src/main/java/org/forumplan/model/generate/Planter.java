package org.forumplan.model.generate;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.forumplan.model.domain.SessionKind;
import org.forumplan.model.generate.Venue.Room;
import org.forumplan.model.generate.Venue.Slot;

/**
 * Creates the sessions and plants each mandatory one where it breaks no hard constraint: one session per room and
 * time, nothing beside the ceremonies, each BPF before its wrap-up, each feeder before its main session. Proposals take
 * the places left, and stay unplanted when there are none.
 */
final class Planter {

    private static final String WRAP_UP = "MS-BPF-WRAPUP";

    private final Venue venue;
    private final Random random;
    private final Names names;
    private final List<Draft> drafts = new ArrayList<>();
    /** The timeslot ids each room is busy or closed at, by room id. */
    private final Map<String, Set<String>> taken = new LinkedHashMap<>();
    /** The timeslot ids a room is closed at, by room id. */
    private final Map<String, List<String>> closures = new LinkedHashMap<>();

    private final Map<SessionKind, Integer> numbering = new LinkedHashMap<>();
    private Draft wrapUp;

    Planter(Venue venue, Random random, Names names) {
        this.venue = venue;
        this.random = random;
        this.names = names;
        venue.rooms().forEach(room -> taken.put(room.id(), new TreeSet<>()));
    }

    /** Every session created, planted or not, in the order they were created. */
    List<Draft> drafts() {
        return Collections.unmodifiableList(drafts);
    }

    /** The timeslots a room is closed at. */
    List<String> closures(Room room) {
        return closures.getOrDefault(room.id(), List.of());
    }

    /**
     * Opening and closing ceremonies (exclusive), the BPF wrap-up, then main sessions across the days.
     *
     * @return how many main sessions found a place
     */
    int plantMainSessions(int count, boolean withWrapUp) {
        Room plenary = venue.plenary();
        Room hall = venue.mainRooms().get(venue.mainRooms().size() - 1);
        int days = venue.days();
        Draft opening = mainSession("MS-OPENING", "Opening Ceremony", 180);
        opening.exclusive = true;
        pin(opening, plenary, venue.regularSlot(1, 2), 2);
        blockAllRooms(venue.regularSlot(1, 2));
        blockAllRooms(venue.regularSlot(1, 3));
        int made = 1;
        if (count >= 2 && days >= 2) {
            Draft closing = mainSession("MS-CLOSING", "Closing Ceremony", 90);
            closing.exclusive = true;
            pin(closing, plenary, venue.regularSlot(days, 3), 1);
            blockAllRooms(venue.regularSlot(days, 3));
            made++;
        }
        if (withWrapUp && made < count && days >= 2) {
            // Not on day 1, whose afternoon belongs to the opening ceremony.
            int day = Math.max(2, (int) Math.round(days * 0.6));
            wrapUp = mainSession(WRAP_UP, "Best Practice Forums Wrap-up", 90);
            pin(wrapUp, hall, venue.regularSlot(day, 2), 1);
            made++;
        }
        List<Slot> free = new ArrayList<>();
        for (int index : new int[] {0, 1, 2, 3}) {
            for (int day = 1; day <= days; day++) {
                Slot slot = venue.regularSlot(day, index);
                if (!isTaken(hall, slot) && !blocked(slot)) {
                    free.add(slot);
                }
            }
        }
        free.sort(Comparator.comparingInt(Slot::index).thenComparingInt(Slot::day));
        for (Slot slot : free) {
            if (made >= count) {
                break;
            }
            if (isTaken(hall, slot)) {
                // By a two-timeslot main session planted from the slot before.
                continue;
            }
            boolean span = slot.index() % 2 == 0
                    && random.nextBoolean()
                    && !isTaken(hall, venue.regularSlot(slot.day(), slot.index() + 1))
                    && !blocked(venue.regularSlot(slot.day(), slot.index() + 1));
            Themes.Theme theme = names.pick(Themes.SUB_THEMES);
            Draft main = mainSession("MS-%02d".formatted(made + 1), "Main session: " + theme.name(), span ? 180 : 90);
            main.topics = List.of(theme.id());
            pin(main, hall, slot, span ? 2 : 1);
            made++;
        }
        return made;
    }

    /** Creates and plants sessions of a kind in free places; optional ones stay unplanted once places run out. */
    void plant(SessionKind kind, int count, boolean mandatory) {
        List<Place> places = new ArrayList<>();
        for (Room room : venue.roomsHosting(kind)) {
            if (kind != SessionKind.PRE_EVENT && room.hosts(SessionKind.MAIN)) {
                continue;
            }
            for (Slot slot : venue.slotsFor(kind)) {
                places.add(new Place(room, slot));
            }
        }
        Collections.shuffle(places, random);
        List<Draft> created = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Draft draft = new Draft(nextId(kind), kind, duration(kind), mandatory);
            drafts.add(draft);
            created.add(draft);
        }
        // Two-slot sessions first, while whole mornings and afternoons are still free.
        List<Draft> longestFirst = created.stream()
                .sorted(Comparator.comparingInt((Draft draft) -> draft.duration).reversed())
                .toList();
        for (Draft draft : longestFirst) {
            // A place one session cannot use (a two-slot session at the day's last slot) stays for the next one.
            Iterator<Place> candidates = places.iterator();
            while (candidates.hasNext()) {
                Place place = candidates.next();
                if (isTaken(place.room(), place.slot())) {
                    candidates.remove();
                } else if (tryPlant(draft, place.room(), place.slot())) {
                    candidates.remove();
                    break;
                }
            }
            if (!draft.isPlanted() && mandatory) {
                throw new IllegalArgumentException("no place left for %s %s; %s"
                        .formatted(
                                kind.label(),
                                draft.id,
                                kind == SessionKind.PRE_EVENT
                                        ? "Day 0 is full: raise --rooms, or lower --sessions"
                                        : "raise --days or --rooms, or lower --sessions"));
            }
        }
    }

    /**
     * A few workshop rooms closed at a time no session planted so far uses them, which no session may use then. Called
     * before the proposals fill the places left, so that there are free times to close.
     */
    void closeSomeRooms() {
        for (Room room : venue.roomsHosting(SessionKind.WORKSHOP)) {
            if (random.nextInt(100) < 5) {
                venue.slotsFor(SessionKind.WORKSHOP).stream()
                        .filter(slot -> !isTaken(room, slot))
                        .findFirst()
                        .ifPresent(slot -> {
                            closures.put(room.id(), List.of(slot.id()));
                            taken.get(room.id()).add(slot.id());
                        });
            }
        }
    }

    /** Some workshops prepare a main session: those planted before a main session on the same or the day before. */
    void linkFeeders() {
        List<Draft> mains = drafts.stream()
                .filter(draft -> draft.kind == SessionKind.MAIN && !draft.exclusive && !draft.id.equals(WRAP_UP))
                .toList();
        for (Draft workshop : drafts) {
            if (workshop.kind != SessionKind.WORKSHOP || !workshop.mandatory || random.nextInt(100) >= 6) {
                continue;
            }
            mains.stream()
                    .filter(main -> main.startMinute() >= workshop.endMinute()
                            && main.firstSlot().day() - workshop.firstSlot().day() <= 1)
                    .findFirst()
                    .ifPresent(main -> workshop.feeds = main.id);
        }
    }

    private record Place(Room room, Slot slot) {}

    private Draft mainSession(String id, String title, int minutes) {
        Draft draft = new Draft(id, SessionKind.MAIN, minutes, true);
        draft.title = title;
        drafts.add(draft);
        return draft;
    }

    private void pin(Draft draft, Room room, Slot start, int span) {
        List<Slot> run = new ArrayList<>(List.of(start));
        while (run.size() < span) {
            run.add(venue.next(run.get(run.size() - 1)).orElseThrow());
        }
        place(draft, room, run);
        draft.pinned = true;
    }

    private boolean tryPlant(Draft draft, Room room, Slot start) {
        List<Slot> run = new ArrayList<>(List.of(start));
        if (draft.duration > 90) {
            // Two timeslots of one morning or one afternoon, never across the lunch break.
            Slot second = venue.next(start).orElse(null);
            if (second == null || start.index() % 2 == 1) {
                return false;
            }
            run.add(second);
        }
        for (Slot slot : run) {
            if (isTaken(room, slot) || blocked(slot)) {
                return false;
            }
        }
        boolean beforeWrapUp = draft.kind == SessionKind.BEST_PRACTICE_FORUM && wrapUp != null;
        if (beforeWrapUp && run.get(run.size() - 1).endMinute() > wrapUp.startMinute()) {
            return false;
        }
        place(draft, room, run);
        if (beforeWrapUp) {
            draft.mustPrecede = List.of(WRAP_UP);
        }
        return true;
    }

    private void place(Draft draft, Room room, List<Slot> run) {
        draft.room = room;
        draft.run = List.copyOf(run);
        run.forEach(slot -> taken.get(room.id()).add(slot.id()));
    }

    private boolean isTaken(Room room, Slot slot) {
        return taken.get(room.id()).contains(slot.id());
    }

    /** The ceremonies are exclusive: nothing else runs while they do. */
    private boolean blocked(Slot slot) {
        return drafts.stream()
                .filter(draft -> draft.exclusive && draft.isPlanted())
                .anyMatch(draft -> draft.overlaps(slot));
    }

    private void blockAllRooms(Slot slot) {
        venue.rooms().forEach(room -> taken.get(room.id()).add(slot.id()));
    }

    private String nextId(SessionKind kind) {
        int number = numbering.merge(kind, 1, Integer::sum);
        String prefix = switch (kind) {
            case WORKSHOP -> "WS";
            case OPEN_FORUM -> "OF";
            case DYNAMIC_COALITION -> "DC";
            case BEST_PRACTICE_FORUM -> "BPF";
            case FLASH -> "FL";
            case PRE_EVENT -> "PE";
            case NRI -> "NRI";
            case OTHER -> "OT";
            case MAIN -> "MS";
        };
        return prefix + number;
    }

    private int duration(SessionKind kind) {
        return switch (kind) {
            case FLASH -> 30;
            case WORKSHOP -> random.nextInt(100) < 15 ? 60 : 90;
            case PRE_EVENT -> random.nextInt(100) < 25 ? 180 : (random.nextBoolean() ? 60 : 90);
            default -> 90;
        };
    }
}
