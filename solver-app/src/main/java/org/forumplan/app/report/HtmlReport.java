package org.forumplan.app.report;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.forumplan.app.explain.ScoreText;
import org.forumplan.app.report.ProgrammeView.DayView;
import org.forumplan.app.report.ProgrammeView.KindCount;
import org.forumplan.app.report.ProgrammeView.OtherPlace;
import org.forumplan.app.report.ProgrammeView.SessionView;
import org.forumplan.app.report.ProgrammeView.TopicDays;
import org.forumplan.app.report.ProgrammeView.UnscheduledView;
import org.forumplan.model.ForumplanVersion;
import org.forumplan.model.analysis.ConstraintExplanation;
import org.forumplan.model.analysis.MatchExplanation;
import org.forumplan.model.constraints.ScoreLevel;
import org.forumplan.model.domain.Person;
import org.forumplan.model.domain.Track;

/**
 * The review page: one self-contained HTML file (style sheet, script and charts inline, nothing fetched from anywhere)
 * that opens from disk or as an e-mail attachment. It shows the score in words, the timetable per day with filters and
 * a search box, the charts, every remaining conflict linked to its sessions, and why each unscheduled session is out.
 * It prints one day per page.
 *
 * <p>The style sheet and the script are {@code report.css} and {@code report.js} next to this class.
 */
final class HtmlReport {

    private static final String CSS = Html.resource("report.css");
    private static final String SCRIPT = Html.resource("report.js");

    private HtmlReport() {}

    static byte[] render(ProgrammeView view) {
        StringBuilder out = new StringBuilder(256 * 1024);
        out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<meta name=\"generator\" content=\"")
                .append(Html.text(ForumplanVersion.describe()))
                .append("\">\n")
                // No favicon request, not even to the folder the page was opened from.
                .append("<link rel=\"icon\" href=\"data:,\">\n")
                .append("<title>")
                .append(Html.text(view.forumName()))
                .append(": proposed programme</title>\n<style>\n")
                .append(CSS)
                .append(kindStyles())
                .append("</style>\n</head>\n<body>\n");
        header(out, view);
        filters(out, view);
        out.append("<main>\n");
        for (DayView day : view.days()) {
            HtmlTimetable.day(out, day);
        }
        charts(out, view);
        conflicts(out, view);
        unscheduled(out, view);
        if (view.selection() != null) {
            HtmlSelection.section(out, view.selection());
        }
        out.append("</main>\n<footer>Written by ")
                .append(Html.text(ForumplanVersion.describe()))
                .append(". The score is recomputed from the data. Times are local to ")
                .append(Html.text(view.timeZone().getId()))
                .append(".</footer>\n<script>\n")
                .append(SCRIPT)
                .append("</script>\n</body>\n</html>\n");
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The kinds' colours come from {@link KindColours}, shared with the spreadsheet. */
    private static String kindStyles() {
        StringBuilder css = new StringBuilder();
        for (KindColours colours : KindColours.values()) {
            css.append(".k-%s{--fill:%s;--accent:%s}\n"
                    .formatted(colours.kind().code(), colours.fill(), colours.accent()));
        }
        return css.toString();
    }

    private static void header(StringBuilder out, ProgrammeView view) {
        out.append("<header class=\"top\">\n<h1>")
                .append(Html.text(view.forumName()))
                .append("</h1>\n");
        out.append("<p class=\"meta\">");
        if (view.venue() != null) {
            out.append(Html.text(view.venue())).append(" · ");
        }
        long placed = view.scheduled().size();
        out.append("times are local (")
                .append(Html.text(view.timeZone().getId()))
                .append(") · ")
                .append(placed)
                .append(" sessions placed, ")
                .append(view.sessions().size() - placed)
                .append(" unscheduled</p>\n");
        out.append("<p class=\"verdict ")
                .append(view.feasible() ? "ok" : "bad")
                .append("\"><strong>")
                .append(Html.text(view.verdict()))
                .append("</strong><br>Score <code>")
                .append(view.score())
                .append("</code>, recomputed from the data");
        if (view.storedScore() != null
                && !view.storedScore().equals(view.score().toString())) {
            out.append(" (the file says <code>")
                    .append(Html.text(view.storedScore()))
                    .append("</code>)");
        }
        out.append(".</p>\n");
        out.append("<div class=\"summary\">\n<table class=\"levels\"><thead><tr><th>level</th><th>score</th>"
                + "<th>stands for</th><th>here</th></tr></thead><tbody>\n");
        for (ReportText.Level level : ReportText.levels(view.score())) {
            out.append("<tr class=\"level-%s%s\"><th>%s</th><td class=\"num\">%,d</td><td>%s</td><td>%s</td></tr>\n"
                    .formatted(
                            level.label(),
                            level.value() < 0 ? " costs" : "",
                            level.label(),
                            level.value(),
                            Html.text(level.meaning()),
                            Html.text(level.words())));
        }
        out.append("</tbody></table>\n");
        kinds(out, view.kinds());
        out.append("</div>\n<nav class=\"toc\">");
        for (DayView day : view.days()) {
            out.append("<a href=\"#day-")
                    .append(day.date())
                    .append("\">")
                    .append(Html.text(day.label()))
                    .append("</a> ");
        }
        out.append("<a href=\"#charts\">Charts</a> <a href=\"#conflicts\">Conflicts (")
                .append(view.conflicts().size())
                .append(")</a> <a href=\"#unscheduled\">Unscheduled (")
                .append(view.unscheduled().size())
                .append(")</a></nav>\n");
        out.append("<p class=\"legend\">Marks: <span class=\"badge pin\">pinned</span> never moved by the solver, "
                + "<span class=\"badge excl\">exclusive</span> nothing runs beside it, <span class=\"issue hard\">H2</span> "
                + "a broken hard constraint and <span class=\"issue soft\">S1</span> a soft cost it is part of (see "
                + "Conflicts); shaded rows are flash slots."
                + (view.otherPlaces().requested()
                        ? " Under a card, <em>other places</em> lists where the session could go instead, each with"
                                + " what the whole programme's score would gain or lose there, exactly."
                        : "")
                + "</p>\n");
        otherPlacesCoverage(out, view);
        out.append("</header>\n");
    }

