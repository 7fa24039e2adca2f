package org.forumplan.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.forumplan.app.cli.CommandRun.forumplan;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.forumplan.app.audit.ScheduleAudit;
import org.forumplan.app.cli.CommandRun;
import org.forumplan.app.cli.ExitCode;
import org.forumplan.app.cli.TestDatasets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A forum the project was not tuned on: an invented three-day regional IGF ({@code regional-forum.json}) with 70
 * sessions in 8 rooms and 120 people, some of them in two or three sessions. It has four pinned main sessions (an
 * exclusive opening among them) and one unpinned, feeder workshops, BPFs before the closing, dynamic coalitions before
 * their coordination session, room, person and session unavailability, and more optional proposals than places:
 *
 * <ul>
 *   <li>regular: 11 periods outside the exclusive opening, at most 5 sessions at once, and the five main sessions take
 *       5 of those 55 places, so 50 are left for 57 non-main sessions (20 mandatory, 37 optional workshop proposals);
 *   <li>flash: 6 slots in one room for 8 optional flash proposals.
 * </ul>
 *
 * So at least 7 workshops and 2 flash sessions stay out, and which ones is decided by their value.
 */
class RegionalForumTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path folder;

    private static Path solvedFile;
    private static CommandRun solve;

    @BeforeAll
    static void solveRegionalForum() {
        solvedFile = folder.resolve("regional-forum.solved.json");
        solve = forumplan(
                "solve",
                TestDatasets.regionalForum().toString(),
                "--time-limit",
                "6s",
                "--unimproved-limit",
                "2s",
                "--no-progress",
                "-o",
                solvedFile.toString());
    }

    @Test
    void regionalForumValidates() {
        CommandRun run = forumplan("validate", TestDatasets.regionalForum().toString());

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCode.OK);
        assertThat(run.outLines())
                .singleElement()
                .asString()
                .endsWith(": valid: 70 sessions (4 pinned), 8 rooms, 18 timeslots, 120 people");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void shortSolveReachesZeroHard() throws IOException {
        assertThat(solve.exitCode()).as(solve.toString()).isEqualTo(ExitCode.OK);
        assertThat(schedule().get("score").asText()).startsWith("0hard/");
        assertThat(schedule().get("feasible").asBoolean()).isTrue();
    }

    @Test
    void independentAuditFindsNothing() throws IOException {
        assertThat(ScheduleAudit.audit(solvedFile)).isEmpty();
    }

    @Test
    void onlyOptionalProposalsAreLeftOutAndAtLeastAsManyAsThereAreTooMany() throws IOException {
        Map<String, JsonNode> sessions = sessionsById();
        List<String> unscheduled = ids(schedule().get("unscheduled"));

        assertThat(unscheduled)
                .allSatisfy(id -> assertThat(sessions.get(id).path("mandatory").asBoolean(false))
                        .as("%s is mandatory", id)
                        .isFalse());
        assertThat(unscheduled.stream()
                        .filter(id -> sessions.get(id).get("kind").asText().equals("workshop")))
                .hasSizeGreaterThanOrEqualTo(7);
        assertThat(unscheduled.stream()
                        .filter(id -> sessions.get(id).get("kind").asText().equals("flash")))
                .hasSizeGreaterThanOrEqualTo(2);
        assertThat(solve.out()).contains("Sessions: " + (70 - unscheduled.size()) + " placed, " + unscheduled.size());
    }

    @Test
    void leftOutProposalsAreWorthLessOnAverageThanPlacedOnes() throws IOException {
        Map<String, JsonNode> sessions = sessionsById();
        Set<String> unscheduled = new HashSet<>(ids(schedule().get("unscheduled")));
        List<JsonNode> proposals = sessions.values().stream()
                .filter(session -> !session.path("mandatory").asBoolean(false))
                .toList();

        double leftOut = proposals.stream()
                .filter(session -> unscheduled.contains(session.get("id").asText()))
                .mapToInt(RegionalForumTest::proposalValue)
                .average()
                .orElseThrow();
        double placed = proposals.stream()
                .filter(session -> !unscheduled.contains(session.get("id").asText()))
                .mapToInt(RegionalForumTest::proposalValue)
                .average()
                .orElseThrow();

        assertThat(leftOut).isLessThan(placed);
    }

    /** M1 costs exactly the value of the proposals left out: nothing else in this dataset is medium. */
    @Test
    void mediumScoreIsTheValueOfTheProposalsLeftOut() throws IOException {
        Map<String, JsonNode> sessions = sessionsById();
        int leftOutValue = ids(schedule().get("unscheduled")).stream()
                .mapToInt(id -> proposalValue(sessions.get(id)))
                .sum();

        assertThat(schedule().get("score").asText()).contains("/-" + leftOutValue + "medium/");
    }

    @Test
    void resolvingTheSolvedFileStartsFromItsScheduleAndStaysClean(@TempDir Path again) throws IOException {
        Path resolved = again.resolve("again.json");

        CommandRun run = forumplan(
                "solve", solvedFile.toString(), "--step-limit", "200", "--no-progress", "-o", resolved.toString());

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCode.OK);
        assertThat(ScheduleAudit.audit(resolved)).isEmpty();
    }

    // ************************************************************************
    // Helpers
    // ************************************************************************

    /** 20 per evaluation point (3 when unscored) plus 10 per diversity flag, as DESIGN.md's M1 says. */
    private static int proposalValue(JsonNode session) {
        double evaluation = session.path("evaluation").asDouble(3.0);
        int flags = 0;
        for (String flag : List.of("developingCountry", "firstTime", "newTopic")) {
            flags += session.path(flag).asBoolean(false) ? 1 : 0;
        }
        return (int) Math.round(evaluation * 20) + 10 * flags;
    }

    private static JsonNode schedule() throws IOException {
        return JSON.readTree(solvedFile.toFile()).get("schedule");
    }

    private static Map<String, JsonNode> sessionsById() throws IOException {
        Map<String, JsonNode> byId = new HashMap<>();
        for (JsonNode session :
                JSON.readTree(TestDatasets.regionalForum().toFile()).get("sessions")) {
            byId.put(session.get("id").asText(), session);
        }
        return byId;
    }

    private static List<String> ids(JsonNode array) {
        return java.util.stream.StreamSupport.stream(array.spliterator(), false)
                .map(JsonNode::asText)
                .toList();
    }
}
