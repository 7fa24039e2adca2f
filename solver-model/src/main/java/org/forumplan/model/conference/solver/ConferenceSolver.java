package org.forumplan.model.conference.solver;

import ai.timefold.solver.core.api.score.buildin.hardsoftlong.HardSoftLongScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.api.solver.SolverJob;
import ai.timefold.solver.core.api.solver.SolverManager;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.function.Consumer;
import org.forumplan.model.conference.domain.Conference;

/** Schedules a conference within a time limit, telling each better schedule as it is found. */
public final class ConferenceSolver {

    /** The shipped configuration, without a termination. */
    public static final String SOLVER_CONFIG_RESOURCE = "org/forumplan/model/conference/conferenceSolverConfig.xml";

    private final SolverFactory<Conference> solverFactory;
    private volatile SolverJob<Conference, Long> job;
    private volatile boolean stopRequested;
    private volatile long startNanos;
    private volatile long feasibleAtNanos = -1;

    /**
     * @param timeLimit how long the search may take
     * @param seed the random seed; the same seed with the same move limit gives the same schedule
     * @param moveLimit the most moves evaluated, or null for none (for repeatable runs and tests)
     */
    public ConferenceSolver(Duration timeLimit, long seed, Long moveLimit) {
        TerminationConfig termination = new TerminationConfig().withSpentLimit(timeLimit);
        if (moveLimit != null) {
            termination.setMoveCountLimit(moveLimit);
        }
        SolverConfig config = SolverConfig.createFromXmlResource(SOLVER_CONFIG_RESOURCE)
                .withTerminationConfig(termination)
                .withRandomSeed(seed);
        this.solverFactory = SolverFactory.create(config);
    }

    /** Scores and analyses conferences with the shipped constraints, for a command that does not solve. */
    public static SolutionManager<Conference, HardSoftLongScore> scoring() {
        return SolutionManager.create(
                SolverFactory.<Conference>create(SolverConfig.createFromXmlResource(SOLVER_CONFIG_RESOURCE)));
    }

    /** Scores, explains and analyses conferences as this solver does. */
    public SolutionManager<Conference, HardSoftLongScore> solutionManager() {
        return SolutionManager.create(solverFactory);
    }

    /**
     * What a solve found.
     *
     * @param firstFeasible how long it took to the first schedule that keeps the hard rules, or null if none did
     * @param scoreCalculationSpeed score calculations per second over the whole solve
     * @param interrupted whether {@link #stop()} ended it
     */
    public record Outcome(
            Conference best,
            Duration timeSpent,
            Duration firstFeasible,
            long scoreCalculationSpeed,
            long moveEvaluationSpeed,
            boolean interrupted) {}

    /** Solves, blocking until the limit or {@link #stop()}; {@code onBest} hears each better schedule. */
    public Outcome solve(Conference problem, Consumer<Conference> onBest) {
        startNanos = System.nanoTime();
        try (SolverManager<Conference, Long> solverManager = SolverManager.create(solverFactory)) {
            job = solverManager
                    .solveBuilder()
                    .withProblemId(1L)
                    .withProblem(problem)
                    .withSolverJobStartedEventConsumer(event -> startNanos = System.nanoTime())
                    .withBestSolutionEventConsumer(event -> {
                        recordFeasibility(event.solution());
                        onBest.accept(event.solution());
                    })
                    .run();
            if (stopRequested) {
                job.terminateEarly();
            }
            Conference best = job.getFinalBestSolution();
            recordFeasibility(best);
            Duration spent = job.getSolvingDuration();
            Duration firstFeasible = feasibleAtNanos < 0
                    ? null
                    : min(Duration.ofNanos(Math.max(0, feasibleAtNanos - startNanos)), spent);
            return new Outcome(
                    best,
                    spent,
                    firstFeasible,
                    job.getScoreCalculationSpeed(),
                    job.getMoveEvaluationSpeed(),
                    stopRequested);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while solving.", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("The solver failed: " + e.getCause().getMessage(), e.getCause());
        }
    }

    /** Ends the search as soon as possible; {@link #solve} then returns the best schedule found so far. */
    public void stop() {
        stopRequested = true;
        SolverJob<Conference, Long> running = job;
        if (running != null) {
            running.terminateEarly();
        }
    }

    private void recordFeasibility(Conference conference) {
        if (feasibleAtNanos < 0
                && conference.getScore() != null
                && conference.getScore().isFeasible()
                && conference.getSubmissions().stream().allMatch(submission -> submission.getSlot() != null)) {
            feasibleAtNanos = System.nanoTime();
        }
    }

    private static Duration min(Duration first, Duration second) {
        return first.compareTo(second) <= 0 ? first : second;
    }
}
