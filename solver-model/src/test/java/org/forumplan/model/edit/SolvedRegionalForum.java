package org.forumplan.model.edit;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import java.time.Duration;
import org.forumplan.model.domain.Programme;
import org.forumplan.model.io.TestDocument;
import org.forumplan.model.load.DatasetLoader;
import org.forumplan.model.solver.ForumSolver;
import org.forumplan.model.solver.SolverSettings;

/**
 * synthetic-small briefly solved (2,000 steps, seed 0), with the solution manager of its solve: the programme the edit
 * tests move sessions about in, always putting them back.
 */
record SolvedRegionalForum(Programme programme, SolutionManager<Programme, HardMediumSoftLongScore> solutionManager) {

    static SolvedRegionalForum solve() throws Exception {
        Programme problem = DatasetLoader.load(TestDocument.datasetsFolder().resolve("synthetic-small.json"))
                .programme();
        ForumSolver solver = new ForumSolver(
                SolverSettings.withTimeLimit(Duration.ofMinutes(1)).withStepLimit(2_000), problem);
        return new SolvedRegionalForum(
                solver.solve(problem, progress -> {}, Duration.ofMinutes(1)).best(), solver.solutionManager());
    }
}
