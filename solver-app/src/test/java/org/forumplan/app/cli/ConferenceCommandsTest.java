package org.forumplan.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.forumplan.app.cli.CommandRun.forumplan;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.forumplan.app.cosplib.CosplibSolutionWorkbook;
import org.forumplan.app.cosplib.CosplibWorkbook;
import org.forumplan.app.cosplib.TinyCosplibWorkbook;
import org.forumplan.model.conference.io.ConferenceDocuments;
import org.forumplan.model.conference.io.ConferenceJson;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A CoSPLib conference through the command line: import, solve, explain, export, report, benchmark, and errors. */
class ConferenceCommandsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path folder;

    private Path instance;

    @BeforeEach
    void writeTheTinyInstance() {
        instance = TinyCosplibWorkbook.write(folder);
    }

    @Test
    void validateChecksAConferenceWorkbookAsAConference() {
        CommandRun run = forumplan("validate", instance.toString());

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).startsWith(instance + ": valid CoSPLib conference: ");
        assertThat(run.err()).isEmpty();
    }

    private Path solve() {
        Path solved = folder.resolve("tiny.solved.json");
        CommandRun run = forumplan(
                "solve", instance.toString(), "--move-limit", "5000", "--no-progress", "-o", solved.toString());
        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCode.OK);
        return solved;
    }

    @Test
    void aSolvedConferenceIsWrittenWithItsObjectiveTermByTerm() throws IOException {
        Path solved = folder.resolve("tiny.solved.json");
        CommandRun run = forumplan(
                "solve", instance.toString(), "--move-limit", "5000", "--no-progress", "-o", solved.toString());

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCode.OK);
        assertThat(run.err()).startsWith("Solving " + instance + ": 6 submissions in 3 tracks, 3 sessions, 2 rooms;");
        assertThat(run.out())
                .containsPattern("Objective [0-9,]+ \\(0hard/-?[0-9]+soft\\): every submission placed whole")
                .contains("Submissions_Rooms|Penalty:", "off", "Written: " + solved);
        JsonNode document = JSON.readTree(solved.toFile());
        assertThat(document.get("format").asText()).isEqualTo("cosplib/1");
        assertThat(document.get("schedule").get("assignments")).hasSize(6);
        assertThat(document.get("schedule").get("score").asText()).startsWith("0hard/");
    }

    @Test
    void explainScoresASolvedConferenceAsSolveDidAndTheExportedWorkbookReadsBackTheSame() throws Exception {
        Path solved = solve();
        Path workbook = folder.resolve("tiny-solution.xlsx");
        String score =
                JSON.readTree(solved.toFile()).get("schedule").get("score").asText();

        CommandRun explained = forumplan("explain", solved.toString(), "--format", "json");
        CommandRun exported = forumplan("export", "cosplib", solved.toString(), "-o", workbook.toString());
        Path reimported = folder.resolve("reimported.json");
        CommandRun imported = forumplan(
                "import",
                "cosplib",
                instance.toString(),
                "--solution",
                workbook.toString(),
                "-o",
                reimported.toString());
        CommandRun explainedAgain = forumplan("explain", reimported.toString(), "--format", "json");

        assertThat(explained.exitCode()).as(explained.toString()).isZero();
        JsonNode objective = JSON.readTree(explained.out());
        assertThat(objective.get("score").asText()).isEqualTo(score);
        assertThat(objective.get("feasible").asBoolean()).isTrue();
        assertThat(objective.get("terms")).hasSize(16);
        assertThat(exported.exitCode()).as(exported.toString()).isZero();
        assertThat(imported.exitCode()).as(imported.toString()).isZero();
        assertThat(JSON.readTree(explainedAgain.out())).isEqualTo(objective);
        ConferenceJson document = ConferenceDocuments.read(solved);
        assertThat(CosplibSolutionWorkbook.read(workbook, CosplibWorkbook.read(instance))
                        .assignments())
                .containsExactlyInAnyOrderElementsOf(document.schedule().assignments());
    }

    @Test
    void theReportShowsEachSessionsGridAndTheObjective() throws IOException {
        Path solved = solve();

        for (String format : new String[] {"html", "md", "csv", "xlsx"}) {
            CommandRun run = forumplan("report", solved.toString(), "--format", format);
            assertThat(run.exitCode()).as(run.toString()).isZero();
            assertThat(folder.resolve("tiny.solved." + format)).isRegularFile();
        }
        String markdown = Files.readString(folder.resolve("tiny.solved.md"));
        assertThat(markdown)
                .startsWith("# Tiny\n\nObjective ")
                .contains("| Tracks_Sessions\\|Penalty: | 100 |", "## Mon1", "| timeslot | Aula | Lab |")
                .containsPattern("\\| S1 \\((Scheduling)\\) \\|");
        assertThat(Files.readString(folder.resolve("tiny.solved.csv")))
                .startsWith("submission,track,session,room,first timeslot,timeslots\nS1,Scheduling,");
        CommandRun calendar = forumplan("report", solved.toString(), "--format", "ics");
        assertThat(calendar.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(calendar.err()).contains("is a CoSPLib conference: its report is html, xlsx, md or csv");
    }

    @Test
    void importWritesTheInstanceAsADocumentThatSolvesAlike() throws IOException {
        Path document = folder.resolve("tiny.json");

        CommandRun run = forumplan("import", "cosplib", instance.toString(), "-o", document.toString());
        CommandRun solved = forumplan(
                "solve",
                document.toString(),
                "--move-limit",
                "5000",
                "--no-progress",
                "-o",
                folder.resolve("from-json.solved.json").toString());

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out())
                .isEqualTo("Imported %s: 6 submissions in 3 tracks, 3 sessions, 2 rooms; written: %s%n"
                        .formatted(instance, document));
        assertThat(solved.exitCode()).as(solved.toString()).isZero();
        assertThat(JSON.readTree(folder.resolve("from-json.solved.json").toFile())
                        .get("schedule")
                        .get("assignments"))
                .isEqualTo(JSON.readTree(solve().toFile()).get("schedule").get("assignments"));
    }

    @Test
    void aBrokenWorkbookIsReportedAtItsCellAndNothingIsWritten() {
        Path broken =
                TinyCosplibWorkbook.write(folder, book -> TinyCosplibWorkbook.set(book, "submissions!B3", "Robotics"));

        CommandRun run = forumplan(
                "solve", broken.toString(), "-o", folder.resolve("x.json").toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).contains("submissions!B3: unknown track \"Robotics\"");
        assertThat(folder.resolve("x.json")).doesNotExist();
    }

    @Test
    void forumOptionsAreRefusedForAConference() {
        CommandRun run = forumplan("solve", instance.toString(), "--report", "html");

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err())
                .contains("is a CoSPLib conference: --from, --pin-published, --freeze-before and --report are for"
                        + " forums");
    }

    @Test
    void whatWouldLoseDataIsRefused() throws IOException {
        Path solved = solve();
        ObjectNode broken = (ObjectNode) JSON.readTree(solved.toFile());
        // Two submissions in one room at one time: the solution layout has a single cell for both.
        ArrayNode assignments = (ArrayNode) broken.get("schedule").get("assignments");
        JsonNode first = assignments.get(0);
        for (JsonNode assignment : assignments) {
            if (assignment.get("submission").asText().equals("S3")) {
                ((ObjectNode) assignment).setAll((ObjectNode) first.deepCopy());
                ((ObjectNode) assignment).put("submission", "S3");
            }
        }
        Path clash = folder.resolve("clash.json");
        JSON.writeValue(clash.toFile(), broken);

        CommandRun workbookOutput = forumplan(
                "solve", instance.toString(), "-o", folder.resolve("x.xlsx").toString());
        CommandRun overInput =
                forumplan("import", "cosplib", instance.toString(), "-o", instance.toString(), "--force");
        CommandRun clashing = forumplan(
                "export",
                "cosplib",
                clash.toString(),
                "-o",
                folder.resolve("c.xlsx").toString());
        CommandRun missing = forumplan(
                "import",
                "cosplib",
                instance.toString(),
                "--solution",
                folder.resolve("nowhere.xlsx").toString());

        assertThat(workbookOutput.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(workbookOutput.err()).contains("solution workbook is written by forumplan export cosplib");
        assertThat(overInput.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(CosplibWorkbook.isCosplibWorkbook(instance)).isTrue();
        assertThat(clashing.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(clashing.err())
                .contains("not a CoSPLib solution", "the library's solution workbook cannot hold that schedule");
        assertThat(folder.resolve("c.xlsx")).doesNotExist();
        assertThat(missing.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(missing.err()).endsWith("nowhere.xlsx: no such file\n");
    }

    @Test
    void theBenchmarkSolvesEveryInstanceOfAFolderAndKeepsTheSolutionWorkbooks() throws IOException {
        Path results = folder.resolve("results");

        CommandRun run = forumplan(
                "benchmark", "cosplib", folder.toString(), "--time-limit", "2s", "--results", results.toString());

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out()).containsPattern("Tiny +6 +yes +[0-9,]+ ");
        try (var runs = Files.list(results)) {
            Path runFolder = runs.findFirst().orElseThrow();
            assertThat(runFolder.resolve("Tiny-solution.xlsx")).isRegularFile();
            assertThat(runFolder.resolve("Tiny.solved.json")).isRegularFile();
            assertThat(JSON.readTree(runFolder.resolve("summary.json").toFile())
                            .get(0)
                            .get("instance")
                            .asText())
                    .isEqualTo("Tiny");
        }
    }
}
