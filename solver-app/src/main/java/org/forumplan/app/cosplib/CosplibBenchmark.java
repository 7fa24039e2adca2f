package org.forumplan.app.cosplib;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.forumplan.model.conference.domain.Conference;
import org.forumplan.model.conference.io.ConferenceDocuments;
import org.forumplan.model.conference.io.ConferenceJson;
import org.forumplan.model.conference.load.ConferenceBuilder;
import org.forumplan.model.conference.load.ConferenceExporter;
import org.forumplan.model.conference.score.ObjectiveBreakdown;
import org.forumplan.model.conference.solver.ConferenceSolver;
import org.forumplan.model.io.DatasetWriter;
import org.forumplan.model.problem.InvalidDatasetException;

/**
 * Solves CoSPLib's instances one at a time with the shipped solver, and keeps for each the objective by term, whether
 * the schedule is one the library accepts, the time to the first such schedule, the score calculation speed, and
 * both the solved document and the solution workbook, which the library's own evaluator can score.
 */
public final class CosplibBenchmark {

    /**
     * The library's evaluator's totals for the exact-model solutions the library stores ({@code Solutions/Exact Model},
     * CoSPLib 1.0.2, today's instances and weights): what forumplan should reach or beat.
     */
    public static final Map<String, Long> EXACT_MODEL_TOTALS =
            Map.of("N2OR", 2L, "GECCO19", 1_000_116L, "GECCO20", 6_298L, "GECCO21", 11_280L, "OR60F", 1_664L);

    private final Duration timeLimit;
    private final Consumer<String> progress;

    public CosplibBenchmark(Duration timeLimit, Consumer<String> progress) {
        this.timeLimit = timeLimit;
        this.progress = progress;
    }

    /** The instance workbooks of a folder, by name. */
    public static List<Path> instancesIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".xlsx"))
                    .filter(CosplibWorkbook::isCosplibWorkbook)
                    .sorted()
                    .toList();
        }
    }

    /** Solves one instance and writes its solved document and solution workbook into the run folder. */
    public CosplibMeasurement measure(Path instance, Path folder) throws IOException, InvalidDatasetException {
        Files.createDirectories(folder);
        ConferenceJson document = CosplibWorkbook.read(instance);
        Conference problem = ConferenceBuilder.build(document);
        progress.accept("%s: %d submissions, %s"
                .formatted(document.name(), problem.getSubmissions().size(), timeLimit));
        ConferenceSolver solver = new ConferenceSolver(timeLimit, 0, null);
        ConferenceSolver.Outcome outcome = solver.solve(problem, best -> {});
        ObjectiveBreakdown breakdown = ObjectiveBreakdown.of(outcome.best(), solver.solutionManager());
        ConferenceJson solved = ConferenceExporter.withSchedule(document, outcome, 0);
        DatasetWriter.writeAtomically(
                ConferenceDocuments.toJson(solved), folder.resolve(document.name() + ".solved.json"));
        if (breakdown.feasible()) {
            DatasetWriter.writeAtomically(
                    CosplibSolutionWorkbook.toBytes(solved), folder.resolve(document.name() + "-solution.xlsx"));
        }
        progress.accept(String.format(
                Locale.ROOT,
                "%s: objective %,d%s",
                document.name(),
                breakdown.objective(),
                breakdown.feasible() ? "" : " (not feasible)"));
        return new CosplibMeasurement(
                document.name(),
                problem.getSubmissions().size(),
                breakdown,
                outcome.firstFeasible(),
                outcome.timeSpent(),
                outcome.scoreCalculationSpeed(),
                EXACT_MODEL_TOTALS.get(document.name()));
    }
}
