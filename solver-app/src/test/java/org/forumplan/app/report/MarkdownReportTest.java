package org.forumplan.app.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The Markdown report: the programme per day as tables, then the conflicts and the unscheduled sessions. */
class MarkdownReportTest {

    @Test
    void everyPlacedSessionIsARowOfItsDaysTable() {
        SolvedFile solved = SolvedFile.read(SolvedForums.regionalForum());
        ProgrammeView view = ReportViews.of(SolvedForums.regionalForum());

        String markdown = render(view);

        List<String> days =
                markdown.lines().filter(line -> line.startsWith("## ")).toList();
        assertThat(days).hasSize(view.days().size() + 2).endsWith("## Conflicts", "## Unscheduled");
        solved.placements().forEach((id, placement) -> {
            String day = section(markdown, "## " + ReportText.longDay(java.time.LocalDate.parse(placement.day())));
            assertThat(day)
                    .as(id)
                    .containsPattern("(?m)^\\| %s-%s \\| [^|]+ \\| %s[ |]"
                            .formatted(placement.start(), placement.end(), java.util.regex.Pattern.quote(id)));
        });
    }

    @Test
    void conflictsAndUnscheduledSessionsFollowTheProgramme() {
        ProgrammeView view = ReportViews.of(SolvedForums.regionalForum());

        String markdown = render(view);

        assertThat(section(markdown, "## Conflicts"))
                .contains("### " + view.conflicts().get(0).code() + " ");
        view.unscheduled()
                .forEach(unscheduled -> assertThat(section(markdown, "## Unscheduled"))
                        .contains("| " + unscheduled.session().id() + " | "));
    }

    @Test
    void aPipeOrLineBreakInATitleDoesNotBreakTheTable() {
        ObjectNode document = ReportViews.document(SolvedForums.regionalForum());
        String id = document.get("schedule")
                .get("assignments")
                .get(0)
                .get("session")
                .asText();
        document.get("sessions").forEach(session -> {
            if (session.get("id").asText().equals(id)) {
                ((ObjectNode) session).put("title", "Access | Rights\nand <Remedies>");
            }
        });

        String markdown = render(ReportViews.of(document));

        assertThat(markdown).contains("| Access \\| Rights and \\<Remedies> |");
    }

    private static String render(ProgrammeView view) {
        return new String(ReportFormat.MD.render(view), StandardCharsets.UTF_8);
    }

    /** The text from a heading to the next heading of the same level. */
    private static String section(String markdown, String heading) {
        int start = markdown.indexOf(heading + "\n");
        assertThat(start).as(heading).isNotNegative();
        int end = markdown.indexOf("\n## ", start + heading.length());
        return markdown.substring(start, end < 0 ? markdown.length() : end);
    }
}
