package org.forumplan.model.solver;

import static org.assertj.core.api.Assertions.assertThat;

import ai.timefold.solver.core.config.constructionheuristic.ConstructionHeuristicPhaseConfig;
import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;
import ai.timefold.solver.core.config.phase.PhaseConfig;
import java.util.List;
import org.forumplan.model.domain.Programme;
import org.forumplan.model.domain.Session;
import org.forumplan.model.io.TestDocument;
import org.forumplan.model.load.DatasetLoader;
import org.junit.jupiter.api.Test;

class SolverSettingsTest {

    private static final SolverSettings STEPS = new SolverSettings(null, null, 10L, null, null, 0L, null, null);

    @Test
    void aProgrammeBuiltFromNothingGetsThePhasesForTheSessionsInAPrecedenceFirst() throws Exception {
        List<PhaseConfig> phases = STEPS.toSolverConfig(igf2014()).getPhaseConfigList();

        assertThat(phases)
                .hasExactlyElementsOfTypes(
                        ConstructionHeuristicPhaseConfig.class,
                        LocalSearchPhaseConfig.class,
                        ConstructionHeuristicPhaseConfig.class,
                        ConstructionHeuristicPhaseConfig.class,
                        LocalSearchPhaseConfig.class);
        assertThat(phases.get(1).getTerminationConfig().getUnimprovedStepCountLimit())
                .as("the step limit bounds the last search only")
                .isEqualTo(200);
        assertThat(((LocalSearchPhaseConfig) phases.get(1)).getAcceptorConfig().getEntityTabuSize())
                .as("a quarter of IGF 2014's 13 unpinned mandatory sessions in a precedence")
                .isEqualTo(3);
        assertThat(phases.get(4).getTerminationConfig().getStepCountLimit()).isEqualTo(10);
    }

    @Test
    void aProgrammeWhoseSessionsInAPrecedenceStartPlacedKeepsThemWithoutThosePhases() throws Exception {
        Programme problem = igf2014();
        problem.getSessions().stream()
                .filter(session -> session.isMandatory() && session.isInPrecedence() && !session.isPlaced())
                .forEach(session ->
                        session.setPlacement(session.getPossiblePlacements().get(0)));

        assertThat(STEPS.toSolverConfig(problem).getPhaseConfigList())
                .hasExactlyElementsOfTypes(
                        ConstructionHeuristicPhaseConfig.class,
                        ConstructionHeuristicPhaseConfig.class,
                        LocalSearchPhaseConfig.class);
        assertThat(problem.getSessions()).filteredOn(Session::isInPrecedence).isNotEmpty();
    }

    private static Programme igf2014() throws Exception {
        return DatasetLoader.load(TestDocument.datasetsFolder().resolve("igf-2014-istanbul.json"))
                .programme();
    }
}
