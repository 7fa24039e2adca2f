package org.forumplan.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.forumplan.app.cosplib.ObjectiveText;
import org.forumplan.model.conference.domain.Conference;
import org.forumplan.model.conference.io.ConferenceDocuments;
import org.forumplan.model.conference.io.ConferenceJson;
import org.forumplan.model.conference.load.ConferenceExporter;
import org.forumplan.model.conference.score.ObjectiveBreakdown;
import org.forumplan.model.conference.solver.ConferenceSolver;

/**
 * {@code forumplan solve} for a CoSPLib conference: the same time limit (the whole command's), seed, move limit,
 * output and Ctrl-C as for a forum, with the library's objective term by term in the summary.
 */
final class ConferenceSolve {

    private final SolverOptions solverOptions;
    private final boolean noProgress;
    private final Instant started;
    private final PrintWriter out;
    private final PrintWriter err;

    ConferenceSolve(
            SolverOptions solverOptions, boolean noProgress, Instant started, PrintWriter out, PrintWriter err) {
        this.solverOptions = solverOptions;
        this.noProgress = noProgress;
        this.started = started;
        this.out = out;
        this.err = err;
    }

    int run(Path input, Path target, boolean replaceAllowed) {
        if (solverOptions.solverConfig != null
                || solverOptions.stepLimit != null
                || solverOptions.unimprovedLimit != null
                || solverOptions.bestScoreLimit != null) {
            throw new UsageException("a CoSPLib conference is solved with --time-limit, --move-limit and --seed only");
        }
        if (solverOptions.moveLimit != null && solverOptions.moveLimit < 1) {
            throw new UsageException("--move-limit: " + solverOptions.moveLimit + " must be at least 1");
        }
        SolveTimeBudget budget = new SolveTimeBudget(solverOptions.timeLimit, started, Clock.systemUTC());
        ConferenceJson document = ConferenceFiles.read(input);
        Conference problem = ConferenceFiles.build(input, document);
        OutputFiles.checkBeforeSolving(input, target, replaceAllowed);
        Duration searchLimit = budget.searchLimit(problem.getSubmissions().size(), 0, false);
        Duration limit = searchLimit == null ? solverOptions.timeLimit : searchLimit;
        ConferenceSolver solver = new ConferenceSolver(limit, solverOptions.seed, solverOptions.moveLimit);
        err.printf(
                "Solving %s: %d submissions in %d tracks, %d sessions, %d rooms; stops after %.1fs%s"
                        + " (Ctrl-C stops early and keeps the best)%n",
                input,
                problem.getSubmissions().size(),
                problem.getTracks().size(),
                problem.getSessions().size(),
                problem.getRooms().size(),
                limit.toMillis() / 1000.0,
                solverOptions.moveLimit == null ? "" : " or " + solverOptions.moveLimit + " moves");
        err.flush();
        CountDownLatch saved = new CountDownLatch(1);
        AtomicInteger exitCode = new AtomicInteger(ExitCode.INTERRUPTED);
        Thread interruptHandler =
                new Thread(() -> SolveCommand.stopAndExit(solver::stop, saved, exitCode, err), "forumplan-interrupt");
        Runtime.getRuntime().addShutdownHook(interruptHandler);
        try {
            AtomicLong lastPrinted = new AtomicLong();
            ConferenceSolver.Outcome outcome = solver.solve(problem, best -> progress(best, lastPrinted));
            Conference best = outcome.best();
            ObjectiveBreakdown breakdown = ObjectiveBreakdown.of(best, solver.solutionManager());
            OutputFiles.writeOrRescue(
                    ConferenceDocuments.toJson(ConferenceExporter.withSchedule(document, outcome, solverOptions.seed)),
                    target);
            out.println(ObjectiveText.table(breakdown));
            out.printf(
                    Locale.ROOT,
                    "First feasible schedule: %s; score calculation speed %,d/s%n",
                    outcome.firstFeasible() == null
                            ? "none"
                            : "%.1fs".formatted(outcome.firstFeasible().toMillis() / 1000.0),
                    outcome.scoreCalculationSpeed());
            out.println("Written: " + target);
            out.printf(
                    Locale.ROOT,
                    "%nDone in %.1fs from start to written files (the search %.1fs of it)%n",
                    budget.elapsed().toMillis() / 1000.0,
                    outcome.timeSpent().toMillis() / 1000.0);
            out.flush();
            exitCode.set(
                    outcome.interrupted()
                            ? ExitCode.INTERRUPTED
                            : breakdown.feasible() ? ExitCode.OK : ExitCode.HARD_CONSTRAINTS_BROKEN);
            return exitCode.get();
        } finally {
            saved.countDown();
            SolveCommand.removeShutdownHook(interruptHandler);
        }
    }

    /** At most a line a second: the best score and the objective it stands for. */
    private void progress(Conference best, AtomicLong lastPrinted) {
        long now = System.nanoTime();
        if (noProgress || best.getScore() == null || now - lastPrinted.get() < 1_000_000_000L) {
            return;
        }
        lastPrinted.set(now);
        err.printf(
                Locale.ROOT,
                "  %6.1fs  best %s%n",
                Duration.between(started, Instant.now()).toMillis() / 1000.0,
                best.getScore());
        err.flush();
    }
}
