package org.forumplan.app.report;

import java.nio.charset.StandardCharsets;
import org.forumplan.app.explain.ScoreText;
import org.forumplan.app.explain.SelectionText;
import org.forumplan.app.report.ProgrammeView.DayView;
import org.forumplan.app.report.ProgrammeView.GridCell;
import org.forumplan.app.report.ProgrammeView.GridRow;
import org.forumplan.app.report.ProgrammeView.KindCount;
import org.forumplan.app.report.ProgrammeView.SessionView;
import org.forumplan.app.report.ProgrammeView.UnscheduledView;
import org.forumplan.model.analysis.ConstraintExplanation;
import org.forumplan.model.analysis.MatchExplanation;

/**
 * The programme per day as Markdown tables (one line per session, in time and room order), then the conflicts and the
 * unscheduled sessions: for e-mail, wikis and issue trackers, where a wide room grid would not fit.
 */
final class MarkdownReport {

    private MarkdownReport() {}

    static byte[] render(ProgrammeView view) {
        StringBuilder out = new StringBuilder();
        header(out, view);
        for (DayView day : view.days()) {
            day(out, day);
        }
        conflicts(out, view);
        unscheduled(out, view);
        if (view.selection() != null) {
            out.append(SelectionText.markdown(view.selection(), "##"));
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void header(StringBuilder out, ProgrammeView view) {
        out.append("# ").append(cell(view.forumName())).append("\n\n");
        if (view.venue() != null) {
            out.append(cell(view.venue())).append(". ");
        }
        out.append("Times are local (").append(view.timeZone()).append(").\n\n");
        out.append("Score `%s`. **%s**\n\n".formatted(view.score(), cell(view.verdict())));
        out.append("| level | score | stands for | here |\n|---|---:|---|---|\n");
        for (ReportText.Level level : ReportText.levels(view.score())) {
            out.append(
                    "| %s | %d | %s | %s |\n".formatted(level.label(), level.value(), level.meaning(), level.words()));
        }
        out.append("\n| kind | placed | unscheduled |\n|---|---:|---:|\n");
        for (KindCount kind : view.kinds()) {
            out.append("| %s | %d | %d |\n".formatted(kind.kind().label(), kind.placed(), kind.unscheduled()));
        }
        out.append('\n');
    }

    private static void day(StringBuilder out, DayView day) {
        out.append("## ").append(ReportText.longDay(day.date())).append("\n\n");
        out.append("| time | room | session | title | kind | topics | track |\n|---|---|---|---|---|---|---|\n");
        for (GridRow row : day.rows()) {
            for (GridCell gridCell : row.cells()) {
                for (SessionView session : gridCell.sessions()) {
                    String marks = ReportText.marks(session);
                    out.append("| %s | %s | %s%s | %s | %s | %s | %s |\n"
                            .formatted(
                                    ReportText.times(session.placement()),
                                    cell(session.placement().roomName()),
                                    session.id(),
                                    marks.isEmpty() ? "" : " (" + marks + ")",
                                    cell(session.title()),
                                    session.kind().label(),
                                    cell(ReportText.topicNames(session)),
                                    cell(ReportText.trackName(session))));
                }
            }
        }
        out.append('\n');
    }

    private static void conflicts(StringBuilder out, ProgrammeView view) {
        out.append("## Conflicts\n\n");
        if (view.conflicts().isEmpty()) {
            out.append("No constraint is broken.\n\n");
            return;
        }
        for (ConstraintExplanation constraint : view.conflicts()) {
            out.append("### %s %s (`%s`, %d match%s)\n\n"
                    .formatted(
                            constraint.code(),
                            constraint.name(),
                            ScoreText.compact(constraint.score()),
                            constraint.matchCount(),
                            constraint.matchCount() == 1 ? "" : "es"));
            for (MatchExplanation match : constraint.matches()) {
                out.append("- `%s` %s\n".formatted(ScoreText.compact(match.score()), inline(match.description())));
            }
            out.append('\n');
        }
    }

    private static void unscheduled(StringBuilder out, ProgrammeView view) {
        out.append("## Unscheduled\n\n");
        if (view.unscheduled().isEmpty()) {
            out.append("Every session has a place.\n");
            return;
        }
        out.append("| session | title | kind | value | evaluation | why it is out |\n|---|---|---|---:|---:|---|\n");
        for (UnscheduledView unscheduled : view.unscheduled()) {
            SessionView session = unscheduled.session();
            out.append("| %s | %s | %s | %s | %s | %s |\n"
                    .formatted(
                            session.id(),
                            cell(session.title()),
                            session.kind().label(),
                            session.value() == null ? "mandatory" : session.value(),
                            session.evaluation() == null ? "" : session.evaluation(),
                            cell(unscheduled.reason())));
        }
    }

    /** Text in a table cell: a pipe would end the cell, a line break the row. */
    private static String cell(String text) {
        return text == null ? "" : inline(text).replace("|", "\\|");
    }

    /**
     * Text on one line, a "<" escaped so that a wiki does not take a title for HTML (a backslash escape shows as the
     * character itself in CommonMark).
     */
    private static String inline(String text) {
        return text.replace('\n', ' ').replace('\r', ' ').replace("<", "\\<");
    }
}
