package org.forumplan.model.solver;

import static org.forumplan.model.constraints.ForumConstraint.MANDATORY_SESSION_UNSCHEDULED;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;
import ai.timefold.solver.core.config.phase.PhaseConfig;
import ai.timefold.solver.core.config.solver.EnvironmentMode;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.forumplan.model.domain.Programme;
import org.forumplan.model.domain.Session;

/**
 * How long and how a solve runs. A time limit alone does not reproduce a schedule (the number of steps done in the time
 * depends on the machine); a step limit with the same seed does.
 *
 * @param timeLimit stop after this long, or null
 * @param unimprovedLimit stop when the best score has not improved for this long, or null
 * @param stepLimit stop local search after this many steps, or null
 * @param moveLimit stop after this many moves evaluated, or null; unlike a step limit it also ends a search where no
 *     move is accepted any more (a small forum at its optimum)
 * @param bestScoreLimit stop as soon as the best score reaches this, or null
 * @param seed the random seed
 * @param environmentMode Timefold's assertion level, or null for the default
 * @param solverConfigFile a Timefold solver configuration XML to use instead of the shipped one, or null
 */
public record SolverSettings(
        Duration timeLimit,
        Duration unimprovedLimit,
        Long stepLimit,
        Long moveLimit,
        HardMediumSoftLongScore bestScoreLimit,
        long seed,
        EnvironmentMode environmentMode,
        Path solverConfigFile) {

    /** The shipped solver configuration, on the classpath. */
    public static final String SOLVER_CONFIG_RESOURCE = "org/forumplan/model/solver/forumplanSolverConfig.xml";

    public static final Duration DEFAULT_TIME_LIMIT = Duration.ofSeconds(30);

    /** The shipped configuration's first phases, for the sessions placed first ({@link Session#isPlacedFirst()}). */
    static final int PLACED_FIRST_PHASES = 2;

    public SolverSettings {
        if (timeLimit == null
                && unimprovedLimit == null
                && stepLimit == null
                && moveLimit == null
                && bestScoreLimit == null) {
            throw new IllegalArgumentException("A solve needs at least one limit, or it never ends.");
        }
    }

    public static SolverSettings withTimeLimit(Duration timeLimit) {
        return new SolverSettings(timeLimit, null, null, null, null, 0L, null, null);
    }

    /** These settings with another time limit: the part of a command's limit left for the search. */
    public SolverSettings withSearchTimeLimit(Duration searchTimeLimit) {
        return new SolverSettings(
                searchTimeLimit,
                unimprovedLimit,
                stepLimit,
                moveLimit,
                bestScoreLimit,
                seed,
                environmentMode,
                solverConfigFile);
    }

    public SolverSettings withStepLimit(long steps) {
        return new SolverSettings(
                timeLimit, unimprovedLimit, steps, moveLimit, bestScoreLimit, seed, environmentMode, solverConfigFile);
    }

    public SolverSettings withEnvironmentMode(EnvironmentMode mode) {
        return new SolverSettings(
                timeLimit, unimprovedLimit, stepLimit, moveLimit, bestScoreLimit, seed, mode, solverConfigFile);
    }

    /** The shipped configuration with these limits, seed and mode applied. */
    public SolverConfig toSolverConfig() {
        return toSolverConfig(null);
    }

    /**
     * The configuration for solving this problem. The shipped configuration starts with two phases that place the
     * sessions placed first (mandatory, in a precedence or exclusive) on the empty programme and mend their places
     * among themselves; a problem in which they all start placed (a re-plan from the announced programme, a solved file solved again) keeps its
     * places, and those phases are left out, so that they do not move announced sessions for nothing; otherwise the
     * mending search stops as soon as those sessions break no hard rule.
     *
     * @param problem null to keep every phase
     */
    public SolverConfig toSolverConfig(Programme problem) {
        SolverConfig config = solverConfigFile == null
                ? SolverConfig.createFromXmlResource(SOLVER_CONFIG_RESOURCE)
                : SolverConfig.createFromXmlFile(solverConfigFile.toFile());
        if (solverConfigFile == null && problem != null) {
            fitToProblem(config, problem);
        }
        TerminationConfig termination = new TerminationConfig();
        if (timeLimit != null) {
            termination.setSpentLimit(timeLimit);
        }
        if (unimprovedLimit != null) {
            termination.setUnimprovedSpentLimit(unimprovedLimit);
        }
        if (bestScoreLimit != null) {
            termination.setBestScoreLimit(bestScoreLimit.toString());
        }
        if (moveLimit != null) {
            termination.setMoveCountLimit(moveLimit);
        }
        config.setTerminationConfig(termination);
        if (stepLimit != null) {
            // A step count is a phase termination in Timefold: it bounds the search, the last phase, after the
            // construction (and the short search that mends the places of the sessions placed first, which has its
            // own).
            List<PhaseConfig> phases = config.getPhaseConfigList();
            if (phases.get(phases.size() - 1) instanceof LocalSearchPhaseConfig search) {
                search.setTerminationConfig(new TerminationConfig().withStepCountLimit(Math.toIntExact(stepLimit)));
            }
        }
        config.setRandomSeed(seed);
        if (environmentMode != null) {
            config.setEnvironmentMode(environmentMode);
        }
        return config;
    }

    /**
     * Leaves the phases for the sessions placed first out when those sessions all start placed, and
     * otherwise lets the mending search stop as soon as none of them breaks a hard rule: its best score has then only
     * the hard penalty of the mandatory sessions still to be placed by the phases after it. On most forums the first
     * phase places them without a conflict, and the search ends at once. The benchmarks fit their configurations
     * with it too, so that they measure what {@code forumplan solve} runs.
     *
     * @param config the shipped configuration, or one that keeps its first two phases
     */
    public static void fitToProblem(SolverConfig config, Programme problem) {
        List<Session> placedFirst = problem.getSessions().stream()
                .filter(session -> session.isPlacedFirst() && !session.isPinned())
                .toList();
        List<PhaseConfig> phases = config.getPhaseConfigList();
        if (placedFirst.stream().allMatch(Session::isPlaced)) {
            config.setPhaseConfigList(new ArrayList<>(phases.subList(PLACED_FIRST_PHASES, phases.size())));
            return;
        }
        PhaseConfig<?> mending = phases.get(PLACED_FIRST_PHASES - 1);
        mending.setTerminationConfig(mending.getTerminationConfig()
                .copyConfig()
                .withBestScoreLimit("%dhard/*medium/*soft".formatted(hardScoreWithoutConflicts(problem))));
    }

    /**
     * The hard score of the problem once the sessions placed first are placed without breaking a hard rule:
     * the penalty of the other mandatory sessions, still unplaced. (A problem with other hard penalties, such as two
     * pinned sessions in one room, never reaches it; the mending search then ends by its step count.)
     */
    static long hardScoreWithoutConflicts(Programme problem) {
        HardMediumSoftLongScore weight = problem.getConstraintWeightOverrides()
                .getConstraintWeight(MANDATORY_SESSION_UNSCHEDULED.constraintName());
        if (weight == null) {
            weight = MANDATORY_SESSION_UNSCHEDULED.defaultWeight();
        }
        long minutesLeft = problem.getSessions().stream()
                .filter(session -> session.isMandatory() && !session.isPlaced() && !session.isPlacedFirst())
                .mapToLong(Session::getDurationMinutes)
                .sum();
        return -weight.hardScore() * minutesLeft;
    }
}
