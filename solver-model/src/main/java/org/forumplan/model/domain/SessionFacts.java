package org.forumplan.model.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Everything known about a session before solving, immutable: what the dataset says about it, what follows from that
 * (its people, its spread and cluster topics, its proposal value) and what the problem builder works out from the
 * whole forum (the facets another session shares, the placements it may take). Built in one go by a
 * {@link SessionFactsBuilder}, so no value depends on the order in which the others were given; the problem builder
 * and the tests build it the same way.
 */
public final class SessionFacts {

    /** The evaluation assumed for a proposal the MAG did not score: the middle of the 1-5 scale. */
    public static final double DEFAULT_EVALUATION = 3.0;

    private final String id;
    private final String title;
    private final SessionKind kind;
    private final int durationMinutes;
    private final List<Topic> topics;
    private final List<Topic> spreadTopics;
    private final List<Topic> clusterTopics;
    private final Track track;
    private final List<Participation> participations;
    private final List<Person> people;
    private final List<Person> peopleWithUnavailability;
    private final String organization;
    private final List<SessionFacet> facets;
    private final int expectedAttendance;
    private final Set<RoomFeature> requiredFeatures;
    private final boolean mandatory;
    private final Double evaluation;
    private final boolean developingCountry;
    private final boolean firstTime;
    private final boolean newTopic;
    private final int proposalValue;
    private final boolean inSelection;
    private final int stakeholderGroupCount;
    private final int missingStakeholderGroups;
    private final List<Topic> coverageTopics;
    private final List<SpeakerPool> speakerPools;
    private final Set<Timeslot> preferredTimeslots;
    private final List<Timeslot> unavailableTimeslots;
    private final boolean exclusive;
    private final boolean inPrecedence;
    private final Placement publishedPlacement;
    private final List<Placement> possiblePlacements;
    private final int fittingPlacementCount;

    SessionFacts(SessionFactsBuilder builder) {
        id = builder.id;
        title = builder.title;
        kind = builder.kind;
        durationMinutes = builder.durationMinutes;
        topics = List.copyOf(builder.topics);
        spreadTopics = topics.stream().filter(Topic::spreads).toList();
        clusterTopics = topics.stream().filter(topic -> !topic.spreads()).toList();
        track = builder.track;
        participations = List.copyOf(builder.participations);
        people = participations.stream().map(Participation::person).distinct().toList();
        // Known once: the unavailability constraint asks on every move.
        peopleWithUnavailability = people.stream()
                .filter(person -> !person.unavailable().isEmpty())
                .toList();
        organization = builder.organization;
        facets = facetsSharedIn(builder.sharedFacets);
        expectedAttendance = builder.expectedAttendance;
        requiredFeatures = Set.copyOf(builder.requiredFeatures);
        mandatory = builder.mandatory;
        evaluation = builder.evaluation;
        developingCountry = builder.developingCountry;
        firstTime = builder.firstTime;
        newTopic = builder.newTopic;
        proposalValue = proposalValueOf(evaluation, developingCountry, firstTime, newTopic);
        Selection selection = builder.selection;
        inSelection = selection.covers(kind);
        stakeholderGroupCount = (int) people.stream()
                .map(Person::stakeholderGroup)
                .filter(Objects::nonNull)
                .distinct()
                .count();
        missingStakeholderGroups = inSelection
                ? Selection.missingStakeholderGroups(stakeholderGroupCount, selection.minStakeholderGroups())
                : 0;
        coverageTopics = inSelection && selection.topicCoverage() ? topics : List.of();
        speakerPools = inSelection && selection.speakerMix() ? poolsOf(people, selection) : List.of();
        preferredTimeslots = Set.copyOf(builder.preferredTimeslots);
        unavailableTimeslots = List.copyOf(builder.unavailableTimeslots);
        exclusive = builder.exclusive;
        inPrecedence = builder.inPrecedence;
        publishedPlacement = builder.publishedPlacement;
        // Not copied: the problem builder hands sessions of one kind of fit one unmodifiable list.
        possiblePlacements = builder.possiblePlacements;
        fittingPlacementCount = builder.fittingPlacementCount;
    }

    /** A session of the given kind and length; everything else is optional and defaults to none, no or 0. */
    public static SessionFactsBuilder builder(String id, String title, SessionKind kind, int durationMinutes) {
        return new SessionFactsBuilder(id, title, kind, durationMinutes);
    }

