package org.forumplan.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code forumplan benchmark gap}: the table as JSON, both schedules for explain, and its errors. */
class GapCommandTest {

    @TempDir
    Path results;

    @Test
    void measuresADatasetAndWritesSchedulesThatExplainScoresAsTheTableSays() throws Exception {
        CommandRun run = CommandRun.forumplan(
                "benchmark",
                "gap",
                TestDatasets.folder().resolve("gap-20.json").toString(),
                "--time-limit",
                "2s",
                "--exact-time-limit",
                "20s",
                "--format",
                "json",
                "--results",
                results.toString());

        assertThat(run.exitCode()).as(run.toString()).isZero();
        JsonNode row = JsonMapper.builder().build().readTree(run.out()).get(0);
        assertThat(row.get("dataset").asText()).isEqualTo("gap-20");
        assertThat(row.get("sessions").asInt()).isEqualTo(20);
        assertThat(row.get("agrees").asBoolean()).isTrue();
        String exactScore = row.get("exact").get("score").asText();
        assertThat(exactScore).startsWith("0hard/0medium/");
        assertThat(run.err()).contains("gap-20: forumplan ", "Written: ");
        Path folder;
        try (Stream<Path> runs = Files.list(results)) {
            folder = runs.findFirst().orElseThrow();
        }
        assertThat(folder.getFileName().toString()).startsWith("gap-");
        assertThat(folder.resolve("gap.json")).isRegularFile();

        CommandRun explained = CommandRun.forumplan(
                "explain", folder.resolve("gap-20.cp-sat.json").toString());
        assertThat(explained.out()).as(explained.toString()).contains("Score " + exactScore);
    }

    @Test
    void aMissingDatasetIsOneLine() {
        CommandRun run =
                CommandRun.forumplan("benchmark", "gap", "no-such-forum.json", "--results", results.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.errLines()).containsExactly("forumplan: no-such-forum.json: no such file");
    }

    @Test
    void aWeightTheExactModelCannotCountIsNamed() {
        CommandRun run = CommandRun.forumplan(
                "benchmark",
                "gap",
                TestDatasets.folder().resolve("gap-20.json").toString(),
                "--time-limit",
                "1s",
                "--weight",
                "Exclusive session competition=0hard/0medium/-1soft",
                "--results",
                results.toString());

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).contains("the exact model counts \"Exclusive session competition\" only as a hard rule");
    }
}
