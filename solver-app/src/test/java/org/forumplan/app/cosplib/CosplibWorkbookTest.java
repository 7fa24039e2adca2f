package org.forumplan.app.cosplib;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.forumplan.app.cosplib.TinyCosplibWorkbook.clearRow;
import static org.forumplan.app.cosplib.TinyCosplibWorkbook.set;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Workbook;
import org.forumplan.model.conference.io.ConferenceJson;
import org.forumplan.model.conference.io.ParametersJson;
import org.forumplan.model.conference.io.SessionJson;
import org.forumplan.model.conference.io.SubmissionJson;
import org.forumplan.model.conference.io.TrackJson;
import org.forumplan.model.conference.score.Term;
import org.forumplan.model.problem.InvalidDatasetException;
import org.forumplan.model.problem.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Reading CoSPLib instance workbooks as the library's reader reads them, and their problems at their cells. */
class CosplibWorkbookTest {

    @TempDir
    Path folder;

    @Test
    void readsTheParametersByPositionAndEveryWeightInTermOrder() throws Exception {
        ConferenceJson instance = CosplibWorkbook.read(TinyCosplibWorkbook.write(folder));

        assertThat(instance.format()).isEqualTo(ConferenceJson.FORMAT);
        assertThat(instance.name()).isEqualTo("Tiny");
        assertThat(instance.schedule()).isNull();
        assertThat(instance.parameters())
                .isEqualTo(new ParametersJson(
                        "GMT+1",
                        LocalTime.of(9, 0),
                        LocalTime.of(17, 30),
                        LocalTime.of(8, 0),
                        LocalTime.of(19, 0),
                        1,
                        10));
        Map<String, Long> weights = new LinkedHashMap<>();
        for (Term term : Term.values()) {
            weights.put(term.key(), TinyCosplibWorkbook.WEIGHTS[term.ordinal()]);
        }
        assertThat(instance.weights()).containsExactlyEntriesOf(weights);
    }

    @Test
    void readsTracksSessionsAndRoomsInTheirOrder() throws Exception {
        ConferenceJson instance = CosplibWorkbook.read(TinyCosplibWorkbook.write(folder));

        assertThat(instance.tracks())
                .containsExactly(
                        new TrackJson("Scheduling", List.of("Ada Lovelace", "Alan Turing")),
                        new TrackJson("Routing", List.of("Grace Hopper")),
                        new TrackJson("Learning", List.of()));
        assertThat(instance.sessions())
                .containsExactly(
                        new SessionJson("Mon1", 3, "2026-05-04", LocalTime.of(9, 0), LocalTime.of(10, 30)),
                        new SessionJson("Mon2", 2, "2026-05-04", LocalTime.of(11, 0), LocalTime.of(12, 0)),
                        new SessionJson("Tue1", 3, "5 May 2026", LocalTime.of(9, 0), LocalTime.of(10, 30)));
        assertThat(instance.rooms()).containsExactly("Aula", "Lab");
    }

    @Test
    void readsSubmissionsWithPeopleSplitAsTheLibrarySplitsThemAndOnlyNonZeroPenalties() throws Exception {
        ConferenceJson instance = CosplibWorkbook.read(TinyCosplibWorkbook.write(folder));

        // The trailing formatted rows are no submissions; "P5,P6" without a space is one name, as in the library.
        assertThat(instance.submissions())
                .containsExactly(
                        submission(
                                "S1",
                                "Scheduling",
                                2,
                                1,
                                "GMT+1",
                                List.of("P1", "P2"),
                                List.of(),
                                Map.of("Mon2", 10L),
                                Map.of()),
                        submission("S2", "Scheduling", 1, 2, "GMT-5", List.of("P3"), List.of("P1"), Map.of(), Map.of()),
                        submission(
                                "S3", "Routing", 1, 0, "GMT+1", List.of("P4"), List.of(), Map.of(), Map.of("Lab", 5L)),
                        submission("S4", "Routing", 1, 0, "GMT+9", List.of("P1"), List.of("P5,P6"), Map.of(), Map.of()),
                        submission(
                                "S5",
                                "Learning",
                                1,
                                0,
                                "GMT+0",
                                List.of("P5", "P6"),
                                List.of("P4", "P7"),
                                Map.of("Tue1", 10000L),
                                Map.of("Aula", 3L)),
                        submission("S6", "Learning", 2, 0, "GMT+1", List.of("P6"), List.of(), Map.of(), Map.of()));
    }