    /** @param shared the facets more than one session has; null keeps them all */
    private List<SessionFacet> facetsSharedIn(Set<SessionFacet> shared) {
        List<SessionFacet> all = new ArrayList<>();
        people.forEach(person -> all.add(SessionFacet.person(person)));
        spreadTopics.forEach(topic -> all.add(SessionFacet.spreadTopic(topic)));
        if (track != null) {
            all.add(SessionFacet.track(track));
        }
        if (hasOrganization()) {
            all.add(SessionFacet.organization(organization));
        }
        if (shared != null) {
            all.removeIf(facet -> !shared.contains(facet));
        }
        // Each facet once, even from a topic listed twice: otherwise the session would clash with itself.
        return all.stream().distinct().toList();
    }

    /**
     * 20 per evaluation point (1-5, {@value #DEFAULT_EVALUATION} when unscored) plus 10 per diversity flag
     * (developing country, first-time proponent, new topic).
     */
    private static int proposalValueOf(
            Double evaluation, boolean developingCountry, boolean firstTime, boolean newTopic) {
        double score = evaluation == null ? DEFAULT_EVALUATION : evaluation;
        int flags = (developingCountry ? 1 : 0) + (firstTime ? 1 : 0) + (newTopic ? 1 : 0);
        return (int) Math.round(score * 20) + 10 * flags;
    }

    /** Each person's stakeholder group pool and region pool, where the dataset says which. */
    private static List<SpeakerPool> poolsOf(List<Person> people, Selection selection) {
        List<SpeakerPool> pools = new ArrayList<>();
        for (Person person : people) {
            if (person.stakeholderGroup() != null) {
                selection
                        .pool(
                                SpeakerPool.Dimension.STAKEHOLDER_GROUP,
                                person.stakeholderGroup().code())
                        .ifPresent(pools::add);
            }
            if (person.region() != null) {
                selection.pool(SpeakerPool.Dimension.REGION, person.region()).ifPresent(pools::add);
            }
        }
        return List.copyOf(pools);
    }

    // ************************************************************************
    // Derived values the constraints ask for on every move
    // ************************************************************************

    /** The number of people taking part in both sessions. */
    public int sharedPeopleCount(SessionFacts other) {
        return countShared(people, other.people);
    }

    public List<Person> sharedPeople(SessionFacts other) {
        return people.stream().filter(other.people::contains).toList();
    }

    /** The number of topics with the {@code spread} policy that both sessions carry. */
    public int sharedSpreadTopicCount(SessionFacts other) {
        return countShared(spreadTopics, other.spreadTopics);
    }

    public List<Topic> sharedSpreadTopics(SessionFacts other) {
        return spreadTopics.stream().filter(other.spreadTopics::contains).toList();
    }

    // Identity comparison: each fact exists once per problem, and this runs on every move between parallel sessions.
    private static <T> int countShared(List<T> left, List<T> right) {
        int count = 0;
        for (T item : left) {
            for (T candidate : right) {
                if (item == candidate) {
                    count++;
                    break;
                }
            }
        }
        return count;
    }

    /** Minutes of the placement during which some person of this session is unavailable. */
    public int peopleUnavailableMinutes(Placement at) {
        int minutes = 0;
        for (Person person : peopleWithUnavailability) {
            minutes += person.unavailableMinutes(at.startMinute(), at.endMinute());
        }
        return minutes;
    }

    /** Minutes of the placement that fall in timeslots the session itself declared unavailable. */
    public int ownUnavailableMinutes(Placement at) {
        int minutes = 0;
        for (Timeslot timeslot : unavailableTimeslots) {
            minutes += timeslot.overlapMinutes(at.startMinute(), at.endMinute());
        }
        return minutes;
    }

    /** The number of required features the room of this placement lacks. */
    public int missingFeatureCount(Placement at) {
        int count = 0;
        for (RoomFeature feature : requiredFeatures) {
            if (!at.room().features().contains(feature)) {
                count++;
            }
        }
        return count;
    }

    /** Minutes of the placement outside the preferred timeslots; 0 when the session states no preference. */
    public int minutesOutsidePreferred(Placement at) {
        if (preferredTimeslots.isEmpty()) {
            return 0;
        }
        int inside = 0;
        for (Timeslot timeslot : preferredTimeslots) {
            inside += timeslot.overlapMinutes(at.startMinute(), at.endMinute());
        }
        return Math.max(0, at.minutes() - inside);
    }

    /** Expected attendance above the room's capacity, 0 when everyone gets a seat. */
    public int missingSeats(Placement at) {
        return Math.max(0, expectedAttendance - at.room().capacity());
    }

