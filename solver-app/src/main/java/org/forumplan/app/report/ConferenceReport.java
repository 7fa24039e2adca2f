package org.forumplan.app.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.forumplan.app.cosplib.CosplibSolutionWorkbook;
import org.forumplan.app.cosplib.ObjectiveText;
import org.forumplan.model.ForumplanVersion;
import org.forumplan.model.conference.domain.Cell;
import org.forumplan.model.conference.domain.Conference;
import org.forumplan.model.conference.domain.Room;
import org.forumplan.model.conference.domain.Session;
import org.forumplan.model.conference.domain.Submission;
import org.forumplan.model.conference.io.ConferenceJson;
import org.forumplan.model.conference.score.ObjectiveBreakdown;
import org.forumplan.model.conference.score.ObjectiveBreakdown.TermScore;

/**
 * A scheduled CoSPLib conference for the people who review it: per session a grid of timeslots and rooms with the
 * submission and its track in each, and the objective term by term, by the library's names. HTML (one self-contained
 * page), Markdown, CSV (a row per submission) or the library's own solution workbook (xlsx).
 */
public final class ConferenceReport {

    private ConferenceReport() {}

    /** The formats a conference has: every format but the calendar, whose events would need a forum's days. */
    public static boolean supports(ReportFormat format) {
        return format != ReportFormat.ICS;
    }

    public static byte[] render(
            ReportFormat format, ConferenceJson document, Conference conference, ObjectiveBreakdown breakdown) {
        return switch (format) {
            case HTML -> html(conference, breakdown).getBytes(StandardCharsets.UTF_8);
            case MD -> markdown(conference, breakdown).getBytes(StandardCharsets.UTF_8);
            case CSV -> csv(conference).getBytes(StandardCharsets.UTF_8);
            case XLSX -> workbook(document);
            case ICS -> throw new IllegalArgumentException("a conference has no calendar report");
        };
    }

    /** What each room holds in each timeslot of a session, "" where nothing is. */
    private static String[][] grid(Conference conference, Session session) {
        String[][] grid = new String[session.timeslots()][conference.getRooms().size()];
        for (String[] row : grid) {
            java.util.Arrays.fill(row, "");
        }
        for (Submission submission : conference.getSubmissions()) {
            if (submission.getSlot() != null && submission.session() == session) {
                for (int t = submission.getSlot().start();
                        t < submission.getSlot().end();
                        t++) {
                    grid[t][submission.room().index()] = submission.getReference() + " (" + submission.getTrack() + ")";
                }
            }
        }
        return grid;
    }

    private static String html(Conference conference, ObjectiveBreakdown breakdown) {
        StringBuilder out = new StringBuilder();
        out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
                .append(Html.text(conference.getName()))
                .append(": proposed schedule</title>\n<style>\n")
                .append("body{font-family:system-ui,sans-serif;margin:24px;color:#1d232a}")
                .append("table{border-collapse:collapse;margin:8px 0 24px}")
                .append("th,td{border:1px solid #ccd;padding:4px 8px;text-align:left;vertical-align:top}")
                .append("td.num{text-align:right}.off{color:#888}.bad{color:#b00020;font-weight:700}")
                .append("\n</style>\n</head>\n<body>\n<h1>")
                .append(Html.text(conference.getName()))
                .append("</h1>\n<p class=\"")
                .append(breakdown.feasible() ? "" : "bad")
                .append("\">")
                .append(Html.text(ObjectiveText.verdict(breakdown)))
                .append("</p>\n<table><thead><tr><th>term</th><th>weight</th><th>raw</th><th>weighted</th></tr>")
                .append("</thead><tbody>\n");
        for (TermScore term : breakdown.terms()) {
            out.append("<tr")
                    .append(term.weight() == 0 ? " class=\"off\"" : "")
                    .append("><td>")
                    .append(Html.text(term.term().constraintName()))
                    .append("</td>");
            if (term.weight() == 0) {
                out.append("<td colspan=\"3\">off</td></tr>\n");
            } else {
                out.append(String.format(
                        Locale.ROOT,
                        "<td class=\"num\">%,d</td><td class=\"num\">%,d</td><td class=\"num\">%,d</td></tr>%n",
                        term.weight(),
                        term.raw(),
                        term.weighted()));
            }
        }
        out.append("</tbody></table>\n");
        for (Session session : conference.getSessions()) {
            out.append("<h2>").append(Html.text(session.name())).append("</h2>\n<table><thead><tr><th>timeslot</th>");
            for (Room room : conference.getRooms()) {
                out.append("<th>").append(Html.text(room.name())).append("</th>");
            }
            out.append("</tr></thead><tbody>\n");
            String[][] grid = grid(conference, session);
            for (int t = 0; t < grid.length; t++) {
                out.append("<tr><th>").append(t + 1).append("</th>");
                for (String cell : grid[t]) {
                    out.append("<td>").append(Html.text(cell)).append("</td>");
                }
                out.append("</tr>\n");
            }
            out.append("</tbody></table>\n");
        }
        out.append("<footer>Written by ")
                .append(Html.text(ForumplanVersion.describe()))
                .append(". The objective is recomputed from the data, as CoSPLib's evaluator counts it.</footer>\n")
                .append("</body>\n</html>\n");
        return out.toString();
    }

