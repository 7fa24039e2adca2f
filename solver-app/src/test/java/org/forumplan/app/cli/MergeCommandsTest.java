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
import java.util.stream.Stream;
import org.forumplan.app.report.SolvedForums;
import org.forumplan.app.workbook.Workbooks;
import org.forumplan.model.io.SessionJson;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code forumplan merges DATASET} and {@code forumplan merge DATASET A B}, on the IGF 2014 proposals. */
class MergeCommandsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path folder;

    private Path proposals;

    @BeforeEach
    void copyTheProposals() throws IOException {
        proposals = folder.resolve("proposals.json");
        Files.copy(TestDatasets.folder().resolve("igf-2014-proposals.json"), proposals);
    }

    @Test
    void mergesListsTheMostAlikeProposalsWithWhyAndWhatAMergeFrees() {
        CommandRun run = forumplan("merges", proposals.toString(), "--top", "2");

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCode.OK);
        assertThat(run.outLines())
                .containsExactly(
                        "52 merge candidates in %s; the 2 most alike:".formatted(proposals),
                        "",
                        "1. WS80 + WS119 (workshops): similarity 2.00 = title 1.00 + topics 1.00",
                        "   WS80   The Right to Privacy in a Digital Age",
                        "   WS119  The Right to Privacy in the Digital Age",
                        "   Why: shared topic: human-rights; title similarity 1.00",
                        "   Frees: one 90-minute place",
                        "   To merge: forumplan merge %s WS80 WS119".formatted(proposals),
                        "",
                        "2. WS109 + WS125 (workshops): similarity 2.00 = title 1.00 + topics 1.00",
                        "   WS109  [CB] Internet Governance Schools: Capacity Building for Newcomers",
                        "   WS125  [CB] Internet Governance Schools: Building Capacity for Newcomers",
                        "   Why: shared topic: igf-future; title similarity 1.00",
                        "   Frees: one 90-minute place",
                        "   To merge: forumplan merge %s WS109 WS125".formatted(proposals));
    }

    @Test
    void mergesAsJsonIsAnArrayOfCandidatesForTools() throws IOException {
        CommandRun run = forumplan("merges", proposals.toString(), "--format", "json");

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCode.OK);
        JsonNode candidates = JSON.readTree(run.out());
        assertThat(candidates.isArray()).isTrue();
        assertThat(candidates).hasSize(10);
        JsonNode pair = candidates.get(3).get("pairs").get(0);
        assertThat(pair.get("first").asText()).isEqualTo("WS12");
        assertThat(pair.get("second").asText()).isEqualTo("WS185");
        assertThat(pair.get("title").asDouble()).isEqualTo(0.91);
        assertThat(pair.get("sharedTopics")).extracting(JsonNode::asText).containsExactly("cir", "iana-transition");
        assertThat(pair.get("reasons").get(1).asText()).isEqualTo("title similarity 0.91");
        assertThat(candidates.get(3).get("placesFreed").asInt()).isEqualTo(1);
    }

    @Test
    void mergesOfASolvedForumSaysWhatTheScheduleGains() {
        CommandRun run = forumplan("merges", SolvedForums.regionalForum().toString(), "--top", "50");

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).containsPattern("   In the schedule: \\S+ is left out; merged into \\S+, it brings in");
    }

    @Test
    void mergeRewritesTheDatasetInPlaceWithEveryReferenceMoved() throws IOException {
        CommandRun run = forumplan("merge", proposals.toString(), "WS23", "WS185");

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCode.OK);
        assertThat(run.outLines())
                .containsExactly(
                        "Merged WS23 and WS185 into WS23+WS185: \"Accountability in Multistakeholder Governance Regime:"
                                + " ICANN / The IANA Stewardship Transition: Global Perspectives\" (workshop, 90"
                                + " minutes, 6 people, topics cir, iana-transition)",
                        "moved: published WS23 -> WS23+WS185 (ws-02, d2-0900)",
                        "note: organization: WS23's \"National Telecommunications Regulator (China)\" kept; WS185's"
                                + " was \"Mosaic Registry\"",
                        "note: WS185 was announced at ws-10, d2-1100 and leaves the announced programme: WS23+WS185"
                                + " keeps WS23's place",
                        "Written: " + proposals);
        JsonNode merged = session(JSON.readTree(proposals.toFile()), "WS23+WS185");
        assertThat(merged.get("mergedFrom")).extracting(JsonNode::asText).containsExactly("WS23", "WS185");
        assertThat(session(JSON.readTree(proposals.toFile()), "WS185")).isNull();
        CommandRun validate = forumplan("validate", proposals.toString());
        assertThat(validate.exitCode()).as(validate.toString()).isEqualTo(ExitCode.OK);
    }

    @Test
    void mergeWritesAWorkbookThatReadsBackWithWhereTheSessionCameFrom() throws Exception {
        byte[] before = Files.readAllBytes(proposals);
        Path workbook = folder.resolve("merged.xlsx");

        CommandRun run =
                forumplan("merge", proposals.toString(), "WS81", "WS104", "--id", "WS81", "-o", workbook.toString());

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCode.OK);
        assertThat(Files.readAllBytes(proposals))
                .as("the input is left as it was")
                .isEqualTo(before);
        SessionJson merged = Workbooks.read(workbook).document().sessions().stream()
                .filter(session -> session.id().equals("WS81"))
                .findFirst()
                .orElseThrow();
        assertThat(merged.title())
                .isEqualTo("Network Neutrality in Emerging Markets / Net Neutrality in Emerging Markets");
        assertThat(merged.mergedFrom()).containsExactly("WS81", "WS104");
    }

    @Test
    void mergeOfASolvedForumLeavesTheMergedSessionUnscheduledAndScoresTheSchedule() throws IOException {
        Path solved = folder.resolve("solved.json");
        Files.copy(SolvedForums.regionalForum(), solved);
        List<String> placed = placedProposals(JSON.readTree(solved.toFile()));

        CommandRun run = forumplan("merge", solved.toString(), placed.get(0), placed.get(1), "--id", "MERGED");

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCode.OK);
        assertThat(run.out())
                .contains("note: %s was scheduled at ".formatted(placed.get(0)))
                .contains("the merged session MERGED is unscheduled until the next solve");
        JsonNode schedule = JSON.readTree(solved.toFile()).get("schedule");
        assertThat(schedule.get("unscheduled")).extracting(JsonNode::asText).contains("MERGED");
        assertThat(schedule.get("score").asText()).as("scored again").matches("-?\\d+hard/-?\\d+medium/-?\\d+soft");
        CommandRun validate = forumplan("validate", solved.toString());
        assertThat(validate.exitCode()).as(validate.toString()).isEqualTo(ExitCode.OK);
    }

    static Stream<Arguments> mistakes() {
        return Stream.of(
                Arguments.of(
                        List.of("merge", "WS12", "WS185x"),
                        "no session \"WS185x\" in the file; did you mean \"WS185\"?"),
                Arguments.of(List.of("merge", "WS12", "WS12"), "WS12 is named twice"),
                Arguments.of(
                        List.of("merge", "WS12", "MS-IANA"),
                        "MS-IANA cannot merge: it is mandatory, and only optional proposals merge (sessions[7].mandatory)"),
                Arguments.of(List.of("merge", "WS12", "WS10"), "WS12 feeds MS-IANA and WS10 feeds MS-ECOSYSTEM"),
                Arguments.of(List.of("merge", "WS12", "WS185", "--id", "WS81"), "WS81 is the id of another session"),
                Arguments.of(List.of("merges", "--top", "0"), "--top: 0 must be at least 1"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mistakes")
    void aMistakeIsOneLineAndExit2AndTheFileIsLeftAsItWas(List<String> args, String message) throws IOException {
        byte[] before = Files.readAllBytes(proposals);
        List<String> command = new ArrayList<>(args);
        command.add(1, proposals.toString());

        CommandRun run = forumplan(command.toArray(String[]::new));

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.errLines()).hasSize(1);
        assertThat(run.err()).startsWith("forumplan: ").contains(message);
        assertThat(Files.readAllBytes(proposals)).isEqualTo(before);
    }

    /** Two scheduled workshops that may merge: optional, not pinned. */
    private static List<String> placedProposals(JsonNode document) {
        List<String> placed = new ArrayList<>();
        document.get("schedule").get("assignments").forEach(assignment -> {
            JsonNode session = session(document, assignment.get("session").asText());
            if (session.get("kind").asText().equals("workshop")
                    && !session.path("mandatory").asBoolean()
                    && !session.has("pinned")
                    && !session.has("feeds")) {
                placed.add(session.get("id").asText());
            }
        });
        return placed;
    }

    private static JsonNode session(JsonNode document, String id) {
        for (JsonNode session : document.get("sessions")) {
            if (session.get("id").asText().equals(id)) {
                return session;
            }
        }
        return null;
    }
}
