package org.forumplan.bench.gap;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import com.google.ortools.init.OrToolsVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.forumplan.bench.exact.ExactResult;
import org.forumplan.bench.exact.ExactSolver;
import org.forumplan.bench.exact.ScoreAgreement;
import org.forumplan.model.ForumplanVersion;
import org.forumplan.model.constraints.ForumConstraint;
import org.forumplan.model.domain.Programme;
import org.forumplan.model.io.DatasetJson;
import org.forumplan.model.io.DatasetReader;
import org.forumplan.model.io.DatasetWriter;
import org.forumplan.model.io.SelectionJson;
import org.forumplan.model.io.SolverRunJson;
import org.forumplan.model.load.DatasetLoader;
import org.forumplan.model.load.ScheduleExporter;
import org.forumplan.model.problem.InvalidDatasetException;
import org.forumplan.model.solver.ConstraintWeights;
import org.forumplan.model.solver.ForumSolver;
import org.forumplan.model.solver.SolveOutcome;
import org.forumplan.model.solver.SolverSettings;

/**
 * How close to optimal forumplan's schedules are: for each dataset, the shipped solver for its time limit (seed 0, as
 * the suites) and CP-SAT on the exact model for its own, one after the other, each with the machine to itself. The
 * exact model must score both schedules as forumplan does, or the run says where it does not.
 */
public final class GapBenchmark {

    /** The gap suite: generated small forums, then the committed small datasets, 20 to 150 sessions. */
    public static final List<String> SUITE = List.of(
            "gap-20.json",
            "gap-40.json",
            "gap-60.json",
            "gap-80.json",
            "synthetic-small.json",
            "igf-2014-istanbul.json",
            "igf-2014-proposals.json");

    public static final Duration DEFAULT_TIME_LIMIT = Duration.ofSeconds(60);
    public static final Duration DEFAULT_EXACT_TIME_LIMIT = Duration.ofSeconds(300);

    private final Duration timeLimit;
    private final Duration exactTimeLimit;
    private final ConstraintWeights weights;
    private final Consumer<String> progress;

    /**
     * @param weights over each dataset's own, as {@code solve --weight} sets them
     * @param progress a line at each step, for standard error
     */
    public GapBenchmark(
            Duration timeLimit, Duration exactTimeLimit, ConstraintWeights weights, Consumer<String> progress) {
        this.timeLimit = timeLimit;
        this.exactTimeLimit = exactTimeLimit;
        this.weights = weights;
        this.progress = progress;
    }

    /**
     * @param folder receives both schedules of each dataset, {@code <dataset>.forumplan.json} and {@code
     *     <dataset>.cp-sat.json}, solved files that {@code explain} and {@code diff} read
     * @throws IllegalArgumentException when a dataset cannot be read, or the exact model cannot count its weights
     */
    public List<GapMeasurement> run(List<Path> datasets, Path folder) {
        List<GapMeasurement> measurements = new ArrayList<>();
        for (Path dataset : datasets) {
            measurements.add(measure(dataset, folder));
        }
        return measurements;
    }

    private GapMeasurement measure(Path dataset, Path folder) {
        String name = datasetName(dataset);
        DatasetJson document = read(dataset);
        ConstraintWeights comparable = comparableWeights(name, document);
        Programme forForumplan = load(dataset, document, comparable);
        progress.accept("%s: %d sessions; forumplan for %ds"
                .formatted(name, forForumplan.getSessions().size(), timeLimit.toSeconds()));
        ForumSolver solver = new ForumSolver(SolverSettings.withTimeLimit(timeLimit), forForumplan);
        SolveOutcome solved = solver.solve(forForumplan, ignored -> {}, Duration.ofSeconds(10));
        HardMediumSoftLongScore forumplan = solver.solutionManager().update(solved.best());
        progress.accept(
                "%s: forumplan %s; CP-SAT for up to %ds".formatted(name, forumplan, exactTimeLimit.toSeconds()));

        write(
                document,
                solved.best(),
                ForumplanVersion.describe(),
                solved.timeSpent(),
                folder.resolve(name + ".forumplan.json"));
        Programme forExact = load(dataset, document, comparable);
        ExactSolver exactSolver = new ExactSolver(
                exactTimeLimit,
                Runtime.getRuntime().availableProcessors(),
                line -> progress.accept(name + ": " + line));
        ExactResult exact = exactSolver.solve(forExact);
        List<String> disagreements = new ArrayList<>();
        if (exact.found()) {
            disagreements.addAll(ScoreAgreement.disagreements(exact, forExact, solver.solutionManager()));
        }
        // And forumplan's own schedule, counted by the model.
        ExactResult counted = new ExactSolver(exactTimeLimit).count(solved.best());
        if (counted.found()) {
            disagreements.addAll(ScoreAgreement.disagreements(counted, solved.best(), solver.solutionManager()).stream()
                    .map(line -> "forumplan's schedule: " + line)
                    .toList());
        }
        if (exact.found()) {
            write(
                    document,
                    forExact,
                    "OR-Tools CP-SAT " + OrToolsVersion.getVersionString(),
                    exact.time(),
                    folder.resolve(name + ".cp-sat.json"));
        }
        progress.accept("%s: CP-SAT %s (%s), bound %s, in %.0fs"
                .formatted(
                        name,
                        exact.found() ? exact.score() : "nothing",
                        exact.optimal() ? "optimal" : exact.status(),
                        exact.boundText(),
                        exact.time().toMillis() / 1000.0));
        return new GapMeasurement(
                name, forExact.getSessions().size(), forumplan, timeLimit, exact, List.copyOf(disagreements));
    }

    private static DatasetJson read(Path dataset) {
        try {
            return new DatasetReader().read(dataset);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + dataset, e);
        } catch (InvalidDatasetException e) {
            throw new IllegalArgumentException(dataset + ": " + e.getMessage(), e);
        }
    }

    /**
     * The weights given, with the speaker mix off where the dataset asks for it: the exact model does not state its
     * square root, so both solvers go without it and the gap compares one objective.
     */
    private ConstraintWeights comparableWeights(String name, DatasetJson document) {
        SelectionJson selection =
                document.policy() == null ? null : document.policy().selection();
        if (selection == null || !Boolean.TRUE.equals(selection.speakerMix())) {
            return weights;
        }
        progress.accept(name + ": the speaker mix (M6, M7) is off for both solvers: the exact model does not state it");
        return new ConstraintWeights()
                .withAll(weights)
                .with(ForumConstraint.SPEAKER_MIX_BY_STAKEHOLDER_GROUP, HardMediumSoftLongScore.ZERO)
                .with(ForumConstraint.SPEAKER_MIX_BY_REGION, HardMediumSoftLongScore.ZERO);
    }

    /** The dataset built afresh, so that each solver starts from the same unsolved problem. */
    private static Programme load(Path dataset, DatasetJson document, ConstraintWeights weights) {
        try {
            return DatasetLoader.load(document, weights).programme();
        } catch (InvalidDatasetException e) {
            throw new IllegalArgumentException(dataset + ": " + e.getMessage(), e);
        }
    }

    private static void write(DatasetJson document, Programme schedule, String solver, Duration time, Path target) {
        SolverRunJson run = new SolverRunJson(solver, 0L, Duration.ofMillis(time.toMillis()), null);
        try {
            DatasetWriter.write(ScheduleExporter.withSchedule(document, schedule, run), target);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target, e);
        }
    }

    static String datasetName(Path dataset) {
        String file = dataset.getFileName().toString();
        int dot = file.lastIndexOf('.');
        return dot > 0 ? file.substring(0, dot) : file;
    }
}
