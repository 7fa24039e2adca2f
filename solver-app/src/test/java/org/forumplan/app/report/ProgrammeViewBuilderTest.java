package org.forumplan.app.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.forumplan.app.report.ProgrammeView.DayView;
import org.forumplan.app.report.ProgrammeView.GridCell;
import org.forumplan.app.report.ProgrammeView.GridRow;
import org.forumplan.app.report.ProgrammeView.PeriodLoad;
import org.forumplan.app.report.ProgrammeView.SessionView;
import org.forumplan.app.report.ProgrammeView.TopicDays;
import org.forumplan.app.report.ProgrammeView.UnscheduledView;
import org.forumplan.model.analysis.ConstraintExplanation;
import org.junit.jupiter.api.Test;

/**
 * The view every report is rendered from, checked against the solved files as plain JSON: the timetable grid, the
 * unscheduled sessions, the load per period and the topics per day.
 */
class ProgrammeViewBuilderTest {

    @Test
    void everyPlacedSessionIsInExactlyOneCellOfItsDayAndRoom() {
        SolvedFile solved = SolvedFile.read(SolvedForums.regionalForum());
        ProgrammeView view = ReportViews.of(SolvedForums.regionalForum());

        Map<String, Integer> cellsPerSession = new HashMap<>();
        for (DayView day : view.days()) {
            for (GridRow row : day.rows()) {
                for (int column = 0; column < day.rooms().size(); column++) {
                    for (SessionView session : row.cells().get(column).sessions()) {
                        cellsPerSession.merge(session.id(), 1, Integer::sum);
                        SolvedFile.Placement placement = solved.placements().get(session.id());
                        assertThat(day.date().toString()).isEqualTo(placement.day());
                        assertThat(day.rooms().get(column).id()).isEqualTo(placement.room());
                        assertThat(row.start()).isEqualTo(LocalTime.parse(placement.start()));
                    }
                }
            }
        }
        assertThat(cellsPerSession).containsOnlyKeys(solved.placements().keySet());
        assertThat(cellsPerSession.values()).containsOnly(1);
    }

    @Test
    void aCellSpansTheRowsOfItsSessionsTimeAndCoversTheCellsBelowIt() {
        ProgrammeView view = ReportViews.of(SolvedForums.igf2014());
        DayView openingDay = view.days().stream()
                .filter(day -> day.label().equals("Tue 2 Sep"))
                .findFirst()
                .orElseThrow();
        int auditorium = roomColumn(openingDay, "auditorium");
        int firstRow = rowStartingAt(openingDay, "14:30");

        GridCell opening = openingDay.rows().get(firstRow).cells().get(auditorium);
        assertThat(opening.sessions()).extracting(SessionView::id).containsExactly("MS-OPENING");
        // 14:30-16:00 and 16:30-18:00: the break between them is no period of its own.
        assertThat(opening.rowSpan()).isEqualTo(2);
        assertThat(openingDay.rows().get(firstRow + 1).cells().get(auditorium).covered())
                .isTrue();
        assertThat(opening.sessions().get(0).pinned()).isTrue();
        assertThat(opening.sessions().get(0).exclusive()).isTrue();
    }

    @Test
    void onlyFlashSlotRowsAreMarkedFlash() {
        ProgrammeView view = ReportViews.of(SolvedForums.igf2014());

        List<String> flashRows = new ArrayList<>();
        view.days()
                .forEach(day -> day.rows().stream()
                        .filter(GridRow::flash)
                        .forEach(row -> flashRows.add(day.label() + " " + row.start())));
        assertThat(flashRows)
                .hasSize(12)
                .contains("Tue 2 Sep 12:45", "Tue 2 Sep 13:20", "Tue 2 Sep 13:55")
                .noneMatch(row -> row.startsWith("Mon 1 Sep"));
    }

    @Test
    void sessionsOverlappingInOneRoomShareOneCellAndAreMarkedAsAHardConflict() {
        ObjectNode document = ReportViews.document(SolvedForums.regionalForum());
        ArrayNode assignments = (ArrayNode) document.get("schedule").get("assignments");
        ObjectNode first = (ObjectNode) workshopAssignments(document).get(0);
        ObjectNode second = workshopAssignments(document).stream()
                .filter(other -> !other.get("room").equals(first.get("room"))
                        && !other.get("timeslot").equals(first.get("timeslot"))
                        && sameNeeds(document, first, other))
                .map(ObjectNode.class::cast)
                .findFirst()
                .orElseThrow();
        second.setAll(first.deepCopy().put("session", second.get("session").asText()));
        assertThat(assignments).contains(second);

        ProgrammeView view = ReportViews.of(document);

        List<GridCell> shared = view.days().stream()
                .flatMap(day -> day.rows().stream())
                .flatMap(row -> row.cells().stream())
                .filter(cell -> cell.sessions().size() > 1)
                .toList();
        assertThat(shared)
                .singleElement()
                .satisfies(cell -> assertThat(cell.sessions())
                        .extracting(SessionView::id)
                        .containsExactlyInAnyOrder(
                                first.get("session").asText(),
                                second.get("session").asText())
                        .hasSize(2));
        assertThat(shared.get(0).sessions()).allSatisfy(session -> {
            assertThat(session.hardConflict()).isTrue();
            assertThat(session.conflictCodes()).contains("H1");
        });
        assertThat(view.conflicts()).extracting(ConstraintExplanation::code).contains("H1");
        assertThat(view.feasible()).isFalse();
    }

