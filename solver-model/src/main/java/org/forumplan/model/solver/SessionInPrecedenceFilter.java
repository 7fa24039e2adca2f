package org.forumplan.model.solver;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.impl.heuristic.selector.common.decorator.SelectionFilter;
import org.forumplan.model.domain.Programme;
import org.forumplan.model.domain.Session;

/**
 * Selects the sessions that must run before or after another one, for the phases that place them before the rest
 * (see {@code forumplanSolverConfig.xml}).
 */
public class SessionInPrecedenceFilter implements SelectionFilter<Programme, Session> {

    @Override
    public boolean accept(ScoreDirector<Programme> scoreDirector, Session session) {
        return session.isInPrecedence();
    }
}
