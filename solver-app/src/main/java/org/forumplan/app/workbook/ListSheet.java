package org.forumplan.app.workbook;

import static org.forumplan.app.workbook.CellKind.DATE;
import static org.forumplan.app.workbook.CellKind.LIST;
import static org.forumplan.app.workbook.CellKind.NUMBER;
import static org.forumplan.app.workbook.CellKind.ROLE;
import static org.forumplan.app.workbook.CellKind.TEXT;
import static org.forumplan.app.workbook.CellKind.TIME;
import static org.forumplan.app.workbook.CellKind.WHOLE_NUMBER;
import static org.forumplan.app.workbook.CellKind.YES_NO;

import java.util.List;
import java.util.Optional;

/**
 * The sheets that hold a list of the dataset, one element a row, and their columns. The JSON field names are the
 * format's ({@code datasets/README.md}); the labels are what {@code export} and {@code template} write.
 */
enum ListSheet {
    TIMESLOTS(
            "Timeslots",
            "timeslots",
            new Column("id", "Id", TEXT, "Unique id of the timeslot, e.g. d1-0900"),
            new Column("day", "Day", DATE, "The day, YYYY-MM-DD"),
            new Column("start", "Start", TIME, "Start time, HH:MM, local to the forum's time zone"),
            new Column("end", "End", TIME, "End time, HH:MM"),
            new Column(
                    "kinds", "Kinds", LIST, "What may start here: regular, flash, day0 or session kinds; ; separated"),
            new Column("tags", "Tags", LIST, "Free tags, ; separated")),
    ROOMS(
            "Rooms",
            "rooms",
            new Column("id", "Id", TEXT, "Unique id of the room"),
            new Column("name", "Name", TEXT, "Name shown in the programme (default: the id)"),
            new Column("capacity", "Capacity", WHOLE_NUMBER, "Seats"),
            new Column("features", "Features", LIST, "webcast, remote, captioning, interpretation; ; separated"),
            new Column("kinds", "Kinds", LIST, "Session kinds it hosts (default: all); ; separated"),
            new Column("unavailable", "Unavailable", LIST, "Timeslot ids when it cannot be used; ; separated")),
    TOPICS(
            "Topics",
            "topics",
            new Column("id", "Id", TEXT, "Unique id of the topic"),
            new Column("name", "Name", TEXT, "Name of the topic"),
            new Column("policy", "Policy", TEXT, "spread (not in parallel, the default) or cluster (few days)")),
    TRACKS(
            "Tracks",
            "tracks",
            new Column("id", "Id", TEXT, "Unique id of the track"),
            new Column("name", "Name", TEXT, "Name of the track")),
    PEOPLE(
            "People",
            "people",
            new Column("id", "Id", TEXT, "Unique id of the person"),
            new Column("name", "Name", TEXT, "Full name; sessions may name the person by it when it is unique"),
            new Column("organization", "Organization", TEXT, "Organization"),
            new Column(
                    "stakeholderGroup",
                    "Stakeholder group",
                    TEXT,
                    "government, private_sector, civil_society, technical_community, academia or intergovernmental"),
            new Column("country", "Country", TEXT, "Country"),
            new Column("region", "Region", TEXT, "Region, e.g. Africa; the speaker mix by region compares these"),
            new Column("unavailable", "Unavailable", LIST, "Timeslot ids when the person is away; ; separated")),
    SESSIONS(
            "Sessions",
            "sessions",
            new Column("id", "Id", TEXT, "Unique id of the session, e.g. WS23"),
            new Column("title", "Title", TEXT, "Title"),
            new Column(
                    "kind",
                    "Kind",
                    TEXT,
                    "main, workshop, open_forum, dynamic_coalition, best_practice_forum, flash, pre_event, nri or other"),
            new Column("durationMinutes", "Duration (minutes)", WHOLE_NUMBER, "Length in minutes, 1-1440"),
            new Column("topics", "Topics", LIST, "Topic ids; ; separated"),
            new Column("track", "Track", TEXT, "Track id"),
            new Column(
                    "people",
                    "People",
                    CellKind.PEOPLE,
                    "Person ids or unique names with their role: p-001 (organizer); p-002 (speaker); no role is a"
                            + " speaker"),
            new Column("organization", "Organization", TEXT, "Organizing organization"),
            new Column("expectedAttendance", "Expected attendance", WHOLE_NUMBER, "People expected (default 50)"),
            new Column("requiredFeatures", "Required features", LIST, "Room features it needs; ; separated"),
            new Column("mandatory", "Mandatory", YES_NO, "yes: must take place; no: a proposal that may stay out"),
            new Column("evaluation", "Evaluation", NUMBER, "The MAG's grade, 1-5"),
            new Column("developingCountry", "Developing country", YES_NO, "Organized from a developing country"),
            new Column("firstTime", "First time", YES_NO, "A first-time organizer"),
            new Column("newTopic", "New topic", YES_NO, "Brings a new topic"),
            new Column("preferredTimeslots", "Preferred timeslots", LIST, "Timeslot ids it prefers; ; separated"),
            new Column(
                    "unavailableTimeslots", "Unavailable timeslots", LIST, "Timeslot ids it cannot use; ; separated"),
            new Column("mustPrecede", "Must precede", LIST, "Session ids that may start only after it ends"),
            new Column("feeds", "Feeds", TEXT, "The main session it prepares: it ends before that one starts"),
            new Column("exclusive", "Exclusive", YES_NO, "Nothing may run in parallel with it"),
            new Column("pinned.room", "Pinned room", TEXT, "With pinned timeslot: a fixed place the solver keeps"),
            new Column("pinned.timeslot", "Pinned timeslot", TEXT, "The timeslot of the fixed place"),
            new Column("pinned.span", "Pinned span", WHOLE_NUMBER, "Timeslots it spans (default: as its length needs)"),
            new Column(
                    "mergedFrom",
                    "Merged from",
                    LIST,
                    "Ids of the proposals it was merged from (written by forumplan merge); ; separated"),
            new Column("organizer", "Organizer", ROLE, "People in this role, by id or unique name; read only"),
            new Column("speaker", "Speaker", ROLE, "People in this role, by id or unique name; read only"),
            new Column("moderator", "Moderator", ROLE, "People in this role, by id or unique name; read only"),
            new Column(
                    "remote_moderator",
                    "Remote moderator",
                    ROLE,
                    "People in this role, by id or unique name; read only"),
            new Column("rapporteur", "Rapporteur", ROLE, "People in this role, by id or unique name; read only")),
    PUBLISHED(
            "Published",
            "published",
            new Column("session", "Session", TEXT, "Session id"),
            new Column("room", "Room", TEXT, "Room id, as announced"),
            new Column("timeslot", "Timeslot", TEXT, "Timeslot id, as announced"),
            new Column("span", "Span", WHOLE_NUMBER, "Timeslots it spans")),
    SCHEDULE(
            "Schedule",
            "schedule.assignments",
            new Column("session", "Session", TEXT, "Session id"),
            new Column("room", "Room", TEXT, "Room id"),
            new Column("timeslot", "Timeslot", TEXT, "Timeslot id of its start"),
            new Column("span", "Span", WHOLE_NUMBER, "Timeslots it spans"),
            new Column("day", "Day", DATE, "Day (written by solve)"),
            new Column("start", "Start", TIME, "Start (written by solve)"),
            new Column("end", "End", TIME, "End (written by solve)"));

    private final String sheetName;
    private final String path;
    private final List<Column> columns;

    ListSheet(String sheetName, String path, Column... columns) {
        this.sheetName = sheetName;
        this.path = path;
        this.columns = List.of(columns);
    }

    String sheetName() {
        return sheetName;
    }

    /** The list's JSON path, e.g. {@code schedule.assignments}. */
    String path() {
        return path;
    }

    List<Column> columns() {
        return columns;
    }

    /** The columns export writes: all but the role columns, which only a planner's own sheet may use. */
    List<Column> writtenColumns() {
        return columns.stream().filter(column -> column.kind() != ROLE).toList();
    }

    Optional<Column> columnNamed(String header) {
        return columns.stream().filter(column -> column.isNamedBy(header)).findFirst();
    }

    static Optional<ListSheet> named(String sheetName) {
        for (ListSheet sheet : values()) {
            if (sheet.sheetName.equalsIgnoreCase(sheetName.trim())) {
                return Optional.of(sheet);
            }
        }
        return Optional.empty();
    }
}
