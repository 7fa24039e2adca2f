package org.forumplan.app.cli;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.forumplan.model.solver.SolverSettings;
import picocli.CommandLine.Option;

/** When a solve stops and how it draws its random numbers; shared by the commands that solve. */
public class SolverOptions {

    @Option(
            names = "--time-limit",
            paramLabel = "DURATION",
            defaultValue = "30s",
            converter = DurationConverter.class,
            description = "Stop after this long, e.g. 30s, 2m, 1h (default: ${DEFAULT-VALUE}).")
    Duration timeLimit;

    @Option(
            names = "--unimproved-limit",
            paramLabel = "DURATION",
            converter = DurationConverter.class,
            description = "Stop when the best score has not improved for this long.")
    Duration unimprovedLimit;

    @Option(
            names = "--step-limit",
            paramLabel = "STEPS",
            description = "Stop the local search after this many steps. With the same seed, the same dataset and a step"
                    + " limit reached before the time limit, two runs give the same schedule; a time limit alone does"
                    + " not (how far the search gets in a time depends on the machine).")
    Long stepLimit;

    @Option(
            names = "--move-limit",
            paramLabel = "MOVES",
            description = "Stop after this many moves evaluated. Reproducible like --step-limit, and it also ends a"
                    + " search that no longer finds a move to accept (a small forum at its best).")
    Long moveLimit;

    @Option(
            names = "--best-score-limit",
            paramLabel = "SCORE",
            description = "Stop as soon as the best score reaches this, e.g. 0hard/0medium/-5000soft.")
    String bestScoreLimit;

    @Option(
            names = "--seed",
            paramLabel = "N",
            defaultValue = "0",
            description = "The random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(
            names = "--solver-config",
            paramLabel = "FILE",
            description = "A Timefold solver configuration (XML) to use instead of the shipped one, for analysts"
                    + " comparing configurations; see benchmarks/README.md.")
    Path solverConfig;

    SolverSettings toSettings() {
        if (solverConfig != null && !Files.isRegularFile(solverConfig)) {
            throw new UsageException("--solver-config: " + solverConfig + ": no such file");
        }
        if (stepLimit != null && stepLimit < 1) {
            throw new UsageException("--step-limit: " + stepLimit + " must be at least 1");
        }
        if (stepLimit != null && stepLimit > Integer.MAX_VALUE) {
            throw new UsageException("--step-limit: " + stepLimit + " is too large; at most " + Integer.MAX_VALUE);
        }
        if (moveLimit != null && moveLimit < 1) {
            throw new UsageException("--move-limit: " + moveLimit + " must be at least 1");
        }
        SolverSettings settings = new SolverSettings(
                timeLimit, unimprovedLimit, stepLimit, moveLimit, bestScoreLimit(), seed, null, solverConfig);
        if (solverConfig != null) {
            checkSolverConfig(settings);
        }
        return settings;
    }

    /** Reads the configuration before the dataset is loaded, so that a mistake in it is a usage error at once. */
    private void checkSolverConfig(SolverSettings settings) {
        try {
            settings.toSolverConfig();
        } catch (RuntimeException e) {
            throw notASolverConfiguration(solverConfig, e);
        }
    }

    /** The usage error for a --solver-config file Timefold cannot read or build a solver from, in one line. */
    static UsageException notASolverConfiguration(Path file, RuntimeException e) {
        Throwable cause = e;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return new UsageException("--solver-config: %s is not a Timefold solver configuration: %s"
                .formatted(
                        file,
                        String.valueOf(cause.getMessage())
                                .replaceAll("\\s+", " ")
                                .strip()));
    }

    private HardMediumSoftLongScore bestScoreLimit() {
        if (bestScoreLimit == null) {
            return null;
        }
        try {
            return HardMediumSoftLongScore.parseScore(bestScoreLimit);
        } catch (RuntimeException e) {
            throw new UsageException("--best-score-limit: \"%s\" is not a score; expected e.g. 0hard/0medium/-5000soft"
                    .formatted(bestScoreLimit));
        }
    }
}
