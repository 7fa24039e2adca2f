package org.forumplan.model.domain;

import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.entity.PlanningPin;
import ai.timefold.solver.core.api.domain.lookup.PlanningId;
import ai.timefold.solver.core.api.domain.valuerange.ValueRangeProvider;
import ai.timefold.solver.core.api.domain.variable.PlanningVariable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The planning entity: a workshop, main session, open forum or any other event, and the one thing the solver decides
 * about it, its {@link Placement}. An optional proposal may stay unplaced ({@code placement == null}).
 *
 * <p>What the session is never changes while it is planned: it is in its {@link SessionFacts}, which the problem
 * builder makes complete, and which the getters here read. A session only moves, or is pinned.
 */
@PlanningEntity(comparatorClass = SessionDifficultyComparator.class)
public class Session {

    /** The evaluation assumed for a proposal the MAG did not score: the middle of the 1-5 scale. */
    public static final double DEFAULT_EVALUATION = SessionFacts.DEFAULT_EVALUATION;

    // The constraints read the facts on every move, one field read further than before, when they were the session's
    // own fields. IGF 2014, 600,000 moves, best of three, two series: 62,775 and 65,203 score calculations a second
    // before, 60,716 and 66,897 after, the same score; within the noise of a shared machine.
    private SessionFacts facts;

    @PlanningPin
    private boolean pinned;

    @PlanningVariable(allowsUnassigned = true)
    private Placement placement;

    /** For Timefold's solution cloner, which copies the fields. */
    private Session() {}

    /** An unplaced, unpinned session. */
    public Session(SessionFacts facts) {
        this.facts = Objects.requireNonNull(facts);
    }

    public SessionFacts getFacts() {
        return facts;
    }

    // ************************************************************************
    // The planning variable, its value range and the pin
    // ************************************************************************

    /** The facts' possible placements, or once the session is pinned its pin alone. */
    @ValueRangeProvider
    public List<Placement> getPossiblePlacements() {
        return pinned ? List.of(placement) : facts.possiblePlacements();
    }

    /** See {@link SessionFacts#fittingPlacementCount()}. */
    public int getFittingPlacementCount() {
        return facts.fittingPlacementCount();
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

    /** Places the session there for good: the solver leaves it, and it is its only possible placement. */
    public void pinAt(Placement pin) {
        this.placement = Objects.requireNonNull(pin);
        this.pinned = true;
    }

    /** Where the announced programme put this session, for minimal-change re-planning; null if not announced. */
    public Placement getPublishedPlacement() {
        return facts.publishedPlacement();
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
        List<SessionFacet> facets = facts.facets();
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
    // The facts, as the constraints and reports ask for them (see SessionFacts)
    // ************************************************************************

    public int sharedPeopleCount(Session other) {
        return facts.sharedPeopleCount(other.facts);
    }

    public List<Person> sharedPeople(Session other) {
        return facts.sharedPeople(other.facts);
    }

    public int sharedSpreadTopicCount(Session other) {
        return facts.sharedSpreadTopicCount(other.facts);
    }

    public List<Topic> sharedSpreadTopics(Session other) {
        return facts.sharedSpreadTopics(other.facts);
    }

    public int peopleUnavailableMinutes(Placement at) {
        return facts.peopleUnavailableMinutes(at);
    }

    public int ownUnavailableMinutes(Placement at) {
        return facts.ownUnavailableMinutes(at);
    }

    public int missingFeatureCount(Placement at) {
        return facts.missingFeatureCount(at);
    }

    public int minutesOutsidePreferred(Placement at) {
        return facts.minutesOutsidePreferred(at);
    }

    public int missingSeats(Placement at) {
        return facts.missingSeats(at);
    }

    public int surplusSeats(Placement at) {
        return facts.surplusSeats(at);
    }

    public boolean hasOrganization() {
        return facts.hasOrganization();
    }

    public boolean hasPeopleWithUnavailability() {
        return facts.hasPeopleWithUnavailability();
    }

    public int proposalValue() {
        return facts.proposalValue();
    }

    public boolean isMain() {
        return facts.kind() == SessionKind.MAIN;
    }

    @PlanningId
    public String getId() {
        return facts.id();
    }

    public String getTitle() {
        return facts.title();
    }

    public SessionKind getKind() {
        return facts.kind();
    }

    public int getDurationMinutes() {
        return facts.durationMinutes();
    }

    public List<Topic> getTopics() {
        return facts.topics();
    }

    public List<Topic> getClusterTopics() {
        return facts.clusterTopics();
    }

    public boolean hasClusterTopics() {
        return !facts.clusterTopics().isEmpty();
    }

    public List<Topic> getSpreadTopics() {
        return facts.spreadTopics();
    }

    public Track getTrack() {
        return facts.track();
    }

    public boolean hasTrack() {
        return facts.track() != null;
    }

    public List<SessionFacet> getFacets() {
        return facts.facets();
    }

    public List<Participation> getParticipations() {
        return facts.participations();
    }

    public List<Person> getPeople() {
        return facts.people();
    }

    public String getOrganization() {
        return facts.organization();
    }

    public int getExpectedAttendance() {
        return facts.expectedAttendance();
    }

    public Set<RoomFeature> getRequiredFeatures() {
        return facts.requiredFeatures();
    }

    public boolean isMandatory() {
        return facts.mandatory();
    }

    public Double getEvaluation() {
        return facts.evaluation();
    }

    public boolean isDevelopingCountry() {
        return facts.developingCountry();
    }

    public boolean isFirstTime() {
        return facts.firstTime();
    }

    public boolean isNewTopic() {
        return facts.newTopic();
    }

    public boolean isInSelection() {
        return facts.inSelection();
    }

    public int getMissingStakeholderGroups() {
        return facts.missingStakeholderGroups();
    }

    public List<Topic> getCoverageTopics() {
        return facts.coverageTopics();
    }

    public boolean hasCoverageTopics() {
        return !facts.coverageTopics().isEmpty();
    }

    public List<SpeakerPool> getSpeakerPools() {
        return facts.speakerPools();
    }

    public boolean hasSpeakerPools() {
        return !facts.speakerPools().isEmpty();
    }

    public Set<Timeslot> getPreferredTimeslots() {
        return facts.preferredTimeslots();
    }

    public List<Timeslot> getUnavailableTimeslots() {
        return facts.unavailableTimeslots();
    }

    public boolean isExclusive() {
        return facts.exclusive();
    }

    public boolean isInPrecedence() {
        return facts.inPrecedence();
    }

    /**
     * A mandatory session the rest of the programme must make way for: one that runs before or after another session,
     * or an exclusive one, beside which nothing runs. The solver places these first, on the empty programme: once a
     * dense forum is full, moving one of them into a period other sessions hold breaks a hard rule until several
     * sessions have moved at once, which its search never does.
     */
    public boolean isPlacedFirst() {
        return isMandatory() && (isInPrecedence() || isExclusive());
    }

    @Override
    public String toString() {
        return facts.id();
    }
}
