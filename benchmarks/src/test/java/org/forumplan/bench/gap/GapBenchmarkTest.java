package org.forumplan.bench.gap;

import static org.assertj.core.api.Assertions.assertThat;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.forumplan.model.solver.ConstraintWeights;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A gap run on the tiny forum that touches every constraint: CP-SAT proves its optimum, and the run records it. */
class GapBenchmarkTest {

    @TempDir
    static Path folder;

    private static final List<String> progress = new ArrayList<>();
    private static GapMeasurement measurement;

    @BeforeAll
    static void measure() throws URISyntaxException {
        Path forum = Path.of(GapBenchmarkTest.class
                .getResource("/org/forumplan/bench/exact/every-constraint.json")
                .toURI());
        measurement = new GapBenchmark(
                        Duration.ofSeconds(2), Duration.ofSeconds(60), new ConstraintWeights(), progress::add)
                .run(List.of(forum), folder)
                .get(0);
    }

    @Test
    void forumplanNeverBeatsAProvenOptimumAndTheModelAgreesWithItsScore() {
        assertThat(measurement.optimal()).isTrue();
        assertThat(measurement.disagreements()).isEmpty();
        assertThat(measurement.forumplan())
                .isLessThanOrEqualTo(measurement.exact().score());
        assertThat(measurement.gapPercent()).isNotNull().isGreaterThanOrEqualTo(0.0);
        assertThat(progress).anySatisfy(line -> assertThat(line).startsWith("every-constraint: CP-SAT "));
    }

    @Test
    void writesBothSchedulesAndTheTableAsJson() throws Exception {
        GapReport.write(List.of(measurement), folder);

        assertThat(folder.resolve("every-constraint.forumplan.json")).isRegularFile();
        assertThat(folder.resolve("every-constraint.cp-sat.json")).isRegularFile();
        assertThat(Files.readString(folder.resolve("gap.txt"))).contains("every-constraint", "yes");
        JsonNode row = JsonMapper.builder()
                .build()
                .readTree(folder.resolve("gap.json").toFile())
                .get(0);
        assertThat(row.get("dataset").asText()).isEqualTo("every-constraint");
        assertThat(row.get("forumplan").get("score").asText())
                .isEqualTo(measurement.forumplan().toString());
        assertThat(row.get("exact").get("score").asText())
                .isEqualTo(measurement.exact().score().toString());
        assertThat(row.get("exact").get("bound").asText())
                .isEqualTo(row.get("exact").get("score").asText());
        assertThat(row.get("exact").get("optimal").asBoolean()).isTrue();
        assertThat(row.get("gapPercent").isNumber()).isTrue();
        assertThat(row.get("agrees").asBoolean()).isTrue();
    }

    @Test
    void theGapIsTakenOnTheFirstLevelWhereTheScoresDiffer() {
        HardMediumSoftLongScore optimum = HardMediumSoftLongScore.of(0, -100, -1000);

        assertThat(GapMeasurement.percentBehind(HardMediumSoftLongScore.of(0, -100, -1010), optimum))
                .isEqualTo(1.0);
        assertThat(GapMeasurement.percentBehind(HardMediumSoftLongScore.of(0, -150, -500), optimum))
                .isEqualTo(50.0);
        assertThat(GapMeasurement.percentBehind(HardMediumSoftLongScore.of(0, -100, -900), optimum))
                .isEqualTo(-10.0);
        assertThat(GapMeasurement.percentBehind(optimum, optimum)).isZero();
        // Any penalty is infinitely far from none.
        assertThat(GapMeasurement.percentBehind(
                        HardMediumSoftLongScore.of(0, -10, 0), HardMediumSoftLongScore.of(0, 0, -50)))
                .isNull();
        assertThat(GapReport.gapText(1.0)).isEqualTo("+1.00%");
        assertThat(GapReport.gapText(null)).isEqualTo("n/a");
    }
}