    /** Seats beyond twice the expected attendance: a big room spent on a small session. */
    public int surplusSeats(Placement at) {
        return Math.max(0, at.room().capacity() - 2 * expectedAttendance);
    }

    // ************************************************************************
    // Accessors
    // ************************************************************************

    public String id() {
        return id;
    }

    public String title() {
        return title;
    }

    public SessionKind kind() {
        return kind;
    }

    public int durationMinutes() {
        return durationMinutes;
    }

    public List<Topic> topics() {
        return topics;
    }

    /** The topics whose community wants their sessions at different times. */
    public List<Topic> spreadTopics() {
        return spreadTopics;
    }

    /** The topics whose community wants their sessions on as few days as possible. */
    public List<Topic> clusterTopics() {
        return clusterTopics;
    }

    /** Null when the session is in no track. */
    public Track track() {
        return track;
    }

    public List<Participation> participations() {
        return participations;
    }

    /** Everyone taking part, each once. */
    public List<Person> people() {
        return people;
    }

    public boolean hasPeopleWithUnavailability() {
        return !peopleWithUnavailability.isEmpty();
    }

    /** Null or blank when no organization runs the session. */
    public String organization() {
        return organization;
    }

    public boolean hasOrganization() {
        return organization != null && !organization.isBlank();
    }

    /**
     * What running this session beside another could clash on whatever its placement, each once: its people, spread
     * topics, track and organization, as far as another session shares them (what one session alone has never
     * clashes). The room depends on the placement.
     */
    public List<SessionFacet> facets() {
        return facets;
    }

    public int expectedAttendance() {
        return expectedAttendance;
    }

    public Set<RoomFeature> requiredFeatures() {
        return requiredFeatures;
    }

    public boolean mandatory() {
        return mandatory;
    }

    /** The MAG's evaluation 1-5, or null if not scored. */
    public Double evaluation() {
        return evaluation;
    }

    public boolean developingCountry() {
        return developingCountry;
    }

    public boolean firstTime() {
        return firstTime;
    }

    public boolean newTopic() {
        return newTopic;
    }

    /**
     * What leaving this proposal out costs: 20 per evaluation point (1-5, {@value #DEFAULT_EVALUATION} when unscored)
     * plus 10 per diversity flag (developing country, first-time proponent, new topic), so that the MAG's best and
     * most diverse proposals win the scarce places. A 4.0 proposal from a developing country is worth 90; a 4.0
     * proposal without flags 80.
     */
    public int proposalValue() {
        return proposalValue;
    }

    /** Whether the session is of a kind the selection's goals are about. */
    public boolean inSelection() {
        return inSelection;
    }

    /** How many stakeholder groups the session's people span, as far as the dataset says. */
    public int stakeholderGroupCount() {
        return stakeholderGroupCount;
    }

    /** How many stakeholder groups the session's people lack for the selection's balanced-panel goal; 0 if none. */
    public int missingStakeholderGroups() {
        return missingStakeholderGroups;
    }

    /** The topics whose coverage this session adds to when placed: its topics, if topic coverage is a goal. */
    public List<Topic> coverageTopics() {
        return coverageTopics;
    }

    /**
     * The speaker pools this session's people fill when it is placed, one per person and dimension, if the speaker mix
     * is a goal.
     */
    public List<SpeakerPool> speakerPools() {
        return speakerPools;
    }

    public Set<Timeslot> preferredTimeslots() {
        return preferredTimeslots;
    }

    public List<Timeslot> unavailableTimeslots() {
        return unavailableTimeslots;
    }

    /** Whether nothing may run beside the session (opening, closing). */
    public boolean exclusive() {
        return exclusive;
    }

    /** Whether the session must run before or after another one (a best practice forum, a feeder, a main session). */
    public boolean inPrecedence() {
        return inPrecedence;
    }

    /** Where the announced programme put this session, for minimal-change re-planning; null if not announced. */
    public Placement publishedPlacement() {
        return publishedPlacement;
    }

    /**
     * The placements that fit this session's kind, duration, features and availability and that no pin of the dataset
     * rules out, plus its place in the input schedule if that is none of them. Empty until the problem builder, which
     * knows the rooms and the pins, works them out.
     */
    public List<Placement> possiblePlacements() {
        return possiblePlacements;
    }

    /**
     * How many placements fit the session's kind, duration and features before availability and pins narrow them:
     * 0 means it is too long or asks too much of the rooms, not that its people are too busy.
     */
    public int fittingPlacementCount() {
        return fittingPlacementCount;
    }

    @Override
    public String toString() {
        return id;
    }
}
