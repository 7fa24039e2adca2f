package org.forumplan.model.generate;

import java.time.LocalDate;
import java.time.LocalTime;
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
import org.forumplan.model.domain.Role;
import org.forumplan.model.domain.RoomFeature;
import org.forumplan.model.domain.SessionKind;
import org.forumplan.model.domain.StakeholderGroup;
import org.forumplan.model.io.AssignmentJson;
import org.forumplan.model.io.DatasetJson;
import org.forumplan.model.io.ForumJson;
import org.forumplan.model.io.ParticipantJson;
import org.forumplan.model.io.PersonJson;
import org.forumplan.model.io.PlacementJson;
import org.forumplan.model.io.PolicyJson;
import org.forumplan.model.io.RoomJson;
import org.forumplan.model.io.SessionJson;
import org.forumplan.model.io.SlotKinds;
import org.forumplan.model.io.TimeslotJson;
import org.forumplan.model.io.TrackJson;

/**
 * Generates a synthetic forum around a planted schedule: every mandatory session is first placed where it breaks no
 * hard constraint (one session per room and time, nobody twice at once, nobody when unavailable, nothing beside the
 * ceremonies, each BPF before its wrap-up, each feeder before its main session, no more in parallel than the limit),
 * and only then are people's and rooms' unavailability, preferences and features chosen around that schedule. So every
 * generated forum admits a schedule with 0 hard, and the same settings always give the same file.
 */
public final class ForumGenerator {

    /**
     * A generated forum and the schedule it was built around.
     *
     * @param plantedSchedule a placement for every mandatory session (and the proposals that fitted) with 0 hard
     */
    public record GeneratedForum(DatasetJson dataset, List<AssignmentJson> plantedSchedule) {}

    static final LocalDate FIRST_DAY = LocalDate.of(2027, 6, 7);
    private static final String[] REGULAR_STARTS = {"09:00", "11:00", "14:30", "16:30"};
    private static final String[] FLASH_STARTS = {"12:45", "13:20", "13:55"};
    private static final String[] DAY0_STARTS = {"09:00", "11:00", "14:00", "16:00"};
    private static final int PEOPLE_REUSE_PERCENT = 45;
    private static final int MAX_SESSIONS_PER_PERSON = 3;

    private enum SlotType {
        DAY0,
        REGULAR,
        FLASH
    }

    private record Slot(String id, int day, LocalTime start, LocalTime end, SlotType type, int index) {
        int startMinute() {
            return day * 24 * 60 + start.toSecondOfDay() / 60;
        }

        int endMinute() {
            return day * 24 * 60 + end.toSecondOfDay() / 60;
        }
    }

    private record Room(String id, String name, int capacity, List<RoomFeature> features, List<SessionKind> kinds) {
        boolean hosts(SessionKind kind) {
            return kinds.contains(kind);
        }
    }

    private static final class Person {
        final String id;
        final String name;
        final String organization;
        final StakeholderGroup group;
        final String country;
        final List<int[]> busy = new ArrayList<>();
        final List<String> unavailable = new ArrayList<>();
        int sessions;

        Person(String id, String name, String organization, StakeholderGroup group, String country) {
            this.id = id;
            this.name = name;
            this.organization = organization;
            this.group = group;
            this.country = country;
        }

        boolean isFree(int start, int end) {
            return busy.stream().noneMatch(interval -> interval[0] < end && start < interval[1]);
        }
    }

    private static final class Draft {
        final String id;
        final SessionKind kind;
        final int duration;
        final boolean mandatory;
        String title;
        List<String> topics = List.of();
        String track;
        final List<ParticipantJson> people = new ArrayList<>();
        String organization;
        int attendance;
        List<RoomFeature> requiredFeatures;
        Double evaluation;
        boolean developingCountry;
        boolean firstTime;
        boolean newTopic;
        List<String> preferred;
        List<String> unavailable;
        List<String> mustPrecede;
        String feeds;
        boolean exclusive;
        boolean pinned;
        Room room;
        List<Slot> run;

        Draft(String id, SessionKind kind, int duration, boolean mandatory) {
            this.id = id;
            this.kind = kind;
            this.duration = duration;
            this.mandatory = mandatory;
        }

        boolean isPlanted() {
            return run != null;
        }

