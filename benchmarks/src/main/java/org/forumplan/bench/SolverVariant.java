package org.forumplan.bench;

import ai.timefold.solver.core.config.constructionheuristic.ConstructionHeuristicPhaseConfig;
import ai.timefold.solver.core.config.constructionheuristic.ConstructionHeuristicType;
import ai.timefold.solver.core.config.heuristic.selector.move.MoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.composite.UnionMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.generic.ChangeMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.generic.PillarChangeMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.generic.PillarSwapMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.generic.RuinRecreateMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.generic.SwapMoveSelectorConfig;
import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;
import ai.timefold.solver.core.config.localsearch.LocalSearchType;
import ai.timefold.solver.core.config.phase.PhaseConfig;
import ai.timefold.solver.core.config.solver.PreviewFeature;
import ai.timefold.solver.core.config.solver.SolverConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import org.forumplan.model.solver.SolverSettings;

/**
 * The solver configurations the suites compare, each a change to the shipped configuration
 * ({@code forumplanSolverConfig.xml}), so that {@link #DEFAULT} is what {@code forumplan solve} runs once {@link
 * BenchmarkRunner} has fitted it to a dataset.
 */
public enum SolverVariant {
    /** Simulated annealing over change and swap moves, as shipped. */
    DEFAULT("default", config -> config),
    CONSTRUCTION_ONLY(
            "construction heuristic only", config -> config.withPhaseList(new ArrayList<>(constructionOf(config)))),
    LATE_ACCEPTANCE("late acceptance", config -> withLocalSearch(config, LocalSearchType.LATE_ACCEPTANCE)),
    DIVERSIFIED_LATE_ACCEPTANCE(
            "diversified late acceptance",
            // A preview feature in Timefold 1.x, so it must be switched on.
            config -> withLocalSearch(config, LocalSearchType.DIVERSIFIED_LATE_ACCEPTANCE)
                    .withPreviewFeature(PreviewFeature.DIVERSIFIED_LATE_ACCEPTANCE)),
    TABU_SEARCH("tabu search", config -> withLocalSearch(config, LocalSearchType.TABU_SEARCH)),
    GREAT_DELUGE("great deluge", config -> withLocalSearch(config, LocalSearchType.GREAT_DELUGE)),
    CHANGE_MOVES_ONLY("change moves only", config -> withMoves(config, List.of(new ChangeMoveSelectorConfig()))),
    CHANGE_AND_SWAP_MOVES(
            "change and swap moves",
            config -> withMoves(config, List.of(new ChangeMoveSelectorConfig(), new SwapMoveSelectorConfig()))),
    WITH_PILLAR_MOVES(
            "pillar moves (with change and swap)",
            config -> withMoves(
                    config,
                    List.of(
                            new ChangeMoveSelectorConfig(),
                            new SwapMoveSelectorConfig(),
                            new PillarChangeMoveSelectorConfig(),
                            new PillarSwapMoveSelectorConfig()))),
    WITH_RUIN_AND_RECREATE(
            "ruin and recreate (with change and swap)",
            config -> withMoves(
                    config,
                    List.of(
                            new ChangeMoveSelectorConfig(),
                            new SwapMoveSelectorConfig(),
                            new RuinRecreateMoveSelectorConfig()))),
    /** First fit decreasing however long it takes, without the shipped budget and the sampled phase after it. */
    UNBOUNDED_CONSTRUCTION(
            "first fit decreasing without a budget",
            config -> withConstruction(
                    config,
                    new ConstructionHeuristicPhaseConfig()
                            .withConstructionHeuristicType(ConstructionHeuristicType.FIRST_FIT_DECREASING)));

    private final String label;
    private final UnaryOperator<SolverConfig> change;

    SolverVariant(String label, UnaryOperator<SolverConfig> change) {
        this.label = label;
        this.change = change;
    }

    /** The name in reports, e.g. "tabu search"; the Benchmarker takes letters, digits, spaces and {@code _-.()} only. */
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

    /*
     * The shipped phases, in order: the placing and mending of the sessions in a precedence (a construction, then a
     * short local search), the construction of the rest (first fit decreasing within a budget, then a sampled one),
     * and the search, always the last phase. A variant changes the construction of the rest or the search.
     */

    /** Every shipped phase before the search. */
    private static List<PhaseConfig> constructionOf(SolverConfig config) {
        List<PhaseConfig> phases = config.getPhaseConfigList();
        return List.copyOf(phases.subList(0, phases.size() - 1));
    }

    /** The placing and mending of the sessions in a precedence: the phases up to the first local search. */
    private static List<PhaseConfig> precedencePhasesOf(SolverConfig config) {
        List<PhaseConfig> phases = config.getPhaseConfigList();
        int mending = phases.indexOf(phases.stream()
                .filter(LocalSearchPhaseConfig.class::isInstance)
                .findFirst()
                .orElseThrow());
        return List.copyOf(phases.subList(0, mending + 1));
    }

    private static LocalSearchPhaseConfig localSearchOf(SolverConfig config) {
        List<PhaseConfig> phases = config.getPhaseConfigList();
        return (LocalSearchPhaseConfig) phases.get(phases.size() - 1);
    }

    private static SolverConfig withLocalSearch(SolverConfig config, LocalSearchType type) {
        return withLocalSearch(config, new LocalSearchPhaseConfig().withLocalSearchType(type));
    }

    private static SolverConfig withLocalSearch(SolverConfig config, LocalSearchPhaseConfig localSearch) {
        List<PhaseConfig> phases = new ArrayList<>(constructionOf(config));
        phases.add(localSearch);
        return config.withPhaseList(phases);
    }

    private static SolverConfig withMoves(SolverConfig config, List<MoveSelectorConfig> moves) {
        LocalSearchPhaseConfig localSearch = localSearchOf(config)
                .copyConfig()
                .withMoveSelectorConfig(new UnionMoveSelectorConfig(new ArrayList<>(moves)));
        return withLocalSearch(config, localSearch);
    }

    private static SolverConfig withConstruction(SolverConfig config, ConstructionHeuristicPhaseConfig construction) {
        List<PhaseConfig> phases = new ArrayList<>(precedencePhasesOf(config));
        phases.add(construction);
        phases.add(localSearchOf(config));
        return config.withPhaseList(phases);
    }
}
