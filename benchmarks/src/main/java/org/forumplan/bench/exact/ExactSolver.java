package org.forumplan.bench.exact;

import com.google.ortools.Loader;
import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverSolutionCallback;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.LinearExpr;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.forumplan.model.constraints.ScoreLevel;
import org.forumplan.model.domain.Programme;

/**
 * Solves an {@link ExactModel} lexicographically, as forumplan's score compares: the hard level first, then the medium
 * level with the hard one held at its best, then the soft level with both held. A level that is a constant (no
 * variable can change it) is skipped. A level proven optimal is held at its value; one that is not is held at no worse
 * than the best found, and the levels below it are then not proven either.
 *
 * <p>Each level but the last gets an equal share of the time left; a level proven early leaves its time to the next.
 * Fixed seed; all the machine's cores, which makes the run itself not repeatable (CP-SAT's workers race), though the
 * proven optimum is.
 */
public final class ExactSolver {

    private final Duration timeLimit;
    private final int workers;
    private final Consumer<String> progress;

    /**
     * @param progress a line for each better solution found, for standard error
     */
    public ExactSolver(Duration timeLimit, int workers, Consumer<String> progress) {
        this.timeLimit = timeLimit;
        this.workers = workers;
        this.progress = progress;
    }

    public ExactSolver(Duration timeLimit) {
        this(timeLimit, Runtime.getRuntime().availableProcessors(), line -> {});
    }

    /** Solves the problem, leaving it placed as the best solution found (unchanged if none was). */
    public ExactResult solve(Programme problem) {
        return solve(problem, false);
    }

    /**
     * The model's count of the problem's schedule as it stands: the score the exact model gives it, which must be
     * forumplan's. A schedule that breaks a rule the model states (two sessions in one room at once) is INFEASIBLE.
     */
    public ExactResult count(Programme schedule) {
        return solve(schedule, true);
    }

    private ExactResult solve(Programme problem, boolean held) {
        Loader.loadNativeLibraries();
        long start = System.nanoTime();
        ExactModel exact = ExactModel.of(problem);
        if (held) {
            exact.holdCurrentPlacements();
        }
        List<ScoreLevel> levels = new ArrayList<>();
        for (ScoreLevel level : ScoreLevel.values()) {
            if (exact.level(level).numElements() > 0) {
                levels.add(level);
            }
        }
        CpSolver solver = null;
        List<ExactResult.LevelBound> bounds = new ArrayList<>();
        boolean provenSoFar = true;
        for (int index = 0; index < levels.size(); index++) {
            ScoreLevel level = levels.get(index);
            LinearExpr objective = exact.level(level);
            double left = timeLimit.toNanos() / 1e9 - (System.nanoTime() - start) / 1e9;
            double share = index == levels.size() - 1 ? left : left / (levels.size() - index);
            exact.cpModel().minimize(objective);
            solver = new CpSolver();
            solver.getParameters()
                    .setMaxTimeInSeconds(Math.max(share, 0.1))
                    .setNumWorkers(workers)
                    .setRandomSeed(0);
            CpSolverStatus status = solver.solve(exact.cpModel(), new Progress(level, start));
            double rest = timeLimit.toNanos() / 1e9 - (System.nanoTime() - start) / 1e9;
            if (status == CpSolverStatus.UNKNOWN && index < levels.size() - 1 && rest > 0.1) {
                // No schedule yet in this level's share: without one the levels below have nothing, so it takes all.
                solver.getParameters().setMaxTimeInSeconds(rest);
                status = solver.solve(exact.cpModel(), new Progress(level, start));
            }
            if (status != CpSolverStatus.OPTIMAL && status != CpSolverStatus.FEASIBLE) {
                return ExactResult.without(status.name(), elapsed(start));
            }
            long best = Math.round(solver.objectiveValue());
            boolean optimal = status == CpSolverStatus.OPTIMAL;
            provenSoFar &= optimal;
            bounds.add(
                    new ExactResult.LevelBound(level, (long) Math.ceil(solver.bestObjectiveBound() - 1e-6), optimal));
            if (optimal) {
                exact.cpModel().addEquality(objective, best);
            } else {
                exact.cpModel().addLessOrEqual(objective, best);
            }
            exact.cpModel().clearHints();
            for (BoolVar decision : exact.decisions()) {
                exact.cpModel().addHint(decision, solver.booleanValue(decision));
            }
        }
        CpSolver last = solver;
        if (last == null) {
            // Nothing to decide: every level is a constant.
            solver = new CpSolver();
            CpSolverStatus status = solver.solve(exact.cpModel());
            if (status != CpSolverStatus.OPTIMAL) {
                return ExactResult.without(status.name(), elapsed(start));
            }
            last = solver;
        }
        CpSolver values = last;
        exact.applyTo(values::booleanValue);
        return new ExactResult(
                exact.score(values::value),
                bounds,
                provenSoFar,
                elapsed(start),
                constraint -> exact.penaltyOf(constraint, values::value));
    }

    private static Duration elapsed(long start) {
        return Duration.ofNanos(System.nanoTime() - start);
    }

    /** Reports each better solution of a level. */
    private final class Progress extends CpSolverSolutionCallback {

        private final ScoreLevel level;
        private final long start;

        Progress(ScoreLevel level, long start) {
            this.level = level;
            this.start = start;
        }

        @Override
        public void onSolutionCallback() {
            progress.accept("CP-SAT %s level %,d (bound %,d) at %.1f s"
                    .formatted(
                            level.label(),
                            -Math.round(objectiveValue()),
                            -Math.round(Math.ceil(bestObjectiveBound() - 1e-6)),
                            (System.nanoTime() - start) / 1e9));
        }
    }
}
