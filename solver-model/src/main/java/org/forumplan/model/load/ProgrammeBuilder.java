package org.forumplan.model.load;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.forumplan.model.domain.ForumInfo;
import org.forumplan.model.domain.Participation;
import org.forumplan.model.domain.Person;
import org.forumplan.model.domain.Placement;
import org.forumplan.model.domain.Policy;
import org.forumplan.model.domain.Precedence;
import org.forumplan.model.domain.Programme;
import org.forumplan.model.domain.Room;
import org.forumplan.model.domain.RoomFeature;
import org.forumplan.model.domain.Session;
import org.forumplan.model.domain.SessionFacet;
import org.forumplan.model.domain.SessionKind;
import org.forumplan.model.domain.Timeslot;
import org.forumplan.model.domain.Topic;
import org.forumplan.model.domain.TopicPolicy;
import org.forumplan.model.domain.Track;
import org.forumplan.model.io.AssignmentJson;
import org.forumplan.model.io.DatasetJson;
import org.forumplan.model.io.PersonJson;
import org.forumplan.model.io.PolicyJson;
import org.forumplan.model.io.PublishedJson;
import org.forumplan.model.io.RoomJson;
import org.forumplan.model.io.SessionJson;
import org.forumplan.model.io.SlotKinds;
import org.forumplan.model.io.TimeslotJson;
import org.forumplan.model.problem.InvalidDatasetException;
import org.forumplan.model.problem.ProblemCollector;
import org.forumplan.model.solver.ConstraintWeights;

/**
 * Builds the planning problem from a dataset that passed {@code DatasetChecker}: resolves ids to facts, applies
 * defaults, computes each session's possible placements, and places sessions that are pinned or come with a schedule.
 * Placement problems only visible at this stage (a pin in a timeslot that does not host the session's kind, a span
 * that does not fit the day) are reported with their JSON path.
 */
public final class ProgrammeBuilder {

    /** The attendance assumed for a session that gives none. */
    public static final int DEFAULT_EXPECTED_ATTENDANCE = 50;

    /**
     * A {@code published} placement the dataset's grid cannot hold, left out rather than refused: re-planning from a
     * programme announced on a grid that has changed since.
     *
     * @param published the entry left out
     * @param reason why, in the builder's words: "timeslot \"d1-1100\" does not host workshops (it hosts: flash)"
     */
    public record UnfitPlacement(PublishedJson published, String reason) {}

    private final DatasetJson dataset;
    private final ConstraintWeights weights;
    private final Consumer<UnfitPlacement> unfitPublished;
    private final ProblemCollector problems = new ProblemCollector();
    private Map<String, Timeslot> timeslots;
    private Map<String, Room> rooms;
    private PlacementCatalog catalog;
    // Keyed by the catalog's shared lists, so that sessions of one kind of fit share the filtered list too.
    private final Map<List<Placement>, List<Placement>> openPlacements = new IdentityHashMap<>();

    private ProgrammeBuilder(DatasetJson dataset, ConstraintWeights weights, Consumer<UnfitPlacement> unfitPublished) {
        this.dataset = dataset;
        this.weights = weights;
        this.unfitPublished = unfitPublished;
    }

    /** The programme with the dataset's own weights; every placement must resolve. */
    public static Programme build(DatasetJson dataset) throws InvalidDatasetException {
        return build(dataset, new ConstraintWeights(), null);
    }

    /**
     * @param weights weights over the dataset's own {@code policy.weights} ({@code solve --weight}): the programme gets
     *     the dataset's, then these, once, before anything reads them
     * @param unfitPublished when not null, a {@code published} placement the grid cannot hold is handed here and left
     *     out, instead of being an error
     */
    public static Programme build(
            DatasetJson dataset, ConstraintWeights weights, Consumer<UnfitPlacement> unfitPublished)
            throws InvalidDatasetException {
        return new ProgrammeBuilder(dataset, weights, unfitPublished).build();
    }

