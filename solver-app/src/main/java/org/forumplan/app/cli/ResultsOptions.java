package org.forumplan.app.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Where a benchmark writes its runs: shared by every benchmark command. */
public class ResultsOptions {

    @Option(
            names = "--results",
            paramLabel = "FOLDER",
            description = "Where runs are written (default: benchmarks/results).")
    Path results;

    /** The folder given, or the repository's {@code benchmarks/results}. */
    Path folder() {
        return results == null ? BenchmarkCommand.home().resolve("benchmarks/results") : results;
    }
}
