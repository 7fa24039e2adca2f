package org.forumplan.bench;

import ai.timefold.solver.core.config.constructionheuristic.ConstructionHeuristicPhaseConfig;
import ai.timefold.solver.core.config.constructionheuristic.placer.QueuedEntityPlacerConfig;
import ai.timefold.solver.core.config.heuristic.selector.common.SelectionCacheType;
import ai.timefold.solver.core.config.heuristic.selector.common.SelectionOrder;
import ai.timefold.solver.core.config.heuristic.selector.entity.EntitySelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.entity.EntitySorterManner;
import ai.timefold.solver.core.config.heuristic.selector.move.MoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.composite.UnionMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.generic.ChangeMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.generic.PillarChangeMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.generic.PillarSwapMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.generic.RuinRecreateMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.generic.SwapMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.value.ValueSelectorConfig;
import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;
import ai.timefold.solver.core.config.localsearch.LocalSearchType;
import ai.timefold.solver.core.config.localsearch.decider.acceptor.LocalSearchAcceptorConfig;
import ai.timefold.solver.core.config.localsearch.decider.forager.LocalSearchForagerConfig;
import ai.timefold.solver.core.config.phase.PhaseConfig;
import ai.timefold.solver.core.config.solver.SolverConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import org.forumplan.model.solver.SolverSettings;

/**
 * The solver configurations the suites compare, each a change to the shipped configuration
 * ({@code forumplanSolverConfig.xml}), so that {@link #DEFAULT} is always exactly what {@code forumplan solve} runs.
 */
public enum SolverVariant {
    DEFAULT("default", config -> config),
    CONSTRUCTION_ONLY("construction heuristic only", config -> config.withPhaseList(List.of(constructionOf(config)))),
    LATE_ACCEPTANCE("late acceptance", config -> withLocalSearch(config, LocalSearchType.LATE_ACCEPTANCE)),
    DIVERSIFIED_LATE_ACCEPTANCE(
            "diversified late acceptance",
            config -> withLocalSearch(config, LocalSearchType.DIVERSIFIED_LATE_ACCEPTANCE)),
    TABU_SEARCH("tabu search", config -> withLocalSearch(config, LocalSearchType.TABU_SEARCH)),
    SIMULATED_ANNEALING(
            "simulated annealing",
            config -> withLocalSearch(
                    config,
                    new LocalSearchPhaseConfig()
                            .withAcceptorConfig(new LocalSearchAcceptorConfig()
                                    .withSimulatedAnnealingStartingTemperature("0hard/0medium/200soft"))
                            .withForagerConfig(new LocalSearchForagerConfig().withAcceptedCountLimit(4)))),
    GREAT_DELUGE("great deluge", config -> withLocalSearch(config, LocalSearchType.GREAT_DELUGE)),
    CHANGE_MOVES_ONLY("change moves only", config -> withMoves(config, List.of(new ChangeMoveSelectorConfig()))),
    CHANGE_AND_SWAP_MOVES(
            "change and swap moves",
            config -> withMoves(config, List.of(new ChangeMoveSelectorConfig(), new SwapMoveSelectorConfig()))),
    WITH_PILLAR_MOVES(
            "change, swap and pillar moves",
            config -> withMoves(
                    config,
                    List.of(
                            new ChangeMoveSelectorConfig(),
                            new SwapMoveSelectorConfig(),
                            new PillarChangeMoveSelectorConfig(),
                            new PillarSwapMoveSelectorConfig()))),
    WITH_RUIN_AND_RECREATE(
            "change, swap and ruin-and-recreate moves",
            config -> withMoves(
                    config,
                    List.of(
                            new ChangeMoveSelectorConfig(),
                            new SwapMoveSelectorConfig(),
                            new RuinRecreateMoveSelectorConfig()))),
    SAMPLED_CONSTRUCTION(
            "sampled construction (64 random placements a session)",
            config -> withConstruction(config, sampledConstruction(64)));

    private final String label;
    private final UnaryOperator<SolverConfig> change;

    SolverVariant(String label, UnaryOperator<SolverConfig> change) {
        this.label = label;
        this.change = change;
    }

    /** The name in reports, e.g. "tabu search". */
    public String label() {
        return label;
    }

    /** The name on the command line, e.g. {@code tabu-search}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The shipped configuration with this variant's change, without termination (the suite sets it). */
    public SolverConfig solverConfig() {
        return change.apply(SolverConfig.createFromXmlResource(SolverSettings.SOLVER_CONFIG_RESOURCE));
    }

    private static PhaseConfig<?> constructionOf(SolverConfig config) {
        return config.getPhaseConfigList().stream()
                .filter(ConstructionHeuristicPhaseConfig.class::isInstance)
                .findFirst()
                .orElseThrow();
    }

    private static LocalSearchPhaseConfig localSearchOf(SolverConfig config) {
        return config.getPhaseConfigList().stream()
                .filter(LocalSearchPhaseConfig.class::isInstance)
                .map(LocalSearchPhaseConfig.class::cast)
                .findFirst()
                .orElseThrow();
    }

    private static SolverConfig withLocalSearch(SolverConfig config, LocalSearchType type) {
        return withLocalSearch(config, new LocalSearchPhaseConfig().withLocalSearchType(type));
    }

    private static SolverConfig withLocalSearch(SolverConfig config, LocalSearchPhaseConfig localSearch) {
        return config.withPhaseList(List.of(constructionOf(config), localSearch));
    }

    private static SolverConfig withMoves(SolverConfig config, List<MoveSelectorConfig> moves) {
        LocalSearchPhaseConfig localSearch = localSearchOf(config)
                .copyConfig()
                .withMoveSelectorConfig(new UnionMoveSelectorConfig(new ArrayList<>(moves)));
        return withLocalSearch(config, localSearch);
    }

    private static SolverConfig withConstruction(SolverConfig config, ConstructionHeuristicPhaseConfig construction) {
        List<PhaseConfig> phases = new ArrayList<>();
        phases.add(construction);
        phases.add(localSearchOf(config));
        return config.withPhaseList(phases);
    }

    /**
     * Places the hardest sessions first like the default, but weighs only a random sample of each session's
     * placements: for forums of thousands of sessions, where weighing every placement takes minutes.
     */
    static ConstructionHeuristicPhaseConfig sampledConstruction(long sample) {
        EntitySelectorConfig sessions = new EntitySelectorConfig()
                .withId("placerEntitySelector")
                .withCacheType(SelectionCacheType.PHASE)
                .withSelectionOrder(SelectionOrder.SORTED)
                .withSorterManner(EntitySorterManner.DESCENDING);
        ChangeMoveSelectorConfig placements = new ChangeMoveSelectorConfig()
                .withSelectedCountLimit(sample)
                .withEntitySelectorConfig(EntitySelectorConfig.newMimicSelectorConfig("placerEntitySelector"))
                .withValueSelectorConfig(new ValueSelectorConfig().withSelectionOrder(SelectionOrder.RANDOM));
        return new ConstructionHeuristicPhaseConfig()
                .withEntityPlacerConfig(new QueuedEntityPlacerConfig()
                        .withEntitySelectorConfig(sessions)
                        .withMoveSelectorConfigList(List.of(placements)));
    }
}
