package org.forumplan.model.conference.solver;

import static org.assertj.core.api.Assertions.assertThat;

import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.solver.EnvironmentMode;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import java.io.InputStream;
import java.time.Duration;
import org.forumplan.model.conference.domain.Conference;
import org.forumplan.model.conference.domain.Submission;
import org.forumplan.model.conference.io.ConferenceDocuments;
import org.forumplan.model.conference.load.ConferenceBuilder;
import org.forumplan.model.conference.score.ObjectiveBreakdown;
import org.forumplan.model.io.DatasetMapper;
import org.junit.jupiter.api.Test;

/** The shipped configuration on a small conference: a schedule the library accepts, the same for the same seed. */
class ConferenceSolverTest {

    private static Conference problem() throws Exception {
        try (InputStream in = ConferenceSolverTest.class.getResourceAsStream(
                "/org/forumplan/model/conference/load/small-conference.json")) {
            return ConferenceBuilder.build(
                    ConferenceDocuments.read(DatasetMapper.mapper().readTree(in)));
        }
    }

    private static Conference solve(long seed) throws Exception {
        return new ConferenceSolver(Duration.ofMinutes(1), seed, 20_000L)
                .solve(problem(), best -> {})
                .best();
    }

    @Test
    void theScheduleKeepsBothHardRulesAndItsScoreIsTheObjective() throws Exception {
        ConferenceSolver solver = new ConferenceSolver(Duration.ofMinutes(1), 0, 20_000L);
        ConferenceSolver.Outcome outcome = solver.solve(problem(), best -> {});

        ObjectiveBreakdown breakdown = ObjectiveBreakdown.of(outcome.best(), solver.solutionManager());
        assertThat(breakdown.feasible()).isTrue();
        assertThat(outcome.firstFeasible()).isNotNull();
        assertThat(breakdown.objective()).isEqualTo(-outcome.best().getScore().softScore());
        assertThat(breakdown.terms().stream().mapToLong(term -> term.weighted()).sum())
                .isEqualTo(breakdown.objective());
        // Routing costs 10,000 (weighted 100) in a room of Tue1: it is not there.
        assertThat(outcome.best().getSubmissions())
                .filteredOn(submission -> submission.getTrack().name().equals("Routing"))
                .allSatisfy(
                        submission -> assertThat(submission.session().name()).isNotEqualTo("Tue1"));
        assertThat(breakdown.objective()).isLessThan(10_000);
    }

    /**
     * Timefold's FULL_ASSERT recalculates the score from scratch after every move and fails on any difference: the
     * track packing, the cell swaps and the sorted collector of the order term must keep the incremental score true.
     */
    @Test
    void everyMoveKeepsTheIncrementalScoreTrue() throws Exception {
        SolverConfig config = SolverConfig.createFromXmlResource(ConferenceSolver.SOLVER_CONFIG_RESOURCE)
                .withEnvironmentMode(EnvironmentMode.FULL_ASSERT)
                .withTerminationConfig(new TerminationConfig().withMoveCountLimit(3_000L));

        Conference best = SolverFactory.<Conference>create(config).buildSolver().solve(problem());

        assertThat(best.getScore().isFeasible()).isTrue();
    }

    @Test
    void theSameSeedAndMoveLimitGiveTheSameSchedule() throws Exception {
        Conference first = solve(3);
        Conference second = solve(3);

        assertThat(first.getSubmissions().stream().map(Submission::getSlot).map(String::valueOf))
                .containsExactlyElementsOf(second.getSubmissions().stream()
                        .map(Submission::getSlot)
                        .map(String::valueOf)
                        .toList());
    }
}
