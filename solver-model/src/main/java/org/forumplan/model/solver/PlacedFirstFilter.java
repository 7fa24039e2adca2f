package org.forumplan.model.solver;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.impl.heuristic.selector.common.decorator.SelectionFilter;
import org.forumplan.model.domain.Programme;
import org.forumplan.model.domain.Session;

/**
 * Selects the sessions the rest of the programme must make way for ({@link Session#isPlacedFirst()}), for the phases
 * that place them on the empty programme (see {@code forumplanSolverConfig.xml}). Optional proposals are left to the
 * local search, as every proposal is: placing them first would take places the mandatory sessions need.
 */
public class PlacedFirstFilter implements SelectionFilter<Programme, Session> {

    @Override
    public boolean accept(ScoreDirector<Programme> scoreDirector, Session session) {
        return session.isPlacedFirst();
    }
}
