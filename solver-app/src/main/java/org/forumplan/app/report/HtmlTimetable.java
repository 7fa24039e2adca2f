package org.forumplan.app.report;

import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.forumplan.app.report.ProgrammeView.DayView;
import org.forumplan.app.report.ProgrammeView.GridCell;
import org.forumplan.app.report.ProgrammeView.GridRow;
import org.forumplan.app.report.ProgrammeView.OtherPlace;
import org.forumplan.app.report.ProgrammeView.SessionView;
import org.forumplan.model.domain.Participation;
import org.forumplan.model.domain.Room;
import org.forumplan.model.domain.Topic;

/**
 * The timetable of the HTML page, one table per day: a row per period, a column per room, a session as a card spanning
 * the rows it covers. Every card carries what the page's filters look at as {@code data-} attributes, so that the
 * script needs no data of its own.
 */
final class HtmlTimetable {

    private HtmlTimetable() {}

    static void day(StringBuilder out, DayView day) {
        out.append("<section class=\"day\" id=\"day-").append(day.date()).append("\">\n");
        out.append("<h2>").append(Html.text(ReportText.longDay(day.date()))).append("</h2>\n");
        out.append("<div class=\"grid-wrap\"><table class=\"grid\">\n<thead><tr><th class=\"time\">time</th>");
        for (Room room : day.rooms()) {
            out.append("<th scope=\"col\">")
                    .append(Html.text(room.name() == null ? room.id() : room.name()))
                    .append("<small>")
                    .append(Html.text(room.id()))
                    .append(" · ")
                    .append(room.capacity())
                    .append(" seats</small></th>");
        }
        out.append("</tr></thead>\n<tbody>\n");
        for (GridRow row : day.rows()) {
            out.append(row.flash() ? "<tr class=\"flash\">" : "<tr>");
            out.append("<th class=\"time\" scope=\"row\">")
                    .append(ReportText.time(row.start()))
                    .append("–")
                    .append(ReportText.time(row.end()))
                    .append(row.flash() ? "<small>flash slot</small>" : "")
                    .append("</th>");
            for (GridCell cell : row.cells()) {
                cell(out, cell);
            }
            out.append("</tr>\n");
        }
        out.append("</tbody></table></div>\n</section>\n");
    }

    private static void cell(StringBuilder out, GridCell cell) {
        if (cell.covered()) {
            return;
        }
        if (cell.isEmpty()) {
            out.append("<td class=\"free\"></td>");
            return;
        }
        out.append("<td");
        if (cell.rowSpan() > 1) {
            out.append(" rowspan=\"").append(cell.rowSpan()).append('"');
        }
        out.append(cell.sessions().size() > 1 ? " class=\"clash\">" : ">");
        for (SessionView session : cell.sessions()) {
            card(out, session);
        }
        out.append("</td>");
    }

    private static void card(StringBuilder out, SessionView session) {
        out.append("<div ");
        filterAttributes(out, session, "session card");
        out.append(" title=\"").append(Html.text(ReportText.people(session))).append("\">");
        out.append("<div class=\"sid\"><a href=\"#")
                .append(Html.text(Html.sessionAnchor(session.id())))
                .append("\">")
                .append(Html.text(session.id()))
                .append("</a>");
        if (session.pinned()) {
            out.append(" <span class=\"badge pin\" title=\"pinned: the solver never moves it\">pinned</span>");
        }
        if (session.exclusive()) {
            out.append(" <span class=\"badge excl\" title=\"exclusive: nothing may run in parallel\">exclusive</span>");
        }
        out.append("</div>");
        out.append("<div class=\"title\">").append(Html.text(session.title())).append("</div>");
        out.append("<div class=\"kind\">").append(Html.text(session.kind().label()));
        if (session.track() != null) {
            out.append(" · <span class=\"track\">")
                    .append(Html.text(session.track().name()))
                    .append("</span>");
        }
        out.append("</div>");
        if (!session.topics().isEmpty()) {
            out.append("<div class=\"chips\">");
            for (Topic topic : session.topics()) {
                out.append("<span class=\"chip\">")
                        .append(Html.text(topic.name()))
                        .append("</span>");
            }
            out.append("</div>");
        }
        if (!session.conflictCodes().isEmpty()) {
            out.append("<div class=\"issues\">");
            for (String code : session.conflictCodes()) {
                out.append("<a class=\"issue ")
                        .append(code.startsWith("H") ? "hard" : "soft")
                        .append("\" href=\"#c-")
                        .append(Html.text(code))
                        .append("\">")
                        .append(Html.text(code))
                        .append("</a>");
            }
            out.append("</div>");
        }
        otherPlaces(out, session);
        out.append("</div>");
    }

    /** Folded, so that the timetable stays a timetable; the score changes are exact (see OtherPlaces). */
    private static void otherPlaces(StringBuilder out, SessionView session) {
        if (session.otherPlaces() == null) {
            return;
        }
        if (session.otherPlaces().isEmpty()) {
            out.append("<div class=\"alt none\">no other place free of hard conflicts</div>");
            return;
        }
        out.append("<details class=\"alt\"><summary>other places</summary><ol>");
        for (OtherPlace other : session.otherPlaces()) {
            out.append("<li>").append(Html.text(ReportText.otherPlace(other))).append("</li>");
        }
        out.append("</ol></details>");
    }

    /**
     * The attributes the page's filters read: kind, topic ids, track id, person ids (each list framed by "|" so that
     * "|cir|" never matches inside another id), and lower-case text for the search box.
     */
    static void filterAttributes(StringBuilder out, SessionView session, String classes) {
        out.append("class=\"")
                .append(classes)
                .append(" k-")
                .append(session.kind().code())
                .append(session.pinned() ? " pinned" : "")
                .append(session.exclusive() ? " exclusive" : "")
                .append(session.hardConflict() ? " hard" : "")
                .append("\" id=\"")
                .append(Html.text(Html.sessionAnchor(session.id())))
                .append("\" data-kind=\"")
                .append(session.kind().code())
                .append("\" data-topics=\"")
                .append(Html.text(framed(session.topics().stream().map(Topic::id))))
                .append("\" data-track=\"")
                .append(session.track() == null ? "" : Html.text(session.track().id()))
                .append("\" data-people=\"")
                .append(Html.text(framed(session.people().stream()
                        .map(participation -> participation.person().id()))))
                .append("\" data-names=\"")
                .append(Html.searchable(session.people().stream()
                        .map(Participation::person)
                        .map(ReportText::name)
                        .collect(Collectors.joining("|"))))
                .append("\" data-text=\"")
                .append(Html.searchable(String.join(
                        " ",
                        session.id(),
                        session.title() == null ? "" : session.title(),
                        ReportText.topicNames(session),
                        ReportText.trackName(session),
                        ReportText.people(session))))
                .append('"');
    }

    /** "|a|b|": a list the script can search for "|a|" without matching part of another value. */
    private static String framed(Stream<String> values) {
        return "|" + values.distinct().collect(Collectors.joining("|")) + "|";
    }
}