        int startMinute() {
            return run.get(0).startMinute();
        }

        int endMinute() {
            return run.get(run.size() - 1).endMinute();
        }
    }

    private final GeneratorSettings settings;
    private final Random random;
    private final Names names;
    private final List<Slot> slots = new ArrayList<>();
    private final List<Room> rooms = new ArrayList<>();
    private final Map<String, Set<String>> taken = new LinkedHashMap<>();
    private final Map<String, List<String>> roomUnavailable = new LinkedHashMap<>();
    private final List<Person> people = new ArrayList<>();
    private final Map<String, Person> peopleById = new LinkedHashMap<>();
    private final List<Draft> drafts = new ArrayList<>();
    private final Map<SessionKind, Integer> numbering = new LinkedHashMap<>();

    private ForumGenerator(GeneratorSettings settings) {
        this.settings = settings;
        this.random = new Random(settings.seed());
        this.names = new Names(random);
    }

    /**
     * @throws IllegalArgumentException when the sessions cannot fit the days and rooms asked for
     */
    public static GeneratedForum generate(GeneratorSettings settings) {
        return new ForumGenerator(settings).run();
    }

    private GeneratedForum run() {
        buildSlots();
        buildRooms();
        SessionMix mix = SessionMix.of(
                settings.preset(),
                settings.sessions(),
                mainRooms().size() * settings.days() * REGULAR_STARTS.length / 2,
                settings.preset().hasDayZero()
                        ? roomsHosting(SessionKind.PRE_EVENT).size() * DAY0_STARTS.length
                        : 0,
                roomsHosting(SessionKind.FLASH).size() * settings.days() * FLASH_STARTS.length);
        mix = mix.withMainSessions(
                plantMainSessions(mix.count(SessionKind.MAIN), mix.count(SessionKind.BEST_PRACTICE_FORUM) > 0));
        int mandatoryWorkshops = mandatoryWorkshops(mix);
        plantAll(SessionKind.BEST_PRACTICE_FORUM, mix.count(SessionKind.BEST_PRACTICE_FORUM), true);
        for (SessionKind kind : List.of(
                SessionKind.DYNAMIC_COALITION,
                SessionKind.OPEN_FORUM,
                SessionKind.NRI,
                SessionKind.OTHER,
                SessionKind.PRE_EVENT,
                SessionKind.FLASH)) {
            plantAll(kind, mix.count(kind), true);
        }
        plantAll(SessionKind.WORKSHOP, mandatoryWorkshops, true);
        // Before the proposals fill the places left, so that rooms can be closed at some of them.
        addRoomUnavailability();
        plantAll(SessionKind.WORKSHOP, mix.count(SessionKind.WORKSHOP) - mandatoryWorkshops, false);
        linkFeeders();
        for (Draft draft : drafts) {
            describe(draft);
        }
        addUnavailability();
        return new GeneratedForum(dataset(), planted());
    }

    // ************************************************************************
    // The grid
    // ************************************************************************

    private void buildSlots() {
        if (settings.preset().hasDayZero()) {
            for (int i = 0; i < DAY0_STARTS.length; i++) {
                addSlot(0, DAY0_STARTS[i], 90, SlotType.DAY0, i);
            }
        }
        for (int day = 1; day <= settings.days(); day++) {
            for (int i = 0; i < REGULAR_STARTS.length; i++) {
                addSlot(day, REGULAR_STARTS[i], 90, SlotType.REGULAR, i);
            }
            for (int i = 0; i < FLASH_STARTS.length; i++) {
                addSlot(day, FLASH_STARTS[i], 30, SlotType.FLASH, i);
            }
        }
    }

    private void addSlot(int day, String start, int minutes, SlotType type, int index) {
        LocalTime begin = LocalTime.parse(start);
        slots.add(new Slot(
                "d%d-%s".formatted(day, start.replace(":", "")), day, begin, begin.plusMinutes(minutes), type, index));
    }

    private void buildRooms() {
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
        rooms.forEach(room -> taken.put(room.id(), new TreeSet<>()));
    }

    private List<Room> mainRooms() {
        return roomsHosting(SessionKind.MAIN);
    }

    private List<Room> roomsHosting(SessionKind kind) {
        return rooms.stream().filter(room -> room.hosts(kind)).toList();
    }

