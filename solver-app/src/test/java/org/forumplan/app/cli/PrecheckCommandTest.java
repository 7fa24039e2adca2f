package org.forumplan.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.forumplan.app.cli.CommandRun.forumplan;
import static org.junit.jupiter.api.Named.named;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The feasibility pre-checks from the command line: datasets that pass every reading and reference check but admit no
 * schedule without hard violations are refused by {@code validate} and by {@code solve} (before any solving), with one
 * line a problem that names the sessions, people and rooms involved. Each dataset is the IGF 2014 one with one thing
 * made impossible: in it, WS5, WS6 and WS9 are 90-minute workshops without required features, WS23 a workshop that
 * needs {@code remote}, and p-236 speaks in MS-SCENE (pinned on day 1 at 11:00), WS9 and WS23.
 */
class PrecheckCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    static Stream<Arguments> infeasible() {
        return Stream.of(
                arguments(
                        named("a precedence cycle", (Consumer<ObjectNode>) dataset -> {
                            session(dataset, "WS5").set("mustPrecede", texts("WS6"));
                            session(dataset, "WS6").set("mustPrecede", texts("WS5"));
                        }),
                        List.of("WS5", "WS6", "cycle")),
                arguments(
                        named("two pins in one room and timeslot", (Consumer<ObjectNode>) dataset -> {
                            pin(dataset, "WS5", "ws-01", "d2-1100");
                            pin(dataset, "WS6", "ws-01", "d2-1100");
                        }),
                        List.of("WS5", "WS6", "ws-01")),
                arguments(
                        named("a person pinned twice at once", (Consumer<ObjectNode>) dataset -> {
                            pin(dataset, "WS9", "ws-01", "d2-1100");
                            pin(dataset, "WS23", "ws-02", "d2-1100");
                        }),
                        List.of("WS9", "WS23", "p-236")),
                arguments(
                        named("a session longer than any run of timeslots", (Consumer<ObjectNode>)
                                dataset -> session(dataset, "WS5").put("durationMinutes", 400)),
                        List.of("WS5", "400 minutes")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("infeasible")
    void validateRefusesAnInfeasibleDatasetWithOneLineAProblemNamingTheIds(
            Consumer<ObjectNode> breakIt, List<String> named, @TempDir Path folder) throws IOException {
        Path file = write(folder, breakIt);

        CommandRun run = forumplan("validate", file.toString());

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.out()).isEmpty();
        assertOneLineAProblem(run, file);
        assertThat(run.err()).contains(named);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("infeasible")
    void solveRefusesAnInfeasibleDatasetBeforeSolvingAndWritesNothing(
            Consumer<ObjectNode> breakIt, List<String> named, @TempDir Path folder) throws IOException {
        Path file = write(folder, breakIt);
        Path output = folder.resolve("solved.json");
        String diagnosis = forumplan("validate", file.toString()).err();

        CommandRun run =
                forumplan("solve", file.toString(), "--step-limit", "10", "--no-progress", "-o", output.toString());

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(output).doesNotExist();
        assertThat(run.err()).doesNotContain("Solving ").isEqualTo(diagnosis);
        assertThat(run.out()).isEmpty();
        assertOneLineAProblem(run, file);
    }

    /** p-236 in a fourth session, WS5, which can take place at another time than their three others. */
    @Test
    void datasetWithOnlyWarningsValidatesAndPrintsThem(@TempDir Path folder) throws IOException {
        Path file = write(folder, PrecheckCommandTest::p236InAFourthSession);

        CommandRun run = forumplan("validate", file.toString());

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCode.OK);
        assertThat(run.errLines())
                .singleElement()
                .asString()
                .startsWith(file + ": people[")
                .contains(": warning: p-236 is in 4 sessions", "WS5", "WS9", "WS23", "MS-SCENE");
        assertThat(run.outLines()).singleElement().asString().startsWith(file + ": valid: 146 sessions");
    }

    /** The summary counts the warnings the loader finds; the pre-checks' warnings are printed just the same. */
    @Test
    void warningsOfThePrechecksAreCountedInTheSummary(@TempDir Path folder) throws IOException {
        Path file = write(folder, PrecheckCommandTest::p236InAFourthSession);

        CommandRun run = forumplan("validate", file.toString());

        assertThat(run.errLines()).hasSize(1);
        assertThat(run.outLines()).singleElement().asString().endsWith("; 1 warning(s)");
    }

    @Test
    void solveGoesAheadWithOnlyWarningsAndPrintsThem(@TempDir Path folder) throws IOException {
        Path file = write(folder, PrecheckCommandTest::p236InAFourthSession);
        Path output = folder.resolve("solved.json");

        CommandRun run =
                forumplan("solve", file.toString(), "--step-limit", "1", "--no-progress", "-o", output.toString());

        assertThat(run.exitCode()).as(run.toString()).isIn(ExitCode.OK, ExitCode.HARD_CONSTRAINTS_BROKEN);
        assertThat(run.errLines()).first().asString().contains(": warning: p-236 is in 4 sessions");
        assertThat(output).exists();
    }

    // ************************************************************************
    // Helpers
    // ************************************************************************

    /** Every line of standard error is {@code FILE: JSON-PATH: MESSAGE}, and none is part of a stack trace. */
    private static final Pattern PROBLEM_LINE =
            Pattern.compile(": (sessions|people|rooms|timeslots|policy)[\\w\\[\\].]*: \\S.*");

    private static void assertOneLineAProblem(CommandRun run, Path file) {
        assertThat(run.errLines()).isNotEmpty().allSatisfy(line -> {
            assertThat(line).startsWith(file + ": ");
            assertThat(line.substring(file.toString().length())).matches(PROBLEM_LINE);
        });
        assertThat(run.err()).doesNotContain("Exception", "\tat ", "internal error");
    }

    private static void p236InAFourthSession(ObjectNode dataset) {
        ((ArrayNode) session(dataset, "WS5").get("people"))
                .addObject()
                .put("person", "p-236")
                .put("role", "speaker");
    }

    private static Path write(Path folder, Consumer<ObjectNode> change) throws IOException {
        ObjectNode dataset = (ObjectNode) JSON.readTree(TestDatasets.igf2014().toFile());
        change.accept(dataset);
        Path file = folder.resolve("infeasible.json");
        JSON.writeValue(file.toFile(), dataset);
        return file;
    }

    private static ObjectNode session(ObjectNode dataset, String id) {
        for (JsonNode session : dataset.withArrayProperty("sessions")) {
            if (session.path("id").asText().equals(id)) {
                return (ObjectNode) session;
            }
        }
        throw new IllegalArgumentException("no session " + id + " in the IGF 2014 dataset");
    }

    private static void pin(ObjectNode dataset, String id, String room, String timeslot) {
        session(dataset, id).putObject("pinned").put("room", room).put("timeslot", timeslot);
    }

    private static ArrayNode texts(String... values) {
        ArrayNode array = JSON.createArrayNode();
        for (String value : values) {
            array.add(value);
        }
        return array;
    }
}
