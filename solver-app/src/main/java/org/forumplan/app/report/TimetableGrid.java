package org.forumplan.app.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.forumplan.app.report.ProgrammeView.DayView;
import org.forumplan.app.report.ProgrammeView.GridCell;
import org.forumplan.app.report.ProgrammeView.GridRow;
import org.forumplan.app.report.ProgrammeView.SessionView;
import org.forumplan.model.domain.ForumClock;
import org.forumplan.model.domain.Period;
import org.forumplan.model.domain.Placement;
import org.forumplan.model.domain.Programme;
import org.forumplan.model.domain.Room;
import org.forumplan.model.domain.Session;
import org.forumplan.model.domain.SessionKind;
import org.forumplan.model.domain.Timeslot;

/**
 * One day of the timetable as a grid: a row per period of the day (the timeline cut at every timeslot's start and end,
 * so that every placement covers whole rows), a column per room used that day, and each session in the cell of its
 * room and first period, spanning the rows it covers.
 */
final class TimetableGrid {

    private TimetableGrid() {}

    static DayView day(Programme programme, LocalDate date, Map<String, SessionView> views) {
        List<Period> periods = programme.getPeriods().stream()
                .filter(period -> ForumClock.dayOf(period.startMinute()).equals(date))
                .sorted(Comparator.comparingInt(Period::startMinute))
                .toList();
        List<Session> placed = programme.getSessions().stream()
                .filter(session -> session.isPlaced() && session.day().equals(date))
                .toList();
        List<Room> rooms = programme.getRooms().stream()
                .filter(room ->
                        placed.stream().anyMatch(session -> session.roomId().equals(room.id())))
                .toList();
        GridCell[][] cells = new GridCell[periods.size()][rooms.size()];
        for (int column = 0; column < rooms.size(); column++) {
            String roomId = rooms.get(column).id();
            List<Session> inRoom = placed.stream()
                    .filter(session -> session.roomId().equals(roomId))
                    .sorted(Comparator.comparingInt(
                                    (Session session) -> session.getPlacement().startMinute())
                            .thenComparing(Session::getId))
                    .toList();
            fillColumn(cells, column, periods, inRoom, views);
        }
        List<GridRow> rows = new ArrayList<>();
        for (int row = 0; row < periods.size(); row++) {
            Period period = periods.get(row);
            List<GridCell> rowCells = new ArrayList<>();
            for (int column = 0; column < rooms.size(); column++) {
                rowCells.add(cells[row][column] == null ? GridCell.EMPTY : cells[row][column]);
            }
            rows.add(new GridRow(
                    ForumClock.timeOf(period.startMinute()),
                    ForumClock.timeOf(period.endMinute()),
                    isFlash(programme, period),
                    rowCells));
        }
        return new DayView(date, ForumClock.describeDay(date), rooms, rows);
    }

    /** Whether only flash timeslots cover the period: a short slot, typically in the lunch break. */
    static boolean isFlash(Programme programme, Period period) {
        List<Timeslot> covering = programme.getTimeslots().stream()
                .filter(timeslot ->
                        timeslot.startMinute() <= period.startMinute() && timeslot.endMinute() >= period.endMinute())
                .toList();
        return !covering.isEmpty()
                && covering.stream().allMatch(timeslot -> timeslot.hostedKinds().equals(Set.of(SessionKind.FLASH)));
    }

    /**
     * Puts a room's sessions of one day into its column. Sessions that overlap in the room (a broken Room conflict)
     * share one cell covering all their periods, so that the grid stays a grid and the clash shows.
     */
    private static void fillColumn(
            GridCell[][] cells,
            int column,
            List<Period> periods,
            List<Session> inRoom,
            Map<String, SessionView> views) {
        List<SessionView> block = new ArrayList<>();
        int first = -1;
        int last = -1;
        for (Session session : inRoom) {
            int start = firstRow(periods, session.getPlacement());
            int end = lastRow(periods, session.getPlacement(), start);
            if (!block.isEmpty() && start > last) {
                place(cells, column, block, first, last);
                block = new ArrayList<>();
            }
            if (block.isEmpty()) {
                first = start;
                last = end;
            }
            block.add(views.get(session.getId()));
            last = Math.max(last, end);
        }
        if (!block.isEmpty()) {
            place(cells, column, block, first, last);
        }
    }

    private static void place(GridCell[][] cells, int column, List<SessionView> sessions, int first, int last) {
        cells[first][column] = new GridCell(List.copyOf(sessions), last - first + 1, false);
        for (int row = first + 1; row <= last; row++) {
            cells[row][column] = GridCell.COVERED;
        }
    }

    private static int firstRow(List<Period> periods, Placement placement) {
        for (int row = 0; row < periods.size(); row++) {
            if (periods.get(row).endMinute() > placement.startMinute()) {
                return row;
            }
        }
        return periods.size() - 1;
    }

    private static int lastRow(List<Period> periods, Placement placement, int firstRow) {
        int last = firstRow;
        for (int row = firstRow; row < periods.size(); row++) {
            if (periods.get(row).startMinute() < placement.endMinute()) {
                last = row;
            }
        }
        return last;
    }
}
