package org.forumplan.app.cosplib;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.forumplan.model.conference.io.SessionJson;
import org.forumplan.model.conference.io.TrackJson;

/**
 * The sheets that list what the instance is made of: {@code tracks} (with their chairs), {@code sessions} and
 * {@code rooms}, one a row below a header row, in the order that gives each its index.
 */
final class ListSheets {

    /** The library finds the tracks' column by this header, so no other will do. */
    static final String TRACKS_HEADER = "Tracks";

    /** The separator of the library's {@code str.split(", ")}: "A,B" is one name. */
    private static final String PEOPLE_SEPARATOR = ", ";

    private ListSheets() {}

    /** @param names receives the tracks' names */
    static List<TrackJson> tracks(CosplibSheet sheet, NameList names) {
        requireHeader(sheet, 0, TRACKS_HEADER);
        List<TrackJson> tracks = new ArrayList<>();
        for (int row : sheet.records()) {
            String name = names.addFirstColumn(sheet, row);
            if (name != null) {
                tracks.add(new TrackJson(name, people(sheet.name(row, 1, "the names of the chairs"))));
            }
        }
        return tracks;
    }

    /** @param names receives the sessions' names */
    static List<SessionJson> sessions(CosplibSheet sheet, NameList names) {
        List<SessionJson> sessions = new ArrayList<>();
        for (int row : sheet.records()) {
            String name = names.addFirstColumn(sheet, row);
            Integer timeslots = sheet.count(row, 1, 1, "1 or more timeslots");
            String date = sheet.date(row, 2);
            LocalTime start = sheet.time(row, 3);
            LocalTime end = sheet.time(row, 4);
            if (name != null && timeslots != null) {
                sessions.add(new SessionJson(name, timeslots, date, start, end));
            }
        }
        return sessions;
    }

    /** @param names receives the rooms' names, which is all a room has */
    static List<String> rooms(CosplibSheet sheet, NameList names) {
        for (int row : sheet.records()) {
            names.addFirstColumn(sheet, row);
        }
        return names.names();
    }

    /** The names in a cell of people, split as the library splits them; empty names, which match nobody, left out. */
    static List<String> people(String cell) {
        return Arrays.stream(cell.split(PEOPLE_SEPARATOR, -1))
                .filter(name -> !name.isEmpty())
                .toList();
    }

    /** A header the library looks a column up by; anything else is a problem at its cell. */
    static void requireHeader(CosplibSheet sheet, int column, String header) {
        String found = sheet.name(0, column, "the header \"" + header + "\"");
        if (!found.equals(header) && (!found.isEmpty() || sheet.isBlank(0, column))) {
            sheet.problem(
                    0,
                    column,
                    "expected the header \"%s\", found %s"
                            .formatted(header, found.isEmpty() ? "an empty cell" : "\"" + found + "\""));
        }
    }
}
