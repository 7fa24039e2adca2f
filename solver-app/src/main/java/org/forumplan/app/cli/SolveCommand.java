package org.forumplan.app.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.forumplan.app.progress.ProgressPrinter;
import org.forumplan.app.progress.SolveSummary;
import org.forumplan.app.report.ProgrammeView;
import org.forumplan.app.report.ProgrammeViewBuilder;
import org.forumplan.app.report.ReportFormat;
import org.forumplan.model.ForumplanVersion;
import org.forumplan.model.analysis.ConstraintExplanation;
import org.forumplan.model.analysis.ProgrammeExplainer;
import org.forumplan.model.domain.Programme;
import org.forumplan.model.io.DatasetJson;
import org.forumplan.model.io.SolverRunJson;
import org.forumplan.model.load.DatasetLoader.LoadedDataset;
import org.forumplan.model.load.ScheduleExporter;
import org.forumplan.model.solver.ConstraintWeights;
import org.forumplan.model.solver.ForumSolver;
import org.forumplan.model.solver.SolveOutcome;
import org.forumplan.model.solver.SolverSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code forumplan solve}: places the sessions of a dataset and writes the solved dataset. */
@Command(
        name = "solve",
        mixinStandardHelpOptions = true,
        description = {
            "Places the sessions of a dataset into rooms and timeslots, printing progress on standard error, then"
                    + " writes the solved dataset (the input with its schedule filled in) and prints a summary.",
            "The solved dataset goes to -o FILE, or by default to out/<name>.solved.json, replaced on each solve; the"
                    + " input is never replaced.",
            "Ctrl-C stops the search and still writes the best schedule found.",
            "Re-planning a published programme: --from PUBLISHED takes its schedule as the announced placements"
                    + " (published) and as the starting point, so that sessions stay where they were announced unless"
                    + " a change forces them to move; the summary then counts the announced sessions moved."
        },
        footer = {
            "",
            "Examples:",
            "  forumplan solve",
            "  forumplan solve my-forum.json --time-limit 2m -o proposal-1.json",
            "  forumplan solve my-forum.json --weight \"Topic clash=0hard/0medium/-5soft\"",
            "  forumplan solve my-forum.json --seed 7 --step-limit 20000   # reproducible",
            "  forumplan solve my-forum.json --report html --report xlsx",
            "  forumplan solve changed.json --from announced.json -o replanned.json",
            "  forumplan solve changed.json --from announced.json --pin-published   # keep past days",
            "  forumplan solve changed.json --from announced.json --pin-published \\",
            "      --freeze-before 2014-09-04   # keep the days before 4 September"
        })
public class SolveCommand implements Callable<Integer> {

    private static final Duration PROGRESS_INTERVAL = Duration.ofSeconds(1);

    @Parameters(
            index = "0",
            arity = "0..1",
            paramLabel = "DATASET",
            defaultValue = DatasetFiles.DEFAULT_DATASET,
            description = "The dataset file (default: ${DEFAULT-VALUE}).")
    Path dataset;

    @Mixin
    WeightOptions weightOptions;

    @Option(
            names = "--report",
            paramLabel = "FORMAT",
            description = "Also write a review report next to the solved file: html, xlsx, md, csv or ics (as"
                    + " forumplan report writes them). Repeatable.")
    List<ReportFormat> reports = new ArrayList<>();

    @Option(
            names = "--output-format",
            paramLabel = "FORMAT",
            description = "json (the default) or xlsx: the solved dataset as a workbook, with its Schedule and Result"
                    + " sheets. -o FILE ending in .xlsx chooses xlsx too.")
    OutputFormat outputFormat;

    /** How the solved dataset is written. */
    enum OutputFormat {
        JSON,
        XLSX
    }

    @Option(
            names = "--from",
            paramLabel = "PUBLISHED",
            description = "Re-plan from the programme as announced: a solved dataset whose schedule was published. Its"
                    + " placements become DATASET's published placements (moving one costs: \"Published placement"
                    + " changed\" and \"Published room changed\") and, unless DATASET has a schedule, the starting"
                    + " point; placements that no longer fit start unplaced, with a note.")
    Path from;

    @Option(
            names = "--pin-published",
            description = "Pin every published session of a day before --freeze-before at its published place: the"
                    + " days already held stay as announced. A session whose place no longer fits stays movable, with"
                    + " a warning. The pins hold for this solve; the dataset is not changed (forumplan pin does that).")
    boolean pinPublished;

    @Option(
            names = "--freeze-before",
            paramLabel = "DATE",
            description = "With --pin-published: the first day that may still change, YYYY-MM-DD (default: today in"
                    + " the forum's time zone).")
    LocalDate freezeBefore;

    @Option(names = "--no-progress", description = "Do not print progress while solving.")
    boolean noProgress;

    @Mixin
    OutputOptions outputOptions;

    @Mixin
    SolverOptions solverOptions;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @ParentCommand
    ForumplanCommand forumplan;