    @Test
    void matchesTheSubmissionsPenaltyColumnsByHeaderWhateverTheirOrder() throws Exception {
        // Reversed once more: Mon2, Mon1, Tue1 | Aula, Lab, each column moving with its values.
        Path file = TinyCosplibWorkbook.write(folder, workbook -> {
            set(workbook, "submissions!H1", "Mon2");
            set(workbook, "submissions!J1", "Tue1");
            set(workbook, "submissions!H2", 10);
            set(workbook, "submissions!J2", 0);
            set(workbook, "submissions!H6", null);
            set(workbook, "submissions!J6", 10000);
            set(workbook, "submissions!K1", "Aula");
            set(workbook, "submissions!L1", "Lab");
            set(workbook, "submissions!K4", null);
            set(workbook, "submissions!L4", 5);
            set(workbook, "submissions!K6", 3);
            set(workbook, "submissions!L6", null);
        });

        List<SubmissionJson> submissions = CosplibWorkbook.read(file).submissions();

        assertThat(submissions.get(0).sessionPenalties()).containsExactlyEntriesOf(Map.of("Mon2", 10L));
        assertThat(submissions.get(2).roomPenalties()).containsExactlyEntriesOf(Map.of("Lab", 5L));
        assertThat(submissions.get(4).sessionPenalties()).containsExactlyEntriesOf(Map.of("Tue1", 10000L));
        assertThat(submissions.get(4).roomPenalties()).containsExactlyEntriesOf(Map.of("Aula", 3L));
    }

    @Test
    void readsTheGridsByRowNameAndColumnHeaderKeepingNonZeroCellsInTheNamesOwnOrder() throws Exception {
        ConferenceJson instance = CosplibWorkbook.read(TinyCosplibWorkbook.write(folder));

        assertThat(instance.trackSessionPenalties())
                .containsExactly(
                        Map.entry("Routing", Map.of("Tue1", 10000L)), Map.entry("Learning", Map.of("Mon1", 1L)));
        assertThat(instance.trackRoomPenalties()).containsExactly(Map.entry("Scheduling", Map.of("Lab", 100L)));
        assertThat(instance.sessionRoomPenalties()).containsExactly(Map.entry("Mon2", Map.of("Lab", 10000L)));
    }

    @Test
    void readsSimilarTracksRightOfTheDiagonalOnlyEachPairOnceUnderTheUpperRow() throws Exception {
        ConferenceJson instance = CosplibWorkbook.read(TinyCosplibWorkbook.write(folder));

        // Routing/Routing 99 on the diagonal and Learning/Routing 7 left of it are ignored, as in the library.
        assertThat(instance.similarTracks())
                .containsExactly(Map.entry("Scheduling", Map.of("Routing", 1L, "Learning", 20L)));
    }

    @Test
    void readsSimilarTracksByRowPositionNotByColumnHeader() throws Exception {
        // The library ignores the headers: the value at row Scheduling, third column, pairs Scheduling with the
        // track of the third row, whatever the header above says.
        Path file = TinyCosplibWorkbook.write(folder, workbook -> {
            set(workbook, "'similar tracks'!C1", "Learning");
            set(workbook, "'similar tracks'!D1", "Routing");
        });

        assertThat(CosplibWorkbook.read(file).similarTracks())
                .containsExactly(Map.entry("Scheduling", Map.of("Routing", 1L, "Learning", 20L)));
    }

