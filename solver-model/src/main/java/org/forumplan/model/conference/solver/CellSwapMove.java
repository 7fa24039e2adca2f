package org.forumplan.model.conference.solver;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.impl.heuristic.move.Move;
import ai.timefold.solver.core.preview.api.domain.metamodel.PlanningSolutionMetaModel;
import ai.timefold.solver.core.preview.api.domain.metamodel.PlanningVariableMetaModel;
import ai.timefold.solver.core.preview.api.move.MutableSolutionView;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.forumplan.model.conference.domain.Cell;
import org.forumplan.model.conference.domain.Conference;
import org.forumplan.model.conference.domain.Slot;
import org.forumplan.model.conference.domain.SlotIndex;
import org.forumplan.model.conference.domain.Submission;

/**
 * Swaps what two cells hold, each submission keeping its timeslot within the cell: a track's block moves to another
 * room or session in one step. One submission at a time, the block could not move at all, since every step between
 * would put two tracks in one cell. It cannot be rebased, so it is for one solver thread (forumplan solves with one).
 */
final class CellSwapMove implements Move<Conference> {

    static final PlanningVariableMetaModel<Conference, Submission, Slot> SLOT = PlanningSolutionMetaModel.of(
                    Conference.class, Submission.class)
            .genuineEntity(Submission.class)
            .basicVariable("slot", Slot.class);

    private final SlotIndex slotIndex;
    private final Cell first;
    private final List<Submission> inFirst;
    private final Cell second;
    private final List<Submission> inSecond;

    CellSwapMove(SlotIndex slotIndex, Cell first, List<Submission> inFirst, Cell second, List<Submission> inSecond) {
        this.slotIndex = slotIndex;
        this.first = first;
        this.inFirst = inFirst;
        this.second = second;
        this.inSecond = inSecond;
    }

    /** Doable when something moves and everything fits where it goes (sessions can differ in length). */
    @Override
    public boolean isMoveDoable(ScoreDirector<Conference> scoreDirector) {
        return first != second
                && !(inFirst.isEmpty() && inSecond.isEmpty())
                && fits(inFirst, second)
                && fits(inSecond, first);
    }

    private boolean fits(List<Submission> submissions, Cell target) {
        return submissions.stream()
                .allMatch(submission ->
                        slotIndex.at(target, submission.getSlot().start(), submission.getLength()) != null);
    }

    @Override
    public void execute(MutableSolutionView<Conference> view) {
        List<Slot> firstTargets = targets(inFirst, second);
        List<Slot> secondTargets = targets(inSecond, first);
        for (int i = 0; i < inFirst.size(); i++) {
            view.changeVariable(SLOT, inFirst.get(i), firstTargets.get(i));
        }
        for (int i = 0; i < inSecond.size(); i++) {
            view.changeVariable(SLOT, inSecond.get(i), secondTargets.get(i));
        }
    }

    /** Computed before anything moves: the starts are read from the slots held now. */
    private List<Slot> targets(List<Submission> submissions, Cell target) {
        return submissions.stream()
                .map(submission -> slotIndex.at(target, submission.getSlot().start(), submission.getLength()))
                .toList();
    }

    @Override
    public Collection<Submission> getPlanningEntities() {
        List<Submission> entities = new ArrayList<>(inFirst);
        entities.addAll(inSecond);
        return entities;
    }

    /** The slots the submissions take: a tabu search on values would forbid taking them back soon. */
    @Override
    public Collection<Slot> getPlanningValues() {
        List<Slot> values = new ArrayList<>(targets(inFirst, second));
        values.addAll(targets(inSecond, first));
        return values;
    }

    @Override
    public String toString() {
        return "swap " + first + " " + inFirst + " <-> " + second + " " + inSecond;
    }
}
