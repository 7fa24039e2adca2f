package org.forumplan.model.conference.solver;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.impl.heuristic.selector.move.factory.MoveIteratorFactory;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import org.forumplan.model.conference.domain.Cell;
import org.forumplan.model.conference.domain.Conference;
import org.forumplan.model.conference.domain.Slot;
import org.forumplan.model.conference.domain.Submission;

/** Random {@link CellSwapMove}s: a cell that holds something and any other cell. */
public class CellSwapMoveFactory implements MoveIteratorFactory<Conference, CellSwapMove> {

    @Override
    public long getSize(ScoreDirector<Conference> scoreDirector) {
        long cells = scoreDirector.getWorkingSolution().getCells().size();
        return cells * (cells - 1) / 2;
    }

    @Override
    public Iterator<CellSwapMove> createOriginalMoveIterator(ScoreDirector<Conference> scoreDirector) {
        throw new UnsupportedOperationException("cell swaps are only selected at random");
    }

    @Override
    public Iterator<CellSwapMove> createRandomMoveIterator(ScoreDirector<Conference> scoreDirector, Random random) {
        Conference conference = scoreDirector.getWorkingSolution();
        List<Cell> cells = conference.getCells();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return cells.size() > 1;
            }

            @Override
            public CellSwapMove next() {
                Submission anchor = conference
                        .getSubmissions()
                        .get(random.nextInt(conference.getSubmissions().size()));
                Cell first = anchor.getSlot() == null ? cells.get(random.nextInt(cells.size())) : anchor.cell();
                Cell second = cells.get(random.nextInt(cells.size()));
                List<Submission> inFirst = new ArrayList<>();
                List<Submission> inSecond = new ArrayList<>();
                // One pass over the submissions for both cells: this runs for every cell swap the search considers.
                for (Submission submission : conference.getSubmissions()) {
                    Slot slot = submission.getSlot();
                    if (slot != null && slot.cell() == first) {
                        inFirst.add(submission);
                    } else if (slot != null && slot.cell() == second) {
                        inSecond.add(submission);
                    }
                }
                return new CellSwapMove(conference.getSlotIndex(), first, inFirst, second, inSecond);
            }
        };
    }
}
