package org.forumplan.app.explain;

import static org.assertj.core.api.Assertions.assertThat;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.forumplan.model.analysis.ConstraintExplanation;
import org.forumplan.model.analysis.MatchExplanation;
import org.forumplan.model.analysis.ProgrammeExplanation;
import org.forumplan.model.analysis.ProposalDiagnosis;
import org.forumplan.model.analysis.SessionCost;
import org.forumplan.model.constraints.ScoreLevel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The three renderings of an explanation, on an explanation written by hand: what each format must keep whatever the
 * text of titles and reasons.
 */
class ExplanationFormatTest {

    private static final HardMediumSoftLongScore TOPIC_CLASH = score("0hard/0medium/-270soft");

    /** A title and a reason with a {@code |} in them, which would split a Markdown table cell. */
    private static ProgrammeExplanation explanation(String storedScore) {
        return new ProgrammeExplanation(
                "Forum | 2025",
                score("0hard/-60medium/-270soft"),
                storedScore,
                List.of(new ConstraintExplanation(
                        "S1",
                        "Topic clash",
                        ScoreLevel.SOFT,
                        score("0hard/0medium/-1soft"),
                        TOPIC_CLASH,
                        List.of(
                                new MatchExplanation(
                                        score("0hard/0medium/-180soft"),
                                        List.of("WS1", "WS2"),
                                        "WS1 and WS2 both on Open data | open government, Mon 2 Jun 09:00-10:30"),
                                new MatchExplanation(
                                        score("0hard/0medium/-90soft"),
                                        List.of("WS3", "WS4"),
                                        "WS3 and WS4 both on Access, Mon 2 Jun 11:00-12:30")))),
                List.of(
                        new SessionCost("WS1", "Open data | open government", score("0hard/0medium/-180soft"), 1),
                        new SessionCost("WS3", "Access for all", score("0hard/0medium/-90soft"), 1)),
                List.of(),
                List.of(new ProposalDiagnosis(
                        "WS9",
                        "Left out | for now",
                        60,
                        null,
                        3,
                        1,
                        List.of(new ProposalDiagnosis.Blocker("room taken", 2)),
                        List.of(),
                        0,
                        "1 of its 3 possible places would break no hard constraint | a longer solve may place it")),
                "Feasible: no hard constraint is broken.",
                null);
    }

    @ParameterizedTest(name = "{0} is written {1}")
    @CsvSource({
        "0hard/0medium/-480soft, -480soft",
        "-90hard/0medium/-20soft, -90hard/-20soft",
        "0hard/-80medium/0soft, -80medium",
        "-1hard/-2medium/-3soft, -1hard/-2medium/-3soft",
        "0hard/0medium/0soft, 0"
    })
    void scoresForPeopleShowOnlyTheLevelsThatAreNotZero(String score, String compact) {
        assertThat(ScoreText.compact(score(score))).isEqualTo(compact);
    }

    @Test
    void markdownTablesKeepTheirCellsWhenATextHasABar() {
        String markdown = ExplanationFormat.MARKDOWN.render(explanation(null), 10);

        assertThat(markdown).startsWith("# Forum \\| 2025\n");
        assertThat(markdown.lines().filter(line -> line.startsWith("|")))
                .as("header and separator, then 1 constraint, 2 sessions, 1 proposal")
                .hasSize((2 + 1) + (2 + 2) + (2 + 1))
                .allSatisfy(
                        row -> assertThat(row.split("(?<!\\\\)\\|", -1)).as(row).hasSize(6));
        assertThat(markdown)
                .contains("| WS1 | Open data \\| open government | `-180soft` | 1 |")
                .contains(
                        "| WS9 | 60 |  | 1 of its 3 possible places would break no hard constraint \\| a longer solve");
    }

    @Test
    void topLimitsTheMatchesShownAndSaysHowManyMore() {
        String text = ExplanationFormat.TEXT.render(explanation(null), 1);
        String markdown = ExplanationFormat.MARKDOWN.render(explanation(null), 1);

        assertThat(text)
                .contains("WS1 and WS2 both on Open data | open government")
                .doesNotContain("WS3 and WS4 both on Access")
                .contains("         ... and 1 more matches (--top 2 shows them all)")
                .contains("         ... and 1 more sessions (--top 2 shows them all)");
        assertThat(markdown).doesNotContain("WS3 and WS4 both on Access").contains("- ... and 1 more\n");
    }

    @Test
    void aStoredScoreIsMentionedOnlyWhenItDiffers() {
        String same = explanation("0hard/-60medium/-270soft").score().toString();

        assertThat(ExplanationFormat.TEXT.render(explanation(same), 10))
                .contains("Score 0hard/-60medium/-270soft (recomputed from the data)\n")
                .doesNotContain("the file says");
        assertThat(ExplanationFormat.TEXT.render(explanation("0hard/0medium/0soft"), 10))
                .contains(
                        "Score 0hard/-60medium/-270soft (recomputed from the data); the file says 0hard/0medium/0soft");
        assertThat(ExplanationFormat.MARKDOWN.render(explanation("0hard/0medium/0soft"), 10))
                .contains("; the file says `0hard/0medium/0soft`");
    }

    @Test
    void jsonWritesScoresAsTextAndEveryMatchWhateverTheTop() throws Exception {
        JsonNode json = new ObjectMapper().readTree(ExplanationFormat.JSON.render(explanation(null), 1));

        assertThat(json.get("score").asText()).isEqualTo("0hard/-60medium/-270soft");
        assertThat(json.get("constraints").get(0).get("weight").asText()).isEqualTo("0hard/0medium/-1soft");
        assertThat(json.get("constraints").get(0).get("matches")).hasSize(2);
        assertThat(json.get("unscheduledProposals")
                        .get(0)
                        .get("blockers")
                        .get(0)
                        .get("reason")
                        .asText())
                .isEqualTo("room taken");
    }

    private static HardMediumSoftLongScore score(String text) {
        return HardMediumSoftLongScore.parseScore(text);
    }
}
