package org.forumplan.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.forumplan.app.cosplib.CosplibBenchmark;
import org.forumplan.app.cosplib.CosplibMeasurement;
import org.forumplan.app.cosplib.CosplibReport;
import org.forumplan.app.cosplib.CosplibWorkbook;
import org.forumplan.model.conference.load.ConferenceBuilder;
import org.forumplan.model.problem.InvalidDatasetException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code forumplan benchmark cosplib [FOLDER]}: every CoSPLib instance of a folder, solved one at a time. */
@Command(
        name = "cosplib",
        mixinStandardHelpOptions = true,
        description = {
            "Solves each CoSPLib instance workbook of FOLDER, one at a time, for --time-limit (seed 0), and prints per"
                    + " instance whether the schedule is one the library accepts, its objective (the library's"
                    + " weighted sum), the library's evaluator's total for its stored exact-model solution where it has"
                    + " one, the time to the first feasible schedule and the score calculation speed; then the"
                    + " objective by term.",
            "Progress goes to standard error; the table, its JSON, each solved document and each solution workbook"
                    + " (for the library's own evaluator) go to benchmarks/results/cosplib-<timestamp>/."
        },
        footer = {
            "",
            "Examples:",
            "  forumplan benchmark cosplib",
            "  forumplan benchmark cosplib ../shared/cosplib --time-limit 10s --format json"
        })
public class CosplibBenchmarkCommand implements Callable<Integer> {

    @Parameters(
            index = "0",
            arity = "0..1",
            paramLabel = "FOLDER",
            description = "The folder of instance workbooks (default: ../shared/cosplib from the project).")
    Path folder;

    @Option(
            names = "--time-limit",
            paramLabel = "DURATION",
            converter = DurationConverter.class,
            defaultValue = "60s",
            description = "The solver's time on each instance (default: ${DEFAULT-VALUE}).")
    Duration timeLimit;

    @Mixin
    TableFormatOption tableFormat;

    @Mixin
    ResultsOptions resultsOptions;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Path home = BenchmarkCommand.home();
        Path instancesFolder =
                folder != null ? folder : home.resolve("../shared/cosplib").normalize();
        if (!Files.isDirectory(instancesFolder)) {
            throw new UsageException(instancesFolder + ": no such folder of CoSPLib instances");
        }
        PrintWriter err = spec.commandLine().getErr();
        Path instance = instancesFolder;
        try {
            List<Path> instances = CosplibBenchmark.instancesIn(instancesFolder);
            if (instances.isEmpty()) {
                throw new UsageException(instancesFolder + ": no CoSPLib instance workbook in it");
            }
            Path run = CosplibReport.newRunFolder(resultsOptions.folder());
            CosplibBenchmark benchmark = new CosplibBenchmark(timeLimit, line -> {
                err.println(line);
                err.flush();
            });
            // Every instance is read and checked before the first is solved: a broken one found late would cost the
            // run.
            for (Path each : instances) {
                instance = each;
                ConferenceBuilder.build(CosplibWorkbook.read(each));
            }
            List<CosplibMeasurement> measurements = new ArrayList<>();
            for (Path each : instances) {
                instance = each;
                measurements.add(benchmark.measure(each, run));
            }
            CosplibReport.write(measurements, run);
            PrintWriter out = spec.commandLine().getOut();
            out.print(
                    tableFormat.render(() -> CosplibReport.text(measurements), () -> CosplibReport.json(measurements)));
            out.flush();
            err.println("Written: " + run);
            err.flush();
            return ExitCode.OK;
        } catch (IOException e) {
            throw new UncheckedIOException(e.getMessage(), e);
        } catch (InvalidDatasetException e) {
            throw new DatasetProblemsException(instance, e.problems());
        }
    }
}
