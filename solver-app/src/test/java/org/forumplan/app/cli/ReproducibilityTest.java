package org.forumplan.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.forumplan.app.cli.CommandRun.forumplan;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same dataset, seed and step limit give the same schedule, here on the IGF 2014 dataset (146 sessions, 12 pinned);
 * another seed gives another one; and {@code solve --help} says that a time limit alone does not reproduce a schedule.
 */
class ReproducibilityTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] STEP_LIMITED = {"--step-limit", "300", "--time-limit", "2m", "--no-progress"};

    @TempDir
    static Path folder;

    private static JsonNode first;
    private static JsonNode second;
    private static JsonNode otherSeed;

    @BeforeAll
    static void solveIgf2014ThreeTimes() throws IOException {
        first = solveIgf2014("3", "first.json");
        second = solveIgf2014("3", "second.json");
        otherSeed = solveIgf2014("4", "other-seed.json");
    }

    @Test
    void sameSeedAndStepLimitGiveTheSameScheduleForIgf2014() {
        assertThat(second.get("assignments")).isEqualTo(first.get("assignments"));
        assertThat(second.get("unscheduled")).isEqualTo(first.get("unscheduled"));
        assertThat(second.get("score")).isEqualTo(first.get("score"));
        assertThat(first.get("assignments")).hasSize(146);
        assertThat(first.get("solver").get("seed").asLong()).isEqualTo(3);
        // The step limit ended the runs, not the time limit.
        assertThat(Duration.parse(first.get("solver").get("timeSpent").asText()))
                .isLessThan(Duration.ofMinutes(1));
    }

    @Test
    void anotherSeedGivesAnotherScheduleForIgf2014() {
        assertThat(otherSeed.get("solver").get("seed").asLong()).isEqualTo(4);
        assertThat(otherSeed.get("assignments")).isNotEqualTo(first.get("assignments"));
    }

    @Test
    void solveHelpSaysThatATimeLimitAloneIsNotReproducible() {
        CommandRun run = forumplan("solve", "--help");

        String help = run.out().replaceAll("\\s+", " ");
        assertThat(help)
                .contains("With the same seed, the same dataset and a step limit")
                .contains("give the same schedule")
                .contains("a time limit alone does not");
    }

    /**
     * On a forum of three sessions the search soon accepts no move at all, so a step never ends and a step limit never
     * triggers; a move limit does. Without it this solve would run for the hour of its time limit (the timeout only
     * guards the build against that).
     */
    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void moveLimitEndsASearchThatAcceptsNoMoreMoves(@TempDir Path output) throws IOException {
        Path solved = output.resolve("three-sessions.solved.json");

        CommandRun run = forumplan(
                "solve",
                TestDatasets.resource("/org/forumplan/app/three-sessions-forum.json")
                        .toString(),
                "--move-limit",
                "2000",
                "--time-limit",
                "1h",
                "--no-progress",
                "-o",
                solved.toString());

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCode.OK);
        assertThat(run.err()).contains("2000 moves");
        assertThat(JSON.readTree(solved.toFile())
                        .get("schedule")
                        .get("feasible")
                        .asBoolean())
                .isTrue();
    }

    private static JsonNode solveIgf2014(String seed, String name) throws IOException {
        Path output = folder.resolve(name);
        String[] args = new String[STEP_LIMITED.length + 6];
        args[0] = "solve";
        args[1] = TestDatasets.igf2014().toString();
        System.arraycopy(STEP_LIMITED, 0, args, 2, STEP_LIMITED.length);
        args[STEP_LIMITED.length + 2] = "--seed";
        args[STEP_LIMITED.length + 3] = seed;
        args[STEP_LIMITED.length + 4] = "-o";
        args[STEP_LIMITED.length + 5] = output.toString();
        CommandRun run = forumplan(args);
        assertThat(run.exitCode()).as(run.toString()).isIn(ExitCode.OK, ExitCode.HARD_CONSTRAINTS_BROKEN);
        return JSON.readTree(output.toFile()).get("schedule");
    }
}
