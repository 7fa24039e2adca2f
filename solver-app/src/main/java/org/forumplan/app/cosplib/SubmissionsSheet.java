package org.forumplan.app.cosplib;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.util.CellReference;
import org.forumplan.model.conference.io.SubmissionJson;

/**
 * The {@code submissions} sheet: its first seven columns by position, as the library reads them, then one column per
 * session and one per room, found by their headers: the sessions' columns first, in any order, then the rooms'.
 */
final class SubmissionsSheet {

    /** The library's {@code COLUMNS_TO_INCLUDE}: reference, track, timeslots, order, time zone, presenters, attendees. */
    static final int FIXED_COLUMNS = 7;

    private static final int REFERENCE = 0;
    private static final int TRACK = 1;
    private static final int TIMESLOTS = 2;
    private static final int ORDER = 3;
    private static final int TIME_ZONE = 4;
    private static final int PRESENTERS = 5;
    private static final int ATTENDEES = 6;

    private final CosplibSheet sheet;
    private final NameList tracks;
    private final NameList sessions;
    private final NameList rooms;
    private final Map<String, Integer> sessionColumns = new LinkedHashMap<>();
    private final Map<String, Integer> roomColumns = new LinkedHashMap<>();

    /**
     * @param tracksNamed the tracks some submission names, whatever else is wrong with the submission
     */
    record Read(List<SubmissionJson> submissions, Set<String> tracksNamed) {}

    private SubmissionsSheet(CosplibSheet sheet, NameList tracks, NameList sessions, NameList rooms) {
        this.sheet = sheet;
        this.tracks = tracks;
        this.sessions = sessions;
        this.rooms = rooms;
    }

    static Read read(CosplibSheet sheet, NameList tracks, NameList sessions, NameList rooms) {
        return new SubmissionsSheet(sheet, tracks, sessions, rooms).read();
    }

    private Read read() {
        // The library looks these two columns up by their headers.
        ListSheets.requireHeader(sheet, TRACK, "Track");
        ListSheets.requireHeader(sheet, TIME_ZONE, "Time Zone");
        readPenaltyHeaders();
        NameList references = new NameList("reference", "a submission's reference");
        List<SubmissionJson> submissions = new ArrayList<>();
        Set<String> tracksNamed = new HashSet<>();
        for (int row : sheet.records()) {
            String reference = references.addFirstColumn(sheet, row);
            String track = track(row);
            if (track != null) {
                tracksNamed.add(track);
            }
            Integer timeslots = sheet.count(row, TIMESLOTS, 1, "1 or more timeslots");
            Integer order = sheet.count(row, ORDER, 0, "an order of 1 or more, or 0 for none");
            String timeZone = sheet.timeZone(row, TIME_ZONE);
            List<String> presenters = ListSheets.people(sheet.name(row, PRESENTERS, "the presenters' names"));
            List<String> attendees = ListSheets.people(sheet.name(row, ATTENDEES, "the attendees' names"));
            Map<String, Long> sessionPenalties = penalties(row, sessions, sessionColumns);
            Map<String, Long> roomPenalties = penalties(row, rooms, roomColumns);
            if (reference != null && track != null && timeslots != null && order != null && timeZone != null) {
                submissions.add(new SubmissionJson(
                        reference,
                        track,
                        timeslots,
                        order,
                        timeZone,
                        presenters,
                        attendees,
                        sessionPenalties,
                        roomPenalties));
            }
        }
        return new Read(submissions, tracksNamed);
    }

    private String track(int row) {
        String track = sheet.name(row, TRACK, tracks.expected());
        if (track.isEmpty()) {
            if (sheet.isBlank(row, TRACK)) {
                sheet.problem(row, TRACK, "expected " + tracks.expected());
            }
            return null;
        }
        if (!tracks.contains(track)) {
            sheet.problem(row, TRACK, tracks.unknown(track));
            return null;
        }
        return track;
    }

    /**
     * Finds the column of each session and room by its header. The library wants exactly one column per session then
     * one per room, and no header twice in the row.
     */
    private void readPenaltyHeaders() {
        NameList headers = new NameList("column", "a header");
        for (int column = 0; column < FIXED_COLUMNS; column++) {
            String header = sheet.name(0, column, "a header");
            if (!header.isEmpty()) {
                headers.add(sheet, 0, column, header);
            }
        }
        int firstRoom = FIXED_COLUMNS + sessions.size();
        int end = firstRoom + rooms.size();
        boolean sessionUnknown = false;
        boolean roomUnknown = false;
        for (int column = FIXED_COLUMNS; column < sheet.width(); column++) {
            boolean ofSessions = column < firstRoom;
            if (column >= end) {
                sheet.problem(
                        0,
                        column,
                        "a column after the rooms' columns; after column G come one column per"
                                + " session, then one per room");
                continue;
            }
            NameList kind = ofSessions ? sessions : rooms;
            String header = sheet.name(0, column, kind.expected());
            if (header.isEmpty()) {
                if (sheet.isBlank(0, column)) {
                    sheet.problem(0, column, "expected " + kind.expected() + " as the column's header");
                }
            } else if (!headers.add(sheet, 0, column, header)) {
                continue;
            } else if (kind.contains(header)) {
                (ofSessions ? sessionColumns : roomColumns).put(header, column);
            } else {
                boolean misplaced = (ofSessions ? rooms : sessions).contains(header);
                sheet.problem(0, column, misplaced ? misplaced(ofSessions, firstRoom, end) : kind.unknown(header));
                // Both blocks lack a name now; reported once, here, rather than again as missing.
                sessionUnknown |= ofSessions || misplaced;
                roomUnknown |= !ofSessions || misplaced;
            }
        }
        // A misspelt header is reported as unknown, with the name it may have meant; not a second time as missing.
        if (!sessionUnknown) {
            reportMissing(sessions, sessionColumns);
        }
        if (!roomUnknown) {
            reportMissing(rooms, roomColumns);
        }
    }

    private static String misplaced(boolean amongSessions, int firstRoom, int end) {
        String sessionsColumns = columnRange(FIXED_COLUMNS, firstRoom);
        String roomsColumns = columnRange(firstRoom, end);
        return amongSessions
                ? "a room's column among the sessions' (%s); the sessions' columns come first, then the rooms' (%s)"
                        .formatted(sessionsColumns, roomsColumns)
                : "a session's column among the rooms' (%s); the sessions' columns come first (%s), then the rooms'"
                        .formatted(roomsColumns, sessionsColumns);
    }

    private static String columnRange(int from, int to) {
        String first = CellReference.convertNumToColString(from);
        String last = CellReference.convertNumToColString(to - 1);
        return first.equals(last) ? first : first + " to " + last;
    }

    private void reportMissing(NameList names, Map<String, Integer> found) {
        for (String name : names.missingFrom(found.keySet())) {
            sheet.problem(0, sheet.width(), "no column for %s \"%s\"".formatted(names.kind(), name));
        }
    }

    /** The non-zero penalties of a row, by name, in the order of the names' own sheet. */
    private Map<String, Long> penalties(int row, NameList names, Map<String, Integer> columns) {
        Map<String, Long> penalties = new LinkedHashMap<>();
        for (String name : names.names()) {
            Integer column = columns.get(name);
            Long penalty = column == null ? null : sheet.penalty(row, column);
            if (penalty != null && penalty != 0) {
                penalties.put(name, penalty);
            }
        }
        return Collections.unmodifiableMap(penalties);
    }
}