    @Override
    public Integer call() {
        Path input = DatasetFiles.locate(dataset);
        Path output = outputOptions.output;
        boolean force = outputOptions.force;
        if (ConferenceFiles.isConference(input)) {
            return solveConference(input, output, force);
        }
        Path target = output != null
                ? output
                : outputFormat == OutputFormat.XLSX
                        ? DatasetFiles.besides(DatasetFiles.defaultOutput(input), ".xlsx")
                        : DatasetFiles.defaultOutput(input);
        Path announcedFile = from == null ? null : DatasetFiles.locate(from);
        if (freezeBefore != null && !pinPublished) {
            throw new UsageException("--freeze-before " + freezeBefore + " needs --pin-published");
        }
        SolverSettings settings = solverOptions.toSettings();
        SolveTimeBudget budget = new SolveTimeBudget(settings.timeLimit(), forumplan.started(), Clock.systemUTC());
        ConstraintWeights commandLineWeights = weightOptions.parsed();
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter out = spec.commandLine().getOut();
        DatasetJson document = DatasetFiles.read(input);
        LoadedDataset announced = null;
        LoadedDataset loaded;
        if (announcedFile != null) {
            announced = Replanning.loadAnnounced(announcedFile);
            loaded = Replanning.from(input, document, commandLineWeights, announcedFile, announced, err);
        } else {
            loaded = DatasetFiles.load(input, document, commandLineWeights);
        }
        ProblemPrinter.print(err, input, DatasetFiles.precheck(input, loaded));
        if (pinPublished) {
            Replanning.pinPublished(input, loaded.programme(), freezeBefore, err);
        }
        if (announced != null) {
            // After the pins, which it must respect.
            Replanning.makeRoom(loaded.programme(), err);
        }
        // Checked before a long solve, after the dataset is known to be usable (no output folder for a refused one).
        if (announcedFile != null) {
            Replanning.checkNotOverwriting(announcedFile, target, output != null);
        }
        OutputFiles.checkBeforeSolving(input, target, force || output == null);
        for (ReportFormat report : reports) {
            if (report.besides(target).equals(target)) {
                throw new UsageException("--report %s would replace the solved workbook %s; write it with forumplan"
                                .formatted(report.extension(), target)
                        + " report, or solve to a .json file");
            }
            OutputFiles.checkBeforeSolving(input, report.besides(target), force || output == null);
        }
        Programme problem = loaded.programme();
        boolean restoring = problem.getSessions().stream().anyMatch(session -> session.getPublishedPlacement() != null);
        Duration searchLimit =
                budget.searchLimit(problem.getSessions().size(), new LinkedHashSet<>(reports).size(), restoring);

        ForumSolver solver =
                newSolver(searchLimit == null ? settings : settings.withSearchTimeLimit(searchLimit), problem);
        err.printf(
                "Solving %s: %d sessions (%d pinned), %d rooms, %d timeslots; stops after %s%n",
                input,
                problem.getSessions().size(),
                problem.getSessions().stream()
                        .filter(session -> session.isPinned())
                        .count(),
                problem.getRooms().size(),
                problem.getTimeslots().size(),
                describeLimits(settings, searchLimit));
        err.flush();

        ProgressPrinter progress = new ProgressPrinter(err, System.console() != null);
        CountDownLatch saved = new CountDownLatch(1);
        // What the interrupt handler ends the process with: set before the handler is released.
        AtomicInteger exitCode = new AtomicInteger(ExitCode.INTERRUPTED);
        Thread interruptHandler =
                new Thread(() -> stopAndExit(solver::stop, saved, exitCode, err), "forumplan-interrupt");
        Runtime.getRuntime().addShutdownHook(interruptHandler);
        try {
            SolveOutcome outcome = solver.solve(problem, noProgress ? ignored -> {} : progress, PROGRESS_INTERVAL);
            progress.finish();
            Programme best = outcome.best();
            if (!outcome.interrupted() && restoring) {
                budget.startRestoring();
                BooleanSupplier timeIsUp = budget.restoringTimeIsUp();
                Replanning.backToAnnounced(best, solver, () -> solver.stopRequested() || timeIsUp.getAsBoolean(), err);
            }
            ProgrammeExplainer explainer = new ProgrammeExplainer(solver.solutionManager());
            List<ConstraintExplanation> costs = explainer.costs(best);
            boolean written = write(loaded, best, outcome, target, err);
            SolveSummary.print(out, input.getFileName().toString(), outcome, costs);
            if (announced != null) {
                Replanning.printMoves(out, announced.programme(), best, announcedFile, target, written);
            }
            if (written) {
                out.println();
                out.println("Written: " + target);
                writeReports(best, explainer, target, out);
            }
            out.printf(
                    Locale.ROOT,
                    "%nDone in %.1fs from start to written files (the search %.1fs of it)%n",
                    budget.elapsed().toMillis() / 1000.0,
                    outcome.timeSpent().toMillis() / 1000.0);
            out.flush();
            if (!written) {
                exitCode.set(ExitCode.IO_FAILURE);
            } else if (outcome.interrupted()) {
                exitCode.set(ExitCode.INTERRUPTED);
            } else {
                exitCode.set(best.getScore().isFeasible() ? ExitCode.OK : ExitCode.HARD_CONSTRAINTS_BROKEN);
            }
            return exitCode.get();
        } finally {
            saved.countDown();
            removeShutdownHook(interruptHandler);
        }
    }

