package org.forumplan.model.conference.domain;

import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.lookup.PlanningId;
import ai.timefold.solver.core.api.domain.valuerange.ValueRangeProvider;
import ai.timefold.solver.core.api.domain.variable.PlanningVariable;
import java.util.BitSet;
import java.util.List;

/**
 * A submission (a talk): the planning entity. Its slot is the only variable, and every slot is consecutive timeslots of
 * one cell, so the library's rule that a submission is scheduled once, unsplit, can never be broken.
 */
@PlanningEntity(comparatorClass = SubmissionDifficulty.class)
public class Submission {

    @PlanningId
    private String reference;

    private int index;
    private Track track;
    private int length;
    private int order;
    private SubmissionCosts costs;
    private Conflicts conflicts;
    private List<Slot> possibleSlots;

    @PlanningVariable(valueRangeProviderRefs = "possibleSlots")
    private Slot slot;

    /** For Timefold's cloning. */
    public Submission() {}

    /**
     * @param index its position among the conference's submissions, from 0
     * @param length how many consecutive timeslots it needs
     * @param order its place within its track, from 1; 0 for any
     * @param possibleSlots every slot of its length
     */
    public Submission(
            int index,
            String reference,
            Track track,
            int length,
            int order,
            SubmissionCosts costs,
            Conflicts conflicts,
            List<Slot> possibleSlots) {
        this.index = index;
        this.reference = reference;
        this.track = track;
        this.length = length;
        this.order = order;
        this.costs = costs;
        this.conflicts = conflicts;
        this.possibleSlots = possibleSlots;
    }

    /**
     * What a submission costs per timeslot it holds.
     *
     * @param timeZone per session index, the time-zone penalty for its presenter
     * @param sessions per session index
     * @param rooms per room index
     */
    public record SubmissionCosts(long[] timeZone, long[] sessions, long[] rooms) {}

    /**
     * The submissions it must not run beside, by index.
     *
     * @param presenters those sharing a presenter (or whose track a presenter chairs)
     * @param attendees those an attendee of either wants to see
     */
    public record Conflicts(BitSet presenters, BitSet attendees) {}

    @ValueRangeProvider(id = "possibleSlots")
    public List<Slot> getPossibleSlots() {
        return possibleSlots;
    }

    public Slot getSlot() {
        return slot;
    }

    public void setSlot(Slot slot) {
        this.slot = slot;
    }

    public String getReference() {
        return reference;
    }

    public int getIndex() {
        return index;
    }

    public Track getTrack() {
        return track;
    }

    public int getLength() {
        return length;
    }

    public int getOrder() {
        return order;
    }

    public boolean hasOrder() {
        return order != 0;
    }

    public SubmissionCosts getCosts() {
        return costs;
    }

    public Cell cell() {
        return slot.cell();
    }

    public Session session() {
        return slot.cell().session();
    }

    public Room room() {
        return slot.cell().room();
    }

    public boolean conflictsAsPresenterWith(Submission other) {
        return conflicts.presenters().get(other.index);
    }

    public boolean conflictsAsAttendeeWith(Submission other) {
        return conflicts.attendees().get(other.index);
    }

    /** How many submissions it conflicts with, as presenter or attendee. */
    public int conflictCount() {
        return conflicts.presenters().cardinality() + conflicts.attendees().cardinality();
    }

    public boolean hasPresenterConflicts() {
        return !conflicts.presenters().isEmpty();
    }

    public boolean hasAttendeeConflicts() {
        return !conflicts.attendees().isEmpty();
    }

    @Override
    public String toString() {
        return reference;
    }
}
