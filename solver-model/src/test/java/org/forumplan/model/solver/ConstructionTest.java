package org.forumplan.model.solver;

import static org.assertj.core.api.Assertions.assertThat;

import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.constructionheuristic.ConstructionHeuristicPhaseConfig;
import ai.timefold.solver.core.config.phase.PhaseConfig;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import java.time.Duration;
import java.util.List;
import org.forumplan.model.domain.Programme;
import org.forumplan.model.domain.Session;
import org.forumplan.model.io.TestDocument;
import org.forumplan.model.load.DatasetLoader;
import org.forumplan.model.load.ProgrammeBuilder;
import org.junit.jupiter.api.Test;

/**
 * The shipped construction: the mandatory sessions in a precedence or exclusive first, then first fit decreasing within a budget of
 * weighings, then a sample of placements for the mandatory sessions left, as on forums of thousands of sessions.
 */
class ConstructionTest {

    /** The construction phases are the one for the sessions placed first, the full one and the sampled one. */
    private static final int FULL = 1;

    @Test
    void theFullConstructionStopsAfterABudgetOfWeighingsNotATime() {
        ConstructionHeuristicPhaseConfig full = constructionPhases(shipped()).get(FULL);
        assertThat(full.getTerminationConfig().getMoveCountLimit()).isEqualTo(600_000L);
        assertThat(full.getTerminationConfig().getSpentLimit()).isNull();
    }

    @Test
    void theSampledConstructionPlacesEveryMandatorySessionAndNoProposal() throws Exception {
        // With the full construction's budget spent at once, the sampled one does all the work.
        SolverConfig config = constructionOnly(1L);
        Programme problem = DatasetLoader.load(TestDocument.datasetsFolder().resolve("igf-2014-proposals.json"))
                .programme();

        Programme constructed =
                SolverFactory.<Programme>create(config).buildSolver().solve(problem);

        assertThat(constructed.getSessions()).filteredOn(Session::isMandatory).allMatch(Session::isPlaced);
        assertThat(constructed.getSessions())
                .filteredOn(session -> !session.isMandatory() && !session.isPinned())
                .noneMatch(Session::isPlaced);
        assertThat(constructed.getScore().hardScore()).isZero();
    }

    @Test
    void withinItsBudgetTheFullConstructionDecidesEverySessionAlone() throws Exception {
        Programme problem = DatasetLoader.load(TestDocument.datasetsFolder().resolve("igf-2014-proposals.json"))
                .programme();

        Programme constructed = SolverFactory.<Programme>create(constructionOnly(600_000L))
                .buildSolver()
                .solve(problem);

        assertThat(constructed.getSessions())
                .filteredOn(session -> !session.isMandatory())
                .anyMatch(Session::isPlaced);
        assertThat(constructed.getScore().hardScore()).isZero();
    }

    @Test
    void anExclusiveSessionIsPlacedFirstSoThatTheRestLeavesItAPeriod() throws Exception {
        // Two rooms, two periods, a target of one session a period: built hardest first, the two workshops with people
        // take a period each, and the exclusive session, with nobody in it and so the easiest, finds no period free.
        TestDocument forum = TestDocument.minimal()
                .set("policy.targetParallel", 1)
                .set("sessions[0].mandatory", true)
                .setJson("sessions[1]", """
                        { "id": "WS24", "title": "Workshop 24", "kind": "workshop", "durationMinutes": 90,
                          "mandatory": true, "people": [ { "person": "p-018", "role": "organizer" } ] }""")
                .setJson("sessions[2]", """
                        { "id": "TOWN-HALL", "title": "Town hall", "kind": "other", "durationMinutes": 90,
                          "mandatory": true, "exclusive": true }""");
        SolverConfig withoutPlacingFirst = constructionOnly(600_000L);
        withoutPlacingFirst.setPhaseConfigList(List.copyOf(withoutPlacingFirst
                .getPhaseConfigList()
                .subList(
                        SolverSettings.PLACED_FIRST_PHASES,
                        withoutPlacingFirst.getPhaseConfigList().size())));

        Programme shipped = SolverFactory.<Programme>create(constructionOnly(600_000L))
                .buildSolver()
                .solve(ProgrammeBuilder.build(forum.read()));
        Programme notFirst = SolverFactory.<Programme>create(withoutPlacingFirst)
                .buildSolver()
                .solve(ProgrammeBuilder.build(forum.read()));

        assertThat(shipped.getScore().hardScore()).isZero();
        assertThat(shipped.getSessions()).allMatch(Session::isPlaced);
        assertThat(notFirst.getScore().hardScore())
                .as("the same forum built without it")
                .isNegative();
    }

    private static SolverConfig constructionOnly(long fullConstructionBudget) {
        SolverConfig config =
                shipped().withTerminationConfig(new TerminationConfig().withSpentLimit(Duration.ofMinutes(5)));
        constructionPhases(config)
                .get(FULL)
                .setTerminationConfig(new TerminationConfig().withMoveCountLimit(fullConstructionBudget));
        // Every phase but the search, the last.
        List<PhaseConfig> phases = config.getPhaseConfigList();
        config.setPhaseConfigList(List.copyOf(phases.subList(0, phases.size() - 1)));
        return config;
    }

    private static SolverConfig shipped() {
        return SolverConfig.createFromXmlResource(SolverSettings.SOLVER_CONFIG_RESOURCE)
                .withRandomSeed(0L);
    }

    private static List<ConstructionHeuristicPhaseConfig> constructionPhases(SolverConfig config) {
        return config.getPhaseConfigList().stream()
                .filter(ConstructionHeuristicPhaseConfig.class::isInstance)
                .map(ConstructionHeuristicPhaseConfig.class::cast)
                .toList();
    }
}
