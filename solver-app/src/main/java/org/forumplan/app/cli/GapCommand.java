package org.forumplan.app.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.forumplan.bench.gap.GapBenchmark;
import org.forumplan.bench.gap.GapMeasurement;
import org.forumplan.bench.gap.GapReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code forumplan benchmark gap [DATASET...]}: the shipped solver against CP-SAT's exact model. */
@Command(
        name = "gap",
        mixinStandardHelpOptions = true,
        description = {
            "How close to optimal forumplan's schedules are. For each dataset, the shipped solver runs for its time"
                    + " limit (seed 0), then OR-Tools CP-SAT solves the same model exactly (hard, then medium, then"
                    + " soft) for its own; the table gives both scores, CP-SAT's proven bound, whether it proved its"
                    + " schedule optimal, and the gap on the first level where the two differ (positive: forumplan"
                    + " is behind). forumplan's score of each schedule must equal the exact model's count of it;"
                    + " where it does not, the run says so and exits 70.",
            "Progress goes to standard error; the table, its JSON and both schedules of each dataset (solved files"
                    + " for explain and diff) go to benchmarks/results/gap-<timestamp>/."
        },
        footer = {
            "",
            "Examples:",
            "  forumplan benchmark gap",
            "  forumplan benchmark gap my-forum.json --time-limit 30s --exact-time-limit 120s --format json"
        })
public class GapCommand implements Callable<Integer> {

    @Parameters(
            arity = "0..*",
            paramLabel = "DATASET",
            description = "Datasets to measure (default: the gap suite in datasets/: gap-20, gap-40, gap-60, gap-80,"
                    + " synthetic-small, igf-2014-istanbul, igf-2014-proposals).")
    List<Path> datasets = new ArrayList<>();

    @Option(
            names = "--time-limit",
            paramLabel = "DURATION",
            converter = DurationConverter.class,
            defaultValue = "60s",
            description = "The shipped solver's time on each dataset (default: ${DEFAULT-VALUE}).")
    Duration timeLimit;

    @Option(
            names = "--exact-time-limit",
            paramLabel = "DURATION",
            converter = DurationConverter.class,
            defaultValue = "300s",
            description = "CP-SAT's time on each dataset, on all cores (default: ${DEFAULT-VALUE}).")
    Duration exactTimeLimit;

    @Mixin
    TableFormatOption tableFormat;

    @Mixin
    ResultsOptions resultsOptions;

    @Mixin
    WeightOptions weightOptions;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Path home = BenchmarkCommand.home();
        List<Path> inputs = datasets.isEmpty()
                ? GapBenchmark.SUITE.stream()
                        .map(name -> home.resolve("datasets").resolve(name))
                        .toList()
                : datasets;
        for (Path input : inputs) {
            if (!Files.isRegularFile(input)) {
                throw new UsageException(input + ": no such file");
            }
        }
        PrintWriter err = spec.commandLine().getErr();
        GapBenchmark benchmark = new GapBenchmark(timeLimit, exactTimeLimit, weightOptions.parsed(), line -> {
            err.println(line);
            err.flush();
        });
        Path folder = GapReport.newRunFolder(resultsOptions.folder());
        List<GapMeasurement> measurements;
        try {
            measurements = benchmark.run(inputs, folder);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        GapReport.write(measurements, folder);
        PrintWriter out = spec.commandLine().getOut();
        out.print(tableFormat.render(() -> GapReport.text(measurements), () -> GapReport.json(measurements)));
        out.flush();
        err.println("Written: " + folder);
        err.flush();
        boolean agrees = measurements.stream()
                .allMatch(measurement -> measurement.disagreements().isEmpty());
        // A disagreement is a bug in the exact model or in forumplan's constraints.
        return agrees ? ExitCode.OK : ExitCode.INTERNAL_ERROR;
    }
}