    private Programme build() throws InvalidDatasetException {
        timeslots = index(orEmpty(dataset.timeslots()).stream().map(ProgrammeBuilder::timeslot), Timeslot::id);
        rooms = index(orEmpty(dataset.rooms()).stream().map(this::room), Room::id);
        Map<String, Topic> topics = index(
                orEmpty(dataset.topics()).stream()
                        .map(topic -> new Topic(
                                topic.id(),
                                topic.name() == null ? topic.id() : topic.name(),
                                topic.policy() == null ? TopicPolicy.SPREAD : topic.policy())),
                Topic::id);
        Map<String, Track> tracks = index(
                orEmpty(dataset.tracks()).stream()
                        .map(track -> new Track(track.id(), track.name() == null ? track.id() : track.name())),
                Track::id);
        Map<String, Person> people = index(orEmpty(dataset.people()).stream().map(this::person), Person::id);
        TimeGrid grid = new TimeGrid(List.copyOf(timeslots.values()));
        catalog = new PlacementCatalog(grid, List.copyOf(rooms.values()));

        List<Session> sessions = new ArrayList<>();
        List<SessionJson> sessionDocs = dataset.sessions();
        for (int i = 0; i < sessionDocs.size(); i++) {
            sessions.add(session("sessions[%d]".formatted(i), sessionDocs.get(i), topics, tracks, people));
        }
        // What one session alone has can never clash or spread, so the constraints skip it: half of IGF 2014's people
        // and two thirds of its organizations.
        Set<Person> sharedPeople = inSeveralSessions(sessions, Session::getPeople);
        sessions.forEach(session -> session.narrowPeopleInOtherSessions(sharedPeople));
        Set<SessionFacet> sharedFacets = inSeveralSessions(sessions, Session::getFacets);
        sessions.forEach(session -> session.narrowToSharedFacets(sharedFacets));
        List<Session> pinned = sessions.stream().filter(Session::isPinned).toList();
        for (Session session : sessions) {
            if (!session.isPinned()) {
                session.setPossiblePlacements(possiblePlacements(session, pinned));
            }
        }
        Map<String, Session> sessionsById = index(sessions.stream(), Session::getId);
        applyPublished(sessionsById);
        applySchedule(sessionsById);
        problems.throwIfErrors();

        Programme programme = new Programme(
                forum(),
                List.copyOf(timeslots.values()),
                List.copyOf(rooms.values()),
                List.copyOf(people.values()),
                List.copyOf(topics.values()),
                List.copyOf(tracks.values()),
                grid.periods(),
                precedences(),
                policy(),
                sessions);
        programme.setConstraintWeightOverrides(finalWeights().toOverrides());
        return programme;
    }

    /** The dataset's own weights ({@code policy.weights}), then those given with it, which win. */
    private ConstraintWeights finalWeights() {
        ConstraintWeights merged = new ConstraintWeights();
        if (dataset.policy() != null && dataset.policy().weights() != null) {
            dataset.policy()
                    .weights()
                    .forEach((name, score) ->
                            merged.with(ConstraintWeights.constraintNamed(name), ConstraintWeights.parseWeight(score)));
        }
        return merged.withAll(weights);
    }

    private ForumInfo forum() {
        return new ForumInfo(
                dataset.forum().name(),
                dataset.forum().venue(),
                ZoneId.of(dataset.forum().timeZone()));
    }

    private static Timeslot timeslot(TimeslotJson json) {
        return new Timeslot(
                json.id(),
                json.day(),
                json.start(),
                json.end(),
                SlotKinds.resolveAll(json.kinds()),
                orEmpty(json.tags()));
    }

    private Room room(RoomJson json) {
        return new Room(
                json.id(),
                json.name() == null ? json.id() : json.name(),
                json.capacity(),
                enumSet(json.features(), RoomFeature.class),
                json.kinds() == null ? EnumSet.allOf(SessionKind.class) : enumSet(json.kinds(), SessionKind.class),
                resolve(json.unavailable(), timeslots));
    }

    private Person person(PersonJson json) {
        return new Person(
                json.id(),
                json.name() == null ? json.id() : json.name(),
                json.organization(),
                json.stakeholderGroup(),
                json.country(),
                resolve(json.unavailable(), timeslots));
    }

    private Session session(
            String path,
            SessionJson json,
            Map<String, Topic> topics,
            Map<String, Track> tracks,
            Map<String, Person> people) {
        Session session = new Session(json.id(), json.title(), json.kind(), json.durationMinutes());
        session.setTopics(resolve(json.topics(), topics));
        session.setTrack(json.track() == null ? null : tracks.get(json.track()));
        session.setParticipations(orEmpty(json.people()).stream()
                .map(participant -> new Participation(people.get(participant.person()), participant.role()))
                .toList());
        session.setOrganization(json.organization());
        session.setExpectedAttendance(
                json.expectedAttendance() == null ? DEFAULT_EXPECTED_ATTENDANCE : json.expectedAttendance());
        session.setRequiredFeatures(json.requiredFeatures() == null ? Set.of() : Set.copyOf(json.requiredFeatures()));
        session.setMandatory(Boolean.TRUE.equals(json.mandatory()));
        session.setEvaluation(json.evaluation());
        session.setDevelopingCountry(Boolean.TRUE.equals(json.developingCountry()));
        session.setFirstTime(Boolean.TRUE.equals(json.firstTime()));
        session.setNewTopic(Boolean.TRUE.equals(json.newTopic()));
        session.setPreferredTimeslots(Set.copyOf(resolve(json.preferredTimeslots(), timeslots)));
        session.setUnavailableTimeslots(resolve(json.unavailableTimeslots(), timeslots));
        session.setExclusive(Boolean.TRUE.equals(json.exclusive()));
        if (json.pinned() != null) {
            resolvePlacement(
                            problems,
                            path + ".pinned",
                            session,
                            json.pinned().room(),
                            json.pinned().timeslot(),
                            json.pinned().span())
                    .ifPresent(pinned -> {
                        session.setPinned(true);
                        session.setPlacement(pinned);
                        session.setPossiblePlacements(List.of(pinned));
                    });
        }
        return session;
    }

