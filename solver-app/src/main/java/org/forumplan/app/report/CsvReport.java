package org.forumplan.app.report;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.stream.Collectors;
import org.forumplan.app.report.ProgrammeView.PlacementView;
import org.forumplan.app.report.ProgrammeView.SessionView;
import org.forumplan.model.domain.Topic;

/**
 * One row per session, placed ones in time order first, for spreadsheets and scripts. Rooms, topics and tracks are
 * given by id, so that rows join with the dataset; lists inside a cell are separated by "; ".
 */
final class CsvReport {

    /** The columns, in order. */
    @JsonPropertyOrder({"id", "title", "kind", "day", "start", "end", "room", "topics", "track", "people", "status"})
    record Row(
            String id,
            String title,
            String kind,
            String day,
            String start,
            String end,
            String room,
            String topics,
            String track,
            String people,
            String status) {}

    private static final CsvMapper MAPPER = new CsvMapper();
    private static final CsvSchema SCHEMA = MAPPER.schemaFor(Row.class).withHeader();

    private CsvReport() {}

    static byte[] render(ProgrammeView view) {
        List<Row> rows = view.sessions().stream().map(CsvReport::row).toList();
        try {
            return MAPPER.writer(SCHEMA).writeValueAsBytes(rows);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Row row(SessionView session) {
        PlacementView placement = session.placement();
        return new Row(
                session.id(),
                session.title(),
                session.kind().code(),
                placement == null ? "" : placement.day().toString(),
                placement == null ? "" : ReportText.time(placement.start()),
                placement == null ? "" : ReportText.time(placement.end()),
                placement == null ? "" : placement.roomId(),
                session.topics().stream().map(Topic::id).collect(Collectors.joining("; ")),
                session.track() == null ? "" : session.track().id(),
                ReportText.people(session),
                session.status());
    }
}