    private static String markdown(Conference conference, ObjectiveBreakdown breakdown) {
        StringBuilder out = new StringBuilder("# ").append(conference.getName()).append("\n\n");
        out.append(ObjectiveText.verdict(breakdown))
                .append("\n\n| term | weight | raw | weighted |\n|---|---:|---:|---:|\n");
        for (TermScore term : breakdown.terms()) {
            out.append(
                    term.weight() == 0
                            ? "| %s | off | | |%n"
                                    .formatted(markdownText(term.term().constraintName()))
                            : String.format(
                                    Locale.ROOT,
                                    "| %s | %,d | %,d | %,d |%n",
                                    markdownText(term.term().constraintName()),
                                    term.weight(),
                                    term.raw(),
                                    term.weighted()));
        }
        for (Session session : conference.getSessions()) {
            out.append("\n## ").append(markdownText(session.name())).append("\n\n| timeslot |");
            List<String> separator = new ArrayList<>(List.of("---"));
            for (Room room : conference.getRooms()) {
                out.append(' ').append(markdownText(room.name())).append(" |");
                separator.add("---");
            }
            out.append("\n|").append(String.join("|", separator)).append("|\n");
            String[][] grid = grid(conference, session);
            for (int t = 0; t < grid.length; t++) {
                out.append("| ").append(t + 1).append(" |");
                for (String cell : grid[t]) {
                    out.append(' ').append(markdownText(cell)).append(" |");
                }
                out.append('\n');
            }
        }
        return out.toString();
    }

    /** A table cell's text: the pipe would end the cell. */
    private static String markdownText(String text) {
        return text.replace("|", "\\|");
    }

    private static String csv(Conference conference) {
        StringBuilder out = new StringBuilder("submission,track,session,room,first timeslot,timeslots\n");
        for (Submission submission : conference.getSubmissions()) {
            Cell cell = submission.getSlot() == null ? null : submission.cell();
            out.append(csvText(submission.getReference()))
                    .append(',')
                    .append(csvText(submission.getTrack().name()))
                    .append(',')
                    .append(cell == null ? "" : csvText(cell.session().name()))
                    .append(',')
                    .append(cell == null ? "" : csvText(cell.room().name()))
                    .append(',')
                    .append(
                            cell == null
                                    ? ""
                                    : String.valueOf(submission.getSlot().start() + 1))
                    .append(',')
                    .append(submission.getLength())
                    .append('\n');
        }
        return out.toString();
    }

    private static String csvText(String text) {
        return text.contains(",") || text.contains("\"") || text.contains("\n")
                ? "\"" + text.replace("\"", "\"\"") + "\""
                : text;
    }

    /** The library's solution workbook, which its evaluator reads. */
    private static byte[] workbook(ConferenceJson document) {
        try {
            return CosplibSolutionWorkbook.toBytes(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
