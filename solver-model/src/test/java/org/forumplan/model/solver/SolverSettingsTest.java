package org.forumplan.model.solver;

import static org.assertj.core.api.Assertions.assertThat;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.constructionheuristic.ConstructionHeuristicPhaseConfig;
import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;
import ai.timefold.solver.core.config.phase.PhaseConfig;
import ai.timefold.solver.core.config.solver.SolverConfig;
import java.util.ArrayList;
import java.util.List;
import org.forumplan.model.constraints.ForumConstraint;
import org.forumplan.model.domain.Programme;
import org.forumplan.model.domain.Session;
import org.forumplan.model.io.TestDocument;
import org.forumplan.model.load.DatasetLoader;
import org.junit.jupiter.api.Test;

class SolverSettingsTest {

    private static final SolverSettings STEPS = new SolverSettings(null, null, 10L, null, null, 0L, null, null);

    @Test
    void aProgrammeBuiltFromNothingGetsThePhasesForTheSessionsPlacedFirstFirst() throws Exception {
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
        assertThat(phases.get(1).getTerminationConfig().getBestScoreLimit())
                .as("twice the minutes of IGF 2014's mandatory sessions placed after the sessions placed first")
                .isEqualTo("-%dhard/*medium/*soft".formatted(2 * minutesOfMandatoryNotPlacedFirst(igf2014())));
        assertThat(phases.get(4).getTerminationConfig().getStepCountLimit()).isEqualTo(10);
    }

    @Test
    void aProgrammeWhoseSessionsPlacedFirstStartPlacedKeepsThemWithoutThosePhases() throws Exception {
        Programme problem = igf2014();
        problem.getSessions().stream()
                .filter(session -> session.isPlacedFirst() && !session.isPlaced())
                .forEach(session ->
                        session.setPlacement(session.getPossiblePlacements().get(0)));

        assertThat(STEPS.toSolverConfig(problem).getPhaseConfigList())
                .hasExactlyElementsOfTypes(
                        ConstructionHeuristicPhaseConfig.class,
                        ConstructionHeuristicPhaseConfig.class,
                        LocalSearchPhaseConfig.class);
        assertThat(problem.getSessions()).filteredOn(Session::isInPrecedence).isNotEmpty();
    }

    @Test
    void theMendingSearchStopsWhereTheSessionsPlacedFirstBreakNoHardRule() throws Exception {
        Programme problem = igf2014();
        SolverConfig config = STEPS.toSolverConfig(problem);
        config.setPhaseConfigList(new ArrayList<>(config.getPhaseConfigList().subList(0, 2)));

        Programme mended = SolverFactory.<Programme>create(config).buildSolver().solve(problem);

        assertThat(mended.getScore().hardScore()).isEqualTo(SolverSettings.hardScoreWithoutConflicts(problem));
        assertThat(mended.getSessions()).filteredOn(Session::isPlacedFirst).allMatch(Session::isPlaced);
    }

    @Test
    void aMandatorySessionWeighedOnAnotherLevelLeavesNoHardPenaltyToReach() throws Exception {
        Programme problem = igf2014();
        problem.setConstraintWeightOverrides(new ConstraintWeights()
                .with(ForumConstraint.MANDATORY_SESSION_UNSCHEDULED, HardMediumSoftLongScore.ofMedium(500))
                .toOverrides());

        assertThat(SolverSettings.hardScoreWithoutConflicts(problem)).isZero();
    }

    private static long minutesOfMandatoryNotPlacedFirst(Programme problem) {
        return problem.getSessions().stream()
                .filter(session -> session.isMandatory() && !session.isPinned() && !session.isPlacedFirst())
                .mapToLong(Session::getDurationMinutes)
                .sum();
    }

    private static Programme igf2014() throws Exception {
        return DatasetLoader.load(TestDocument.datasetsFolder().resolve("igf-2014-istanbul.json"))
                .programme();
    }
}
