package org.forumplan.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.forumplan.app.cli.CommandRun.forumplan;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.forumplan.app.audit.ScheduleAudit;
import org.forumplan.model.domain.SessionKind;
import org.forumplan.model.generate.ForumGenerator;
import org.forumplan.model.generate.GeneratorSettings;
import org.forumplan.model.generate.Preset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code forumplan generate} end to end: what it writes validates and solves, its summary tells the truth, it is
 * reproducible, it never replaces a file unasked, and it refuses bad options by name. Most tests use the regional
 * preset (70 sessions, more proposals than places), which keeps the solves short.
 */
class GenerateCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void generatedForumWithTheDefaultsValidates(@TempDir Path folder) {
        Path file = folder.resolve("forum.json");

        CommandRun generate = forumplan("generate", "-o", file.toString());
        CommandRun validate = forumplan("validate", file.toString());

        assertThat(generate.exitCode()).as(generate.toString()).isEqualTo(ExitCode.OK);
        assertThat(validate.exitCode()).as(validate.toString()).isEqualTo(ExitCode.OK);
        assertThat(validate.err()).isEmpty();
    }

    @Test
    void generatedForumValidatesAndSolvesToZeroHardInAShortSolveThatTheAuditFindsClean(@TempDir Path folder)
            throws IOException {
        Path file = folder.resolve("regional.json");
        Path solved = folder.resolve("regional.solved.json");

        CommandRun generate = forumplan("generate", "--preset", "regional", "-o", file.toString());
        CommandRun validate = forumplan("validate", file.toString());
        CommandRun solve = forumplan(
                "solve",
                file.toString(),
                "--step-limit",
                "500",
                "--seed",
                "0",
                "--no-progress",
                "-o",
                solved.toString());

        assertThat(generate.exitCode()).as(generate.toString()).isEqualTo(ExitCode.OK);
        assertThat(validate.exitCode()).as(validate.toString()).isEqualTo(ExitCode.OK);
        assertThat(solve.exitCode()).as(solve.toString()).isEqualTo(ExitCode.OK);
        assertThat(JSON.readTree(solved.toFile()).path("schedule").path("score").asText())
                .startsWith("0hard/");
        assertThat(ScheduleAudit.audit(solved)).isEmpty();
    }

    @Test
    void summaryLineNamesTheCountsOfTheFileWritten(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("regional.json");

        CommandRun run = forumplan("generate", "--preset", "regional", "--seed", "3", "-o", file.toString());

        JsonNode dataset = JSON.readTree(file.toFile());
        Map<String, Integer> kinds = new HashMap<>();
        dataset.path("sessions")
                .forEach(session -> kinds.merge(session.path("kind").asText(), 1, Integer::sum));
        String byKind = Arrays.stream(SessionKind.values())
                .filter(kind -> kinds.containsKey(kind.code()))
                .map(kind -> kinds.get(kind.code()) + " " + kind.code())
                .collect(Collectors.joining(", "));
        int planted = ForumGenerator.generate(GeneratorSettings.of(Preset.REGIONAL, 3))
                .plantedSchedule()
                .size();
        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCode.OK);
        assertThat(run.outLines())
                .containsExactly(
                        "Generated %s: %d sessions (%s), %d rooms, %d timeslots, %d people; %d sessions placed in the planted schedule"
                                .formatted(
                                        file,
                                        dataset.path("sessions").size(),
                                        byKind,
                                        dataset.path("rooms").size(),
                                        dataset.path("timeslots").size(),
                                        dataset.path("people").size(),
                                        planted));
    }

    @Test
    void plantedScheduleIsAScheduleThatValidatesAndTheAuditFindsClean(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("planted.json");

        CommandRun generate =
                forumplan("generate", "--preset", "regional", "--with-planted-schedule", "-o", file.toString());
        CommandRun validate = forumplan("validate", file.toString());

        assertThat(generate.exitCode()).as(generate.toString()).isEqualTo(ExitCode.OK);
        assertThat(JSON.readTree(file.toFile()).path("schedule").path("assignments"))
                .isNotEmpty();
        assertThat(validate.exitCode()).as(validate.toString()).isEqualTo(ExitCode.OK);
        assertThat(ScheduleAudit.audit(file)).isEmpty();
    }

    @Test
    void sameOptionsTwiceWriteIdenticalBytes(@TempDir Path folder) throws IOException {
        Path first = folder.resolve("first.json");
        Path second = folder.resolve("second.json");

        forumplan("generate", "--preset", "igf2016", "--seed", "5", "-o", first.toString());
        forumplan("generate", "--preset", "igf2016", "--seed", "5", "-o", second.toString());

        assertThat(Files.readAllBytes(second)).isEqualTo(Files.readAllBytes(first));
    }

    @Test
    void committedSmallDatasetIsWhatItsCommandWrites(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("synthetic-small.json");

        CommandRun run =
                forumplan("generate", "--preset", "regional", "--sessions", "60", "--seed", "1", "-o", file.toString());

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCode.OK);
        assertThat(Files.readAllBytes(file))
                .isEqualTo(Files.readAllBytes(TestDatasets.folder().resolve("synthetic-small.json")));
    }

    @Test
    void existingOutputIsNotReplacedWithoutForce(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("mine.json");
        Files.writeString(file, "my own notes");

        CommandRun refused = forumplan("generate", "--preset", "regional", "-o", file.toString());

        assertThat(refused.exitCode()).as(refused.toString()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(refused.err()).contains(file.toString(), "--force");
        assertThat(Files.readString(file)).isEqualTo("my own notes");

        CommandRun forced = forumplan("generate", "--preset", "regional", "--force", "-o", file.toString());

        assertThat(forced.exitCode()).as(forced.toString()).isEqualTo(ExitCode.OK);
        assertThat(Files.readString(file)).startsWith("{");
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
        "--sessions, 9",
        "--sessions, 20001",
        "--sessions, many",
        "--days, 0",
        "--days, 31",
        "--rooms, 3",
        "--rooms, 501",
        "--preset, worldwide"
    })
    void badOptionIsExitTwoNamingTheOption(String option, String value, @TempDir Path folder) {
        Path file = folder.resolve("forum.json");

        CommandRun run = forumplan("generate", option, value, "-o", file.toString());

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.errLines()).first().asString().startsWith("forumplan: ").contains(option, value);
        assertThat(run.err()).doesNotContain("Exception", "\tat ");
        assertThat(file).doesNotExist();
    }

    @Test
    void moreSessionsThanTheRoomsHoldIsExitTwoSuggestingMoreDaysOrRooms(@TempDir Path folder) {
        Path file = folder.resolve("forum.json");

        CommandRun run =
                forumplan("generate", "--sessions", "1000", "--days", "2", "--rooms", "10", "-o", file.toString());

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.errLines()).singleElement().asString().contains("--days", "--rooms");
        assertThat(file).doesNotExist();
    }

    @Test
    void helpShowsAnExample() {
        CommandRun run = forumplan("generate", "--help");

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).contains("Examples:", "forumplan generate ", "--preset", "--seed", "-o");
    }
}
