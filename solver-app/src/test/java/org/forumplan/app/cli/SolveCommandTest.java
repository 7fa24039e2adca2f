package org.forumplan.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.forumplan.app.cli.CommandRun.forumplan;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.forumplan.app.audit.ScheduleAudit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code forumplan solve} end to end. One short solve of the IGF 2014 dataset is shared by the tests that read its
 * output; the other solves are a few seconds each, or stop at a step count.
 */
class SolveCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String VERSION = "forumplan 0.1.0 / Timefold 1.32.0";
    private static final Duration IGF_TIME_LIMIT = Duration.ofSeconds(8);

    @TempDir
    static Path shared;

    private static Path igfOutput;
    private static CommandRun igf;

    @BeforeAll
    static void solveIgf2014() {
        igfOutput = shared.resolve("igf-2014.solved.json");
        igf = forumplan(
                "solve",
                TestDatasets.igf2014().toString(),
                "--time-limit",
                IGF_TIME_LIMIT.toSeconds() + "s",
                "--unimproved-limit",
                "2s",
                "-o",
                igfOutput.toString());
    }

    // ************************************************************************
    // The IGF 2014 solve
    // ************************************************************************

    @Test
    void solvingIgf2014ReachesZeroHardAndExitsZero() {
        assertThat(igf.exitCode()).as(igf.toString()).isEqualTo(ExitCode.OK);
        assertThat(igf.out()).contains("Score 0hard/", "feasible, no hard constraint broken");
        assertThat(igf.out()).contains("Written: " + igfOutput);
        assertThat(igfOutput).isRegularFile();
    }

    @Test
    void solvedIgf2014PassesTheIndependentAudit() throws IOException {
        assertThat(ScheduleAudit.audit(igfOutput)).isEmpty();
    }

    @Test
    void solvingKeepsEveryPin() throws IOException {
        JsonNode input = JSON.readTree(TestDatasets.igf2014().toFile());
        Map<String, JsonNode> assignments = assignmentsBySession(solved());
        int pins = 0;
        for (JsonNode session : input.get("sessions")) {
            JsonNode pin = session.get("pinned");
            if (pin == null) {
                continue;
            }
            pins++;
            JsonNode assignment = assignments.get(session.get("id").asText());
            assertThat(assignment)
                    .as("assignment of pinned %s", session.get("id"))
                    .isNotNull();
            assertThat(assignment.get("room")).isEqualTo(pin.get("room"));
            assertThat(assignment.get("timeslot")).isEqualTo(pin.get("timeslot"));
            assertThat(assignment.get("span")).isEqualTo(pin.get("span"));
        }
        assertThat(pins).isEqualTo(12);
    }

    @Test
    void solvedFileRecordsScoreAssignmentsUnscheduledAndTheSolverRun() throws IOException {
        JsonNode schedule = solved().get("schedule");

        assertThat(schedule.get("score").asText()).matches("0hard/-?\\d+medium/-?\\d+soft");
        assertThat(schedule.get("feasible").asBoolean()).isTrue();
        assertThat(schedule.get("assignments")).hasSize(146);
        assertThat(schedule.get("unscheduled").isArray()).isTrue();
        assertThat(schedule.get("unscheduled")).isEmpty();
        for (JsonNode assignment : schedule.get("assignments")) {
            assertThat(assignment.fieldNames())
                    .toIterable()
                    .containsExactly("session", "room", "timeslot", "span", "day", "start", "end");
        }
        JsonNode solver = schedule.get("solver");
        assertThat(solver.get("version").asText()).isEqualTo(VERSION);
        assertThat(solver.get("seed").asLong()).isZero();
        Duration timeSpent = Duration.parse(solver.get("timeSpent").asText());
        assertThat(timeSpent).isPositive().isLessThanOrEqualTo(IGF_TIME_LIMIT.plusSeconds(2));
    }

    @Test
    void solvedScoreMatchesTheSummary() throws IOException {
        String score = solved().get("schedule").get("score").asText();

        assertThat(igf.out()).contains("Score " + score + ":");
    }

    /** FORMAT.md: times are {@code HH:MM}; a solved file is the input with its schedule filled in. */
    @Test
    void timesAreWrittenAsHoursAndMinutes() throws IOException {
        JsonNode solved = solved();

        for (JsonNode timeslot : solved.get("timeslots")) {
            assertThat(timeslot.get("start").asText())
                    .as("timeslot %s", timeslot.get("id"))
                    .matches("\\d\\d:\\d\\d");
            assertThat(timeslot.get("end").asText())
                    .as("timeslot %s", timeslot.get("id"))
                    .matches("\\d\\d:\\d\\d");
        }
        for (JsonNode assignment : solved.get("schedule").get("assignments")) {
            assertThat(assignment.get("start").asText()).matches("\\d\\d:\\d\\d");
            assertThat(assignment.get("end").asText()).matches("\\d\\d:\\d\\d");
        }
    }

    /** Everything but the schedule is as it was; times are compared as times (the text is checked above). */
    @Test
    void solvedFileIsTheInputWithItsScheduleFilledIn() throws IOException {
        ObjectNode input = (ObjectNode) JSON.readTree(TestDatasets.igf2014().toFile());
        ObjectNode output = solved().deepCopy();
        output.remove("schedule");

        assertThat(normalizeTimes(output)).isEqualTo(normalizeTimes(input));
    }

    @Test
    void solvedFileValidates() {
        CommandRun validate = forumplan("validate", igfOutput.toString());

        assertThat(validate.exitCode()).as(validate.toString()).isEqualTo(ExitCode.OK);
        assertThat(validate.out()).contains("valid: 146 sessions (12 pinned)");
    }

    @Test
    void summaryShowsTheScorePerLevelTheSessionsByKindAndTheCostliestConstraints() {
        assertThat(igf.out())
                .containsPattern("(?m)^  hard   0 ")
                .containsPattern("(?m)^  medium 0 ")
                .containsPattern("(?m)^  soft   -[\\d,]+ ")
                .contains("Sessions: 146 placed, 0 unscheduled")
                .containsPattern("(?m)^  workshop +80 +0$")
                .containsPattern("(?m)^  main +11 +0$")
                .containsPattern("(?m)^  flash +10 +0$")
                .containsPattern("(?m)^  pre_event +13 +0$")
                .contains("Costliest constraints:")
                .containsPattern("(?m)^  Topic clash +-\\d+soft +\\d+ match");
    }

    @Test
    void progressGoesToStandardErrorAndTheSummaryToStandardOutput() {
        assertThat(igf.err())
                .contains("Solving " + TestDatasets.igf2014() + ": 146 sessions (12 pinned), 13 rooms, 36 timeslots")
                .containsPattern("(?m)^ +\\d+\\.\\ds  best -?\\d+hard/-?\\d+medium/-?\\d+soft  unscheduled \\d+ ");
        assertThat(igf.out()).doesNotContain("score calculations/s").doesNotContain("Solving ");
        assertThat(igf.err()).doesNotContain("Costliest constraints");
    }

    @Test
    void theTimeLimitIsTheCommandsAndTheSearchGetsWhatIsLeft() {
        assertThat(igf.err())
                .containsPattern("stops after " + IGF_TIME_LIMIT.toSeconds()
                        + "s \\(the search \\d+\\.\\ds of it\\) or 2s without improvement");
        assertThat(igf.out())
                .containsPattern(
                        "(?m)^Done in \\d+\\.\\ds from start to written files \\(the search \\d+\\.\\ds of it\\)$");
    }

    // ************************************************************************
    // Weights
    // ************************************************************************

    @Test
    void switchingTopicClashOffLeavesItOutOfTheSummary(@TempDir Path folder) {
        Path output = folder.resolve("no-topic-clash.json");

        CommandRun run = forumplan(
                "solve",
                TestDatasets.igf2014().toString(),
                "--weight",
                "Topic clash=0hard/0medium/0soft",
                "--time-limit",
                "5s",
                "--unimproved-limit",
                "2s",
                "--no-progress",
                "-o",
                output.toString());

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).contains("Costliest constraints:").doesNotContain("Topic clash");
        assertThat(output).isRegularFile();
    }

    @Test
    void commandLineWeightWinsOverTheDatasetsWeight(@TempDir Path folder) throws IOException {
        ObjectNode dataset = (ObjectNode) JSON.readTree(TestDatasets.igf2014().toFile());
        dataset.withObjectProperty("policy")
                .withObjectProperty("weights")
                .put("Competing with a main session", "0hard/0medium/0soft");
        Path input = folder.resolve("no-main-competition.json");
        JSON.writeValue(input.toFile(), dataset);
        String[] shortSolve = {"--step-limit", "100", "--no-progress"};

        CommandRun datasetWeight =
                forumplan(concat("solve", input.toString(), shortSolve, "-o", folder.resolve("dataset-weight.json")));
        CommandRun commandLineWeight = forumplan(concat(
                "solve",
                input.toString(),
                shortSolve,
                "--weight",
                "Competing with a main session=0hard/0medium/-1soft",
                "-o",
                folder.resolve("command-line-weight.json")));

        assertThat(datasetWeight.exitCode())
                .as(datasetWeight.toString())
                .isIn(ExitCode.OK, ExitCode.HARD_CONSTRAINTS_BROKEN);
        assertThat(datasetWeight.out()).doesNotContain("Competing with a main session");
        assertThat(commandLineWeight.exitCode())
                .as(commandLineWeight.toString())
                .isIn(ExitCode.OK, ExitCode.HARD_CONSTRAINTS_BROKEN);
        assertThat(commandLineWeight.out()).containsPattern("(?m)^  Competing with a main session +-\\d+soft");
    }

    @Test
    void bestScoreLimitStopsTheSolveOnceReached(@TempDir Path folder) throws IOException {
        Path output = folder.resolve("out.json");

        CommandRun run = forumplan(
                "solve",
                TestDatasets.igf2014().toString(),
                "--best-score-limit",
                "0hard/0medium/-999999999soft",
                "--time-limit",
                "2m",
                "--no-progress",
                "-o",
                output.toString());

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCode.OK);
        JsonNode solver = JSON.readTree(output.toFile()).get("schedule").get("solver");
        assertThat(Duration.parse(solver.get("timeSpent").asText())).isLessThan(Duration.ofSeconds(30));
    }

    @Test
    void misspelledConstraintNameIsBadInputNamingTheClosestName(@TempDir Path folder) {
        Path output = folder.resolve("out.json");

        CommandRun run = forumplan(
                "solve",
                TestDatasets.igf2014().toString(),
                "--weight",
                "Topic clsh=0hard/0medium/0soft",
                "-o",
                output.toString());

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.errLines()).singleElement().asString().contains("\"Topic clsh\"", "\"Topic clash\"");
        assertThat(output).doesNotExist();
    }

    @ParameterizedTest(name = "--weight \"{0}\"")
    @CsvSource(
            delimiter = '|',
            value = {
                "Topic clash                            | expected NAME=SCORE",
                "Topic clash=lots                       | is not a score",
                "Topic clash=1hard/-1medium/0soft       | mixes signs",
                "=0hard/0medium/0soft                   | expected NAME=SCORE"
            })
    void malformedWeightIsBadInputInOneLine(String weight, String message, @TempDir Path folder) {
        Path output = folder.resolve("out.json");

        CommandRun run =
                forumplan("solve", TestDatasets.igf2014().toString(), "--weight", weight, "-o", output.toString());

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.errLines())
                .singleElement()
                .asString()
                .startsWith("forumplan: --weight")
                .contains(message);
        assertThat(output).doesNotExist();
    }

    // ************************************************************************
    // Bad usage and bad files
    // ************************************************************************

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"--time-limit, 5x", "--time-limit, 0s", "--unimproved-limit, soon", "--time-limit, -5s"})
    void badDurationIsBadInput(String option, String value, @TempDir Path folder) {
        Path output = folder.resolve("out.json");

        CommandRun run = forumplan("solve", TestDatasets.igf2014().toString(), option, value, "-o", output.toString());

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).contains(option, "'" + value + "'").doesNotContain("Exception");
        assertThat(output).doesNotExist();
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
        "--step-limit, 0",
        "--step-limit, many",
        "--best-score-limit, perfect",
        "--seed, random",
        "--tme-limit, 5s"
    })
    void badOptionIsBadInputWithoutStackTrace(String option, String value, @TempDir Path folder) {
        Path output = folder.resolve("out.json");

        CommandRun run = forumplan("solve", TestDatasets.igf2014().toString(), option, value, "-o", output.toString());

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err())
                .startsWith("forumplan: ")
                .doesNotContain("Exception")
                .doesNotContain("\tat ");
        assertThat(output).doesNotExist();
    }

    @Test
    void outputEqualToTheInputIsRefusedAndTheInputIsUntouched(@TempDir Path folder) throws IOException {
        Path input = folder.resolve("forum.json");
        Files.copy(TestDatasets.regionalForum(), input);
        Path link = Files.createSymbolicLink(folder.resolve("link.json"), input);
        byte[] before = Files.readAllBytes(input);

        for (Path output : new Path[] {input, folder.resolve(".").resolve("forum.json"), link}) {
            CommandRun run = forumplan("solve", input.toString(), "--step-limit", "10", "-o", output.toString());

            assertThat(run.exitCode()).as("-o %s: %s", output, run).isEqualTo(ExitCode.BAD_INPUT);
            assertThat(run.errLines())
                    .singleElement()
                    .asString()
                    .isEqualTo(
                            "forumplan: -o " + output + " is the input dataset; forumplan never overwrites its input");
        }
        assertThat(Files.readAllBytes(input)).isEqualTo(before);
        try (var files = Files.list(folder)) {
            assertThat(files).containsExactlyInAnyOrder(input, link);
        }
    }

    @Test
    void unwritableOutputIsAnInputOutputFailureInOneLine(@TempDir Path folder) throws IOException {
        Path notAFolder = Files.writeString(folder.resolve("plain-file"), "x");
        Path output = notAFolder.resolve("out.json");

        CommandRun run = forumplan(
                "solve",
                TestDatasets.regionalForum().toString(),
                "--step-limit",
                "10",
                "--no-progress",
                "-o",
                output.toString());

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCode.IO_FAILURE);
        assertThat(run.errLines()).last().asString().startsWith("forumplan: cannot write " + output);
        assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(Files.readString(notAFolder)).isEqualTo("x");
    }

    @Test
    void aSolverConfigurationThatIsNotOneIsAUsageErrorOnOneLineBeforeSolving(@TempDir Path folder) throws IOException {
        Path config = Files.writeString(
                folder.resolve("solver.xml"), "<solver><localSearch><nonsense/></localSearch></solver>");

        CommandRun run = forumplan(
                "solve",
                TestDatasets.igf2014().toString(),
                "--solver-config",
                config.toString(),
                "-o",
                folder.resolve("out.json").toString());

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.errLines())
                .singleElement()
                .asString()
                .startsWith("forumplan: --solver-config: " + config + " is not a Timefold solver configuration: ");
        assertThat(folder.resolve("out.json")).doesNotExist();
    }

    @Test
    void missingDatasetIsBadInputNamingTheFile(@TempDir Path folder) {
        Path missing = folder.resolve("no-such-forum.json");

        CommandRun run = forumplan(
                "solve", missing.toString(), "-o", folder.resolve("out.json").toString());

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.errLines()).singleElement().asString().contains(missing.toString(), "no such file");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void brokenDatasetIsBadInputWithOneLinePerProblem(@TempDir Path folder) throws IOException {
        Path broken = folder.resolve("broken.json");
        ObjectNode dataset =
                (ObjectNode) JSON.readTree(TestDatasets.regionalForum().toFile());
        ((ObjectNode) dataset.get("sessions").get(5)).put("evaluation", 9);
        ((ObjectNode) dataset.get("sessions").get(6)).put("feeds", "MS-NOWHERE");
        JSON.writeValue(broken.toFile(), dataset);

        CommandRun run = forumplan(
                "solve", broken.toString(), "-o", folder.resolve("out.json").toString());

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.errLines())
                .satisfiesExactly(
                        line -> assertThat(line)
                                .isEqualTo(broken
                                        + ": sessions[5].evaluation: session \"OF-GOV\": 9.0 is outside the MAG's"
                                        + " scale; expected 1 to 5"),
                        line -> assertThat(line)
                                .startsWith(broken + ": sessions[6].feeds: session \"OF-REGULATORS\": unknown session"
                                        + " \"MS-NOWHERE\""));
        assertThat(folder.resolve("out.json")).doesNotExist();
    }

    /** One timeslot, so A cannot end before B starts: no schedule keeps every hard rule. */
    /**
     * Passes every pre-check (each person has two sessions and two times; there are four places for three sessions) but
     * cannot be solved: each pair of sessions shares a person, so all three need different times, and there are two.
     */
    private static final String IMPOSSIBLE_FORUM = """
            {
              "format": "forumplan/1",
              "forum": { "name": "Impossible forum", "timeZone": "UTC" },
              "timeslots": [
                { "id": "t1", "day": "2025-01-01", "start": "09:00", "end": "10:30", "kinds": ["regular"] },
                { "id": "t2", "day": "2025-01-01", "start": "11:00", "end": "12:30", "kinds": ["regular"] }
              ],
              "rooms": [ { "id": "r1", "capacity": 50 }, { "id": "r2", "capacity": 50 } ],
              "people": [ { "id": "p1" }, { "id": "p2" }, { "id": "p3" } ],
              "sessions": [
                { "id": "A", "title": "First", "kind": "workshop", "durationMinutes": 90, "mandatory": true,
                  "people": [ { "person": "p1", "role": "speaker" }, { "person": "p3", "role": "speaker" } ] },
                { "id": "B", "title": "Second", "kind": "workshop", "durationMinutes": 90, "mandatory": true,
                  "people": [ { "person": "p1", "role": "speaker" }, { "person": "p2", "role": "speaker" } ] },
                { "id": "C", "title": "Third", "kind": "workshop", "durationMinutes": 90, "mandatory": true,
                  "people": [ { "person": "p2", "role": "speaker" }, { "person": "p3", "role": "speaker" } ] }
              ]
            }
            """;

    @Test
    void unsolvableDatasetExitsOneStillWritesTheScheduleAndTheAuditAgrees(@TempDir Path folder) throws IOException {
        Path input = folder.resolve("impossible.json");
        Files.writeString(input, IMPOSSIBLE_FORUM);
        Path output = folder.resolve("out/nested/impossible.solved.json");

        CommandRun run = forumplan(
                "solve",
                input.toString(),
                "--step-limit",
                "50",
                "--time-limit",
                "10s",
                "--no-progress",
                "-o",
                output.toString());

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCode.HARD_CONSTRAINTS_BROKEN);
        assertThat(run.out()).contains("NOT feasible, hard constraints are broken", "Written: " + output);
        JsonNode schedule = JSON.readTree(output.toFile()).get("schedule");
        assertThat(schedule.get("feasible").asBoolean()).isFalse();
        assertThat(schedule.get("score").asText()).startsWith("-");
        assertThat(ScheduleAudit.audit(output))
                .isNotEmpty()
                .allSatisfy(violation -> assertThat(violation.rule())
                        .isIn(ScheduleAudit.Rule.PERSON_CONFLICT, ScheduleAudit.Rule.MANDATORY_UNSCHEDULED));
    }

    // ************************************************************************
    // Reproducibility
    // ************************************************************************

    @Test
    void sameSeedAndStepLimitGiveTheSameSchedule(@TempDir Path folder) throws IOException {
        Path first = folder.resolve("first.json");
        Path second = folder.resolve("second.json");
        String[] options = {"--seed", "7", "--step-limit", "2000", "--time-limit", "2m", "--no-progress", "-o"};

        CommandRun firstRun =
                forumplan(concat("solve", TestDatasets.regionalForum().toString(), options, first));
        CommandRun secondRun =
                forumplan(concat("solve", TestDatasets.regionalForum().toString(), options, second));

        assertThat(firstRun.exitCode()).as(firstRun.toString()).isIn(ExitCode.OK, ExitCode.HARD_CONSTRAINTS_BROKEN);
        assertThat(secondRun.exitCode()).as(secondRun.toString()).isEqualTo(firstRun.exitCode());
        JsonNode firstSchedule = JSON.readTree(first.toFile()).get("schedule");
        JsonNode secondSchedule = JSON.readTree(second.toFile()).get("schedule");
        assertThat(secondSchedule.get("assignments")).isEqualTo(firstSchedule.get("assignments"));
        assertThat(secondSchedule.get("unscheduled")).isEqualTo(firstSchedule.get("unscheduled"));
        assertThat(secondSchedule.get("score")).isEqualTo(firstSchedule.get("score"));
        assertThat(firstSchedule.get("solver").get("seed").asLong()).isEqualTo(7);
        // The step limit ended both runs, not the time limit.
        assertThat(Duration.parse(firstSchedule.get("solver").get("timeSpent").asText()))
                .isLessThan(Duration.ofMinutes(1));
    }

    /** The seed reaches the solver: 2000 steps of late acceptance from another random stream end elsewhere. */
    @Test
    void anotherSeedGivesAnotherSchedule(@TempDir Path folder) throws IOException {
        Path seven = folder.resolve("seven.json");
        Path eight = folder.resolve("eight.json");
        String[] options = {"--step-limit", "2000", "--time-limit", "2m", "--no-progress"};

        forumplan(concat("solve", TestDatasets.regionalForum(), options, "--seed", "7", "-o", seven));
        forumplan(concat("solve", TestDatasets.regionalForum(), options, "--seed", "8", "-o", eight));

        JsonNode sevenSchedule = JSON.readTree(seven.toFile()).get("schedule");
        JsonNode eightSchedule = JSON.readTree(eight.toFile()).get("schedule");
        assertThat(eightSchedule.get("solver").get("seed").asLong()).isEqualTo(8);
        assertThat(eightSchedule.get("assignments")).isNotEqualTo(sevenSchedule.get("assignments"));
    }

    // ************************************************************************
    // Helpers
    // ************************************************************************

    private static JsonNode solved() throws IOException {
        return JSON.readTree(igfOutput.toFile());
    }

    private static Map<String, JsonNode> assignmentsBySession(JsonNode solved) {
        Map<String, JsonNode> bySession = new HashMap<>();
        for (JsonNode assignment : solved.get("schedule").get("assignments")) {
            bySession.put(assignment.get("session").asText(), assignment);
        }
        return bySession;
    }

    private static JsonNode normalizeTimes(ObjectNode dataset) {
        for (JsonNode timeslot : dataset.get("timeslots")) {
            ObjectNode slot = (ObjectNode) timeslot;
            slot.put("start", LocalTime.parse(slot.get("start").asText()).toString());
            slot.put("end", LocalTime.parse(slot.get("end").asText()).toString());
        }
        return dataset;
    }

    /** The arguments in order; options may be given as arrays, paths as paths. */
    private static String[] concat(Object... parts) {
        List<String> args = new ArrayList<>();
        for (Object part : parts) {
            if (part instanceof String[] many) {
                args.addAll(List.of(many));
            } else {
                args.add(part.toString());
            }
        }
        return args.toArray(String[]::new);
    }
}
