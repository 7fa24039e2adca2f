package org.forumplan.model.solver;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.api.solver.SolverJob;
import ai.timefold.solver.core.api.solver.SolverManager;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.forumplan.model.domain.Programme;

/**
 * Runs one solve and reports its progress. Thread-safe {@link #stop()} ends the search early and still returns the
 * best schedule found, which is what Ctrl-C does on the command line.
 *
 * <p>The solver factory is built once, from the settings (the solver configuration, limits, seed), and its
 * {@link #solutionManager()} scores what the solve found, so that the summary and the reports count as the search did.
 */
public final class ForumSolver {

    private final SolverFactory<Programme> solverFactory;
    private final SolutionManager<Programme, HardMediumSoftLongScore> solutionManager;
    private volatile SolverJob<Programme, Long> job;
    private volatile boolean stopRequested;
    private volatile HardMediumSoftLongScore bestScore;
    private volatile long bestUnplaced;
    private volatile long feasibleAtNanos = -1;
    private volatile long startNanos;

    /** @param problem what is to be solved, for the phases it needs ({@link SolverSettings#toSolverConfig(Programme)}) */
    public ForumSolver(SolverSettings settings, Programme problem) {
        this.solverFactory = SolverFactory.create(settings.toSolverConfig(problem));
        this.solutionManager = SolutionManager.create(solverFactory);
    }

    /** Scores and analyses programmes as this solve does. */
    public SolutionManager<Programme, HardMediumSoftLongScore> solutionManager() {
        return solutionManager;
    }

    /**
     * Solves the problem and returns the best schedule found; blocks until a limit is reached or {@link #stop()}.
     *
     * @param onProgress called about every {@code interval} on a background thread
     */
    public SolveOutcome solve(Programme problem, Consumer<SolveProgress> onProgress, Duration interval) {
        startNanos = System.nanoTime();
        ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "forumplan-progress");
            thread.setDaemon(true);
            return thread;
        });
        try (SolverManager<Programme, Long> solverManager = SolverManager.create(solverFactory)) {
            job = solverManager
                    .solveBuilder()
                    .withProblemId(1L)
                    .withProblem(problem)
                    // Timefold's solving time starts with the job, not with building the solver: so does ours.
                    .withSolverJobStartedEventConsumer(event -> startNanos = System.nanoTime())
                    .withBestSolutionEventConsumer(event -> recordBest(event.solution()))
                    .run();
            if (stopRequested) {
                job.terminateEarly();
            }
            ticker.scheduleAtFixedRate(
                    () -> onProgress.accept(progress()),
                    interval.toMillis(),
                    interval.toMillis(),
                    TimeUnit.MILLISECONDS);
            Programme best = job.getFinalBestSolution();
            recordBest(best);
            Duration timeToFeasible =
                    feasibleAtNanos < 0 ? null : Duration.ofNanos(Math.max(0, feasibleAtNanos - startNanos));
            if (timeToFeasible != null && timeToFeasible.compareTo(job.getSolvingDuration()) > 0) {
                timeToFeasible = job.getSolvingDuration();
            }
            return new SolveOutcome(
                    best,
                    job.getSolvingDuration(),
                    timeToFeasible,
                    job.getScoreCalculationCount(),
                    job.getScoreCalculationSpeed(),
                    job.getMoveEvaluationSpeed(),
                    stopRequested);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while solving.", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("The solver failed: " + e.getCause().getMessage(), e.getCause());
        } finally {
            ticker.shutdownNow();
        }
    }

    /** Whether {@link #stop()} was called: what comes after the search (putting announced sessions back) asks it too. */
    public boolean stopRequested() {
        return stopRequested;
    }

    /** Ends the search as soon as possible; {@link #solve} then returns the best schedule found so far. */
    public void stop() {
        stopRequested = true;
        SolverJob<Programme, Long> running = job;
        if (running != null) {
            running.terminateEarly();
        }
    }

    private void recordBest(Programme best) {
        HardMediumSoftLongScore score = best.getScore();
        if (score == null) {
            return;
        }
        bestScore = score;
        bestUnplaced = best.unplacedCount();
        if (feasibleAtNanos < 0 && score.isFeasible()) {
            feasibleAtNanos = System.nanoTime();
        }
    }

    private SolveProgress progress() {
        SolverJob<Programme, Long> running = job;
        return new SolveProgress(
                Duration.ofNanos(System.nanoTime() - startNanos),
                bestScore,
                bestUnplaced,
                running == null ? 0 : running.getScoreCalculationSpeed(),
                running == null ? 0 : running.getMoveEvaluationSpeed());
    }
}
