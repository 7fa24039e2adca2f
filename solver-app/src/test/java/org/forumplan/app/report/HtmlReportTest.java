package org.forumplan.app.report;

import static org.assertj.core.api.Assertions.assertThat;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The HTML page as text: what comes from users is escaped, and everything the page needs is in it. The page in a real
 * browser is {@link HtmlReportBrowserTest}'s.
 */
class HtmlReportTest {

    private static final String HOSTILE_TITLE = "<script>alert(\"x\")</script> & <img src=x onerror=alert(1)> 'quoted'";

    @Test
    void titlesAndNamesFromTheDatasetAreEscaped() {
        ObjectNode document = ReportViews.document(SolvedForums.regionalForum());
        String id = document.get("schedule")
                .get("assignments")
                .get(0)
                .get("session")
                .asText();
        document.get("sessions").forEach(session -> {
            if (session.get("id").asText().equals(id)) {
                ((ObjectNode) session).put("title", HOSTILE_TITLE);
            }
        });
        ((ObjectNode) document.get("people").get(0)).put("name", "Ann \"><b>Bold</b>");

        String html = render(ReportViews.of(document));

        assertThat(html)
                .doesNotContain("<script>alert", "<img src=x", "<b>Bold</b>")
                .contains(
                        "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;img src=x onerror=alert(1)&gt; &#39;quoted&#39;")
                .contains("Ann &quot;&gt;&lt;b&gt;Bold&lt;/b&gt;");
        assertThat(html.split("<script>", -1)).hasSize(2);
    }

    @Test
    void theStyleSheetAndTheScriptAreInlined() {
        String html = render(ReportViews.of(SolvedForums.regionalForum()));

        assertThat(html)
                .contains("<style>\n/* The forumplan review page.")
                .contains("<script>\n// The forumplan review page's filters.")
                .doesNotContain("<link rel=\"stylesheet\"", "<script src");
    }

    @Test
    void everyScheduledSessionHasACardAndEveryUnscheduledOneARow() {
        ProgrammeView view = ReportViews.of(SolvedForums.regionalForum());

        String html = render(view);

        view.scheduled()
                .forEach(session -> assertThat(html)
                        .contains("class=\"session card k-" + session.kind().code()));
        view.scheduled().forEach(session -> assertThat(html).containsOnlyOnce("id=\"s-" + session.id() + "\""));
        view.unscheduled()
                .forEach(unscheduled -> assertThat(html)
                        .containsPattern("<tr class=\"session row k-[a-z_]+\" id=\"s-"
                                + unscheduled.session().id() + "\""));
    }

    @Test
    void eachCardOffersItsOtherPlacesAndAProposalLeftOutItsBestPlace() {
        ObjectNode document = ReportViews.document(SolvedForums.regionalForum());
        JsonNode assignments = document.get("schedule").get("assignments");
        String leftOut = null;
        for (int i = 0; i < assignments.size() && leftOut == null; i++) {
            String id = assignments.get(i).get("session").asText();
            for (JsonNode session : document.get("sessions")) {
                if (session.get("id").asText().equals(id)
                        && !session.path("mandatory").asBoolean()
                        && !session.has("pinned")) {
                    leftOut = id;
                    ((ArrayNode) assignments).remove(i);
                }
            }
        }
        ProgrammeView view = ReportViews.withOtherPlaces(document);

        String html = render(view);

        long movable =
                view.scheduled().stream().filter(session -> !session.pinned()).count();
        assertThat(view.otherPlaces().complete()).isTrue();
        assertThat(count(html, "<details class=\"alt\"><summary>other places</summary>")
                        + count(html, "<div class=\"alt none\">"))
                .isEqualTo(movable);
        assertThat(html)
                .containsPattern("<li>[^<]+, (Mon|Tue|Wed|Thu|Fri|Sat|Sun) \\d{1,2} [A-Z][a-z]{2} "
                        + "\\d\\d:\\d\\d-\\d\\d:\\d\\d: (0|[+-]\\d+(hard|medium|soft).*)</li>");
        assertThat(html).contains("<th>best place it could take</th>");
        assertThat(html).containsPattern("id=\"s-" + leftOut + "\".*<td>[^<]+: \\+\\d+medium[^<]*</td></tr>");
    }

    @Test
    void aPlaceAnotherProposalHoldsNamesIt() {
        ProgrammeView.PlacementView place = new ProgrammeView.PlacementView(
                "r1",
                "Room 1",
                java.time.LocalDate.of(2014, 9, 2),
                java.time.LocalTime.of(9, 0),
                java.time.LocalTime.of(10, 30),
                "d1-0900",
                1);

        assertThat(ReportText.otherPlace(
                        new ProgrammeView.OtherPlace(place, HardMediumSoftLongScore.of(0, -20, 7), "WS25")))
                .isEqualTo("in WS25's place (Room 1, Tue 2 Sep 09:00-10:30), WS25 then left out: -20medium/+7soft");
        assertThat(ReportText.otherPlace(
                        new ProgrammeView.OtherPlace(place, HardMediumSoftLongScore.of(0, 0, -40), null)))
                .isEqualTo("Room 1, Tue 2 Sep 09:00-10:30: -40soft");
    }

    @Test
    void withoutOtherPlacesThePageSaysNothingOfThem() {
        String html = render(ReportViews.of(SolvedForums.regionalForum()));

        assertThat(html).doesNotContain("other places", "best place it could take");
    }

    private static long count(String text, String part) {
        return text.split(java.util.regex.Pattern.quote(part), -1).length - 1L;
    }

    @Test
    void theChartsAreInlineSvg() {
        String html = render(ReportViews.of(SolvedForums.regionalForum()));

        assertThat(html).contains("<svg class=\"chart load\"", "<svg class=\"chart topics\"");
        assertThat(html).contains("class=\"limit target\"", "class=\"limit max\"");
    }

    @Test
    void aSessionIdInAConflictIsLinkedWholeNotInsideALongerId() {
        assertThat(Html.linkSessions("WS1 and WS12 both on <cir>", java.util.List.of("WS1", "WS12")))
                .isEqualTo("<a href=\"#s-WS1\">WS1</a> and <a href=\"#s-WS12\">WS12</a> both on &lt;cir&gt;");
        assertThat(Html.linkSessions("MS-WS1 and WS1", java.util.List.of("WS1")))
                .isEqualTo("MS-WS1 and <a href=\"#s-WS1\">WS1</a>");
    }

    private static String render(ProgrammeView view) {
        return new String(ReportFormat.HTML.render(view), StandardCharsets.UTF_8);
    }
}
