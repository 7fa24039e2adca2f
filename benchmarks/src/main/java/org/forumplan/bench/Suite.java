package org.forumplan.bench;

import static org.forumplan.bench.SolverVariant.CHANGE_AND_SWAP_MOVES;
import static org.forumplan.bench.SolverVariant.CHANGE_MOVES_ONLY;
import static org.forumplan.bench.SolverVariant.CONSTRUCTION_ONLY;
import static org.forumplan.bench.SolverVariant.DEFAULT;
import static org.forumplan.bench.SolverVariant.DIVERSIFIED_LATE_ACCEPTANCE;
import static org.forumplan.bench.SolverVariant.GREAT_DELUGE;
import static org.forumplan.bench.SolverVariant.LATE_ACCEPTANCE;
import static org.forumplan.bench.SolverVariant.TABU_SEARCH;
import static org.forumplan.bench.SolverVariant.UNBOUNDED_CONSTRUCTION;
import static org.forumplan.bench.SolverVariant.WITH_PILLAR_MOVES;
import static org.forumplan.bench.SolverVariant.WITH_RUIN_AND_RECREATE;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

/** The benchmark suites: which datasets, which solver configurations, and how long each solve runs. */
public enum Suite {
    /** Two small datasets, two configurations, a few seconds each; run by the build so the suites cannot rot. */
    QUICK(
            "two small datasets, the default against the construction heuristic alone",
            Duration.ofSeconds(5),
            List.of("synthetic-small.json", "igf-2014-istanbul.json"),
            List.of(DEFAULT, CONSTRUCTION_ONLY)),
    /** The greedy baseline a planner would get by hand against the local search algorithms. */
    ALGORITHMS(
            "the construction heuristic alone, the default (simulated annealing) and the other local search algorithms",
            Duration.ofSeconds(60),
            List.of("igf-2014-istanbul.json", "igf-2014-proposals.json", "synthetic-igf2016.json"),
            List.of(
                    CONSTRUCTION_ONLY,
                    LATE_ACCEPTANCE,
                    DIVERSIFIED_LATE_ACCEPTANCE,
                    TABU_SEARCH,
                    GREAT_DELUGE,
                    DEFAULT)),
    /** The default configuration from 60 to 4,000 sessions, spread over many days and packed into four. */
    SCALE(
            "the default configuration from small to xl, and dense forums of 1,000 to 4,000 sessions",
            Duration.ofSeconds(60),
            List.of(
                    "synthetic-small.json",
                    "igf-2014-istanbul.json",
                    "synthetic-igf2016.json",
                    "synthetic-large.json",
                    "synthetic-xl.json",
                    "synthetic-dense-1000.json",
                    "synthetic-dense-2000.json",
                    "synthetic-dense-4000.json"),
            List.of(DEFAULT)),
    /** Move selectors. */
    MOVES(
            "move selector variants",
            Duration.ofSeconds(60),
            List.of("igf-2014-istanbul.json", "synthetic-igf2016.json"),
            List.of(CHANGE_MOVES_ONLY, CHANGE_AND_SWAP_MOVES, WITH_PILLAR_MOVES, WITH_RUIN_AND_RECREATE, DEFAULT)),
    /** Construction heuristics for large forums. */
    CONSTRUCTION(
            "the shipped construction (a budget, then a sample) against first fit decreasing without a budget",
            Duration.ofSeconds(60),
            List.of("synthetic-large.json", "synthetic-xl.json", "synthetic-dense-4000.json"),
            List.of(DEFAULT, UNBOUNDED_CONSTRUCTION));

    private final String description;
    private final Duration timeLimit;
    private final List<String> datasets;
    private final List<SolverVariant> variants;

    Suite(String description, Duration timeLimit, List<String> datasets, List<SolverVariant> variants) {
        this.description = description;
        this.timeLimit = timeLimit;
        this.datasets = datasets;
        this.variants = variants;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String description() {
        return description;
    }

    /** How long each configuration solves each dataset, unless the command line says otherwise. */
    public Duration timeLimit() {
        return timeLimit;
    }

    /** Dataset file names in the datasets folder. */
    public List<String> datasets() {
        return datasets;
    }

    public List<SolverVariant> variants() {
        return variants;
    }
}
