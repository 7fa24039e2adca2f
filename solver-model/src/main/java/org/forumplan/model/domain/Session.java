package org.forumplan.model.domain;

import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.entity.PlanningPin;
import ai.timefold.solver.core.api.domain.lookup.PlanningId;
import ai.timefold.solver.core.api.domain.valuerange.ValueRangeProvider;
import ai.timefold.solver.core.api.domain.variable.PlanningVariable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The planning entity: a workshop, main session, open forum or any other event, and the one thing the solver decides
 * about it, its {@link Placement}. An optional proposal may stay unplaced ({@code placement == null}).
 */
@PlanningEntity(comparatorClass = SessionDifficultyComparator.class)
public class Session {

    /** The evaluation assumed for a proposal the MAG did not score: the middle of the 1-5 scale. */
    public static final double DEFAULT_EVALUATION = 3.0;

    @PlanningId
    private String id;

    private String title;
    private SessionKind kind;
    private int durationMinutes;
    private List<Topic> topics = List.of();
    private List<Topic> spreadTopics = List.of();
    private List<Topic> clusterTopics = List.of();
    private Track track;
    private List<Participation> participations = List.of();
    private List<Person> people = List.of();
    private List<Person> peopleInOtherSessions = List.of();
    private Set<SessionFacet> sharedFacets; // null: all facets
    private List<Person> peopleWithUnavailability = List.of();
    private List<SessionFacet> facets = List.of();
    private String organization;
    private int expectedAttendance;
    private Set<RoomFeature> requiredFeatures = Set.of();
    private boolean mandatory;
    private Double evaluation;
    private boolean developingCountry;
    private boolean firstTime;
    private boolean newTopic;
    private Set<Timeslot> preferredTimeslots = Set.of();
    private List<Timeslot> unavailableTimeslots = List.of();
    private boolean exclusive;

    @PlanningPin
    private boolean pinned;

    private Placement publishedPlacement;
    private List<Placement> possiblePlacements = List.of();
    private int fittingPlacementCount;

    @PlanningVariable(allowsUnassigned = true)
    private Placement placement;

    /** For Timefold's solution cloner. */
    public Session() {}

    public Session(String id, String title, SessionKind kind, int durationMinutes) {
        this.id = id;
        this.title = title;
        this.kind = kind;
        this.durationMinutes = durationMinutes;
    }

    // ************************************************************************
    // The planning variable and its value range
    // ************************************************************************

    /** The placements that fit this session's kind, duration, features and availability, computed once at load. */
    @ValueRangeProvider
    public List<Placement> getPossiblePlacements() {
        return possiblePlacements;
    }

    public void setPossiblePlacements(List<Placement> possiblePlacements) {
        this.possiblePlacements = possiblePlacements;
    }

    /**
     * How many placements fit the session's kind, duration and features before availability and pins narrow them:
     * 0 means it is too long or asks too much of the rooms, not that its people are too busy.
     */
    public int getFittingPlacementCount() {
        return fittingPlacementCount;
    }

    public void setFittingPlacementCount(int fittingPlacementCount) {
        this.fittingPlacementCount = fittingPlacementCount;
    }

    public Placement getPlacement() {
        return placement;
    }

    public void setPlacement(Placement placement) {
        this.placement = placement;
    }

    public boolean isPlaced() {
        return placement != null;
    }

    public boolean isPinned() {
        return pinned;
    }

    public void setPinned(boolean pinned) {
        this.pinned = pinned;
    }

    /** Where the announced programme put this session, for minimal-change re-planning; null if not announced. */
    public Placement getPublishedPlacement() {
        return publishedPlacement;
    }

    public void setPublishedPlacement(Placement publishedPlacement) {
        this.publishedPlacement = publishedPlacement;
    }

    // ************************************************************************
    // Shortcuts into the placement for constraint streams (only called on placed sessions)
    // ************************************************************************

    public String roomId() {
        return placement.roomId();
    }

    public LocalDate day() {
        return placement.day();
    }

    public List<Period> periods() {
        return placement.periods();
    }