    /**
     * The placements that fit the session's kind, duration and features, where its room, its people and the session
     * itself are available, and that no pinned session rules out (its room, its people, or an exclusive session at
     * that time). Sessions with nothing of their own to exclude share one list per kind of fit.
     */
    private List<Placement> possiblePlacements(Session session, List<Session> pinned) {
        List<Placement> fitting =
                catalog.fitting(session.getKind(), session.getDurationMinutes(), session.getRequiredFeatures());
        session.setFittingPlacementCount(fitting.size());
        List<Placement> open = openPlacements.computeIfAbsent(
                fitting,
                unused -> fitting.stream()
                        .filter(placement -> placement.roomUnavailableMinutes() == 0)
                        .filter(placement -> pinned.stream().noneMatch(pin -> blocksEveryone(pin, placement)))
                        .toList());
        List<Session> pinnedWithItsPeople = pinned.stream()
                .filter(pin -> session.sharedPeopleCount(pin) > 0)
                .toList();
        if (!session.hasPeopleWithUnavailability()
                && session.getUnavailableTimeslots().isEmpty()
                && pinnedWithItsPeople.isEmpty()) {
            return open;
        }
        return open.stream()
                .filter(placement -> session.peopleUnavailableMinutes(placement) == 0)
                .filter(placement -> session.ownUnavailableMinutes(placement) == 0)
                .filter(placement -> pinnedWithItsPeople.stream()
                        .noneMatch(pin -> pin.getPlacement().overlaps(placement)))
                .toList();
    }

    /** A pinned session in the room at that time, or an exclusive one at that time anywhere. */
    private static boolean blocksEveryone(Session pin, Placement placement) {
        return pin.getPlacement().overlaps(placement)
                && (pin.isExclusive() || pin.roomId().equals(placement.roomId()));
    }

    /** The people (or facets, ...) that more than one session has. */
    private static <T> Set<T> inSeveralSessions(List<Session> sessions, Function<Session, List<T>> items) {
        Map<T, Integer> sessionsPerItem = new HashMap<>();
        sessions.forEach(session ->
                new HashSet<>(items.apply(session)).forEach(item -> sessionsPerItem.merge(item, 1, Integer::sum)));
        Set<T> inSeveral = new HashSet<>();
        sessionsPerItem.forEach((item, count) -> {
            if (count > 1) {
                inSeveral.add(item);
            }
        });
        return Set.copyOf(inSeveral);
    }

    private void applyPublished(Map<String, Session> sessionsById) {
        List<PublishedJson> published = orEmpty(dataset.published());
        for (int i = 0; i < published.size(); i++) {
            PublishedJson entry = published.get(i);
            Session session = sessionsById.get(entry.session());
            // A tolerated entry is resolved apart, so that its problem is its reason and not the dataset's error.
            ProblemCollector target = unfitPublished == null ? problems : new ProblemCollector();
            resolvePlacement(
                            target, "published[%d]".formatted(i), session, entry.room(), entry.timeslot(), entry.span())
                    .ifPresent(session::setPublishedPlacement);
            if (target != problems && !target.problems().isEmpty()) {
                unfitPublished.accept(
                        new UnfitPlacement(entry, target.problems().get(0).message()));
            }
        }
    }

    /** A schedule in the input is the warm start: its placements become the sessions' starting values. */
    private void applySchedule(Map<String, Session> sessionsById) {
        if (dataset.schedule() == null) {
            return;
        }
        List<AssignmentJson> assignments = orEmpty(dataset.schedule().assignments());
        for (int i = 0; i < assignments.size(); i++) {
            AssignmentJson assignment = assignments.get(i);
            String path = "schedule.assignments[%d]".formatted(i);
            Session session = sessionsById.get(assignment.session());
            Optional<Placement> placement = resolvePlacement(
                    problems, path, session, assignment.room(), assignment.timeslot(), assignment.span());
            if (placement.isEmpty()) {
                continue;
            }
            checkDerivedTimes(path, assignment, placement.get());
            if (session.isPinned()) {
                if (placement.get() != session.getPlacement()) {
                    problems.error(
                            path,
                            "%s is pinned at %s but the schedule places it at %s"
                                    .formatted(session.getId(), session.getPlacement(), placement.get()));
                }
                continue;
            }
            session.setPlacement(placement.get());
            if (!session.getPossiblePlacements().contains(placement.get())) {
                // Kept so that the constraints can say what is wrong with it, and the solver can move it away.
                List<Placement> widened = new ArrayList<>(session.getPossiblePlacements());
                widened.add(placement.get());
                session.setPossiblePlacements(List.copyOf(widened));
            }
        }
    }

