package org.forumplan.app.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.forumplan.bench.BenchmarkRun;
import org.forumplan.bench.BenchmarkRunner;
import org.forumplan.bench.RunComparison;
import org.forumplan.bench.Suite;
import org.forumplan.bench.SummaryTable;
import org.forumplan.model.problem.Suggestions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code forumplan benchmark [SUITE]}: runs a benchmark suite with Timefold's Benchmarker. */
@Command(
        name = "benchmark",
        mixinStandardHelpOptions = true,
        subcommands = {
            BenchmarkCommand.Compare.class,
            GapCommand.class,
            CosplibBenchmarkCommand.class,
            SelectionBenchmarkCommand.class
        },
        description = {
            "Runs a benchmark suite: every solver configuration of the suite on every dataset, one solve at a time,"
                    + " then prints a table (dataset × configuration: best score, time to the first 0-hard schedule,"
                    + " score calculation speed) and the path of the Benchmarker's HTML report.",
            "Suites: quick, algorithms, scale, moves, construction (see benchmarks/README.md). How close to optimal"
                    + " the schedules are: forumplan benchmark gap; CoSPLib's conferences: forumplan benchmark cosplib;"
                    + " what each selection goal does: forumplan benchmark selection."
        },
        footer = {
            "",
            "Examples:",
            "  forumplan benchmark quick",
            "  forumplan benchmark algorithms --time-limit 30s",
            "  forumplan benchmark compare benchmarks/results/quick-2026-11-28_101500 benchmarks/results/quick-2026-11-28_113000"
        })
public class BenchmarkCommand implements Callable<Integer> {

    @Parameters(
            index = "0",
            arity = "0..1",
            paramLabel = "SUITE",
            defaultValue = "quick",
            description = "The suite to run (default: ${DEFAULT-VALUE}).")
    String suite;

    @Option(
            names = "--time-limit",
            paramLabel = "DURATION",
            converter = DurationConverter.class,
            description = "Each configuration's time on each dataset (default: the suite's own).")
    Duration timeLimit;

    @Mixin
    ResultsOptions resultsOptions;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Suite chosen = suite(suite);
        Duration limit = timeLimit == null ? chosen.timeLimit() : timeLimit;
        Path home = home();
        Path resultsFolder = resultsOptions.folder();
        PrintWriter err = spec.commandLine().getErr();
        int solves = chosen.datasets().size() * chosen.variants().size();
        err.printf(
                Locale.ROOT,
                "Running suite %s (%s): %s × %s, %ds each, about %s%n",
                chosen.code(),
                chosen.description(),
                count(chosen.datasets().size(), "dataset"),
                count(chosen.variants().size(), "configuration"),
                limit.toSeconds(),
                minutes(limit.multipliedBy(solves)));
        err.flush();
        long start = System.nanoTime();
        ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "forumplan-benchmark-progress");
            thread.setDaemon(true);
            return thread;
        });
        ticker.scheduleAtFixedRate(
                () -> {
                    err.printf(
                            "  %s elapsed of about %s%n",
                            minutes(Duration.ofNanos(System.nanoTime() - start)), minutes(limit.multipliedBy(solves)));
                    err.flush();
                },
                10,
                10,
                TimeUnit.SECONDS);
        BenchmarkRun run;
        try {
            run = BenchmarkRunner.run(chosen, limit, home.resolve("datasets"), resultsFolder);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        } finally {
            ticker.shutdownNow();
        }
        PrintWriter out = spec.commandLine().getOut();
        out.print(SummaryTable.of(run, SummaryTable.Format.TEXT));
        out.println();
        out.println("Report: " + run.folder().resolve("index.html"));
        out.flush();
        return ExitCode.OK;
    }

    private static Suite suite(String name) {
        return Arrays.stream(Suite.values())
                .filter(candidate -> candidate.code().equals(name))
                .findFirst()
                .orElseThrow(() -> new UsageException("unknown suite \"%s\"; expected one of %s%s"
                        .formatted(
                                name,
                                Arrays.stream(Suite.values()).map(Suite::code).collect(Collectors.joining(", ")),
                                Suggestions.didYouMean(
                                        name,
                                        Arrays.stream(Suite.values())
                                                .map(Suite::code)
                                                .toList()))));
    }

    /** The repository: where datasets and benchmark results live. */
    static Path home() {
        String home = System.getProperty(DatasetFiles.HOME_PROPERTY);
        return home == null ? Path.of("") : Path.of(home);
    }

    private static String minutes(Duration duration) {
        long seconds = duration.toSeconds();
        return seconds < 120 ? seconds + "s" : "%dm%02ds".formatted(seconds / 60, seconds % 60);
    }

    /** {@code forumplan benchmark compare RUN RUN}. */
    @Command(
            name = "compare",
            mixinStandardHelpOptions = true,
            description = "Compares two benchmark runs: for each dataset and configuration in both, the best scores,"
                    + " the times to the first 0-hard schedule and the score calculation speeds, and the change.",
            footer = {
                "",
                "Example:",
                "  forumplan benchmark compare benchmarks/results/quick-2026-11-28_101500"
                        + " benchmarks/results/quick-2026-11-28_113000 --format markdown"
            })
    static class Compare implements Callable<Integer> {

        @Parameters(index = "0", paramLabel = "RUN_A", description = "The earlier run's folder.")
        Path first;

        @Parameters(index = "1", paramLabel = "RUN_B", description = "The later run's folder.")
        Path second;

        @Option(
                names = "--format",
                paramLabel = "FORMAT",
                defaultValue = "text",
                description = "text or markdown (default: ${DEFAULT-VALUE}).")
        SummaryTable.Format format;

        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            RunComparison comparison = RunComparison.of(read(first), read(second));
            PrintWriter out = spec.commandLine().getOut();
            out.print(SummaryTable.compare(comparison, format));
            comparison.unmatched().forEach(line -> out.println("not compared: " + line));
            out.flush();
            return ExitCode.OK;
        }

        private static BenchmarkRun read(Path folder) {
            if (!Files.isDirectory(folder)) {
                throw new UsageException(folder + ": no such folder");
            }
            try {
                return BenchmarkRun.read(folder);
            } catch (IllegalArgumentException e) {
                throw new UsageException(e.getMessage());
            }
        }
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