    /** Sessions by kind, one column a kind: three short rows whatever the number of kinds. */
    private static void kinds(StringBuilder out, List<KindCount> kinds) {
        out.append("<table class=\"kinds\"><thead><tr><th>sessions</th>");
        for (KindCount kind : kinds) {
            out.append("<th><span class=\"swatch k-%s\"></span>%s</th>"
                    .formatted(kind.kind().code(), Html.text(kind.kind().label())));
        }
        out.append("</tr></thead><tbody>\n<tr><th>placed</th>");
        kinds.forEach(
                kind -> out.append("<td class=\"num\">").append(kind.placed()).append("</td>"));
        out.append("</tr>\n<tr><th>unscheduled</th>");
        kinds.forEach(kind ->
                out.append("<td class=\"num\">").append(kind.unscheduled()).append("</td>"));
        out.append("</tr>\n</tbody></table>\n");
    }

    private static void filters(StringBuilder out, ProgrammeView view) {
        out.append("<form class=\"filters\" id=\"filters\" autocomplete=\"off\">\n");
        out.append("<label>Search <input type=\"search\" id=\"f-search\" placeholder=\"id, title, name…\"></label>\n");
        out.append("<label>Topic <select id=\"f-topic\"><option value=\"\">all topics</option>");
        for (TopicDays topic : view.topics()) {
            option(out, topic.topic().id(), topic.topic().name());
        }
        out.append("</select></label>\n<label>Kind <select id=\"f-kind\"><option value=\"\">all kinds</option>");
        for (KindCount kind : view.kinds()) {
            option(out, kind.kind().code(), kind.kind().label());
        }
        out.append("</select></label>\n<label>Track <select id=\"f-track\"><option value=\"\">all tracks</option>");
        for (Track track : view.tracks()) {
            option(out, track.id(), track.name());
        }
        out.append("</select></label>\n<label>Person <input type=\"search\" id=\"f-person\" list=\"f-people\" "
                + "placeholder=\"name\"></label>\n<datalist id=\"f-people\">");
        for (Person person : view.people()) {
            out.append("<option value=\"")
                    .append(Html.text(ReportText.name(person) + " (" + person.id() + ")"))
                    .append("\"></option>");
        }
        out.append("</datalist>\n<span class=\"mode\">Matches: <label><input type=\"radio\" name=\"f-mode\" "
                + "value=\"highlight\" checked> highlight</label> <label><input type=\"radio\" name=\"f-mode\" "
                + "value=\"hide\"> hide the others</label></span>\n");
        out.append(
                "<button type=\"button\" id=\"f-clear\">Clear</button>\n<output id=\"f-count\"></output>\n</form>\n");
    }

    private static void option(StringBuilder out, String value, String label) {
        out.append("<option value=\"")
                .append(Html.text(value))
                .append("\">")
                .append(Html.text(label))
                .append("</option>");
    }

    private static void charts(StringBuilder out, ProgrammeView view) {
        out.append("<section id=\"charts\">\n<h2>Charts</h2>\n<figure>\n<figcaption>Sessions in parallel per period");
        if (view.targetParallel() > 0) {
            out.append(", against the target of ").append(view.targetParallel()).append(" (dashed)");
        }
        if (view.maxParallel() > 0) {
            out.append(" and the maximum of ").append(view.maxParallel());
        }
        out.append(". Point at a bar for its period.</figcaption>\n<div class=\"chart-wrap\">")
                .append(SvgCharts.parallelLoad(view.load(), view.targetParallel(), view.maxParallel()))
                .append("</div>\n</figure>\n");
        if (!view.topics().isEmpty()) {
            out.append("<figure>\n<figcaption>Topics over the days: placed sessions per topic and day.</figcaption>\n")
                    .append("<div class=\"chart-wrap\">")
                    .append(SvgCharts.topicsByDay(
                            view.topics(),
                            view.days().stream().map(DayView::date).toList()))
                    .append("</div>\n</figure>\n");
        }
        out.append("</section>\n");
    }