    private List<Slot> slotsFor(SessionKind kind) {
        SlotType type = switch (kind) {
            case PRE_EVENT -> SlotType.DAY0;
            case FLASH -> SlotType.FLASH;
            default -> SlotType.REGULAR;
        };
        return slots.stream().filter(slot -> slot.type() == type).toList();
    }

    /**
     * How many workshops are accepted (mandatory); the others are proposals competing for the places left. Mandatory
     * sessions take at most 80% of the workshop-room places, leaving room for people's conflicts and for the solver to
     * move; when the workshops asked for exceed the places, the proposals exceed the places left, as at the IGF. The
     * IGF 2016 preset describes a held programme, so all its workshops are mandatory.
     *
     * @throws IllegalArgumentException when the mandatory sessions alone need more places than the forum has
     */
    private int mandatoryWorkshops(SessionMix mix) {
        int places = roomsHosting(SessionKind.WORKSHOP).size() * (settings.days() * REGULAR_STARTS.length - 3);
        int workshops = mix.count(SessionKind.WORKSHOP);
        int mandatory = settings.preset() == Preset.IGF2016
                ? workshops
                : Math.max(0, Math.min(workshops, places * 8 / 10 - mix.otherRegular()));
        int needed = mandatory + mix.otherRegular();
        if (needed > places * 85 / 100) {
            throw new IllegalArgumentException(
                    ("%d sessions need %d workshop-room places, more than 85%% of the %d that"
                                    + " %d days and %d rooms offer; raise --days or --rooms, or lower --sessions")
                            .formatted(settings.sessions(), needed, places, settings.days(), settings.rooms()));
        }
        return mandatory;
    }

    // ************************************************************************
    // The planted schedule
    // ************************************************************************

    /**
     * Opening and closing ceremonies (exclusive), the BPF wrap-up, then main sessions across the days.
     *
     * @return how many main sessions found a place
     */
    private int plantMainSessions(int count, boolean withWrapUp) {
        Room plenary = rooms.get(0);
        Room hall = mainRooms().get(mainRooms().size() - 1);
        Draft opening = mainSession("MS-OPENING", "Opening Ceremony", 180);
        opening.exclusive = true;
        pin(opening, plenary, regularSlot(1, 2), 2);
        blockAllRooms(regularSlot(1, 2));
        blockAllRooms(regularSlot(1, 3));
        int made = 1;
        if (count >= 2 && settings.days() >= 2) {
            Draft closing = mainSession("MS-CLOSING", "Closing Ceremony", 90);
            closing.exclusive = true;
            pin(closing, plenary, regularSlot(settings.days(), 3), 1);
            blockAllRooms(regularSlot(settings.days(), 3));
            made++;
        }
        if (withWrapUp && made < count && settings.days() >= 2) {
            // Not on day 1, whose afternoon belongs to the opening ceremony.
            int day = Math.max(2, (int) Math.round(settings.days() * 0.6));
            Draft wrapUp = mainSession("MS-BPF-WRAPUP", "Best Practice Forums Wrap-up", 90);
            pin(wrapUp, hall, regularSlot(day, 2), 1);
            made++;
        }
        List<Slot> free = new ArrayList<>();
        for (int index : new int[] {0, 1, 2, 3}) {
            for (int day = 1; day <= settings.days(); day++) {
                Slot slot = regularSlot(day, index);
                if (!taken.get(hall.id()).contains(slot.id()) && !blocked(slot)) {
                    free.add(slot);
                }
            }
        }
        free.sort(Comparator.comparingInt(Slot::index).thenComparingInt(Slot::day));
        for (Slot slot : free) {
            if (made >= count) {
                break;
            }
            boolean span = slot.index() % 2 == 0
                    && random.nextBoolean()
                    && !taken.get(hall.id())
                            .contains(regularSlot(slot.day(), slot.index() + 1).id())
                    && !blocked(regularSlot(slot.day(), slot.index() + 1));
            if (taken.get(hall.id()).contains(slot.id())) {
                continue;
            }
            Themes.Theme theme = names.pick(Themes.SUB_THEMES);
            Draft main = mainSession("MS-%02d".formatted(made + 1), "Main session: " + theme.name(), span ? 180 : 90);
            main.topics = List.of(theme.id());
            pin(main, hall, slot, span ? 2 : 1);
            made++;
        }
        return made;
    }

