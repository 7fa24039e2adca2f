package org.forumplan.model.solver;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.impl.heuristic.selector.common.decorator.SelectionFilter;
import org.forumplan.model.domain.Programme;
import org.forumplan.model.domain.Session;

/**
 * Selects mandatory sessions only, for the sampled construction that places what the full construction had no budget
 * for (see {@code forumplanSolverConfig.xml}). Optional proposals stay out until the local search brings them in.
 */
public class MandatorySessionFilter implements SelectionFilter<Programme, Session> {

    @Override
    public boolean accept(ScoreDirector<Programme> scoreDirector, Session session) {
        return session.isMandatory();
    }
}
