package org.forumplan.bench;

import ai.timefold.solver.benchmark.api.PlannerBenchmark;
import ai.timefold.solver.benchmark.api.PlannerBenchmarkFactory;
import ai.timefold.solver.benchmark.config.PlannerBenchmarkConfig;
import ai.timefold.solver.benchmark.config.ProblemBenchmarksConfig;
import ai.timefold.solver.benchmark.config.SolverBenchmarkConfig;
import ai.timefold.solver.benchmark.config.statistic.ProblemStatisticType;
import ai.timefold.solver.core.config.solver.SolverConfig;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.forumplan.model.domain.Programme;
import org.forumplan.model.solver.SolverSettings;

/**
 * Runs a suite with Timefold's Benchmarker: every configuration on every dataset, one solve at a time (on a small
 * machine, parallel solves would halve each other's speed), with the best-score and speed statistics the summary
 * needs. The Benchmarker's HTML report goes to {@code <results>/<suite>-<timestamp>/index.html}.
 *
 * <p>Each configuration is fitted to each dataset as {@code forumplan solve} fits it ({@link
 * SolverSettings#fitToProblem}: the search that mends the sessions in a precedence stops once they break no hard rule,
 * a score only the dataset tells), so the Benchmarker gets one solver benchmark per configuration and dataset, named
 * "configuration (dataset)". Without the fit, that search ran its 200 unimproved steps on every dataset: 1.2 s of IGF
 * 2014's first 2 s here, more on a slower machine.
 */
public final class BenchmarkRunner {

    private BenchmarkRunner() {}

    /**
     * @param timeLimit each configuration's time on each dataset, or null for the suite's own
     * @param datasets the folder holding the suite's datasets
     * @param results the folder that receives one subfolder per run
     */
    public static BenchmarkRun run(Suite suite, Duration timeLimit, Path datasets, Path results) {
        Duration limit = timeLimit == null ? suite.timeLimit() : timeLimit;
        Path suiteFolder = results.resolve(suite.code());
        List<File> inputs = suite.datasets().stream()
                .map(name -> datasets.resolve(name).toFile())
                .toList();
        for (File input : inputs) {
            if (!input.isFile()) {
                throw new IllegalArgumentException("the suite needs " + input + ", which does not exist");
            }
        }
        List<SolverBenchmarkConfig> solverBenchmarks = new ArrayList<>();
        for (File input : inputs) {
            Programme problem = new ProgrammeFileIO().read(input);
            for (SolverVariant variant : suite.variants()) {
                SolverConfig solverConfig =
                        variant.solverConfig().withTerminationSpentLimit(limit).withRandomSeed(0L);
                SolverSettings.fitToProblem(solverConfig, problem);
                solverBenchmarks.add(new SolverBenchmarkConfig()
                        .withName(BenchmarkRun.solverBenchmarkName(variant.label(), datasetName(input)))
                        .withSolverConfig(solverConfig)
                        .withProblemBenchmarksConfig(
                                new ProblemBenchmarksConfig().withInputSolutionFileList(List.of(input))));
            }
        }
        PlannerBenchmarkConfig config = new PlannerBenchmarkConfig()
                .withName(suite.code())
                .withBenchmarkDirectory(suiteFolder.toFile())
                .withParallelBenchmarkCount("1")
                .withInheritedSolverBenchmarkConfig(new SolverBenchmarkConfig()
                        .withProblemBenchmarksConfig(new ProblemBenchmarksConfig()
                                .withSolutionFileIOClass(ProgrammeFileIO.class)
                                .withProblemStatisticTypeList(List.of(
                                        ProblemStatisticType.BEST_SCORE,
                                        ProblemStatisticType.SCORE_CALCULATION_SPEED))))
                .withSolverBenchmarkConfigList(solverBenchmarks);
        PlannerBenchmark benchmark = PlannerBenchmarkFactory.create(config).buildPlannerBenchmark();
        benchmark.benchmark();
        // The Benchmarker writes <results>/<suite>/<timestamp>; one folder a run, <suite>-<timestamp>, is easier to
        // compare and clean up.
        try (Stream<Path> runs = Files.list(suiteFolder)) {
            Path timestamped = runs.filter(Files::isDirectory)
                    .max(Comparator.naturalOrder())
                    .orElseThrow();
            Path runFolder = results.resolve(suite.code() + "-" + timestamped.getFileName());
            Files.move(timestamped, runFolder);
            Files.deleteIfExists(suiteFolder);
            return BenchmarkRun.read(runFolder);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot move the results out of " + suiteFolder, e);
        }
    }

    /** The name the Benchmarker gives a dataset: its file name without the extension. */
    private static String datasetName(File input) {
        String name = input.getName();
        return name.substring(0, name.lastIndexOf('.'));
    }
}