    private Draft mainSession(String id, String title, int minutes) {
        Draft draft = new Draft(id, SessionKind.MAIN, minutes, true);
        draft.title = title;
        drafts.add(draft);
        return draft;
    }

    private void pin(Draft draft, Room room, Slot start, int span) {
        List<Slot> run = new ArrayList<>();
        for (int i = 0; i < span; i++) {
            run.add(
                    start.type() == SlotType.DAY0
                            ? slotsFor(SessionKind.PRE_EVENT).get(start.index() + i)
                            : regularSlot(start.day(), start.index() + i));
        }
        place(draft, room, run);
        draft.pinned = true;
    }

    private Slot regularSlot(int day, int index) {
        return slots.stream()
                .filter(slot -> slot.type() == SlotType.REGULAR && slot.day() == day && slot.index() == index)
                .findFirst()
                .orElseThrow();
    }

    private void blockAllRooms(Slot slot) {
        rooms.forEach(room -> taken.get(room.id()).add(slot.id()));
    }

    private boolean blocked(Slot slot) {
        return drafts.stream()
                .filter(draft -> draft.exclusive && draft.isPlanted())
                .anyMatch(draft -> draft.startMinute() < slot.endMinute() && slot.startMinute() < draft.endMinute());
    }

    private void place(Draft draft, Room room, List<Slot> run) {
        draft.room = room;
        draft.run = List.copyOf(run);
        run.forEach(slot -> taken.get(room.id()).add(slot.id()));
    }

