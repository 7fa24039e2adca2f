package org.forumplan.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.forumplan.app.cli.CommandRun.forumplan;
import static org.forumplan.app.cli.SolvedFiles.assignments;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.forumplan.app.report.SolvedForums;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code forumplan solve --from} end to end: a forum the project has never seen is solved and announced, its busiest
 * room is withdrawn for the whole forum, and the programme is re-planned from the announced one.
 */
class SolveFromCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String MOVES = "20000";
    private static final Pattern SUMMARY = Pattern.compile(
            "(?m)^Announced sessions moved: (\\d+) of (\\d+) \\((\\d+) changed time, (\\d+) changed room only\\)");

    @TempDir
    static Path folder;

    private static Path announced;
    private static Path changed;
    private static Path replanned;
    private static String withdrawnRoom;
    private static List<String> held;
    private static CommandRun replan;

    @BeforeAll
    static void withdrawTheBusiestRoomAndReplan() throws IOException {
        announced = SolvedForums.unseenForum();
        ObjectNode document = (ObjectNode) JSON.readTree(announced.toFile());
        withdrawnRoom = busiestRoom(document);
        held = new ArrayList<>();
        document.get("schedule").get("assignments").forEach(assignment -> {
            if (assignment.get("room").asText().equals(withdrawnRoom)) {
                held.add(assignment.get("session").asText());
            }
        });
        document.remove("schedule");
        for (JsonNode room : document.get("rooms")) {
            if (room.get("id").asText().equals(withdrawnRoom)) {
                ArrayNode unavailable = ((ObjectNode) room).putArray("unavailable");
                document.get("timeslots").forEach(timeslot -> unavailable.add(timeslot.get("id")));
            }
        }
        changed = folder.resolve("changed.json");
        JSON.writeValue(changed.toFile(), document);
        replanned = folder.resolve("replanned.json");
        replan = forumplan(
                "solve",
                changed.toString(),
                "--from",
                announced.toString(),
                "--move-limit",
                MOVES,
                "--no-progress",
                "-o",
                replanned.toString());
    }

    @Test
    void noHardConstraintIsBrokenAndNoMoreSessionsMoveOutsideTheRoomThanItHeld() throws IOException {
        assertThat(replan.exitCode()).as(replan.toString()).isEqualTo(ExitCode.OK);
        assertThat(held).isNotEmpty();
        Map<String, JsonNode> before = assignments(announced);
        Map<String, JsonNode> after = assignments(replanned);
        List<String> movedOutside = before.keySet().stream()
                .filter(id -> !held.contains(id) && after.containsKey(id))
                .filter(id -> !samePlace(before.get(id), after.get(id)))
                .toList();

        assertThat(JSON.readTree(replanned.toFile())
                        .get("schedule")
                        .get("feasible")
                        .asBoolean())
                .isTrue();
        assertThat(movedOutside)
                .as("announced sessions moved outside %s, which held %s", withdrawnRoom, held)
                .hasSizeLessThanOrEqualTo(held.size());
    }

    @Test
    void theSummaryCountsTheAnnouncedSessionsMovedAndSaysHowToListThem() throws IOException {
        Map<String, JsonNode> before = assignments(announced);
        Map<String, JsonNode> after = assignments(replanned);
        long changedTime = before.keySet().stream()
                .filter(after::containsKey)
                .filter(id -> !sameTime(before.get(id), after.get(id)))
                .count();
        long changedRoomOnly = before.keySet().stream()
                .filter(after::containsKey)
                .filter(id -> sameTime(before.get(id), after.get(id))
                        && !before.get(id).get("room").equals(after.get(id).get("room")))
                .count();

        Matcher summary = SUMMARY.matcher(replan.out());
        assertThat(summary.find()).as(replan.out()).isTrue();
        assertThat(summary.group(3)).isEqualTo(String.valueOf(changedTime));
        assertThat(summary.group(4)).isEqualTo(String.valueOf(changedRoomOnly));
        assertThat(summary.group(1)).isEqualTo(String.valueOf(changedTime + changedRoomOnly));
        assertThat(summary.group(2)).isEqualTo(String.valueOf(before.size()));
        assertThat(replan.out()).contains("  forumplan diff %s %s   lists them".formatted(announced, replanned));
    }

    @Test
    void diffListsEveryAnnouncedSessionThatMoved() throws IOException {
        Map<String, JsonNode> before = assignments(announced);
        Map<String, JsonNode> after = assignments(replanned);
        List<String> moved = before.keySet().stream()
                .filter(id -> after.containsKey(id) && !samePlace(before.get(id), after.get(id)))
                .toList();

        CommandRun diff = forumplan("diff", announced.toString(), replanned.toString());

        assertThat(diff.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(diff.out()).contains("Moved (%d):".formatted(moved.size()));
        moved.forEach(id -> assertThat(diff.out())
                .containsPattern(
                        "(?m)^  " + Pattern.quote(id) + " +\\S+, .* -> \\S+, .*\\((room|time|room and time)\\)"));
    }

    @Test
    void placesInTheWithdrawnRoomAreNotesAndTheirSessionsStartUnplaced() {
        held.forEach(id -> assertThat(replan.err())
                .containsPattern(Pattern.quote(id) + "'s announced place " + Pattern.quote(withdrawnRoom)
                        + ", .* no longer fits \\(room " + Pattern.quote(withdrawnRoom)
                        + " is unavailable then\\); it starts unplaced"));
        assertThat(replan.err()).containsPattern("Re-planning from .*: \\d+ sessions announced");
    }

    @Test
    void theSolvedFileKeepsThePublishedPlacesSoThatExplainScoresItAlike() throws IOException {
        JsonNode document = JSON.readTree(replanned.toFile());
        assertThat(document.get("published")).hasSize(assignments(announced).size());

        CommandRun explain = forumplan("explain", replanned.toString(), "--top", "1");

        assertThat(explain.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(explain.out())
                .contains("Score %s (recomputed from the data)"
                        .formatted(document.get("schedule").get("score").asText()));
    }

    @Test
    void pinPublishedKeepsTheDaysBeforeTheFreezeDateAsAnnounced() throws IOException {
        Map<String, JsonNode> before = assignments(announced);
        List<String> days = before.values().stream()
                .map(assignment -> assignment.get("day").asText())
                .distinct()
                .sorted()
                .toList();
        String secondDay = days.get(1);
        // The room is withdrawn on the last day only: with the whole room gone and the first day frozen, this full
        // forum would have fewer places than mandatory sessions.
        ObjectNode document = (ObjectNode) JSON.readTree(announced.toFile());
        document.remove("schedule");
        for (JsonNode room : document.get("rooms")) {
            if (room.get("id").asText().equals(withdrawnRoom)) {
                ArrayNode unavailable = ((ObjectNode) room).putArray("unavailable");
                document.get("timeslots").forEach(timeslot -> {
                    if (timeslot.get("day").asText().equals(days.get(days.size() - 1))) {
                        unavailable.add(timeslot.get("id"));
                    }
                });
            }
        }
        Path lastDayWithdrawn = folder.resolve("last-day-withdrawn.json");
        JSON.writeValue(lastDayWithdrawn.toFile(), document);
        Path pinned = folder.resolve("pinned.json");

        CommandRun run = forumplan(
                "solve",
                lastDayWithdrawn.toString(),
                "--from",
                announced.toString(),
                "--pin-published",
                "--freeze-before",
                secondDay,
                "--move-limit",
                MOVES,
                "--no-progress",
                "-o",
                pinned.toString());

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCode.OK);
        assertThat(run.err()).containsPattern("Pinned \\d+ published sessions? on days before " + secondDay);
        Map<String, JsonNode> after = assignments(pinned);
        before.forEach((id, assignment) -> {
            if (assignment.get("day").asText().equals(days.get(0))) {
                assertThat(samePlace(assignment, after.get(id)))
                        .as("%s stays where announced", id)
                        .isTrue();
            }
        });
    }

    @Test
    void freezeBeforeNeedsPinPublished() {
        CommandRun run =
                forumplan("solve", changed.toString(), "--from", announced.toString(), "--freeze-before", "2027-06-08");

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).contains("--freeze-before 2027-06-08 needs --pin-published");
    }

    @Test
    void theAnnouncedProgrammeMustHaveASchedule() {
        CommandRun run = forumplan("solve", changed.toString(), "--from", changed.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).contains("--from %s: the file has no schedule".formatted(changed));
    }

    @Test
    void theAnnouncedProgrammeIsNeverOverwritten() throws IOException {
        byte[] before = Files.readAllBytes(announced);

        CommandRun run = forumplan(
                "solve", changed.toString(), "--from", announced.toString(), "-o", announced.toString(), "--force");

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).contains("is the --from schedule; forumplan never overwrites its input");
        assertThat(Files.readAllBytes(announced)).isEqualTo(before);
    }

    @Test
    void pinPublishedNeedsPublishedPlaces() {
        CommandRun run = forumplan("solve", changed.toString(), "--pin-published", "--move-limit", "10");

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).contains("--pin-published: %s has no published placements".formatted(changed));
    }

    private static String busiestRoom(JsonNode document) {
        List<String> pinnedRooms = new ArrayList<>();
        document.get("sessions").forEach(session -> {
            if (session.has("pinned")) {
                pinnedRooms.add(session.get("pinned").get("room").asText());
            }
        });
        Map<String, Integer> counts = new HashMap<>();
        document.get("schedule").get("assignments").forEach(assignment -> {
            String room = assignment.get("room").asText();
            if (!pinnedRooms.contains(room)) {
                counts.merge(room, 1, Integer::sum);
            }
        });
        return counts.entrySet().stream()
                .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .orElseThrow()
                .getKey();
    }

    private static boolean sameTime(JsonNode before, JsonNode after) {
        return before.get("day").equals(after.get("day"))
                && before.get("start").equals(after.get("start"))
                && before.get("end").equals(after.get("end"));
    }

    private static boolean samePlace(JsonNode before, JsonNode after) {
        return after != null && sameTime(before, after) && before.get("room").equals(after.get("room"));
    }
}
