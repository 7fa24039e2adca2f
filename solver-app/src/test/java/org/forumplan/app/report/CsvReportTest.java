package org.forumplan.app.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The CSV report read back with Jackson's CSV module: one row per session, the placements of the solved file. */
class CsvReportTest {

    private static final CsvMapper CSV = new CsvMapper();

    @Test
    void theHeaderNamesTheColumnsInOrder() throws IOException {
        String csv = new String(ReportFormat.CSV.render(ReportViews.of(SolvedForums.regionalForum())));

        assertThat(csv.lines().findFirst()).contains("id,title,kind,day,start,end,room,topics,track,people,status");
    }

    @Test
    void everySessionHasOneRowWithThePlacementOfTheSolvedFile() throws IOException {
        SolvedFile solved = SolvedFile.read(SolvedForums.regionalForum());

        List<Map<String, String>> rows = rows(ReportFormat.CSV.render(ReportViews.of(SolvedForums.regionalForum())));

        assertThat(rows)
                .extracting(row -> row.get("id"))
                .containsExactlyInAnyOrderElementsOf(solved.titles().keySet());
        Map<String, Map<String, String>> byId =
                rows.stream().collect(Collectors.toMap(row -> row.get("id"), row -> row));
        solved.placements().forEach((id, placement) -> {
            Map<String, String> row = byId.get(id);
            assertThat(new SolvedFile.Placement(row.get("room"), row.get("day"), row.get("start"), row.get("end")))
                    .as(id)
                    .isEqualTo(placement);
            assertThat(row.get("status")).isIn("scheduled", "pinned");
            assertThat(row.get("title")).isEqualTo(solved.titles().get(id));
        });
        solved.unscheduled().forEach(id -> {
            assertThat(byId.get(id).get("status")).isEqualTo("unscheduled");
            assertThat(byId.get(id).get("day")).isEmpty();
            assertThat(byId.get(id).get("room")).isEmpty();
        });
    }

    @Test
    void peopleTopicsAndTracksAreListedInTheirCells() throws IOException {
        List<Map<String, String>> rows = rows(ReportFormat.CSV.render(ReportViews.of(SolvedForums.igf2014())));

        Map<String, String> feeder = rows.stream()
                .filter(row -> row.get("id").equals("WS23"))
                .findFirst()
                .orElseThrow();
        assertThat(feeder.get("topics")).contains("cir");
        assertThat(feeder.get("people"))
                .matches("[^;]+ \\((organizer|speaker|moderator|remote moderator|rapporteur)\\)(; .+)*");
        assertThat(rows)
                .filteredOn(row -> row.get("id").equals("MS-OPENING"))
                .singleElement()
                .satisfies(row -> assertThat(row.get("status")).isEqualTo("pinned"));
    }

    @Test
    void textWithCommasQuotesAndLineBreaksSurvivesTheRoundTrip() throws IOException {
        ObjectNode document = ReportViews.document(SolvedForums.regionalForum());
        String title = "Rights, \"Risks\" and\nRemedies; a <b>bold</b> | title";
        String id = document.get("schedule")
                .get("assignments")
                .get(0)
                .get("session")
                .asText();
        document.get("sessions").forEach(session -> {
            if (session.get("id").asText().equals(id)) {
                ((ObjectNode) session).put("title", title);
            }
        });

        List<Map<String, String>> rows = rows(ReportFormat.CSV.render(ReportViews.of(document)));

        assertThat(rows)
                .filteredOn(row -> row.get("id").equals(id))
                .singleElement()
                .satisfies(row -> assertThat(row.get("title")).isEqualTo(title));
    }

    private static List<Map<String, String>> rows(byte[] csv) throws IOException {
        try (MappingIterator<Map<String, String>> rows = CSV.readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader())
                .readValues(csv)) {
            return rows.readAll();
        }
    }
}
