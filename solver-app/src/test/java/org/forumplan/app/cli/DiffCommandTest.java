package org.forumplan.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.forumplan.app.cli.CommandRun.forumplan;
import static org.forumplan.app.cli.SolvedFiles.assignments;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Pattern;
import org.forumplan.app.report.SolvedForums;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code forumplan diff} end to end, between two solves of the regional forum with different seeds. */
class DiffCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static Path first;
    private static Path second;
    private static CommandRun text;

    @BeforeAll
    static void compareTwoSolves() {
        first = SolvedForums.regionalForum();
        second = SolvedForums.regionalForumOtherSeed();
        text = forumplan("diff", first.toString(), second.toString());
    }

    @Test
    void exitsZeroAndNamesBothFilesAndBothScores() throws IOException {
        assertThat(text.exitCode()).as(text.toString()).isEqualTo(ExitCode.OK);
        assertThat(text.out())
                .startsWith("Old: " + first + "\nNew: " + second + "\n")
                .contains("Score %s -> %s (change ".formatted(score(first), score(second)));
        assertThat(text.err()).isEmpty();
    }

    @Test
    void everySessionPlacedElsewhereIsListedAsMovedFromTo() throws IOException {
        Map<String, JsonNode> before = assignments(first);
        Map<String, JsonNode> after = assignments(second);
        long moved = before.keySet().stream()
                .filter(after::containsKey)
                .filter(id -> !before.get(id).get("room").equals(after.get(id).get("room"))
                        || !before.get(id).get("day").equals(after.get(id).get("day"))
                        || !before.get(id).get("start").equals(after.get(id).get("start")))
                .count();

        assertThat(moved).isPositive();
        assertThat(text.out()).contains("Moved (%d):\n".formatted(moved));
        before.keySet().stream()
                .filter(after::containsKey)
                .filter(id -> !before.get(id).get("room").equals(after.get(id).get("room")))
                .forEach(id -> assertThat(text.out())
                        .containsPattern(Pattern.compile("(?m)^  %s +%s, .+ -> %s, .+\\((room|room and time)\\)"
                                .formatted(
                                        Pattern.quote(id),
                                        Pattern.quote(before.get(id).get("room").asText()),
                                        Pattern.quote(after.get(id).get("room").asText())))));
    }

    @Test
    void proposalsThatGotOrLostAPlaceAreListed() throws IOException {
        Map<String, JsonNode> before = assignments(first);
        Map<String, JsonNode> after = assignments(second);

        before.keySet().stream()
                .filter(id -> !after.containsKey(id))
                .forEach(id ->
                        assertThat(text.out()).containsPattern("(?m)^  " + Pattern.quote(id) + " +.* -> unscheduled"));
        after.keySet().stream()
                .filter(id -> !before.containsKey(id))
                .forEach(id ->
                        assertThat(text.out()).containsPattern("(?m)^  " + Pattern.quote(id) + " +unscheduled -> "));
    }

    @Test
    void theScoreChangeIsGivenPerConstraint() {
        assertThat(text.out()).contains("Score change per constraint (positive: it costs less now):\n");
        assertThat(text.out())
                .containsPattern("(?m)^  S\\d+ +[A-Z][a-z].+ -?\\d+soft +-> +(-?\\d+soft|0) .+ matches?$");
    }

    @Test
    void markdownHasTablesOfMovesAndConstraints() {
        CommandRun markdown = forumplan("diff", first.toString(), second.toString(), "--format", "markdown");

        assertThat(markdown.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(markdown.out())
                .startsWith("# Changes from `")
                .contains("| session | title | from | to | changed |")
                .contains("## Score change per constraint", "| # | constraint | old | new | change | matches |");
    }

    @Test
    void aProgrammeComparedWithItselfHasNoDifference() {
        CommandRun same = forumplan("diff", first.toString(), first.toString());

        assertThat(same.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(same.out())
                .contains("The two programmes place every session alike.")
                .contains("No constraint's cost changed.")
                .doesNotContain("Moved (");
    }

    @Test
    void aMissingFileIsBadInput() {
        CommandRun run = forumplan("diff", first.toString(), "nowhere.json");

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).isEqualTo("forumplan: nowhere.json: no such file\n");
    }

    @Test
    void helpShowsAnExample() {
        CommandRun run = forumplan("diff", "--help");

        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).contains("Usage: forumplan diff", "OLD", "NEW", "Examples:", "text or markdown");
    }

    private static String score(Path file) throws IOException {
        return JSON.readTree(file.toFile()).get("schedule").get("score").asText();
    }
}
