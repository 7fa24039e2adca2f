package org.forumplan.app.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.forumplan.bench.selection.GoalEffect;
import org.forumplan.bench.selection.SelectionBenchmark;
import org.forumplan.bench.selection.SelectionReport;
import org.forumplan.model.generate.ForumGenerator;
import org.forumplan.model.generate.GeneratorSettings;
import org.forumplan.model.generate.Preset;
import org.forumplan.model.generate.SelectionGoals;
import org.forumplan.model.io.DatasetJson;
import org.forumplan.model.load.DatasetLoader.LoadedDataset;
import org.forumplan.model.problem.InvalidDatasetException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code forumplan benchmark selection [DATASET...]}: what each selection goal does to a programme. */
@Command(
        name = "selection",
        mixinStandardHelpOptions = true,
        description = {
            "What each selection goal (policy.selection) does to a programme: every dataset solved from scratch with"
                    + " every goal it sets, without each goal in turn, and with none, for the same time and seed;"
                    + " each programme measured against all the goals (shares reached, topics covered and the"
                    + " deepest, narrow panels, the speaker mix's widest gap) and by the proposal value it leaves out.",
            "Progress goes to standard error; the table and its JSON go to benchmarks/results/selection-<timestamp>/."
        },
        footer = {
            "",
            "Examples:",
            "  forumplan benchmark selection",
            "  forumplan benchmark selection my-forum.json --time-limit 60s --format json"
        })
public class SelectionBenchmarkCommand implements Callable<Integer> {

    /** The generated forum the benchmark runs besides igf-2014-proposals: 600 sessions, 345 of them workshops. */
    static final GeneratorSettings GENERATED = new GeneratorSettings(Preset.IGF, 600, 4, 22, 7);

    static final String GENERATED_NAME = "generated-600";

    @Parameters(
            arity = "0..*",
            paramLabel = "DATASET",
            description = "Datasets with selection goals (default: igf-2014-proposals and a forum generated with"
                    + " forumplan generate --sessions 600 --rooms 22 --seed 7 --selection-goals).")
    List<Path> datasets = new ArrayList<>();

    @Option(
            names = "--time-limit",
            paramLabel = "DURATION",
            converter = DurationConverter.class,
            defaultValue = "30s",
            description = "Each solve's time (default: ${DEFAULT-VALUE}).")
    Duration timeLimit;

    @Option(
            names = "--seed",
            paramLabel = "SEED",
            defaultValue = "0",
            description = "The solves' random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Mixin
    TableFormatOption tableFormat;

    @Mixin
    ResultsOptions resultsOptions;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    /** The dataset, checked as solve checks it; refused before anything runs when it sets no selection goal. */
    private static DatasetJson withGoals(Path file) {
        LoadedDataset loaded = DatasetFiles.load(file);
        if (!loaded.programme().getSelection().isSet()) {
            throw new UsageException(file + " sets no selection goal (policy.selection)");
        }
        return loaded.document();
    }

    @Override
    public Integer call() throws InvalidDatasetException {
        for (Path input : datasets) {
            if (!Files.isRegularFile(input)) {
                throw new UsageException(input + ": no such file");
            }
        }
        PrintWriter err = spec.commandLine().getErr();
        SelectionBenchmark benchmark = new SelectionBenchmark(timeLimit, seed, line -> {
            err.println(line);
            err.flush();
        });
        Map<String, DatasetJson> inputs = new LinkedHashMap<>();
        if (datasets.isEmpty()) {
            Path proposals = BenchmarkCommand.home().resolve("datasets").resolve("igf-2014-proposals.json");
            inputs.put("igf-2014-proposals", withGoals(proposals));
            inputs.put(
                    GENERATED_NAME,
                    SelectionGoals.withIgf2014Goals(
                            ForumGenerator.generate(GENERATED).dataset()));
        } else {
            for (Path input : datasets) {
                inputs.put(input.getFileName().toString(), withGoals(input));
            }
        }
        Path folder = SelectionReport.newRunFolder(resultsOptions.folder());
        List<GoalEffect> effects = new ArrayList<>();
        for (Map.Entry<String, DatasetJson> input : inputs.entrySet()) {
            effects.addAll(benchmark.run(input.getKey(), input.getValue()));
        }
        SelectionReport.write(effects, folder);
        PrintWriter out = spec.commandLine().getOut();
        out.print(tableFormat.render(() -> SelectionReport.text(effects), () -> SelectionReport.json(effects)));
        out.flush();
        err.println("Written: " + folder);
        err.flush();
        return ExitCode.OK;
    }
}