    @Test
    void unscheduledProposalsComeWithTheirReasonsMostValuableFirst() {
        SolvedFile solved = SolvedFile.read(SolvedForums.regionalForum());
        ProgrammeView view = ReportViews.of(SolvedForums.regionalForum());

        assertThat(view.unscheduled())
                .extracting(unscheduled -> unscheduled.session().id())
                .containsExactlyInAnyOrderElementsOf(solved.unscheduled());
        assertThat(view.unscheduled()).isNotEmpty().allSatisfy(unscheduled -> {
            assertThat(unscheduled.reason()).isNotBlank();
            assertThat(unscheduled.session().isPlaced()).isFalse();
            assertThat(unscheduled.session().status()).isEqualTo("unscheduled");
        });
        assertThat(view.unscheduled())
                .extracting(unscheduled -> unscheduled.session().value())
                .isSortedAccordingTo((a, b) -> Integer.compare(b, a));
        assertThat(view.conflicts()).extracting(ConstraintExplanation::name).doesNotContain("Proposal unscheduled");
    }

    @Test
    void theLoadOfAPeriodCountsTheSessionsRunningThen() {
        SolvedFile solved = SolvedFile.read(SolvedForums.regionalForum());
        ProgrammeView view = ReportViews.of(SolvedForums.regionalForum());

        assertThat(view.load()).isNotEmpty().allSatisfy(period -> {
            long running = solved.placements().values().stream()
                    .filter(placement -> placement.day().equals(period.day().toString())
                            && LocalTime.parse(placement.start()).isBefore(period.end())
                            && LocalTime.parse(placement.end()).isAfter(period.start()))
                    .count();
            assertThat(period.sessions())
                    .as("%s %s", period.day(), period.start())
                    .isEqualTo((int) running);
        });
        assertThat(view.load())
                .extracting(PeriodLoad::sessions)
                .allSatisfy(sessions -> assertThat(sessions).isLessThanOrEqualTo(view.maxParallel()));
    }

    @Test
    void topicsPerDayAddUpToThePlacedSessionsOfEachTopic() {
        ProgrammeView view = ReportViews.of(SolvedForums.regionalForum());

        assertThat(view.topics()).isNotEmpty().allSatisfy(topic -> {
            assertThat(topic.perDay()).hasSize(view.days().size());
            assertThat(topic.total())
                    .isEqualTo(view.scheduled().stream()
                            .filter(session -> session.topics().contains(topic.topic()))
                            .count());
        });
        assertThat(view.topics()).extracting(TopicDays::total).anyMatch(total -> total > 0);
    }

    @Test
    void sessionsAreListedPlacedInTimeOrderThenUnplaced() {
        ProgrammeView view = ReportViews.of(SolvedForums.regionalForum());

        List<SessionView> placed = view.scheduled();
        assertThat(view.sessions().subList(0, placed.size())).isEqualTo(placed);
        assertThat(placed)
                .extracting(session ->
                        session.placement().day().atTime(session.placement().start()))
                .isSorted();
        assertThat(view.sessions().subList(placed.size(), view.sessions().size()))
                .extracting(SessionView::id)
                .containsExactlyInAnyOrderElementsOf(view.unscheduled().stream()
                        .map(UnscheduledView::session)
                        .map(SessionView::id)
                        .toList());
    }

    private static List<JsonNode> workshopAssignments(ObjectNode document) {
        Map<String, String> kinds = new HashMap<>();
        document.get("sessions")
                .forEach(session -> kinds.put(
                        session.get("id").asText(), session.get("kind").asText()));
        List<JsonNode> workshops = new ArrayList<>();
        document.get("schedule").get("assignments").forEach(assignment -> {
            if (kinds.get(assignment.get("session").asText()).equals("workshop")) {
                workshops.add(assignment);
            }
        });
        return workshops;
    }

    /** Whether the two sessions need the same room features, so that either fits the other's room. */
    private static boolean sameNeeds(ObjectNode document, JsonNode first, JsonNode second) {
        Map<String, JsonNode> features = new HashMap<>();
        document.get("sessions")
                .forEach(session -> features.put(session.get("id").asText(), session.path("requiredFeatures")));
        return features.get(first.get("session").asText())
                .equals(features.get(second.get("session").asText()));
    }

    private static int roomColumn(DayView day, String roomId) {
        for (int column = 0; column < day.rooms().size(); column++) {
            if (day.rooms().get(column).id().equals(roomId)) {
                return column;
            }
        }
        throw new AssertionError("No column for " + roomId + " on " + day.label());
    }

    private static int rowStartingAt(DayView day, String time) {
        for (int row = 0; row < day.rows().size(); row++) {
            if (day.rows().get(row).start().equals(LocalTime.parse(time))) {
                return row;
            }
        }
        throw new AssertionError("No row at " + time + " on " + day.label());
    }
}
