package org.forumplan.app.report;

import java.nio.file.Path;
import java.util.function.Function;

/** The review outputs {@code report} and {@code solve --report} write, each rendered from one {@link ProgrammeView}. */
public enum ReportFormat {
    /** One self-contained page: timetable with filters, conflicts, unscheduled proposals, charts. */
    HTML("html", HtmlReport::render),
    /** A spreadsheet: a grid per day, the sessions, the conflicts, the unscheduled sessions. */
    XLSX("xlsx", XlsxReport::render),
    /** The programme per day as Markdown tables, then conflicts and unscheduled: for e-mail and wikis. */
    MD("md", MarkdownReport::render),
    /** One row per session. */
    CSV("csv", CsvReport::render),
    /** An iCalendar file: one event per scheduled session, with stable UIDs. */
    ICS("ics", IcsReport::render);

    private final String extension;
    private final Function<ProgrammeView, byte[]> renderer;

    ReportFormat(String extension, Function<ProgrammeView, byte[]> renderer) {
        this.extension = extension;
        this.renderer = renderer;
    }

    /** The file name extension, without the dot; also the name on the command line. */
    /** Whether the format has a Selection section (the calendar and the one-row-a-session table do not). */
    public boolean showsSelection() {
        return this == HTML || this == XLSX || this == MD;
    }

    public String extension() {
        return extension;
    }

    /** The report's bytes; text formats are UTF-8. */
    public byte[] render(ProgrammeView view) {
        return renderer.apply(view);
    }

    /** Where the report on a schedule goes by default: next to it, "out/x.solved.html" for "out/x.solved.json". */
    public Path besides(Path schedule) {
        String name = schedule.getFileName().toString();
        String stem = name.endsWith(".json") || name.endsWith(".xlsx") ? name.substring(0, name.length() - 5) : name;
        Path report = Path.of(stem + "." + extension);
        return schedule.getParent() == null ? report : schedule.getParent().resolve(report);
    }

    @Override
    public String toString() {
        return extension;
    }
}