    /** The facets of this placed session: its room, then {@link #getFacets()}. */
    public List<SessionFacet> facetsWithRoom() {
        List<SessionFacet> all = new ArrayList<>(facets.size() + 1);
        all.add(placement.roomFacet());
        all.addAll(facets);
        return all;
    }

    /** Whether this session and another placed session run at the same time. */
    public boolean overlaps(Session other) {
        return placement.overlaps(other.placement);
    }

    /** Minutes this session and another placed session run at the same time. */
    public int overlapMinutes(Session other) {
        return placement.overlapMinutes(other.placement);
    }

    // ************************************************************************
    // Derived facts
    // ************************************************************************

    /** The number of people taking part in both sessions. */
    public int sharedPeopleCount(Session other) {
        return countShared(people, other.people);
    }

    public List<Person> sharedPeople(Session other) {
        return people.stream().filter(other.people::contains).toList();
    }

    /** The number of topics with the {@code spread} policy that both sessions carry. */
    public int sharedSpreadTopicCount(Session other) {
        return countShared(spreadTopics, other.spreadTopics);
    }

    public List<Topic> sharedSpreadTopics(Session other) {
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

    /** Minutes of the placement during which some person of this session or the session itself is unavailable. */
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

    /**
     * Minutes of the placement outside the preferred timeslots; 0 when the session states no preference.
     */
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

    public boolean hasOrganization() {
        return organization != null && !organization.isBlank();
    }

    public boolean hasPeopleWithUnavailability() {
        return !peopleWithUnavailability.isEmpty();
    }

    /**
     * What leaving this proposal out costs: 20 per evaluation point (1-5, {@value #DEFAULT_EVALUATION} when unscored)
     * plus 10 per diversity flag (developing country, first-time proponent, new topic), so that the MAG's best and
     * most diverse proposals win the scarce places. A 4.0 proposal from a developing country is worth 90; a 4.0
     * proposal without flags 80.
     */
    public int proposalValue() {
        double score = evaluation == null ? DEFAULT_EVALUATION : evaluation;
        int flags = (developingCountry ? 1 : 0) + (firstTime ? 1 : 0) + (newTopic ? 1 : 0);
        return (int) Math.round(score * 20) + 10 * flags;
    }

    public boolean isMain() {
        return kind == SessionKind.MAIN;
    }

    // ************************************************************************
    // Facts
    // ************************************************************************

    public String getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public SessionKind getKind() {
        return kind;
    }

    public int getDurationMinutes() {
        return durationMinutes;
    }

    public List<Topic> getTopics() {
        return topics;
    }

    public void setTopics(List<Topic> topics) {
        this.topics = List.copyOf(topics);
        this.spreadTopics = topics.stream().filter(Topic::spreads).toList();
        this.clusterTopics = topics.stream().filter(topic -> !topic.spreads()).toList();
        this.facets = facetsOf();
    }

    /** The topics whose community wants their sessions on as few days as possible. */
    public List<Topic> getClusterTopics() {
        return clusterTopics;
    }

    public boolean hasClusterTopics() {
        return !clusterTopics.isEmpty();
    }

    public List<Topic> getSpreadTopics() {
        return spreadTopics;
    }

    public Track getTrack() {
        return track;
    }

    public boolean hasTrack() {
        return track != null;
    }

    public void setTrack(Track track) {
        this.track = track;
        this.facets = facetsOf();
    }

    /**
     * What running this session beside another could clash on whatever its placement: its people, spread topics, track,
     * organization. The room, which depends on the placement, is in {@link #facetsWithRoom()}.
     */
    public List<SessionFacet> getFacets() {
        return facets;
    }

    private List<SessionFacet> facetsOf() {
        List<SessionFacet> all = new ArrayList<>();
        // peopleInOtherSessions is narrowed already; sharedFacets narrows the other kinds.
        peopleInOtherSessions.forEach(person -> all.add(SessionFacet.person(person)));
        spreadTopics.forEach(topic -> all.add(SessionFacet.spreadTopic(topic)));
        if (track != null) {
            all.add(SessionFacet.track(track));
        }
        if (organization != null && !organization.isBlank()) {
            all.add(SessionFacet.organization(organization));
        }
        if (sharedFacets != null) {
            all.removeIf(facet -> !sharedFacets.contains(facet));
        }
        // Each facet once, even from a topic listed twice: otherwise the session would clash with itself.
        return all.stream().distinct().toList();
    }

    public List<Participation> getParticipations() {
        return participations;
    }

    public void setParticipations(List<Participation> participations) {
        this.participations = List.copyOf(participations);
        List<Person> distinct = new ArrayList<>();
        for (Participation participation : participations) {
            if (!distinct.contains(participation.person())) {
                distinct.add(participation.person());
            }
        }
        this.people = List.copyOf(distinct);
        // Known once: the unavailability constraint asks on every move.
        this.peopleWithUnavailability = people.stream()
                .filter(person -> !person.unavailable().isEmpty())
                .toList();
        this.peopleInOtherSessions = this.people;
        this.facets = facetsOf();
    }

    /**
     * The people of this session who also take part in another session of the forum: the only ones who can be booked
     * twice or spread over days. All people until the problem builder, which knows every session, narrows it.
     */
    public List<Person> getPeopleInOtherSessions() {
        return peopleInOtherSessions;
    }

    /** Keeps only the people who take part in more than one session. */
    public void narrowPeopleInOtherSessions(Set<Person> peopleInSeveralSessions) {
        this.peopleInOtherSessions =
                people.stream().filter(peopleInSeveralSessions::contains).toList();
        this.facets = facetsOf();
    }

    /**
     * Keeps only the facets another session has too, now and whenever a setter recomputes them. All facets until the
     * problem builder, which knows every session, narrows them.
     *
     * @param sharedFacets the facets of the forum that more than one session has, one unmodifiable set for all sessions
     */
    public void narrowToSharedFacets(Set<SessionFacet> sharedFacets) {
        this.sharedFacets = sharedFacets;
        this.facets = facetsOf();
    }

    /** Everyone taking part, each once. */
    public List<Person> getPeople() {
        return people;
    }

    public String getOrganization() {
        return organization;
    }

    public void setOrganization(String organization) {
        this.organization = organization;
        this.facets = facetsOf();
    }

    public int getExpectedAttendance() {
        return expectedAttendance;
    }

    public void setExpectedAttendance(int expectedAttendance) {
        this.expectedAttendance = expectedAttendance;
    }

    public Set<RoomFeature> getRequiredFeatures() {
        return requiredFeatures;
    }

    public void setRequiredFeatures(Set<RoomFeature> requiredFeatures) {
        this.requiredFeatures = Set.copyOf(requiredFeatures);
    }

    public boolean isMandatory() {
        return mandatory;
    }

    public void setMandatory(boolean mandatory) {
        this.mandatory = mandatory;
    }

    /** The MAG's evaluation 1-5, or null if not scored. */
    public Double getEvaluation() {
        return evaluation;
    }

    public void setEvaluation(Double evaluation) {
        this.evaluation = evaluation;
    }

    public boolean isDevelopingCountry() {
        return developingCountry;
    }

    public void setDevelopingCountry(boolean developingCountry) {
        this.developingCountry = developingCountry;
    }

    public boolean isFirstTime() {
        return firstTime;
    }

    public void setFirstTime(boolean firstTime) {
        this.firstTime = firstTime;
    }

    public boolean isNewTopic() {
        return newTopic;
    }

    public void setNewTopic(boolean newTopic) {
        this.newTopic = newTopic;
    }

    public Set<Timeslot> getPreferredTimeslots() {
        return preferredTimeslots;
    }

    public void setPreferredTimeslots(Set<Timeslot> preferredTimeslots) {
        this.preferredTimeslots = Set.copyOf(preferredTimeslots);
    }

    public List<Timeslot> getUnavailableTimeslots() {
        return unavailableTimeslots;
    }

    public void setUnavailableTimeslots(List<Timeslot> unavailableTimeslots) {
        this.unavailableTimeslots = List.copyOf(unavailableTimeslots);
    }

    public boolean isExclusive() {
        return exclusive;
    }

    public void setExclusive(boolean exclusive) {
        this.exclusive = exclusive;
    }

    @Override
    public String toString() {
        return id;
    }
}
