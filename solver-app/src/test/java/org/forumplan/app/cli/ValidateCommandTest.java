package org.forumplan.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.forumplan.app.cli.CommandRun.forumplan;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class ValidateCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void validFileExitsZeroWithAOneLineSummary() {
        Path igf = TestDatasets.igf2014();

        CommandRun run = forumplan("validate", igf.toString());

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCode.OK);
        assertThat(run.outLines())
                .containsExactly(igf + ": valid: 146 sessions (12 pinned), 13 rooms, 36 timeslots, 300 people");
        assertThat(run.err()).isEmpty();
    }

    /**
     * Three problems of one stage of the checks each: the strict reading (unknown field, wrong type, unknown value),
     * the reference and range checks, and the placement of pins.
     */
    static Stream<Arguments> brokenFiles() {
        return Stream.of(
                broken(
                        "reading",
                        dataset -> {
                            room(dataset, 3).put("capcity", 5);
                            session(dataset, 6).put("durationMinutes", "90");
                            session(dataset, 8).put("kind", "worksop");
                        },
                        List.of(
                                "rooms[3].capcity: room \"ws-02\": unknown field \"capcity\"; did you mean \"capacity\"?",
                                "sessions[6].durationMinutes: session \"MS-BPF-WRAPUP\": expected a whole number, found a text (\"90\")",
                                "sessions[8].kind: session \"MS-OPENMIC\": unknown value \"worksop\"; expected one of main, workshop,")),
                broken(
                        "references and ranges",
                        dataset -> {
                            room(dataset, 3)
                                    .set("unavailable", JSON.createArrayNode().add("d9-0900"));
                            session(dataset, 5).put("evaluation", 7);
                            ((ObjectNode) session(dataset, 6)
                                            .withArrayProperty("people")
                                            .get(0))
                                    .put("person", "p-999");
                        },
                        List.of(
                                "rooms[3].unavailable[0]: room \"ws-02\": unknown timeslot \"d9-0900\"",
                                "sessions[5].evaluation: session \"MS-ECOSYSTEM\": 7.0 is outside the MAG's scale; expected 1 to 5",
                                "sessions[6].people[0].person: session \"MS-BPF-WRAPUP\": unknown person \"p-999\"")),
                broken(
                        "pins",
                        dataset -> {
                            session(dataset, 0).withObjectProperty("pinned").put("room", "ws-01");
                            session(dataset, 1).withObjectProperty("pinned").put("timeslot", "d1-1245");
                            session(dataset, 2).withObjectProperty("pinned").put("span", 1);
                        },
                        List.of(
                                "sessions[0].pinned.room: session \"MS-ORIENTATION\": room \"ws-01\" does not host main sessions",
                                "sessions[1].pinned.timeslot: session \"MS-SCENE\": timeslot \"d1-1245\" does not host main sessions",
                                "sessions[2].pinned.span: session \"MS-OPENING\": span 1 covers 90 minutes but the session lasts 180")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenFiles")
    void brokenFileExitsTwoWithOneLinePerProblemNamingTheFileAndThePath(
            String stage, Consumer<ObjectNode> breakIt, List<String> expected, @TempDir Path folder)
            throws IOException {
        ObjectNode dataset = (ObjectNode) JSON.readTree(TestDatasets.igf2014().toFile());
        breakIt.accept(dataset);
        Path file = folder.resolve("broken.json");
        JSON.writeValue(file.toFile(), dataset);

        CommandRun run = forumplan("validate", file.toString());

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).hasSize(expected.size());
        for (int i = 0; i < expected.size(); i++) {
            assertThat(run.errLines().get(i)).startsWith(file + ": " + expected.get(i));
        }
        assertNoStackTrace(run);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"{ \"format\": \"forumplan/1\", ", "not json at all", "[1, 2, 3]", "", "{\"format\": 2}"})
    void unreadableFileExitsTwoWithOneLine(String content, @TempDir Path folder) throws IOException {
        Path file = folder.resolve("unreadable.json");
        Files.writeString(file, content);

        CommandRun run = forumplan("validate", file.toString());

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.errLines()).singleElement().asString().startsWith(file + ": ");
        assertNoStackTrace(run);
    }

    @Test
    void missingFileExitsTwoNamingIt(@TempDir Path folder) {
        Path missing = folder.resolve("missing.json");

        CommandRun run = forumplan("validate", missing.toString());

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.errLines()).singleElement().asString().contains(missing.toString());
        assertNoStackTrace(run);
    }

    @Test
    void folderInsteadOfAFileExitsTwo(@TempDir Path folder) {
        CommandRun run = forumplan("validate", folder.toString());

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.errLines()).singleElement().asString().contains(folder.toString(), "folder");
        assertNoStackTrace(run);
    }

    @Test
    void warningsArePrintedButTheFileIsValid(@TempDir Path folder) throws IOException {
        ObjectNode dataset = (ObjectNode) JSON.readTree(TestDatasets.igf2014().toFile());
        dataset.withObjectProperty("policy").put("targetParallel", 12);
        Path file = folder.resolve("warned.json");
        JSON.writeValue(file.toFile(), dataset);

        CommandRun run = forumplan("validate", file.toString());

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCode.OK);
        assertThat(run.errLines())
                .containsExactly(file + ": policy.targetParallel: warning: 12 is above maxParallel 11, so the target"
                        + " never matters");
        assertThat(run.outLines()).singleElement().asString().endsWith("; 1 warning(s)");
    }

    @Test
    void missingDatasetArgumentIsBadUsage() {
        CommandRun run = forumplan("validate");

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).startsWith("forumplan: ").contains("DATASET");
    }

    // ************************************************************************
    // Helpers
    // ************************************************************************

    private static void assertNoStackTrace(CommandRun run) {
        assertThat(run.err())
                .doesNotContain("Exception")
                .doesNotContain("at org.")
                .doesNotContain("\tat ");
    }

    private static Arguments broken(String stage, Consumer<ObjectNode> breakIt, List<String> expected) {
        return Arguments.of(stage, breakIt, expected);
    }

    private static ObjectNode room(ObjectNode dataset, int index) {
        return (ObjectNode) ((ArrayNode) dataset.get("rooms")).get(index);
    }

    private static ObjectNode session(ObjectNode dataset, int index) {
        return (ObjectNode) ((ArrayNode) dataset.get("sessions")).get(index);
    }
}