    private static void conflicts(StringBuilder out, ProgrammeView view) {
        out.append("<section id=\"conflicts\">\n<h2>Conflicts</h2>\n");
        if (view.conflicts().isEmpty()) {
            out.append("<p>No constraint is broken and nothing costs.</p>\n</section>\n");
            return;
        }
        out.append("<p class=\"note\">Every constraint that still costs, worst first, each match in words. Hard "
                + "constraints make the programme impossible; medium and soft ones cost its content and its "
                + "participants. Session ids link to the timetable.</p>\n");
        for (ConstraintExplanation constraint : view.conflicts()) {
            boolean hard = constraint.level() == ScoreLevel.HARD;
            out.append("<details class=\"constraint level-")
                    .append(constraint.level().label())
                    .append("\" id=\"c-")
                    .append(Html.text(constraint.code()))
                    .append(hard ? "\" open>" : "\">")
                    .append("<summary><span class=\"code\">")
                    .append(Html.text(constraint.code()))
                    .append("</span> ")
                    .append(Html.text(constraint.name()))
                    .append(" <span class=\"cost\">")
                    .append(ScoreText.compact(constraint.score()))
                    .append("</span> <span class=\"count\">")
                    .append(constraint.matchCount())
                    .append(constraint.matchCount() == 1 ? " match" : " matches")
                    .append("</span></summary>\n<ol class=\"matches\">\n");
            for (MatchExplanation match : constraint.matches()) {
                out.append("<li><span class=\"cost\">")
                        .append(ScoreText.compact(match.score()))
                        .append("</span> ")
                        .append(Html.linkSessions(match.description(), match.sessionIds()))
                        .append("</li>\n");
            }
            out.append("</ol>\n</details>\n");
        }
        out.append("</section>\n");
    }

    private static void unscheduled(StringBuilder out, ProgrammeView view) {
        List<UnscheduledView> unscheduled = view.unscheduled();
        out.append("<section id=\"unscheduled\">\n<h2>Unscheduled (")
                .append(unscheduled.size())
                .append(")</h2>\n");
        if (unscheduled.isEmpty()) {
            out.append("<p>Every session has a place.</p>\n</section>\n");
            return;
        }
        out.append("<p class=\"note\">Mandatory sessions without a place first, then the optional proposals left "
                + "out, most valuable first (value: 20 per evaluation point plus 10 per diversity flag).</p>\n");
        boolean withPlaces = view.otherPlaces().requested();
        out.append("<table class=\"list\"><thead><tr><th>session</th><th>title</th><th>kind</th><th>value</th>"
                + "<th>evaluation</th><th>why it is out</th>"
                + (withPlaces ? "<th>best place it could take</th>" : "")
                + "</tr></thead>\n<tbody>\n");
        for (UnscheduledView item : unscheduled) {
            SessionView session = item.session();
            out.append("<tr ");
            HtmlTimetable.filterAttributes(out, session, "session row");
            out.append("><td class=\"id\">")
                    .append(Html.text(session.id()))
                    .append("</td><td>")
                    .append(Html.text(session.title()))
                    .append("</td><td class=\"kind\">")
                    .append(Html.text(session.kind().label()))
                    .append("</td><td class=\"num\">")
                    .append(session.value() == null ? "mandatory" : session.value())
                    .append("</td><td class=\"num\">")
                    .append(session.evaluation() == null ? "" : session.evaluation())
                    .append("</td><td>")
                    .append(Html.linkSessions(item.reason(), item.holders()))
                    .append("</td>");
            if (withPlaces) {
                out.append("<td>").append(bestPlace(session)).append("</td>");
            }
            out.append("</tr>\n");
        }
        out.append("</tbody></table>\n</section>\n");
    }

    private static String bestPlace(SessionView session) {
        if (session.otherPlaces() == null) {
            return "not looked at (time)";
        }
        if (session.otherPlaces().isEmpty()) {
            return "none free of hard conflicts, and no proposal's place it could take";
        }
        OtherPlace best = session.otherPlaces().get(0);
        String text = ReportText.otherPlace(best);
        return best.replacedId() == null ? Html.text(text) : Html.linkSessions(text, List.of(best.replacedId()));
    }

    /** Said only when the search for other places stopped before it had looked at every session. */
    private static void otherPlacesCoverage(StringBuilder out, ProgrammeView view) {
        ProgrammeView.Coverage coverage = view.otherPlaces();
        if (!coverage.complete()) {
            out.append("<p class=\"note\">Other places were looked for in the time given for %d of %d sessions, "
                            .formatted(coverage.done(), coverage.asked()))
                    .append("those that cost most first (forumplan report --other-places-time).</p>\n");
        }
    }
}
