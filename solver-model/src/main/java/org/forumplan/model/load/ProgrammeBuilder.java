package org.forumplan.model.load;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
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
import org.forumplan.model.domain.Selection;
import org.forumplan.model.domain.Session;
import org.forumplan.model.domain.SessionFacet;
import org.forumplan.model.domain.SessionFacts;
import org.forumplan.model.domain.SessionFactsBuilder;
import org.forumplan.model.domain.SessionKind;
import org.forumplan.model.domain.Timeslot;
import org.forumplan.model.domain.Topic;
import org.forumplan.model.domain.TopicPolicy;
import org.forumplan.model.domain.Track;
import org.forumplan.model.io.AssignmentJson;
import org.forumplan.model.io.DatasetJson;
import org.forumplan.model.io.DatasetList;
import org.forumplan.model.io.PersonJson;
import org.forumplan.model.io.PlacementJson;
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
    private Selection selection;

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

        List<Precedence> precedences = precedences();
        selection = SelectionBuilder.build(dataset.policy(), dataset.sessions(), people);
        List<Session> sessions = sessions(topics, tracks, people, precedences);
        problems.throwIfErrors();

        Programme programme = new Programme(
                forum(),
                List.copyOf(timeslots.values()),
                List.copyOf(rooms.values()),
                List.copyOf(people.values()),
                List.copyOf(topics.values()),
                List.copyOf(tracks.values()),
                grid.periods(),
                precedences,
                policy(),
                selection,
                sessions);
        programme.setConstraintWeightOverrides(finalWeights().toOverrides());
        return programme;
    }

    /**
     * Off for each selection goal the dataset does not set, then the dataset's own weights ({@code policy.weights}),
     * then those given with it, which win.
     */
    private ConstraintWeights finalWeights() {
        ConstraintWeights merged = ConstraintWeights.offForGoalsNotSet(selection);
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
                json.region(),
                resolve(json.unavailable(), timeslots));
    }

    /**
     * Builds the sessions in four steps: each session's facts on its own, with its pin; the facets more than one
     * session has, and each session's possible placements around the pins and the precedences with pinned sessions;
     * the announced placements and the input schedule, which may add a placement to a session's possible ones; then
     * each session with its facts complete, pinned, or placed where the schedule puts it.
     */
    private List<Session> sessions(
            Map<String, Topic> topics,
            Map<String, Track> tracks,
            Map<String, Person> people,
            List<Precedence> precedences) {
        List<SessionJson> sessionDocs = dataset.sessions();
        List<SessionFactsBuilder> drafts = new ArrayList<>();
        Map<String, SessionFacts> alone = new LinkedHashMap<>();
        Map<String, Placement> pins = new HashMap<>();
        List<PossiblePlacements.Pin> pinned = new ArrayList<>();
        Set<String> inPrecedence = new HashSet<>();
        precedences.forEach(precedence -> {
            inPrecedence.add(precedence.earlierId());
            inPrecedence.add(precedence.laterId());
        });
        for (int i = 0; i < sessionDocs.size(); i++) {
            SessionJson json = sessionDocs.get(i);
            SessionFactsBuilder draft =
                    facts(json, topics, tracks, people).inPrecedence(inPrecedence.contains(json.id()));
            SessionFacts own = draft.build();
            drafts.add(draft);
            alone.put(own.id(), own);
            if (json.pinned() != null) {
                PlacementJson pin = json.pinned();
                String path = DatasetList.SESSIONS.path(i) + ".pinned";
                problems.within(
                        DatasetList.SESSIONS.element(i, json.id()),
                        () -> resolvePlacement(problems, path, own, pin.room(), pin.timeslot(), pin.span())
                                .ifPresent(placement -> {
                                    pins.put(own.id(), placement);
                                    pinned.add(new PossiblePlacements.Pin(own, placement));
                                }));
            }
        }
        // What one session alone has can never clash or spread, so the constraints skip it: half of IGF 2014's people
        // and two thirds of its organizations.
        Set<SessionFacet> sharedFacets = inSeveralSessions(alone.values());
        PossiblePlacements ranges = new PossiblePlacements(catalog, pinned);
        Map<String, List<Placement>> possible = new HashMap<>();
        alone.forEach((id, own) -> possible.put(id, pins.containsKey(id) ? List.of(pins.get(id)) : ranges.of(own)));
        PrecedenceWindows.narrow(precedences, pins, possible);
        Map<String, Placement> published = published(alone);
        Map<String, Placement> scheduled = scheduled(alone, pins, possible);

        List<Session> sessions = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            String id = sessionDocs.get(i).id();
            Session session = new Session(drafts.get(i)
                    .sharedFacets(sharedFacets)
                    .publishedPlacement(published.get(id))
                    .possiblePlacements(
                            possible.get(id), ranges.fitting(alone.get(id)).size())
                    .build());
            if (pins.containsKey(id)) {
                session.pinAt(pins.get(id));
            } else {
                session.setPlacement(scheduled.get(id));
            }
            sessions.add(session);
        }
        return sessions;
    }

    /** What the dataset says about the session, with ids resolved and defaults applied. */
    private SessionFactsBuilder facts(
            SessionJson json, Map<String, Topic> topics, Map<String, Track> tracks, Map<String, Person> people) {
        return SessionFacts.builder(json.id(), json.title(), json.kind(), json.durationMinutes())
                .topics(resolve(json.topics(), topics))
                .track(json.track() == null ? null : tracks.get(json.track()))
                .participations(orEmpty(json.people()).stream()
                        .map(participant -> new Participation(people.get(participant.person()), participant.role()))
                        .toList())
                .organization(json.organization())
                .expectedAttendance(
                        json.expectedAttendance() == null ? DEFAULT_EXPECTED_ATTENDANCE : json.expectedAttendance())
                .requiredFeatures(json.requiredFeatures() == null ? Set.of() : Set.copyOf(json.requiredFeatures()))
                .mandatory(Boolean.TRUE.equals(json.mandatory()))
                .evaluation(json.evaluation())
                .developingCountry(Boolean.TRUE.equals(json.developingCountry()))
                .firstTime(Boolean.TRUE.equals(json.firstTime()))
                .newTopic(Boolean.TRUE.equals(json.newTopic()))
                .selection(selection)
                .preferredTimeslots(Set.copyOf(resolve(json.preferredTimeslots(), timeslots)))
                .unavailableTimeslots(resolve(json.unavailableTimeslots(), timeslots))
                .exclusive(Boolean.TRUE.equals(json.exclusive()));
    }

    /** The facets that more than one session has. */
    private static Set<SessionFacet> inSeveralSessions(Collection<SessionFacts> sessions) {
        Map<SessionFacet, Integer> sessionsPerFacet = new HashMap<>();
        // A session's facets are distinct.
        sessions.forEach(session -> session.facets().forEach(facet -> sessionsPerFacet.merge(facet, 1, Integer::sum)));
        Set<SessionFacet> inSeveral = new HashSet<>();
        sessionsPerFacet.forEach((facet, count) -> {
            if (count > 1) {
                inSeveral.add(facet);
            }
        });
        return Set.copyOf(inSeveral);
    }

    /** The announced placement of each session the dataset's {@code published} lists, by session id. */
    private Map<String, Placement> published(Map<String, SessionFacts> sessionsById) {
        Map<String, Placement> published = new HashMap<>();
        List<PublishedJson> entries = orEmpty(dataset.published());
        for (int i = 0; i < entries.size(); i++) {
            PublishedJson entry = entries.get(i);
            String path = DatasetList.PUBLISHED.path(i);
            SessionFacts session = sessionsById.get(entry.session());
            if (unfitPublished == null) {
                problems.within(
                        DatasetList.PUBLISHED.element(i, entry.session()),
                        () -> resolvePlacement(problems, path, session, entry.room(), entry.timeslot(), entry.span())
                                .ifPresent(placement -> published.put(entry.session(), placement)));
                continue;
            }
            // A tolerated entry is resolved apart, so that its problem is its reason and not the dataset's error.
            ProblemCollector apart = new ProblemCollector();
            resolvePlacement(apart, path, session, entry.room(), entry.timeslot(), entry.span())
                    .ifPresent(placement -> published.put(entry.session(), placement));
            if (!apart.problems().isEmpty()) {
                unfitPublished.accept(
                        new UnfitPlacement(entry, apart.problems().get(0).message()));
            }
        }
        return published;
    }

    /**
     * A schedule in the input is the warm start: its placements become the sessions' starting values, by session id.
     * A placement outside the session's possible ones is added to them, so that the constraints can say what is wrong
     * with it, and the solver can move it away.
     */
    private Map<String, Placement> scheduled(
            Map<String, SessionFacts> sessionsById,
            Map<String, Placement> pins,
            Map<String, List<Placement>> possible) {
        Map<String, Placement> scheduled = new HashMap<>();
        if (dataset.schedule() == null) {
            return scheduled;
        }
        List<AssignmentJson> assignments = orEmpty(dataset.schedule().assignments());
        for (int i = 0; i < assignments.size(); i++) {
            AssignmentJson assignment = assignments.get(i);
            String path = DatasetList.ASSIGNMENTS.path(i);
            problems.within(
                    DatasetList.ASSIGNMENTS.element(i, assignment.session()),
                    () -> schedule(path, assignment, sessionsById, pins, possible)
                            .ifPresent(placement -> scheduled.put(assignment.session(), placement)));
        }
        return scheduled;
    }

    /** Where the assignment places an unpinned session, widening its possible placements to include it. */
    private Optional<Placement> schedule(
            String path,
            AssignmentJson assignment,
            Map<String, SessionFacts> sessionsById,
            Map<String, Placement> pins,
            Map<String, List<Placement>> possible) {
        String id = assignment.session();
        Optional<Placement> placement = resolvePlacement(
                problems, path, sessionsById.get(id), assignment.room(), assignment.timeslot(), assignment.span());
        if (placement.isEmpty()) {
            return Optional.empty();
        }
        checkDerivedTimes(path, assignment, placement.get());
        if (pins.containsKey(id)) {
            if (placement.get() != pins.get(id)) {
                problems.error(
                        path,
                        "it is pinned at %s but the schedule places it at %s".formatted(pins.get(id), placement.get()));
            }
            return Optional.empty();
        }
        if (!possible.get(id).contains(placement.get())) {
            List<Placement> widened = new ArrayList<>(possible.get(id));
            widened.add(placement.get());
            possible.put(id, List.copyOf(widened));
        }
        return placement;
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
            ProblemCollector problems,
            String path,
            SessionFacts session,
            String roomId,
            String timeslotId,
            Integer span) {
        Room room = rooms.get(roomId);
        Timeslot start = timeslots.get(timeslotId);
        String kind = session.kind().label();
        if (!room.hosts(session.kind())) {
            problems.error(
                    path + ".room",
                    "room \"%s\" does not host %ss (it hosts: %s)".formatted(roomId, kind, codes(room.kinds())));
            return Optional.empty();
        }
        if (!start.hosts(session.kind())) {
            problems.error(
                    path + ".timeslot",
                    "timeslot \"%s\" does not host %ss (it hosts: %s)"
                            .formatted(timeslotId, kind, codes(start.hostedKinds())));
            return Optional.empty();
        }
        Optional<Placement> placement = catalog.find(room, start, session.kind(), session.durationMinutes(), span);
        if (placement.isEmpty()) {
            problems.error(
                    path + (span == null ? ".timeslot" : ".span"),
                    "a %d-minute %s from timeslot \"%s\" does not fit in that day's timeslots for %ss"
                            .formatted(session.durationMinutes(), kind, timeslotId, kind));
        } else if (placement.get().minutes() < session.durationMinutes()) {
            problems.error(
                    path + ".span",
                    "span %d covers %d minutes but the session lasts %d"
                            .formatted(span, placement.get().minutes(), session.durationMinutes()));
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
