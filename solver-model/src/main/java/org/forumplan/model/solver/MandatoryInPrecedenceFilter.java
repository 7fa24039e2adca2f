package org.forumplan.model.solver;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.impl.heuristic.selector.common.decorator.SelectionFilter;
import org.forumplan.model.domain.Programme;
import org.forumplan.model.domain.Session;

/**
 * Selects the mandatory sessions that must run before or after another one, for the phases that place them before
 * the rest (see {@code forumplanSolverConfig.xml}). Optional proposals in a precedence are left to the local search,
 * as every proposal is: placing them first would take places the mandatory sessions need.
 */
public class MandatoryInPrecedenceFilter implements SelectionFilter<Programme, Session> {

    @Override
    public boolean accept(ScoreDirector<Programme> scoreDirector, Session session) {
        return session.isMandatory() && session.isInPrecedence();
    }
}
