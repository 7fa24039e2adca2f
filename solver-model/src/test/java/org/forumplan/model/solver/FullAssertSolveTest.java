package org.forumplan.model.solver;

import static org.assertj.core.api.Assertions.assertThat;

import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.solver.EnvironmentMode;
import java.nio.file.Path;
import org.forumplan.model.domain.Programme;
import org.forumplan.model.domain.Session;
import org.forumplan.model.load.DatasetLoader;
import org.junit.jupiter.api.Test;

/**
 * Solves a small forum with Timefold's FULL_ASSERT mode, which recalculates the score from scratch after every move and
 * fails on any difference from the incremental score: it catches constraint streams that forget to retract a match.
 */
class FullAssertSolveTest {

    @Test
    void incrementalScoreMatchesAFullRecalculationOnEveryMove() throws Exception {
        Programme problem = DatasetLoader.load(
                        Path.of(getClass().getResource("small-forum.json").toURI()))
                .programme();
        SolverSettings settings = SolverSettings.withTimeLimit(java.time.Duration.ofMinutes(2))
                .withStepLimit(400)
                .withEnvironmentMode(EnvironmentMode.FULL_ASSERT);

        Programme solved = SolverFactory.<Programme>create(settings.toSolverConfig())
                .buildSolver()
                .solve(problem);

        assertThat(solved.getScore().isFeasible())
                .as("score %s", solved.getScore())
                .isTrue();
        assertThat(solved.getSessions()).filteredOn(Session::isMandatory).allMatch(Session::isPlaced);
        assertThat(solved.getSessions())
                .filteredOn(Session::isPinned)
                .allMatch(session -> session.getPlacement()
                        == session.getPossiblePlacements().get(0));
    }
}
