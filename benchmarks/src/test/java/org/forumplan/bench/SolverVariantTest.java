package org.forumplan.bench;

import static org.assertj.core.api.Assertions.assertThat;

import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.constructionheuristic.ConstructionHeuristicPhaseConfig;
import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;
import ai.timefold.solver.core.config.localsearch.LocalSearchType;
import ai.timefold.solver.core.config.phase.PhaseConfig;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import java.nio.file.Path;
import java.util.List;
import org.forumplan.model.domain.Programme;
import org.forumplan.model.domain.Session;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every variant the suites compare is a configuration Timefold accepts and that solves. */
class SolverVariantTest {

    @ParameterizedTest
    @EnumSource(SolverVariant.class)
    void buildsASolverThatPlacesTheSessions(SolverVariant variant) {
        SolverConfig config = variant.solverConfig().withRandomSeed(0L);
        // A few local search steps: enough to run every move selector and acceptor once, deterministically.
        config.getPhaseConfigList().stream()
                .filter(LocalSearchPhaseConfig.class::isInstance)
                .forEach(phase -> phase.setTerminationConfig(new TerminationConfig().withStepCountLimit(20)));
        Programme problem = new ProgrammeFileIO()
                .read(Path.of(System.getProperty("forumplan.datasets", "../datasets"))
                        .resolve("synthetic-small.json")
                        .toFile());

        Programme solved = SolverFactory.<Programme>create(config).buildSolver().solve(problem);

        assertThat(solved.getScore()).isNotNull();
        assertThat(solved.getSessions()).filteredOn(Session::isPlaced).hasSizeGreaterThan(50);
    }

    @Test
    void constructionOnlyDropsTheSearchAfterTheConstruction() {
        assertThat(SolverVariant.DEFAULT.solverConfig().getPhaseConfigList())
                .hasExactlyElementsOfTypes(
                        ConstructionHeuristicPhaseConfig.class,
                        LocalSearchPhaseConfig.class,
                        ConstructionHeuristicPhaseConfig.class,
                        ConstructionHeuristicPhaseConfig.class,
                        LocalSearchPhaseConfig.class);
        assertThat(SolverVariant.CONSTRUCTION_ONLY.solverConfig().getPhaseConfigList())
                .hasExactlyElementsOfTypes(
                        ConstructionHeuristicPhaseConfig.class,
                        LocalSearchPhaseConfig.class,
                        ConstructionHeuristicPhaseConfig.class,
                        ConstructionHeuristicPhaseConfig.class);
    }

    @Test
    void localSearchVariantsKeepTheShippedConstructionAndChangeTheLastPhase() {
        List<PhaseConfig> phases = SolverVariant.TABU_SEARCH.solverConfig().getPhaseConfigList();

        assertThat(phases)
                .hasExactlyElementsOfTypes(
                        ConstructionHeuristicPhaseConfig.class,
                        LocalSearchPhaseConfig.class,
                        ConstructionHeuristicPhaseConfig.class,
                        ConstructionHeuristicPhaseConfig.class,
                        LocalSearchPhaseConfig.class);
        assertThat(((LocalSearchPhaseConfig) phases.get(4)).getLocalSearchType())
                .isEqualTo(LocalSearchType.TABU_SEARCH);
        assertThat(((LocalSearchPhaseConfig) phases.get(1)).getLocalSearchType())
                .isNull();
    }

    @Test
    void unboundedConstructionWeighsEveryPlacementWithoutABudgetAfterThePrecedencePhases() {
        assertThat(SolverVariant.UNBOUNDED_CONSTRUCTION.solverConfig().getPhaseConfigList())
                .hasExactlyElementsOfTypes(
                        ConstructionHeuristicPhaseConfig.class,
                        LocalSearchPhaseConfig.class,
                        ConstructionHeuristicPhaseConfig.class,
                        LocalSearchPhaseConfig.class)
                .element(2)
                .extracting(phase -> phase.getTerminationConfig())
                .isNull();
    }

    @Test
    void codesAreWhatTheCommandLineTakes() {
        assertThat(SolverVariant.WITH_RUIN_AND_RECREATE.code()).isEqualTo("with-ruin-and-recreate");
        assertThat(SolverVariant.TABU_SEARCH.label()).isEqualTo("tabu search");
    }

    @Test
    void labelsAreNamesTheBenchmarkerTakes() {
        // The Benchmarker refuses a solver benchmark name it could not use as a folder name.
        assertThat(SolverVariant.values())
                .extracting(SolverVariant::label)
                .allSatisfy(label -> assertThat(label).matches("(?U)^[\\w\\d _\\-\\.\\(\\)]+$"))
                .doesNotHaveDuplicates();
    }
}