    /** A CoSPLib conference: the options that are about forums are refused rather than ignored. */
    private int solveConference(Path input, Path output, boolean force) {
        if (from != null || pinPublished || freezeBefore != null || !reports.isEmpty()) {
            throw new UsageException(input + " is a CoSPLib conference: --from, --pin-published, --freeze-before and"
                    + " --report are for forums");
        }
        boolean workbookOutput = output != null
                && output.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx");
        if (!weightOptions.weights.isEmpty() || outputFormat == OutputFormat.XLSX || workbookOutput) {
            throw new UsageException(input + " is a CoSPLib conference: its weights are the instance's, and its"
                    + " solution workbook is written by forumplan export cosplib");
        }
        Path target = output != null ? output : DatasetFiles.defaultOutput(input);
        return new ConferenceSolve(
                        solverOptions,
                        noProgress,
                        forumplan.started(),
                        spec.commandLine().getOut(),
                        spec.commandLine().getErr())
                .run(input, target, force || output == null);
    }

    /**
     * Writes the solved dataset; if that fails, says where the schedule was saved instead, at once, so that the message
     * is printed even when Ctrl-C is ending the process.
     *
     * @return whether the target was written
     */
    private boolean write(LoadedDataset loaded, Programme best, SolveOutcome outcome, Path target, PrintWriter err) {
        SolverRunJson run = new SolverRunJson(
                ForumplanVersion.describe(),
                solverOptions.seed,
                Duration.ofMillis(outcome.timeSpent().toMillis()),
                outcome.interrupted() ? Boolean.TRUE : null);
        try {
            OutputFiles.writeOrRescue(ScheduleExporter.withSchedule(loaded.document(), best, run), target);
            return true;
        } catch (UncheckedIOException e) {
            err.println("forumplan: " + ProblemPrinter.oneLine(e.getMessage()));
            err.flush();
            return false;
        }
    }

    /** The reports asked for with --report, next to the solved file, with the solve's own score calculation. */
    private void writeReports(Programme best, ProgrammeExplainer explainer, Path target, PrintWriter out) {
        if (reports.isEmpty()) {
            return;
        }
        ProgrammeView view = ProgrammeViewBuilder.build(best, explainer.explain(best, null));
        for (ReportFormat report : new LinkedHashSet<>(reports)) {
            Path reportFile = report.besides(target);
            OutputFiles.writeReport(report.render(view), reportFile);
            out.println("Written: " + reportFile);
        }
    }

    /** The solver; a configuration given with --solver-config that Timefold cannot build from is a usage error. */
    private ForumSolver newSolver(SolverSettings settings, Programme problem) {
        try {
            return new ForumSolver(settings, problem);
        } catch (RuntimeException e) {
            if (settings.solverConfigFile() == null) {
                throw e;
            }
            throw SolverOptions.notASolverConfiguration(settings.solverConfigFile(), e);
        }
    }

    private static String describeLimits(SolverSettings settings, Duration searchLimit) {
        List<String> limits = new ArrayList<>();
        if (settings.timeLimit() != null) {
            limits.add(String.format(
                    Locale.ROOT,
                    "%ds (the search %.1fs of it)",
                    settings.timeLimit().toSeconds(),
                    searchLimit.toMillis() / 1000.0));
        }
        if (settings.unimprovedLimit() != null) {
            limits.add(settings.unimprovedLimit().toSeconds() + "s without improvement");
        }
        if (settings.stepLimit() != null) {
            limits.add(settings.stepLimit() + " steps");
        }
        if (settings.moveLimit() != null) {
            limits.add(settings.moveLimit() + " moves");
        }
        if (settings.bestScoreLimit() != null) {
            limits.add("reaching " + settings.bestScoreLimit());
        }
        return String.join(" or ", limits) + " (Ctrl-C stops early and keeps the best)";
    }

    /**
     * Runs on Ctrl-C or SIGTERM: stops the search, waits until the best schedule is written and the summary printed,
     * then ends the process with the interrupted exit code.
     */
    static void stopAndExit(Runnable stopSearch, CountDownLatch saved, AtomicInteger exitCode, PrintWriter err) {
        err.println();
        err.println("Interrupted: stopping the search and saving the best schedule found...");
        err.flush();
        stopSearch.run();
        try {
            saved.await(2, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        System.out.flush();
        System.err.flush();
        Runtime.getRuntime().halt(exitCode.get());
    }

    static void removeShutdownHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // The hook is running: it ends the process once this solve has saved its result.
        }
    }
}
