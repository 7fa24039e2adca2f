package org.forumplan.model.domain;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Gathers a session's facts in any order, then {@link #build() builds} them in one go. Lists and sets are copied
 * on build, but for the possible placements, which must be unmodifiable.
 */
public final class SessionFactsBuilder {

    // Read by the constructor of SessionFacts, which derives the rest from them.
    final String id;
    final String title;
    final SessionKind kind;
    final int durationMinutes;
    List<Topic> topics = List.of();
    Track track;
    List<Participation> participations = List.of();
    String organization;
    Set<SessionFacet> sharedFacets;
    int expectedAttendance;
    Set<RoomFeature> requiredFeatures = Set.of();
    boolean mandatory;
    Double evaluation;
    boolean developingCountry;
    boolean firstTime;
    boolean newTopic;
    Selection selection = Selection.NONE;
    Set<Timeslot> preferredTimeslots = Set.of();
    List<Timeslot> unavailableTimeslots = List.of();
    boolean exclusive;
    boolean inPrecedence;
    Placement publishedPlacement;
    List<Placement> possiblePlacements = List.of();
    int fittingPlacementCount;

    SessionFactsBuilder(String id, String title, SessionKind kind, int durationMinutes) {
        this.id = Objects.requireNonNull(id);
        this.title = title;
        this.kind = Objects.requireNonNull(kind);
        this.durationMinutes = durationMinutes;
    }

    public SessionFacts build() {
        return new SessionFacts(this);
    }

    public SessionFactsBuilder topics(List<Topic> topics) {
        this.topics = topics;
        return this;
    }

    /** @param track null for none */
    public SessionFactsBuilder track(Track track) {
        this.track = track;
        return this;
    }

    public SessionFactsBuilder participations(List<Participation> participations) {
        this.participations = participations;
        return this;
    }

    /** @param organization null for none */
    public SessionFactsBuilder organization(String organization) {
        this.organization = organization;
        return this;
    }

    /**
     * Keeps only the facets more than one session has: what one session alone has can never clash or spread, so
     * the constraints need not group on it. Without it the session keeps all its facets.
     *
     * @param sharedFacets the facets of the forum that more than one session has
     */
    public SessionFactsBuilder sharedFacets(Set<SessionFacet> sharedFacets) {
        this.sharedFacets = sharedFacets;
        return this;
    }

    public SessionFactsBuilder expectedAttendance(int expectedAttendance) {
        this.expectedAttendance = expectedAttendance;
        return this;
    }

    public SessionFactsBuilder requiredFeatures(Set<RoomFeature> requiredFeatures) {
        this.requiredFeatures = requiredFeatures;
        return this;
    }

    public SessionFactsBuilder mandatory(boolean mandatory) {
        this.mandatory = mandatory;
        return this;
    }

    /** @param evaluation 1-5, or null if not scored */
    public SessionFactsBuilder evaluation(Double evaluation) {
        this.evaluation = evaluation;
        return this;
    }

    public SessionFactsBuilder developingCountry(boolean developingCountry) {
        this.developingCountry = developingCountry;
        return this;
    }

    public SessionFactsBuilder firstTime(boolean firstTime) {
        this.firstTime = firstTime;
        return this;
    }

    public SessionFactsBuilder newTopic(boolean newTopic) {
        this.newTopic = newTopic;
        return this;
    }

    /** The MAG's goals for the selection, which say whether and how this session counts in them. */
    public SessionFactsBuilder selection(Selection selection) {
        this.selection = selection;
        return this;
    }

    public SessionFactsBuilder preferredTimeslots(Set<Timeslot> preferredTimeslots) {
        this.preferredTimeslots = preferredTimeslots;
        return this;
    }

    public SessionFactsBuilder unavailableTimeslots(List<Timeslot> unavailableTimeslots) {
        this.unavailableTimeslots = unavailableTimeslots;
        return this;
    }

    public SessionFactsBuilder exclusive(boolean exclusive) {
        this.exclusive = exclusive;
        return this;
    }

    /** @param inPrecedence whether the session must run before or after another one */
    public SessionFactsBuilder inPrecedence(boolean inPrecedence) {
        this.inPrecedence = inPrecedence;
        return this;
    }

    /** @param publishedPlacement null if not announced */
    public SessionFactsBuilder publishedPlacement(Placement publishedPlacement) {
        this.publishedPlacement = publishedPlacement;
        return this;
    }

    /**
     * @param possiblePlacements the session's value range, see {@link SessionFacts#possiblePlacements()}
     * @param fittingPlacementCount see {@link SessionFacts#fittingPlacementCount()}
     */
    public SessionFactsBuilder possiblePlacements(List<Placement> possiblePlacements, int fittingPlacementCount) {
        this.possiblePlacements = possiblePlacements;
        this.fittingPlacementCount = fittingPlacementCount;
        return this;
    }
}
