package org.forumplan.model.domain;

import ai.timefold.solver.core.api.domain.solution.ConstraintWeightOverrides;
import ai.timefold.solver.core.api.domain.solution.PlanningEntityCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.PlanningScore;
import ai.timefold.solver.core.api.domain.solution.PlanningSolution;
import ai.timefold.solver.core.api.domain.solution.ProblemFactCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.ProblemFactProperty;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import java.util.List;

/**
 * The planning solution: a forum's rooms, timeslots, people and sessions, and where each session is placed.
 *
 * <p>The score has three levels: hard for what makes a programme impossible (a mandatory session left out included),
 * medium for its content (the best proposals placed, announced sessions kept), soft for its quality to participants.
 */
@PlanningSolution
public class Programme {

    private ForumInfo forum;

    @ProblemFactCollectionProperty
    private List<Timeslot> timeslots;

    @ProblemFactCollectionProperty
    private List<Room> rooms;

    @ProblemFactCollectionProperty
    private List<Person> people;

    @ProblemFactCollectionProperty
    private List<Topic> topics;

    @ProblemFactCollectionProperty
    private List<Track> tracks;

    @ProblemFactCollectionProperty
    private List<Period> periods;

    @ProblemFactCollectionProperty
    private List<Precedence> precedences;

    @ProblemFactProperty
    private Policy policy;

    // The selection's goals as the constraints see them; the whole is kept for explanations.
    private Selection selection;

    @ProblemFactCollectionProperty
    private List<ShareTarget> shareTargets;

    @ProblemFactCollectionProperty
    private List<SpeakerPool> speakerPools;

    @PlanningEntityCollectionProperty
    private List<Session> sessions;

    private ConstraintWeightOverrides<HardMediumSoftLongScore> constraintWeightOverrides =
            ConstraintWeightOverrides.none();

    @PlanningScore
    private HardMediumSoftLongScore score;

    /** For Timefold's solution cloner. */
    public Programme() {}

    public Programme(
            ForumInfo forum,
            List<Timeslot> timeslots,
            List<Room> rooms,
            List<Person> people,
            List<Topic> topics,
            List<Track> tracks,
            List<Period> periods,
            List<Precedence> precedences,
            Policy policy,
            Selection selection,
            List<Session> sessions) {
        this.forum = forum;
        this.timeslots = timeslots;
        this.rooms = rooms;
        this.people = people;
        this.topics = topics;
        this.tracks = tracks;
        this.periods = periods;
        this.precedences = precedences;
        this.policy = policy;
        this.selection = selection;
        this.shareTargets = selection.shares();
        this.speakerPools = selection.speakerPools();
        this.sessions = sessions;
    }

    public ForumInfo getForum() {
        return forum;
    }

    public List<Timeslot> getTimeslots() {
        return timeslots;
    }

    public List<Room> getRooms() {
        return rooms;
    }

    public List<Person> getPeople() {
        return people;
    }

    public List<Topic> getTopics() {
        return topics;
    }

    public List<Track> getTracks() {
        return tracks;
    }

    public List<Period> getPeriods() {
        return periods;
    }

    public List<Precedence> getPrecedences() {
        return precedences;
    }

    public Policy getPolicy() {
        return policy;
    }

    public Selection getSelection() {
        return selection;
    }

    public List<Session> getSessions() {
        return sessions;
    }

    public ConstraintWeightOverrides<HardMediumSoftLongScore> getConstraintWeightOverrides() {
        return constraintWeightOverrides;
    }

    public void setConstraintWeightOverrides(ConstraintWeightOverrides<HardMediumSoftLongScore> overrides) {
        this.constraintWeightOverrides = overrides;
    }

    public HardMediumSoftLongScore getScore() {
        return score;
    }

    public void setScore(HardMediumSoftLongScore score) {
        this.score = score;
    }

    public long unplacedCount() {
        return sessions.stream().filter(session -> !session.isPlaced()).count();
    }
}
