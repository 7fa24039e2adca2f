package org.forumplan.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.forumplan.app.cli.CommandRun.forumplan;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The selection goals end to end on a forum no goal was tuned on: a regional forum the generator makes with a seed used
 * nowhere else, 97 workshop proposals for about 15 places, given share targets above its own shares, balanced panels,
 * and topic coverage on or off. Each solve stops after a number of moves, so the outcome is the same on any machine.
 */
class SelectionGoalsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String MOVES = "100000";

    @TempDir
    static Path folder;

    private static Path withCoverage;
    private static Path withoutCoverage;
    private static CommandRun validate;
    private static CommandRun explain;

    @BeforeAll
    static void solveTheUnseenForumWithAndWithoutTopicCoverage() throws IOException {
        Path generated = folder.resolve("unseen.json");
        CommandRun generate = forumplan(
                "generate", "--preset", "regional", "--sessions", "150", "--seed", "23", "-o", generated.toString());
        assertThat(generate.exitCode()).as(generate.toString()).isEqualTo(ExitCode.OK);
        withCoverage = withGoals(generated, true);
        withoutCoverage = withGoals(generated, false);
        validate = forumplan("validate", withCoverage.toString());
        explain = forumplan("explain", solve(withCoverage).toString(), "--goal-cost-time", "4s");
    }

    private static Path withGoals(Path generated, boolean topicCoverage) throws IOException {
        ObjectNode document = (ObjectNode) JSON.readTree(generated.toFile());
        ObjectNode selection = ((ObjectNode) document.get("policy")).putObject("selection");
        selection
                .putObject("minShare")
                .put("developingCountry", 0.5)
                .put("firstTime", 0.25)
                .put("newTopic", 0.15);
        selection.put("topicCoverage", topicCoverage).put("minStakeholderGroups", 3);
        Path file = folder.resolve("unseen-coverage-" + topicCoverage + ".json");
        JSON.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), document);
        return file;
    }

    private static Path solve(Path dataset) {
        Path solved = folder.resolve(dataset.getFileName().toString().replace(".json", ".solved.json"));
        if (!solved.toFile().exists()) {
            CommandRun solve = forumplan(
                    "solve", dataset.toString(), "--move-limit", MOVES, "--no-progress", "-o", solved.toString());
            assertThat(solve.exitCode()).as(solve.toString()).isEqualTo(ExitCode.OK);
        }
        return solved;
    }

    @Test
    void everyShareTargetIsMetUnlessValidateWarnedItCannotBe() throws IOException {
        JsonNode shares = JSON.readTree(forumplan(
                                "explain", solve(withCoverage).toString(), "--format", "json", "--goal-cost-time", "0")
                        .out())
                .path("selection")
                .path("shares");

        assertThat(shares).hasSize(3);
        for (JsonNode share : shares) {
            String flag = share.get("flag").asText();
            boolean warned = validate.err().contains("policy.selection.minShare." + flag);
            assertThat(share.get("met").asBoolean() || warned)
                    .as("%s: %s", flag, share)
                    .isTrue();
        }
    }

    @Test
    void topicCoverageCoversMoreTopicsThanWithoutIt() throws IOException {
        assertThat(topicsCovered(solve(withCoverage))).isGreaterThan(topicsCovered(solve(withoutCoverage)));
    }

    @Test
    void explainStatesEachShareTheTopicsCoveredAndWhatEachGoalCosts() {
        assertThat(explain.exitCode()).as(explain.toString()).isEqualTo(ExitCode.OK);
        assertThat(explain.out())
                .contains("Selection goals (")
                .containsPattern(
                        "workshops from developing or transitional economy countries: [0-9.]+% \\(\\d+ of \\d+\\),"
                                + " target 50% \\(\\d+\\): (met|\\d+ short)")
                .containsPattern("workshops by first-time organisers: .*target 25%")
                .containsPattern("workshops on new and emerging topics: .*target 15%")
                .containsPattern("topics: \\d+ of 13 topics covered")
                .containsPattern("panels by stakeholder groups: .*\\(goal 3;")
                .contains("what each goal costs")
                .containsPattern("developing-country share: [0-9.]+% with it, [0-9.]+% without; ")
                .containsPattern("topic coverage: \\d+ of 13 topics, at most \\d+ on one with it")
                .containsPattern("balanced panels: \\d+ narrow panels with it");
        assertThat(explain.err()).contains("Measuring what each of the 5 selection goals costs: 6 searches in 4 s");
    }

    @Test
    void theReviewPageAndTheMarkdownReportHaveASelectionSection() throws IOException {
        Path solved = solve(withCoverage);
        Path html = folder.resolve("review.html");
        Path markdown = folder.resolve("review.md");

        CommandRun page = forumplan(
                "report", solved.toString(), "-o", html.toString(), "--other-places", "0", "--goal-cost-time", "0");
        CommandRun md = forumplan(
                "report", solved.toString(), "--format", "md", "-o", markdown.toString(), "--goal-cost-time", "0");

        assertThat(page.exitCode()).as(page.toString()).isEqualTo(ExitCode.OK);
        assertThat(md.exitCode()).as(md.toString()).isEqualTo(ExitCode.OK);
        assertThat(Files.readString(html))
                .contains("<section id=\"selection\">\n<h2>Selection</h2>")
                .contains("<th>share of workshops</th>")
                .containsPattern("<td>from developing or transitional economy countries</td><td>[0-9.]+% \\(\\d+ of")
                .contains("<h3>Topics</h3>")
                .contains("<h3>Speakers by stakeholder group</h3>");
        assertThat(Files.readString(markdown))
                .contains("## Selection goals")
                .contains("| share of workshops | programme | target |")
                .contains("**Topics:**");
    }

    @Test
    void benchmarkSelectionSolvesWithEveryGoalWithoutEachAndWithNone() throws IOException {
        Path results = folder.resolve("results");

        CommandRun run = forumplan(
                "benchmark",
                "selection",
                withCoverage.toString(),
                "--time-limit",
                "1s",
                "--format",
                "json",
                "--results",
                results.toString());

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCode.OK);
        JsonNode rows = JSON.readTree(run.out());
        assertThat(rows.findValuesAsText("variant"))
                .containsExactly(
                        "every goal",
                        "without developing-country share",
                        "without first-time share",
                        "without new-topic share",
                        "without topic coverage",
                        "without balanced panels",
                        "no goal");
        for (JsonNode row : rows) {
            assertThat(row.get("proposed").asInt()).isEqualTo(97);
            assertThat(row.get("shares").size()).isEqualTo(3);
            assertThat(row.get("topics").asInt()).isEqualTo(13);
        }
        assertThat(run.err()).contains("every goal: solving for 1 s");
        try (var runs = Files.list(results)) {
            assertThat(runs.toList())
                    .singleElement()
                    .satisfies(runFolder ->
                            assertThat(runFolder.resolve("selection.json")).isRegularFile());
        }
    }

    @Test
    void benchmarkSelectionRefusesADatasetWithoutGoals() {
        CommandRun run = forumplan(
                "benchmark",
                "selection",
                TestDatasets.regionalForum().toString(),
                "--time-limit",
                "1s",
                "--results",
                folder.resolve("refused").toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).contains("sets no selection goal (policy.selection)");
    }

    private static long topicsCovered(Path solved) throws IOException {
        CommandRun json = forumplan("explain", solved.toString(), "--format", "json", "--goal-cost-time", "0");
        JsonNode topics = JSON.readTree(json.out()).path("selection").path("topics");
        long covered = 0;
        for (JsonNode topic : topics) {
            if (topic.get("placed").asInt() > 0) {
                covered++;
            }
        }
        return covered;
    }
}
