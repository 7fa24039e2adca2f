package org.forumplan.model.conference.domain;

import ai.timefold.solver.core.api.domain.solution.ConstraintWeightOverrides;
import ai.timefold.solver.core.api.domain.solution.PlanningEntityCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.PlanningScore;
import ai.timefold.solver.core.api.domain.solution.PlanningSolution;
import ai.timefold.solver.core.api.domain.solution.ProblemFactCollectionProperty;
import ai.timefold.solver.core.api.score.buildin.hardsoftlong.HardSoftLongScore;
import java.util.List;

/**
 * A conference to schedule: the planning solution. The soft score is minus CoSPLib's objective; the weights are the
 * instance's own, as constraint weight overrides, so that a term the instance switches off is not even evaluated.
 */
@PlanningSolution
public class Conference {

    private String name;

    @ProblemFactCollectionProperty
    private List<Session> sessions;

    @ProblemFactCollectionProperty
    private List<Room> rooms;

    @ProblemFactCollectionProperty
    private List<Track> tracks;

    @ProblemFactCollectionProperty
    private List<Cell> cells;

    @PlanningEntityCollectionProperty
    private List<Submission> submissions;

    private ConstraintWeightOverrides<HardSoftLongScore> weights;

    @PlanningScore
    private HardSoftLongScore score;

    /** Shared by every clone: the slots never change. */
    private SlotIndex slotIndex;

    /** For Timefold's cloning. */
    public Conference() {}

    public Conference(
            String name,
            List<Session> sessions,
            List<Room> rooms,
            List<Track> tracks,
            List<Cell> cells,
            List<Submission> submissions,
            ConstraintWeightOverrides<HardSoftLongScore> weights,
            SlotIndex slotIndex) {
        this.name = name;
        this.slotIndex = slotIndex;
        this.sessions = sessions;
        this.rooms = rooms;
        this.tracks = tracks;
        this.cells = cells;
        this.submissions = submissions;
        this.weights = weights;
    }

    public SlotIndex getSlotIndex() {
        return slotIndex;
    }

    public String getName() {
        return name;
    }

    public List<Session> getSessions() {
        return sessions;
    }

    public List<Room> getRooms() {
        return rooms;
    }

    public List<Track> getTracks() {
        return tracks;
    }

    public List<Cell> getCells() {
        return cells;
    }

    public List<Submission> getSubmissions() {
        return submissions;
    }

    public ConstraintWeightOverrides<HardSoftLongScore> getWeights() {
        return weights;
    }

    public void setWeights(ConstraintWeightOverrides<HardSoftLongScore> weights) {
        this.weights = weights;
    }

    public HardSoftLongScore getScore() {
        return score;
    }

    public void setScore(HardSoftLongScore score) {
        this.score = score;
    }
}
