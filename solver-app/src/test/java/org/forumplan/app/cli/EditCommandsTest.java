package org.forumplan.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.forumplan.app.cli.CommandRun.forumplan;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.forumplan.app.report.SolvedForums;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code suggest}, {@code move}, {@code swap}, {@code unplace}: hand edits whose scores are what explain then says. */
class EditCommandsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path folder;

    private Path file;
    /** Placed sessions that are not pinned, in the schedule's order. */
    private List<String> movable;

    @BeforeEach
    void copyASolvedForum() throws IOException {
        file = folder.resolve("forum.solved.json");
        Files.copy(SolvedForums.regionalForum(), file);
        JsonNode document = JSON.readTree(file.toFile());
        movable = new ArrayList<>();
        document.get("sessions").forEach(session -> {
            if (!session.has("pinned")
                    && SolvedFiles.assignmentsOf(document)
                            .containsKey(session.get("id").asText())) {
                movable.add(session.get("id").asText());
            }
        });
    }

    @Test
    void eachSuggestedScoreIsWhatExplainGivesAfterTheMove() throws IOException {
        for (String session : List.of(movable.get(0), movable.get(7), movable.get(20))) {
            CommandRun suggested = forumplan(
                    "suggest", file.toString(), session, "--top", "2", "--include-infeasible", "--format", "json");
            assertThat(suggested.exitCode()).as(suggested.toString()).isZero();
            JsonNode places = JSON.readTree(suggested.out());
            assertThat(places).hasSize(2);
            for (JsonNode place : places) {
                Path moved = folder.resolve(session + "-" + place.get("room").asText() + "-"
                        + place.get("timeslot").asText() + ".json");
                CommandRun move = forumplan(
                        "move",
                        file.toString(),
                        session,
                        place.get("room").asText(),
                        place.get("timeslot").asText(),
                        "--span",
                        place.get("span").asText(),
                        "--allow-hard",
                        "-o",
                        moved.toString());
                assertThat(move.exitCode()).as(move.toString()).isZero();

                CommandRun explained = forumplan("explain", moved.toString(), "--format", "json");
                assertThat(JSON.readTree(explained.out()).get("score").asText())
                        .as(session + " at " + place)
                        .isEqualTo(place.get("score").asText());
            }
        }
    }

    @Test
    void aMoveThatBreaksAHardConstraintIsRefusedAndTheFileIsLeftByteForByte() throws IOException {
        Map<String, JsonNode> assignments = SolvedFiles.assignments(file);
        JsonNode other = assignments.get(movable.get(1));
        byte[] before = Files.readAllBytes(file);

        // Into another session's room at its time: a room conflict.
        CommandRun run = forumplan(
                "move",
                file.toString(),
                movable.get(0),
                other.get("room").asText(),
                other.get("timeslot").asText());

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).contains("the edit breaks a hard constraint", "--allow-hard");
        assertThat(run.out()).contains("Room conflict");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void aSwapIsTheTwoMovesItStandsFor() throws IOException {
        Map<String, JsonNode> assignments = SolvedFiles.assignments(file);
        String first = movable.get(2);
        String second = movable.get(3);
        Path swapped = folder.resolve("swapped.json");
        CommandRun swap = forumplan("swap", file.toString(), first, second, "--allow-hard", "-o", swapped.toString());
        assertThat(swap.exitCode()).as(swap.toString()).isZero();

        Path moved = folder.resolve("moved.json");
        forumplan(
                "move",
                file.toString(),
                first,
                room(assignments, second),
                timeslot(assignments, second),
                "--allow-hard",
                "-o",
                moved.toString());
        forumplan(
                "move",
                moved.toString(),
                second,
                room(assignments, first),
                timeslot(assignments, first),
                "--allow-hard");

        assertThat(score(swapped)).isEqualTo(score(moved));
        assertThat(SolvedFiles.assignments(swapped).get(first).get("room").asText())
                .isEqualTo(room(assignments, second));
    }

    @Test
    void anUnplacedSessionIsUnscheduledAndAPinnedOneNeedsUnpin() throws IOException {
        JsonNode document = JSON.readTree(file.toFile());
        String pinned = null;
        for (JsonNode session : document.get("sessions")) {
            if (session.has("pinned")) {
                pinned = session.get("id").asText();
            }
        }
        CommandRun refused = forumplan("unplace", file.toString(), pinned);
        assertThat(refused.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(refused.err()).contains(pinned + " is pinned at ", "--unpin");

        CommandRun unknown = forumplan("unplace", file.toString(), movable.get(0) + "x");
        assertThat(unknown.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(unknown.err()).contains("no session \"" + movable.get(0) + "x\"", "did you mean");

        CommandRun out = forumplan("unplace", file.toString(), movable.get(4), "--allow-hard");
        assertThat(out.exitCode()).as(out.toString()).isZero();
        assertThat(JSON.readTree(file.toFile())
                        .get("schedule")
                        .get("unscheduled")
                        .toString())
                .contains("\"" + movable.get(4) + "\"");
    }

    @Test
    void aRoomThatDoesNotExistIsNamedAtItsPath() {
        CommandRun run = forumplan("move", file.toString(), movable.get(0), "no-such-room", "d1-0900");

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).contains("schedule.assignments", "no-such-room");
    }

    private static String room(Map<String, JsonNode> assignments, String session) {
        return assignments.get(session).get("room").asText();
    }

    private static String timeslot(Map<String, JsonNode> assignments, String session) {
        return assignments.get(session).get("timeslot").asText();
    }

    private static String score(Path solved) {
        return forumplan("explain", solved.toString(), "--format", "json")
                .out()
                .lines()
                .filter(line -> line.contains("\"score\""))
                .findFirst()
                .orElseThrow();
    }
}
