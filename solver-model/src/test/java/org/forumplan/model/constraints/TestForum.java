package org.forumplan.model.constraints;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.forumplan.model.domain.Participation;
import org.forumplan.model.domain.Period;
import org.forumplan.model.domain.Person;
import org.forumplan.model.domain.Placement;
import org.forumplan.model.domain.Role;
import org.forumplan.model.domain.Room;
import org.forumplan.model.domain.RoomFeature;
import org.forumplan.model.domain.Session;
import org.forumplan.model.domain.SessionFacts;
import org.forumplan.model.domain.SessionFactsBuilder;
import org.forumplan.model.domain.SessionKind;
import org.forumplan.model.domain.StakeholderGroup;
import org.forumplan.model.domain.Timeslot;
import org.forumplan.model.domain.Topic;
import org.forumplan.model.domain.TopicPolicy;
import org.forumplan.model.domain.Track;
import org.forumplan.model.load.PlacementCatalog;
import org.forumplan.model.load.TimeGrid;

/**
 * A small forum for constraint tests: two 90-minute periods with a flash slot inside the first, a morning period the
 * next day, three rooms, three people and a few topics. Placements come from the real {@link PlacementCatalog}, so their periods are the ones the
 * solver sees.
 */
final class TestForum {

    static final LocalDate DAY = LocalDate.of(2014, 9, 3);

    static final Timeslot MORNING = slot("d2-0900", "09:00", "10:30", SessionKind.WORKSHOP, SessionKind.MAIN);
    static final Timeslot FLASH_IN_MORNING = slot("d2-0930", "09:30", "10:00", SessionKind.FLASH);
    static final Timeslot LATE_MORNING = slot("d2-1100", "11:00", "12:30", SessionKind.WORKSHOP, SessionKind.MAIN);
    static final Timeslot AFTERNOON = slot("d2-1400", "14:00", "15:30", SessionKind.WORKSHOP, SessionKind.MAIN);
    static final Timeslot NEXT_DAY_MORNING = new Timeslot(
            "d3-0900",
            DAY.plusDays(1),
            LocalTime.of(9, 0),
            LocalTime.of(10, 30),
            EnumSet.of(SessionKind.WORKSHOP, SessionKind.MAIN),
            List.of());

    static final Room ROOM_A = new Room(
            "ws-01",
            "Workshop Room 01",
            100,
            EnumSet.of(RoomFeature.WEBCAST, RoomFeature.REMOTE, RoomFeature.CAPTIONING),
            EnumSet.allOf(SessionKind.class),
            List.of());
    static final Room ROOM_B = new Room(
            "ws-02",
            "Workshop Room 02",
            50,
            EnumSet.of(RoomFeature.REMOTE),
            EnumSet.allOf(SessionKind.class),
            List.of());
    static final Room ROOM_C_CLOSED_IN_THE_MORNING = new Room(
            "ws-03",
            "Workshop Room 03",
            80,
            EnumSet.noneOf(RoomFeature.class),
            EnumSet.allOf(SessionKind.class),
            List.of(MORNING));

    static final Person ALICE = person("p-alice", "Alice Aydın");
    static final Person BOB = person("p-bob", "Bob Banda");
    static final Person CAROL_AWAY_LATE_MORNING = new Person(
            "p-carol",
            "Carol Chen",
            "Example Registry",
            StakeholderGroup.TECHNICAL_COMMUNITY,
            "CN",
            "Asia-Pacific",
            List.of(LATE_MORNING));

    static final Topic CIR = new Topic("cir", "Critical Internet Resources", TopicPolicy.SPREAD);
    static final Topic HUMAN_RIGHTS = new Topic("human-rights", "Internet and Human Rights", TopicPolicy.SPREAD);
    static final Topic CHILD_PROTECTION = new Topic("child-protection", "Online child protection", TopicPolicy.CLUSTER);

    static final Track CAPACITY_BUILDING = new Track("cb", "Capacity building");

    private static final List<Timeslot> TIMESLOTS =
            List.of(MORNING, FLASH_IN_MORNING, LATE_MORNING, AFTERNOON, NEXT_DAY_MORNING);
    private static final TimeGrid GRID = new TimeGrid(TIMESLOTS);
    private static final PlacementCatalog CATALOG =
            new PlacementCatalog(GRID, List.of(ROOM_A, ROOM_B, ROOM_C_CLOSED_IN_THE_MORNING));

    private TestForum() {}

    static List<Period> periods() {
        return GRID.periods();
    }

    /**
     * A 90-minute workshop without people or topics, to describe further with the helpers below or the builder's own
     * setters, then {@link #place} or leave {@link #unplaced}.
     */
    static SessionFactsBuilder workshop(String id) {
        return SessionFacts.builder(id, "Workshop " + id, SessionKind.WORKSHOP, 90);
    }

    static SessionFactsBuilder mainSession(String id) {
        return SessionFacts.builder(id, "Main session " + id, SessionKind.MAIN, 90);
    }

    static SessionFactsBuilder flash(String id) {
        return SessionFacts.builder(id, "Flash " + id, SessionKind.FLASH, 30);
    }

    /**
     * The session, placed at the start timeslot in the room, spanning as the builder would. Its facets are not narrowed
     * to those another session shares, as the problem builder does: a facet of one session never clashes anyway.
     */
    static Session place(SessionFactsBuilder session, Room room, Timeslot start) {
        return move(unplaced(session), room, start);
    }

    static Session unplaced(SessionFactsBuilder session) {
        return new Session(session.build());
    }

    /** Moves the session to the start timeslot in the room, as a move of the solver would. */
    static Session move(Session session, Room room, Timeslot start) {
        session.setPlacement(placement(session.getFacts(), room, start));
        return session;
    }

    /** Announces the session at the start timeslot in the room: its published placement, wherever it is now. */
    static SessionFactsBuilder announced(SessionFactsBuilder session, Room room, Timeslot start) {
        return session.publishedPlacement(placement(session.build(), room, start));
    }

    static SessionFactsBuilder withPeople(SessionFactsBuilder session, Person... people) {
        return session.participations(List.of(people).stream()
                .map(person -> new Participation(person, Role.SPEAKER))
                .toList());
    }

    static SessionFactsBuilder withTopics(SessionFactsBuilder session, Topic... topics) {
        return session.topics(List.of(topics));
    }

    static SessionFactsBuilder attended(SessionFactsBuilder session, int expectedAttendance) {
        return session.expectedAttendance(expectedAttendance);
    }

    static SessionFactsBuilder inTrack(SessionFactsBuilder session, Track track) {
        return session.track(track);
    }

    static SessionFactsBuilder requiring(SessionFactsBuilder session, RoomFeature... features) {
        return session.requiredFeatures(Set.of(features));
    }

    private static Placement placement(SessionFacts session, Room room, Timeslot start) {
        return CATALOG.find(room, start, session.kind(), session.durationMinutes(), null)
                .orElseThrow(() -> new IllegalArgumentException(session + " does not fit at " + start));
    }

    private static Timeslot slot(String id, String start, String end, SessionKind... kinds) {
        return new Timeslot(
                id, DAY, LocalTime.parse(start), LocalTime.parse(end), EnumSet.copyOf(List.of(kinds)), List.of());
    }

    private static Person person(String id, String name) {
        return new Person(id, name, "Example University", StakeholderGroup.ACADEMIA, "TR", null, List.of());
    }
}