    /** Creates and plants sessions of a kind in free places; optional ones stay unplanted once places run out. */
    private void plantAll(SessionKind kind, int count, boolean mandatory) {
        List<String[]> places = new ArrayList<>();
        for (Room room : roomsHosting(kind)) {
            if (kind != SessionKind.PRE_EVENT && room.hosts(SessionKind.MAIN)) {
                continue;
            }
            for (Slot slot : slotsFor(kind)) {
                places.add(new String[] {room.id(), slot.id()});
            }
        }
        Collections.shuffle(places, random);
        List<Draft> created = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Draft draft = new Draft(nextId(kind, mandatory), kind, duration(kind), mandatory);
            drafts.add(draft);
            created.add(draft);
        }
        // Two-slot sessions first, while whole mornings and afternoons are still free.
        List<Draft> longestFirst = created.stream()
                .sorted(Comparator.comparingInt((Draft draft) -> draft.duration).reversed())
                .toList();
        for (Draft draft : longestFirst) {
            // A place one session cannot use (a two-slot session at the day's last slot) stays for the next one.
            Iterator<String[]> candidates = places.iterator();
            while (candidates.hasNext()) {
                String[] place = candidates.next();
                if (taken.get(place[0]).contains(place[1])) {
                    candidates.remove();
                } else if (tryPlant(draft, room(place[0]), slot(place[1]))) {
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

    private boolean tryPlant(Draft draft, Room room, Slot start) {
        List<Slot> run = new ArrayList<>(List.of(start));
        if (draft.duration > 90) {
            List<Slot> sameDay = slotsFor(draft.kind).stream()
                    .filter(slot -> slot.day() == start.day() && slot.index() == start.index() + 1)
                    .toList();
            if (sameDay.isEmpty() || start.index() % 2 == 1) {
                return false;
            }
            run.add(sameDay.get(0));
        }
        for (Slot slot : run) {
            if (taken.get(room.id()).contains(slot.id()) || blocked(slot)) {
                return false;
            }
        }
        if (draft.kind == SessionKind.BEST_PRACTICE_FORUM) {
            Draft wrapUp = find("MS-BPF-WRAPUP");
            if (wrapUp != null && run.get(run.size() - 1).endMinute() > wrapUp.startMinute()) {
                return false;
            }
        }
        place(draft, room, run);
        if (draft.kind == SessionKind.BEST_PRACTICE_FORUM && find("MS-BPF-WRAPUP") != null) {
            draft.mustPrecede = List.of("MS-BPF-WRAPUP");
        }
        return true;
    }

    private String nextId(SessionKind kind, boolean mandatory) {
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

    /** Some workshops prepare a main session: those planted before a main session on the same or the day before. */
    private void linkFeeders() {
        List<Draft> mains = drafts.stream()
                .filter(draft ->
                        draft.kind == SessionKind.MAIN && !draft.exclusive && !draft.id.equals("MS-BPF-WRAPUP"))
                .toList();
        for (Draft workshop : drafts) {
            if (workshop.kind != SessionKind.WORKSHOP || !workshop.mandatory || random.nextInt(100) >= 6) {
                continue;
            }
            mains.stream()
                    .filter(main -> main.startMinute() >= workshop.endMinute()
                            && main.run.get(0).day() - workshop.run.get(0).day() <= 1)
                    .findFirst()
                    .ifPresent(main -> workshop.feeds = main.id);
        }
    }

    // ************************************************************************
    // Content and people
    // ************************************************************************

    private void describe(Draft draft) {
        Themes.Theme theme = theme();
        if (draft.kind != SessionKind.MAIN) {
            draft.title = titleFor(draft, theme);
            List<String> topics = new ArrayList<>(List.of(theme.id()));
            if (random.nextInt(100) < 25) {
                topics.add(names.pick(Themes.FINER).id());
            }
            draft.topics = List.copyOf(topics);
        }
        draft.track = switch (draft.kind) {
            case DYNAMIC_COALITION -> "dc";
            case BEST_PRACTICE_FORUM -> "bpf";
            case NRI -> "nri";
            case WORKSHOP, PRE_EVENT -> random.nextInt(100) < 6 ? "cb" : (random.nextInt(100) < 5 ? "youth" : null);
            default -> null;
        };
        addPeople(draft);
        draft.organization =
                draft.people.isEmpty() ? null : person(draft.people.get(0).person()).organization;
        int capacity = draft.isPlanted() ? draft.room.capacity() : 150;
        draft.attendance = switch (draft.kind) {
            case MAIN -> capacity / 2 + random.nextInt(Math.max(1, capacity / 2));
            case FLASH -> 15 + random.nextInt(35);
            default -> Math.max(15, Math.min(capacity + 20, 20 + random.nextInt(Math.max(1, capacity))));
        };
        if (draft.isPlanted() && !draft.pinned) {
            List<RoomFeature> required = new ArrayList<>();
            if (draft.room.features().contains(RoomFeature.REMOTE)
                    && draft.kind != SessionKind.PRE_EVENT
                    && random.nextInt(100) < 30) {
                required.add(RoomFeature.REMOTE);
            }
            if (draft.room.features().contains(RoomFeature.CAPTIONING) && random.nextInt(100) < 20) {
                required.add(RoomFeature.CAPTIONING);
            }
            draft.requiredFeatures = required.isEmpty() ? null : List.copyOf(required);
            if (random.nextInt(100) < 5) {
                List<Slot> others = slotsFor(draft.kind).stream()
                        .filter(slot -> slot != draft.run.get(0))
                        .toList();
                draft.preferred = others.isEmpty()
                        ? List.of(draft.run.get(0).id())
                        : List.of(draft.run.get(0).id(), names.pick(others).id());
            }
        }
        if (draft.kind == SessionKind.WORKSHOP) {
            double base = draft.mandatory ? 3.2 : 2.2;
            draft.evaluation = Math.round((base + random.nextDouble() * 1.8) * 10) / 10.0;
            draft.developingCountry = random.nextInt(100) < 40;
            draft.firstTime = random.nextInt(100) < 16;
            draft.newTopic = random.nextInt(100) < 10;
        }
    }

    private Themes.Theme theme() {
        double roll = random.nextDouble()
                * Themes.SUB_THEMES.stream().mapToDouble(Themes.Theme::share).sum();
        for (Themes.Theme theme : Themes.SUB_THEMES) {
            roll -= theme.share();
            if (roll <= 0) {
                return theme;
            }
        }
        return Themes.SUB_THEMES.get(Themes.SUB_THEMES.size() - 1);
    }

    private String titleFor(Draft draft, Themes.Theme theme) {
        String subject = names.pick(theme.subjects());
        return switch (draft.kind) {
            case OPEN_FORUM -> "Open forum: " + subject;
            case DYNAMIC_COALITION -> "Dynamic Coalition on " + subject;
            case BEST_PRACTICE_FORUM -> "Best Practice Forum on " + subject;
            case NRI -> "National and regional IGFs on " + subject;
            case FLASH -> "Flash: " + subject;
            case PRE_EVENT -> "Day 0: " + subject;
            default -> names.title(subject) + (draft.track != null && draft.track.equals("cb") ? " [CB]" : "");
        };
    }

    private void addPeople(Draft draft) {
        int count = switch (draft.kind) {
            case FLASH -> 1 + random.nextInt(2);
            case MAIN -> 3 + random.nextInt(4);
            case WORKSHOP, BEST_PRACTICE_FORUM -> 3 + random.nextInt(3);
            default -> 2 + random.nextInt(3);
        };
        for (int i = 0; i < count; i++) {
            Person person = choosePerson(draft);
            Role role = i == 0 ? Role.ORGANIZER : (i == count - 1 && count >= 3 ? Role.MODERATOR : Role.SPEAKER);
            draft.people.add(new ParticipantJson(person.id, role));
            person.sessions++;
            if (draft.isPlanted()) {
                person.busy.add(new int[] {draft.startMinute(), draft.endMinute()});
            }
        }
    }

    /** Someone already speaking elsewhere when they are free then, or a new person. */
    private Person choosePerson(Draft draft) {
        if (!people.isEmpty() && random.nextInt(100) < PEOPLE_REUSE_PERCENT) {
            for (int attempt = 0; attempt < 6; attempt++) {
                Person candidate = people.get(random.nextInt(people.size()));
                boolean inSession =
                        draft.people.stream().anyMatch(p -> p.person().equals(candidate.id));
                if (!inSession
                        && candidate.sessions < MAX_SESSIONS_PER_PERSON
                        && (!draft.isPlanted() || candidate.isFree(draft.startMinute(), draft.endMinute()))) {
                    return candidate;
                }
            }
        }
        String[] nameAndCountry = names.person();
        Person person = new Person(
                "p-%04d".formatted(people.size() + 1),
                nameAndCountry[0],
                names.organization(nameAndCountry[1]),
                names.pick(List.of(StakeholderGroup.values())),
                nameAndCountry[1]);
        people.add(person);
        peopleById.put(person.id, person);
        return person;
    }

    /** A few workshop rooms closed at a time no mandatory session uses them, which no session may use then. */
    private void addRoomUnavailability() {
        for (Room room : roomsHosting(SessionKind.WORKSHOP)) {
            if (random.nextInt(100) < 5) {
                slotsFor(SessionKind.WORKSHOP).stream()
                        .filter(slot -> !taken.get(room.id()).contains(slot.id()))
                        .findFirst()
                        .ifPresent(slot -> {
                            roomUnavailable.put(room.id(), List.of(slot.id()));
                            taken.get(room.id()).add(slot.id());
                        });
            }
        }
    }

    /** Chosen around the planted schedule, so that they never make it infeasible. */
    private void addUnavailability() {
        for (Person person : people) {
            if (random.nextInt(100) >= 4) {
                continue;
            }
            int day = 1 + random.nextInt(settings.days());
            List<Slot> thatDay = slots.stream()
                    .filter(slot -> slot.day() == day && slot.type() != SlotType.DAY0)
                    .toList();
            boolean free = thatDay.stream().allMatch(slot -> person.isFree(slot.startMinute(), slot.endMinute()));
            if (free) {
                thatDay.forEach(slot -> person.unavailable.add(slot.id()));
            }
        }
        for (Draft draft : drafts) {
            if (draft.isPlanted() && !draft.pinned && random.nextInt(100) < 3) {
                slotsFor(draft.kind).stream()
                        .filter(slot ->
                                slot.endMinute() <= draft.startMinute() || slot.startMinute() >= draft.endMinute())
                        .skip(random.nextInt(3))
                        .findFirst()
                        .ifPresent(slot -> draft.unavailable = List.of(slot.id()));
            }
        }
    }

    // ************************************************************************
    // The document
    // ************************************************************************

    private DatasetJson dataset() {
        String name = switch (settings.preset()) {
            case REGIONAL -> "Synthetic Regional Internet Governance Forum";
            case IGF2016 -> "Synthetic forum with the IGF 2016 mix";
            case IGF -> "Synthetic Internet Governance Forum";
        };
        List<TimeslotJson> timeslots = slots.stream()
                .map(slot -> new TimeslotJson(
                        slot.id(),
                        FIRST_DAY.plusDays(slot.day()),
                        slot.start(),
                        slot.end(),
                        List.of(
                                switch (slot.type()) {
                                    case DAY0 -> SlotKinds.DAY0;
                                    case REGULAR -> SlotKinds.REGULAR;
                                    case FLASH -> SlotKinds.FLASH;
                                }),
                        null))
                .toList();
        List<RoomJson> roomDocs = rooms.stream()
                .map(room -> new RoomJson(
                        room.id(),
                        room.name(),
                        room.capacity(),
                        room.features(),
                        room.kinds(),
                        roomUnavailable.getOrDefault(room.id(), List.of())))
                .toList();
        List<PersonJson> personDocs = people.stream()
                .map(person -> new PersonJson(
                        person.id,
                        person.name,
                        person.organization,
                        person.group,
                        person.country,
                        List.copyOf(person.unavailable)))
                .toList();
        List<SessionJson> sessionDocs = drafts.stream().map(this::sessionJson).toList();
        int workshopRooms = roomsHosting(SessionKind.WORKSHOP).size();
        return new DatasetJson(
                DatasetJson.FORMAT,
                new ForumJson(name, "Invented venue (seed %d)".formatted(settings.seed()), "UTC"),
                timeslots,
                roomDocs,
                Themes.topics(),
                List.of(
                        new TrackJson("cb", "Capacity building"),
                        new TrackJson("youth", "Youth"),
                        new TrackJson("nri", "National and regional IGF initiatives"),
                        new TrackJson("dc", "Dynamic coalitions"),
                        new TrackJson("bpf", "Best practice forums")),
                personDocs,
                sessionDocs,
                new PolicyJson(
                        Math.max(maxPlantedInParallel(), workshopRooms + 1), Math.max(2, workshopRooms * 3 / 4), null),
                null,
                null);
    }

    private SessionJson sessionJson(Draft draft) {
        return new SessionJson(
                draft.id,
                draft.title,
                draft.kind,
                draft.duration,
                draft.topics.isEmpty() ? null : draft.topics,
                draft.track,
                List.copyOf(draft.people),
                draft.organization,
                draft.attendance,
                draft.requiredFeatures,
                draft.mandatory,
                draft.evaluation,
                draft.kind == SessionKind.WORKSHOP ? draft.developingCountry : null,
                draft.kind == SessionKind.WORKSHOP ? draft.firstTime : null,
                draft.kind == SessionKind.WORKSHOP ? draft.newTopic : null,
                draft.preferred,
                draft.unavailable,
                draft.mustPrecede,
                draft.feeds,
                draft.exclusive ? Boolean.TRUE : null,
                draft.pinned
                        ? new PlacementJson(draft.room.id(), draft.run.get(0).id(), draft.run.size())
                        : null);
    }

    private List<AssignmentJson> planted() {
        return drafts.stream()
                .filter(Draft::isPlanted)
                .map(draft -> new AssignmentJson(
                        draft.id,
                        draft.room.id(),
                        draft.run.get(0).id(),
                        draft.run.size(),
                        FIRST_DAY.plusDays(draft.run.get(0).day()),
                        draft.run.get(0).start(),
                        draft.run.get(draft.run.size() - 1).end()))
                .toList();
    }

    private int maxPlantedInParallel() {
        int max = 0;
        for (Slot slot : slots) {
            int running = (int) drafts.stream()
                    .filter(Draft::isPlanted)
                    .filter(draft -> draft.startMinute() < slot.endMinute() && slot.startMinute() < draft.endMinute())
                    .count();
            max = Math.max(max, running);
        }
        return max;
    }

    private Room room(String id) {
        return rooms.stream().filter(room -> room.id().equals(id)).findFirst().orElseThrow();
    }

    private Slot slot(String id) {
        return slots.stream().filter(slot -> slot.id().equals(id)).findFirst().orElseThrow();
    }

    private Draft find(String id) {
        return drafts.stream().filter(draft -> draft.id.equals(id)).findFirst().orElse(null);
    }

    private Person person(String id) {
        return peopleById.get(id);
    }
}