    @Test
    void recognisesAWorkbookByItsNineSheets() throws IOException {
        Path text = Files.writeString(folder.resolve("notes.xlsx"), "not a workbook");
        Path tiny = TinyCosplibWorkbook.write(folder);

        assertThat(CosplibWorkbook.isCosplibWorkbook(tiny)).isTrue();
        assertThat(CosplibWorkbook.isCosplibWorkbook(text)).isFalse();
        assertThat(CosplibWorkbook.isCosplibWorkbook(folder.resolve("missing.xlsx")))
                .isFalse();
        assertThat(CosplibWorkbook.isCosplibWorkbook(folder)).isFalse();
        Path renamed = TinyCosplibWorkbook.write(
                folder, workbook -> workbook.setSheetName(workbook.getSheetIndex("rooms"), "Rooms"));
        assertThat(CosplibWorkbook.isCosplibWorkbook(renamed)).isFalse();
    }

    static Stream<Arguments> brokenWorkbooks() {
        return Stream.of(
                broken(
                        "a missing sheet",
                        workbook -> workbook.removeSheetAt(workbook.getSheetIndex("rooms")),
                        "missing sheet \"rooms\"; a CoSPLib instance has the sheets parameters, submissions, tracks,"
                                + " sessions, rooms, tracks_sessions|penalty, tracks_rooms|penalty, similar tracks,"
                                + " sessions_rooms|penalty"),
                broken(
                        "a sheet named in another case",
                        workbook -> workbook.setSheetName(workbook.getSheetIndex("rooms"), "Rooms"),
                        "missing sheet \"rooms\"; did you mean \"Rooms\"? (sheet names are case-sensitive)"),
                broken(
                        "an unknown track",
                        workbook -> set(workbook, "submissions!B4", "Routeing"),
                        "submissions!B4: unknown track \"Routeing\"; did you mean \"Routing\"?"),
                broken(
                        "a weight that is not a number",
                        workbook -> set(workbook, "parameters!E5", "x"),
                        "parameters!E5: expected a whole number, found \"x\""),
                broken(
                        "a weight left blank",
                        workbook -> set(workbook, "parameters!E17", null),
                        "parameters!E17: expected a whole number, found an empty cell"),
                broken(
                        "a time zone beyond GMT+12",
                        workbook -> set(workbook, "submissions!E3", "GMT+13"),
                        "submissions!E3: expected a time zone from GMT-12 to GMT+12, e.g. GMT+2, found \"GMT+13\""),
                broken(
                        "a local time zone the library does not map",
                        workbook -> set(workbook, "parameters!B2", "UTC+1"),
                        "parameters!B2: expected a time zone from GMT-12 to GMT+12, e.g. GMT+2, found \"UTC+1\""),
                broken(
                        "a time that is a plain number",
                        workbook -> set(workbook, "sessions!D2", 9),
                        "sessions!D2: expected a time of day (a time cell or HH:MM), found 9"),
                broken(
                        "a duplicate submission reference",
                        workbook -> set(workbook, "submissions!A5", "S1"),
                        "submissions!A5: duplicate reference \"S1\" (first at submissions!A2)"),
                broken(
                        "an unknown session header",
                        workbook -> set(workbook, "submissions!H1", "Tue 1"),
                        "submissions!H1: unknown session \"Tue 1\"; did you mean \"Tue1\"?"),
                broken(
                        "a room's column among the sessions'",
                        workbook -> {
                            set(workbook, "submissions!J1", "Lab");
                            set(workbook, "submissions!K1", "Mon2");
                        },
                        "submissions!J1: a room's column among the sessions' (H to J); the sessions' columns come"
                                + " first, then the rooms' (K to L)",
                        "submissions!K1: a session's column among the rooms' (K to L); the sessions' columns come"
                                + " first (H to J), then the rooms'"),
                broken(
                        "a submission of no timeslots",
                        workbook -> set(workbook, "submissions!C3", 0),
                        "submissions!C3: expected 1 or more timeslots, found 0"),
                broken(
                        "a session of negative timeslots",
                        workbook -> set(workbook, "sessions!B3", -1),
                        "sessions!B3: expected 1 or more timeslots, found -1"),
                broken(
                        "text where a count belongs",
                        workbook -> set(workbook, "submissions!D2", "first"),
                        "submissions!D2: expected a whole number, found \"first\""),
                broken(
                        "a fraction where a penalty belongs",
                        workbook -> set(workbook, "submissions!L6", 2.5),
                        "submissions!L6: expected a whole number, found 2.5"),
                broken(
                        "an unknown room in a grid's header",
                        workbook -> set(workbook, "'tracks_rooms|penalty'!B1", "Labs"),
                        "'tracks_rooms|penalty'!B1: unknown room \"Labs\"; did you mean \"Lab\"?"),
                broken(
                        "an unknown track in a grid's row",
                        workbook -> set(workbook, "'tracks_sessions|penalty'!A4", "Lerning"),
                        "'tracks_sessions|penalty'!A4: unknown track \"Lerning\"; did you mean \"Learning\"?"),
                broken(
                        "a grid's corner filled in",
                        workbook -> set(workbook, "'sessions_rooms|penalty'!A1", "Sessions"),
                        "'sessions_rooms|penalty'!A1: expected an empty cell in the grid's corner, found \"Sessions\""),
                broken(
                        "a similar-tracks column too many",
                        workbook -> set(workbook, "'similar tracks'!E2", 5),
                        "'similar tracks'!E1: a column beyond the tracks; the grid has a column per row, in the rows'"
                                + " order"),
                broken(
                        "a track's header not as the library looks it up",
                        workbook -> set(workbook, "tracks!A1", "Track"),
                        "tracks!A1: expected the header \"Tracks\", found \"Track\""),
                broken(
                        "a track without submissions",
                        workbook -> {
                            set(workbook, "submissions!B6", "Routing");
                            set(workbook, "submissions!B7", "Routing");
                        },
                        "tracks!A4: track \"Learning\" has no submissions; the library refuses a track without any"),
                broken(
                        "an empty row among the submissions",
                        workbook -> clearRow(workbook, "submissions", 4),
                        "submissions!A4: an empty row above the last one; remove it"),
                broken(
                        "too few timeslots for the submissions",
                        workbook -> {
                            set(workbook, "sessions!B2", 1);
                            set(workbook, "sessions!B3", 1);
                            set(workbook, "sessions!B4", 1);
                        },
                        "sessions!B1: the submissions need 8 timeslots, but the sessions have 3 per room, 6 in all 2"
                                + " rooms; add a session, a timeslot or a room"),
                broken(
                        "problems in several sheets, all at once, sheet by sheet",
                        workbook -> {
                            set(workbook, "'similar tracks'!D2", "high");
                            set(workbook, "sessions!E4", "late");
                            set(workbook, "parameters!B9", "small");
                        },
                        "parameters!B9: expected a whole number, found \"small\"",
                        "sessions!E4: expected a time of day (a time cell or HH:MM), found \"late\"",
                        "'similar tracks'!D2: expected a whole number, found \"high\""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenWorkbooks")
    void reportsEachProblemAtItsSheetAndCell(String mistake, Consumer<Workbook> change, List<String> expected) {
        Path file = TinyCosplibWorkbook.write(folder, change);

        assertThat(problemsOf(file)).containsExactlyElementsOf(expected);
    }

    @Test
    void reportsAFileThatIsNotAWorkbook() throws IOException {
        Path text = Files.writeString(folder.resolve("Tiny.xlsx"), "Reference,Track\nS1,Scheduling\n");

        assertThat(problemsOf(text))
                .containsExactly("not an Excel workbook (.xlsx); save the spreadsheet as Excel Workbook");
    }

    private static List<String> problemsOf(Path file) {
        InvalidDatasetException thrown =
                catchThrowableOfType(InvalidDatasetException.class, () -> CosplibWorkbook.read(file));
        assertThat(thrown).as("the workbook's problems").isNotNull();
        return thrown.problems().stream().map(Problem::toString).toList();
    }

    private static Arguments broken(String mistake, Consumer<Workbook> change, String... expected) {
        return Arguments.of(mistake, change, List.of(expected));
    }

    private static SubmissionJson submission(
            String reference,
            String track,
            int timeslots,
            int order,
            String timeZone,
            List<String> presenters,
            List<String> attendees,
            Map<String, Long> sessionPenalties,
            Map<String, Long> roomPenalties) {
        return new SubmissionJson(
                reference, track, timeslots, order, timeZone, presenters, attendees, sessionPenalties, roomPenalties);
    }
}
