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
import org.forumplan.app.report.SolvedForums;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code forumplan pin FILE SESSION... [--unpin]}: the one command that edits a dataset, on purpose. */
class PinCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path folder;

    private Path file;
    private String scheduled;
    private String otherScheduled;
    private JsonNode placement;

    @BeforeEach
    void copyASolvedForum() throws IOException {
        file = folder.resolve("forum.solved.json");
        Files.copy(SolvedForums.regionalForum(), file);
        JsonNode document = JSON.readTree(file.toFile());
        List<JsonNode> unpinned = new ArrayList<>();
        document.get("schedule").get("assignments").forEach(assignment -> {
            if (!session(document, assignment.get("session").asText()).has("pinned")) {
                unpinned.add(assignment);
            }
        });
        placement = unpinned.get(0);
        scheduled = placement.get("session").asText();
        otherScheduled = unpinned.get(1).get("session").asText();
    }

    @Test
    void pinsSessionsWhereTheScheduleHasThemAndRewritesTheFile() throws IOException {
        CommandRun run = forumplan("pin", file.toString(), scheduled, otherScheduled);

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCode.OK);
        assertThat(run.out())
                .contains("Pinned %s at %s, "
                        .formatted(scheduled, placement.get("room").asText()))
                .contains("Pinned " + otherScheduled + " at ")
                .contains("Written: " + file);
        JsonNode pin = session(file, scheduled).get("pinned");
        assertThat(pin.get("room").asText()).isEqualTo(placement.get("room").asText());
        assertThat(pin.get("timeslot").asText())
                .isEqualTo(placement.get("timeslot").asText());
        assertThat(forumplan("validate", file.toString()).exitCode()).isEqualTo(ExitCode.OK);
    }

    @Test
    void unpinRemovesThePinAndKeepsTheSchedule() throws IOException {
        forumplan("pin", file.toString(), scheduled);
        JsonNode scheduleBefore = JSON.readTree(file.toFile()).get("schedule");

        CommandRun run = forumplan("pin", file.toString(), scheduled, otherScheduled, "--unpin");

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).contains("Unpinned " + scheduled).contains(otherScheduled + " was not pinned");
        assertThat(session(file, scheduled).has("pinned")).isFalse();
        assertThat(JSON.readTree(file.toFile()).get("schedule")).isEqualTo(scheduleBefore);
    }

    @Test
    void withOutputTheFileIsLeftAsItWas() throws IOException {
        byte[] before = Files.readAllBytes(file);
        Path output = folder.resolve("pinned.json");

        CommandRun run = forumplan("pin", file.toString(), scheduled, "-o", output.toString());

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCode.OK);
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(session(output, scheduled).has("pinned")).isTrue();
        assertThat(forumplan("pin", file.toString(), scheduled, "-o", output.toString())
                        .exitCode())
                .isEqualTo(ExitCode.BAD_INPUT);
    }

    @Test
    void anUnknownSessionIsExitTwoWithTheClosestIdAndNothingWritten() throws IOException {
        byte[] before = Files.readAllBytes(file);

        CommandRun run = forumplan("pin", file.toString(), scheduled + "x");

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err())
                .contains("no session \"%sx\" in the file; did you mean \"%s\"?".formatted(scheduled, scheduled));
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void anUnscheduledSessionHasNowhereToBePinned() throws IOException {
        String unscheduled = JSON.readTree(file.toFile())
                .get("schedule")
                .get("unscheduled")
                .get(0)
                .asText();

        CommandRun run = forumplan("pin", file.toString(), unscheduled);

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).contains(unscheduled + " has no place in the file's schedule");
    }

    @Test
    void helpSaysThatTheCommandEditsTheFile() {
        CommandRun run = forumplan("pin", "--help");

        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(run.out().replaceAll("\\s+", " "))
                .contains("pin edits a dataset on purpose: it rewrites FILE in place");
    }

    private static JsonNode session(Path file, String id) throws IOException {
        return session(JSON.readTree(file.toFile()), id);
    }

    private static JsonNode session(JsonNode document, String id) {
        for (JsonNode session : document.get("sessions")) {
            if (session.get("id").asText().equals(id)) {
                return session;
            }
        }
        throw new AssertionError("no session " + id);
    }
}
