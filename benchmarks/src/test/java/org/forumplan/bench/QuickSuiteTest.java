package org.forumplan.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the quick suite for real, briefly, so that the suites, the result reading and the tables cannot rot. */
class QuickSuiteTest {

    private static final Duration BRIEF = Duration.ofSeconds(2);

    @TempDir
    static Path results;

    private static BenchmarkRun run;

    @BeforeAll
    static void runQuickSuite() {
        run = BenchmarkRunner.run(Suite.QUICK, BRIEF, datasets(), results);
    }

    @Test
    void writesOneFolderPerRunWithTheBenchmarkersReport() {
        assertThat(run.folder().getParent()).isEqualTo(results);
        assertThat(run.folder().getFileName().toString()).startsWith("quick-");
        assertThat(run.folder().resolve("index.html")).isRegularFile();
        assertThat(results.resolve("quick")).doesNotExist();
        // One solver benchmark per configuration and dataset, each fitted to its dataset as forumplan solve fits it.
        assertThat(run.folder().resolve("igf-2014-istanbul").resolve("default (igf-2014-istanbul)"))
                .isDirectory();
        assertThat(run.suite()).isEqualTo("quick");
    }

    @Test
    void readsOneRowPerDatasetAndConfiguration() {
        assertThat(run.rows())
                .extracting(BenchmarkRow::dataset, BenchmarkRow::configuration)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("synthetic-small", "default"),
                        org.assertj.core.groups.Tuple.tuple("synthetic-small", "construction heuristic only"),
                        org.assertj.core.groups.Tuple.tuple("igf-2014-istanbul", "default"),
                        org.assertj.core.groups.Tuple.tuple("igf-2014-istanbul", "construction heuristic only"));
        assertThat(run.rows()).allSatisfy(row -> {
            assertThat(row.scoreCalculationSpeed()).isPositive();
            assertThat(row.timeSpent()).isPositive();
        });
    }

    @Test
    void theDefaultFindsAFeasibleProgrammeNoWorseThanConstructionAlone() {
        for (String dataset : new String[] {"synthetic-small", "igf-2014-istanbul"}) {
            BenchmarkRow solved = row(dataset, "default");
            BenchmarkRow constructed = row(dataset, "construction heuristic only");
            assertThat(solved.score().hardScore()).as(dataset).isZero();
            assertThat(solved.timeToFeasible()).as(dataset).isNotNull().isLessThanOrEqualTo(solved.timeSpent());
            assertThat(solved.score()).as(dataset).isGreaterThanOrEqualTo(constructed.score());
        }
    }

    @Test
    void summaryTableHasAHeaderAndALinePerRow() {
        String markdown = SummaryTable.of(run, SummaryTable.Format.MARKDOWN);
        assertThat(markdown.lines())
                .hasSize(2 + run.rows().size())
                .first()
                .isEqualTo("| dataset | configuration | best score | first 0 hard | score calculations/s |");
        assertThat(SummaryTable.of(run, SummaryTable.Format.TEXT))
                .contains("igf-2014-istanbul  construction heuristic only");
    }

    @Test
    void comparingARunWithItselfChangesNothing() {
        RunComparison comparison = RunComparison.of(BenchmarkRun.read(run.folder()), run);
        assertThat(comparison.unmatched()).isEmpty();
        assertThat(comparison.lines()).hasSameSizeAs(run.rows()).allSatisfy(line -> {
            assertThat(line.scoreChange().isZero()).isTrue();
            assertThat(line.speedChangePercent()).isZero();
        });
        assertThat(SummaryTable.compare(comparison, SummaryTable.Format.TEXT)).contains("+0.0%");
    }

    @Test
    void aFolderWithoutResultsIsNotARun() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> BenchmarkRun.read(results))
                .withMessageContaining("is not a benchmark run");
    }

    private static BenchmarkRow row(String dataset, String configuration) {
        return run.rows().stream()
                .filter(row ->
                        row.dataset().equals(dataset) && row.configuration().equals(configuration))
                .findFirst()
                .orElseThrow();
    }

    /** The committed datasets: Surefire passes the folder as {@code forumplan.datasets}; an IDE runs in the module. */
    private static Path datasets() {
        String configured = System.getProperty("forumplan.datasets");
        return configured == null ? Path.of("..", "datasets") : Path.of(configured);
    }
}
