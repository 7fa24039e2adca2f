package org.forumplan.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.forumplan.app.cli.CommandRun.forumplan;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;
import org.forumplan.app.explain.ScoreText;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code forumplan explain} end to end on the regional forum after a short solve (300 steps), which leaves soft costs
 * and, since the forum has more proposals than places, optional proposals out. The solve and the explanations most
 * tests read are made once.
 */
class ExplainCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern MATCH_LINE = Pattern.compile("^ {9}(?!\\.\\.\\.)\\S+ +\\S.*$");

    @TempDir
    static Path folder;

    private static Path solved;
    private static CommandRun solve;
    private static CommandRun text;
    private static CommandRun json;

    @BeforeAll
    static void solveAndExplainTheRegionalForum() {
        solved = folder.resolve("regional-forum.solved.json");
        solve = forumplan(
                "solve",
                TestDatasets.regionalForum().toString(),
                "--step-limit",
                "300",
                "--no-progress",
                "-o",
                solved.toString());
        text = forumplan("explain", solved.toString());
        json = forumplan("explain", solved.toString(), "--format", "json");
    }

    // ************************************************************************
    // Text
    // ************************************************************************

    @Test
    void theShortSolveLeavesSomethingToExplain() throws IOException {
        assertThat(solve.exitCode()).as(solve.toString()).isIn(ExitCode.OK, ExitCode.HARD_CONSTRAINTS_BROKEN);
        assertThat(schedule().get("unscheduled")).isNotEmpty();
        assertThat(explanation().get("constraints")).isNotEmpty();
    }

    @Test
    void textShowsTheRecomputedScoreWhichAgreesWithTheSolve() throws IOException {
        String stored = schedule().get("score").asText();

        assertThat(text.exitCode()).as(text.toString()).isEqualTo(ExitCode.OK);
        assertThat(text.outLines())
                .first()
                .isEqualTo("Great Lakes Regional Internet Governance Forum 2025 (invented test dataset)");
        assertThat(text.outLines()).contains("Score " + stored + " (recomputed from the data)");
        assertThat(text.out()).doesNotContain("the file says");
        assertThat(text.err()).isEmpty();
    }

    @Test
    void textListsEachConstraintThatCostsWithItsMatchesInWordsNamingTheSessions() throws IOException {
        Map<String, List<String>> matchLines = matchLinesByConstraint(text.out());

        assertThat(text.out()).contains("Constraints that cost, worst first:");
        assertThat(matchLines.keySet())
                .containsExactlyElementsOf(texts(explanation().get("constraints"), "code"));
        List<String> sessionIds = texts(JSON.readTree(solved.toFile()).get("sessions"), "id");
        assertThat(matchLines.values().stream().flatMap(List::stream))
                .as("match lines naming a session of the forum")
                .anySatisfy(line -> assertThat(sessionIds)
                        .anySatisfy(id -> assertThat(line).containsPattern("\\b" + Pattern.quote(id) + "\\b")));
        JsonNode worst = explanation().get("constraints").get(0);
        assertThat(matchLines.get(worst.get("code").asText()))
                .first()
                .asString()
                .endsWith(worst.get("matches").get(0).get("description").asText());
    }

    @Test
    void textListsTheSessionsThatCostMost() throws IOException {
        JsonNode costliest = explanation().get("sessions").get(0);

        assertThat(text.out()).contains("Sessions that cost most:");
        assertThat(text.out())
                .containsPattern("(?m)^  " + Pattern.quote(compact(costliest.get("score"))) + " +"
                        + Pattern.quote(costliest.get("sessionId").asText()) + " +"
                        + Pattern.quote(costliest.get("title").asText()) + " \\(\\d+ match(es)?\\)$");
    }

    @Test
    void textSaysWhyEachOptionalProposalLeftOutIsOut() throws IOException {
        JsonNode proposals = explanation().get("unscheduledProposals");

        assertThat(text.out())
                .contains("Optional proposals left out (%d), most valuable first:".formatted(proposals.size()));
        for (JsonNode proposal : proposals) {
            assertThat(text.out())
                    .containsPattern(
                            "(?m)^  " + Pattern.quote(proposal.get("sessionId").asText()) + " \\(value "
                                    + proposal.get("value").asInt() + "[^)]*\\): "
                                    + Pattern.quote(proposal.get("reason").asText()) + "$");
        }
        List<String> unscheduled = new ArrayList<>(texts(schedule().get("unscheduled"), null));
        unscheduled.removeAll(texts(explanation().get("unscheduledMandatory"), null));
        assertThat(texts(proposals, "sessionId")).containsExactlyInAnyOrderElementsOf(unscheduled);
    }

    @Test
    void textEndsWithTheVerdict() throws IOException {
        String verdict = explanation().get("verdict").asText();

        assertThat(verdict).startsWith(solve.exitCode() == ExitCode.OK ? "Feasible: " : "NOT feasible: ");
        assertThat(verdict).containsPattern("\\d+ of 45 optional proposals placed");
        assertThat(text.outLines()).last().isEqualTo("Verdict: " + verdict);
    }

    @Test
    void aWrongStoredScoreIsShownAsTheFilesAndNotTrusted() throws IOException {
        ObjectNode dataset = (ObjectNode) JSON.readTree(solved.toFile());
        String real = dataset.get("schedule").get("score").asText();
        dataset.withObjectProperty("schedule").put("score", "0hard/0medium/0soft");
        Path edited = folder.resolve("wrong-score.solved.json");
        JSON.writeValue(edited.toFile(), dataset);

        CommandRun run = forumplan("explain", edited.toString());

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCode.OK);
        assertThat(run.outLines())
                .contains("Score " + real + " (recomputed from the data); the file says 0hard/0medium/0soft");
    }

    /**
     * An independent reading of the solved file: every two sessions of one organization that run at overlapping times
     * must show up in an Organization clash match.
     */
    @Test
    void everyOrganizationClashInTheScheduleIsExplained() throws IOException {
        JsonNode solvedFile = JSON.readTree(solved.toFile());
        Map<String, String> organizations = new LinkedHashMap<>();
        for (JsonNode session : solvedFile.get("sessions")) {
            if (session.hasNonNull("organization")) {
                organizations.put(
                        session.get("id").asText(), session.get("organization").asText());
            }
        }
        List<JsonNode> assignments = new ArrayList<>();
        solvedFile.get("schedule").get("assignments").forEach(assignments::add);
        List<List<String>> clashes = new ArrayList<>();
        for (int i = 0; i < assignments.size(); i++) {
            for (int j = i + 1; j < assignments.size(); j++) {
                JsonNode first = assignments.get(i);
                JsonNode second = assignments.get(j);
                String firstId = first.get("session").asText();
                String secondId = second.get("session").asText();
                if (organizations.containsKey(firstId)
                        && organizations.get(firstId).equals(organizations.get(secondId))
                        && overlap(first, second)) {
                    clashes.add(List.of(firstId, secondId));
                }
            }
        }
        List<List<String>> explained = new ArrayList<>();
        for (JsonNode constraint : explanation().get("constraints")) {
            if (constraint.get("name").asText().equals("Organization clash")) {
                constraint.get("matches").forEach(match -> explained.add(texts(match.get("sessionIds"), null)));
            }
        }

        assertThat(clashes)
                .allSatisfy(pair -> assertThat(explained)
                        .as("Organization clash matches")
                        .anySatisfy(sessionIds -> assertThat(sessionIds).containsAll(pair)));
    }

    // ************************************************************************
    // Markdown and JSON
    // ************************************************************************

    @Test
    void markdownHasHeadingsAndWellFormedTables() throws IOException {
        CommandRun run = forumplan("explain", solved.toString(), "--format", "markdown");

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCode.OK);
        assertThat(run.outLines())
                .first()
                .isEqualTo("# Great Lakes Regional Internet Governance Forum 2025 (invented test dataset)");
        assertThat(run.out())
                .contains("**Score** `" + schedule().get("score").asText() + "` (recomputed from the data)")
                .contains("**Verdict:** ")
                .containsSubsequence(
                        "## Constraints that cost",
                        "| # | constraint | score | matches |",
                        "|---|---|---|---|",
                        "### ",
                        "## Sessions that cost most",
                        "| session | title | cost | matches |",
                        "## Unscheduled",
                        "| proposal | value | evaluation | why it is out |");
        JsonNode worst = explanation().get("constraints").get(0);
        assertThat(run.out())
                .containsPattern("(?m)^\\| " + worst.get("code").asText() + " \\| "
                        + Pattern.quote(worst.get("name").asText()) + " \\| `");
        assertThat(run.outLines().stream().filter(line -> line.startsWith("|")))
                .as("table rows of four cells; a | inside a cell is escaped")
                .isNotEmpty()
                .allSatisfy(row -> assertThat(row.split("(?<!\\\\)\\|", -1)).hasSize(6));
    }

    @Test
    void jsonHasTheScoreEveryMatchInWordsAndWhyEachProposalIsOut() throws IOException {
        JsonNode explanation = explanation();

        assertThat(json.exitCode()).as(json.toString()).isEqualTo(ExitCode.OK);
        assertThat(json.err()).isEmpty();
        assertThat(explanation.get("score").asText())
                .isEqualTo(schedule().get("score").asText());
        assertThat(explanation.get("constraints")).isNotEmpty().allSatisfy(constraint -> {
            assertThat(constraint.get("code").asText()).matches("[HMS]\\d+");
            assertThat(constraint.get("matches"))
                    .isNotEmpty()
                    .allSatisfy(match ->
                            assertThat(match.get("description").asText()).isNotBlank());
            assertThat(sum(constraint.get("matches")))
                    .as("the matches of %s add up to it", constraint.get("name"))
                    .isEqualTo(score(constraint.get("score")));
        });
        assertThat(explanation.get("unscheduledProposals"))
                .isNotEmpty()
                .allSatisfy(
                        proposal -> assertThat(proposal.get("reason").asText()).isNotBlank());
    }

    /** JSON is for tools: it has every match, whatever {@code --top} says. */
    @Test
    void jsonHasEveryMatchWhateverTheTop() throws IOException {
        CommandRun top1 = forumplan("explain", solved.toString(), "--format", "json", "--top", "1");

        assertThat(top1.exitCode()).as(top1.toString()).isEqualTo(ExitCode.OK);
        assertThat(JSON.readTree(top1.out())).isEqualTo(explanation());
    }

    // ************************************************************************
    // --session and --top
    // ************************************************************************

    @Test
    void oneSessionIsExplainedWithOnlyItsOwnMatches() throws IOException {
        JsonNode costliest = explanation().get("sessions").get(0);
        String id = costliest.get("sessionId").asText();

        CommandRun run = forumplan("explain", solved.toString(), "--session", id);

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCode.OK);
        assertThat(run.outLines())
                .first()
                .isEqualTo(id + "  " + costliest.get("title").asText());
        assertThat(run.outLines())
                .contains("  costs: " + compact(costliest.get("score")))
                .anySatisfy(line -> assertThat(line).startsWith("  placed: "));
        List<String> matches =
                run.outLines().stream().filter(MATCH_LINE.asPredicate()).toList();
        assertThat(matches)
                .hasSize(costliest.get("matchCount").asInt())
                .allSatisfy(line -> assertThat(line).containsPattern("\\b" + Pattern.quote(id) + "\\b"));
        assertThat(run.out()).doesNotContain("Sessions that cost most", "Verdict");
    }

    @Test
    void anOptionalProposalLeftOutIsExplainedWithWhyItIsOut() throws IOException {
        JsonNode proposal = explanation().get("unscheduledProposals").get(0);
        String id = proposal.get("sessionId").asText();

        CommandRun run = forumplan("explain", solved.toString(), "--session", id);

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCode.OK);
        assertThat(run.outLines())
                .contains("  placed: no")
                .contains("Why it is out: " + proposal.get("reason").asText())
                .anySatisfy(line -> assertThat(line).contains("optional proposal (value " + proposal.get("value")));
    }

    @Test
    void anUnknownSessionIsBadInputNamingIt() {
        CommandRun run = forumplan("explain", solved.toString(), "--session", "WS9999");

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.errLines())
                .singleElement()
                .asString()
                .isEqualTo("forumplan: --session: no session \"WS9999\" in " + solved);
        assertThat(run.out()).isEmpty();
    }

    @Test
    void aMisspeltSessionIsBadInputSuggestingTheClosestId() {
        CommandRun run = forumplan("explain", solved.toString(), "--session", "MS-CYBR");

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.errLines())
                .singleElement()
                .asString()
                .contains("no session \"MS-CYBR\"", "did you mean \"MS-CYBER\"?");
    }

    @Test
    void topOneShowsOneMatchPerConstraintAndSaysHowManyMore() throws IOException {
        CommandRun run = forumplan("explain", solved.toString(), "--top", "1");

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCode.OK);
        Map<String, List<String>> matchLines = matchLinesByConstraint(run.out());
        for (JsonNode constraint : explanation().get("constraints")) {
            String code = constraint.get("code").asText();
            int total = constraint.get("matches").size();
            assertThat(matchLines.get(code)).as(code).hasSize(1);
            if (total > 1) {
                assertThat(run.out())
                        .contains("         ... and %d more matches (--top %d shows them all)"
                                .formatted(total - 1, total));
            }
        }
        int sessions = explanation().get("sessions").size();
        assertThat(run.out())
                .contains("         ... and %d more sessions (--top %d shows them all)"
                        .formatted(sessions - 1, sessions));
    }

    @ParameterizedTest(name = "explain {0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "--top 0         | --top: 0 must be at least 1",
                "--top -2        | --top: -2 must be at least 1",
                "--top ten       | ten",
                "--format html   | html",
                "--format        | --format"
            })
    void badOptionsAreBadInput(String options, String message) {
        List<String> args = new ArrayList<>(List.of("explain", solved.toString()));
        args.addAll(List.of(options.split(" ")));

        CommandRun run = forumplan(args.toArray(String[]::new));

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).contains(message).doesNotContain("\tat ");
        assertThat(run.out()).isEmpty();
    }

    // ************************************************************************
    // Files
    // ************************************************************************

    @Test
    void aDatasetWithoutAScheduleIsExplainedWithAWarning() {
        Path dataset = TestDatasets.regionalForum();

        CommandRun run = forumplan("explain", dataset.toString());

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCode.OK);
        assertThat(run.errLines()).singleElement().asString().startsWith(dataset + ": warning: no schedule");
        assertThat(run.out())
                .containsPattern("(?m)^Mandatory sessions unscheduled: .*\\bOF-GOV\\b")
                .contains("Optional proposals left out (45)")
                .contains("Verdict: NOT feasible");
    }

    /** Both sessions in the one timeslot, though A must end before B starts. */
    private static final String INFEASIBLE_SCHEDULE = """
            {
              "format": "forumplan/1",
              "forum": { "name": "Impossible forum", "timeZone": "UTC" },
              "timeslots": [ { "id": "t1", "day": "2025-01-01", "start": "09:00", "end": "10:30", "kinds": ["regular"] } ],
              "rooms": [ { "id": "r1", "capacity": 50 }, { "id": "r2", "capacity": 50 } ],
              "sessions": [
                { "id": "A", "title": "First", "kind": "workshop", "durationMinutes": 90, "mandatory": true,
                  "mustPrecede": ["B"] },
                { "id": "B", "title": "Second", "kind": "workshop", "durationMinutes": 90, "mandatory": true }
              ],
              "schedule": {
                "score": "-90hard/0medium/0soft",
                "assignments": [
                  { "session": "A", "room": "r1", "timeslot": "t1" },
                  { "session": "B", "room": "r2", "timeslot": "t1" }
                ]
              }
            }
            """;

    @Test
    void anInfeasibleScheduleIsExplainedWithTheBrokenOrderAndExitsZero() throws IOException {
        Path file = folder.resolve("impossible.solved.json");
        Files.writeString(file, INFEASIBLE_SCHEDULE);

        CommandRun run = forumplan("explain", file.toString());

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCode.OK);
        assertThat(run.outLines())
                .contains("Score -90hard/0medium/0soft (recomputed from the data)")
                .contains(
                        "         -90hard      A must precede B but ends Wed 1 Jan 10:30, after B starts Wed 1 Jan 09:00")
                .contains("Verdict: NOT feasible: hard constraints broken: Precedence (1).");
    }

    @Test
    void aBrokenFileIsBadInputInOneLine() throws IOException {
        Path broken = folder.resolve("broken.json");
        Files.writeString(broken, "{ \"format\": \"forumplan/1\", \"forum\": ");

        CommandRun run = forumplan("explain", broken.toString());

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.errLines()).singleElement().asString().startsWith(broken + ": ");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void aMissingFileIsBadInputNamingIt() {
        Path missing = folder.resolve("no-such-schedule.json");

        CommandRun run = forumplan("explain", missing.toString());

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.errLines()).singleElement().asString().contains(missing.toString(), "no such file");
    }

    // ************************************************************************
    // Helpers
    // ************************************************************************

    private static JsonNode schedule() throws IOException {
        return JSON.readTree(solved.toFile()).get("schedule");
    }

    private static JsonNode explanation() throws IOException {
        assertThat(json.exitCode()).as(json.toString()).isEqualTo(ExitCode.OK);
        return JSON.readTree(json.out());
    }

    /** The match lines of the text format under each constraint's line, by the constraint's code, in order. */
    private static Map<String, List<String>> matchLinesByConstraint(String out) {
        Map<String, List<String>> byConstraint = new LinkedHashMap<>();
        Pattern constraintLine = Pattern.compile("^  ([HMS]\\d+) +\\S.*\\d+ match(es)?$");
        List<String> current = null;
        boolean inConstraints = false;
        for (String line : out.lines().toList()) {
            if (line.equals("Constraints that cost, worst first:")) {
                inConstraints = true;
            } else if (inConstraints && line.isEmpty()) {
                break;
            } else if (inConstraints) {
                var constraint = constraintLine.matcher(line);
                if (constraint.matches()) {
                    current = new ArrayList<>();
                    byConstraint.put(constraint.group(1), current);
                } else if (MATCH_LINE.matcher(line).matches() && current != null) {
                    current.add(line);
                }
            }
        }
        return byConstraint;
    }

    private static List<String> texts(JsonNode array, String field) {
        return StreamSupport.stream(array.spliterator(), false)
                .map(node -> field == null ? node.asText() : node.get(field).asText())
                .toList();
    }

    private static boolean overlap(JsonNode first, JsonNode second) {
        return first.get("day").equals(second.get("day"))
                && first.get("start").asText().compareTo(second.get("end").asText()) < 0
                && second.get("start").asText().compareTo(first.get("end").asText()) < 0;
    }

    private static HardMediumSoftLongScore score(JsonNode text) {
        return HardMediumSoftLongScore.parseScore(text.asText());
    }

    private static String compact(JsonNode score) {
        return ScoreText.compact(score(score));
    }

    private static HardMediumSoftLongScore sum(JsonNode matches) {
        HardMediumSoftLongScore total = HardMediumSoftLongScore.ZERO;
        for (JsonNode match : matches) {
            total = total.add(score(match.get("score")));
        }
        return total;
    }
}