    private void checkDerivedTimes(String path, AssignmentJson assignment, Placement placement) {
        if (assignment.day() != null && !assignment.day().equals(placement.day())) {
            problems.error(
                    path + ".day",
                    "%s disagrees with timeslot %s on %s"
                            .formatted(
                                    assignment.day(), placement.startTimeslot().id(), placement.day()));
        }
        Timeslot first = placement.startTimeslot();
        Timeslot last = placement.timeslots().get(placement.span() - 1);
        if (assignment.start() != null && !assignment.start().equals(first.start())) {
            problems.error(
                    path + ".start",
                    "%s disagrees with timeslot %s starting at %s"
                            .formatted(assignment.start(), first.id(), first.start()));
        }
        if (assignment.end() != null && !assignment.end().equals(last.end())) {
            problems.error(
                    path + ".end",
                    "%s disagrees with the placement ending at %s".formatted(assignment.end(), last.end()));
        }
    }

    private Optional<Placement> resolvePlacement(
            ProblemCollector problems, String path, Session session, String roomId, String timeslotId, Integer span) {
        Room room = rooms.get(roomId);
        Timeslot start = timeslots.get(timeslotId);
        String kind = session.getKind().label();
        if (!room.hosts(session.getKind())) {
            problems.error(
                    path + ".room",
                    "room \"%s\" does not host %ss (it hosts: %s)".formatted(roomId, kind, codes(room.kinds())));
            return Optional.empty();
        }
        if (!start.hosts(session.getKind())) {
            problems.error(
                    path + ".timeslot",
                    "timeslot \"%s\" does not host %ss (it hosts: %s)"
                            .formatted(timeslotId, kind, codes(start.hostedKinds())));
            return Optional.empty();
        }
        Optional<Placement> placement =
                catalog.find(room, start, session.getKind(), session.getDurationMinutes(), span);
        if (placement.isEmpty()) {
            problems.error(
                    path + (span == null ? ".timeslot" : ".span"),
                    "a %d-minute %s from timeslot \"%s\" does not fit in that day's timeslots for %ss"
                            .formatted(session.getDurationMinutes(), kind, timeslotId, kind));
        } else if (placement.get().minutes() < session.getDurationMinutes()) {
            problems.error(
                    path + ".span",
                    "span %d covers %d minutes but %s lasts %d"
                            .formatted(span, placement.get().minutes(), session.getId(), session.getDurationMinutes()));
            return Optional.empty();
        }
        return placement;
    }

    private List<Precedence> precedences() {
        List<Precedence> precedences = new ArrayList<>();
        for (SessionJson session : dataset.sessions()) {
            for (String later : orEmpty(session.mustPrecede())) {
                precedences.add(new Precedence(session.id(), later, Precedence.Reason.MUST_PRECEDE));
            }
            if (session.feeds() != null) {
                precedences.add(new Precedence(session.id(), session.feeds(), Precedence.Reason.FEEDS));
            }
        }
        return List.copyOf(precedences);
    }

    private Policy policy() {
        PolicyJson policy = dataset.policy();
        if (policy == null) {
            return Policy.NONE;
        }
        return new Policy(
                policy.maxParallel() == null ? 0 : policy.maxParallel(),
                policy.targetParallel() == null ? 0 : policy.targetParallel());
    }

    // ************************************************************************
    // Helpers
    // ************************************************************************

    private static String codes(Set<SessionKind> kinds) {
        return kinds.stream().map(SessionKind::code).sorted().collect(Collectors.joining(", "));
    }

    private static <T> List<T> resolve(List<String> ids, Map<String, T> byId) {
        return orEmpty(ids).stream().map(byId::get).toList();
    }

    private static <T> Map<String, T> index(Stream<T> values, Function<T, String> idOf) {
        Map<String, T> byId = new LinkedHashMap<>();
        values.forEach(value -> byId.put(idOf.apply(value), value));
        return byId;
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

    private static <E extends Enum<E>> Set<E> enumSet(List<E> values, Class<E> type) {
        Set<E> set = EnumSet.noneOf(type);
        set.addAll(orEmpty(values));
        return set;
    }
}
