package org.forumplan.app.report;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.forumplan.model.analysis.ConstraintExplanation;
import org.forumplan.model.analysis.SelectionReview;
import org.forumplan.model.domain.Participation;
import org.forumplan.model.domain.Person;
import org.forumplan.model.domain.Room;
import org.forumplan.model.domain.SessionKind;
import org.forumplan.model.domain.Topic;
import org.forumplan.model.domain.Track;

/**
 * A solved programme as the review reports show it, built once ({@link ProgrammeViewBuilder}) and handed to every
 * renderer, so that the HTML page, the spreadsheet and the calendar cannot disagree about what is where.
 *
 * @param storedScore the score the file claims, or null; shown only when it differs from {@code score}
 * @param verdict the explanation's verdict in one sentence
 * @param kinds sessions placed and unscheduled per kind, in the catalogue's order of kinds
 * @param sessions every session: the placed ones in time and room order, then the unplaced ones as the dataset lists
 *     them
 * @param days the timetable, one grid per day that has a period
 * @param conflicts every constraint that still costs, worst first, except the proposals left out (see
 *     {@code unscheduled})
 * @param unscheduled every session without a place: the mandatory ones first, then the proposals, most valuable first
 * @param load how many sessions run in each period, in time order
 * @param topics the topics any session carries, with their placed sessions per day (aligned with {@code days})
 * @param tracks the tracks any session belongs to
 * @param people everyone taking part in a session, by name
 * @param otherPlaces how many sessions were looked at for other places, of how many (0 of 0: none was asked for)
 * @param selection how far the programme meets the dataset's selection goals; null when it sets none
 */
public record ProgrammeView(
        String forumName,
        String venue,
        ZoneId timeZone,
        HardMediumSoftLongScore score,
        String storedScore,
        String verdict,
        List<KindCount> kinds,
        List<SessionView> sessions,
        List<DayView> days,
        List<ConstraintExplanation> conflicts,
        List<UnscheduledView> unscheduled,
        List<PeriodLoad> load,
        int targetParallel,
        int maxParallel,
        List<TopicDays> topics,
        List<Track> tracks,
        List<Person> people,
        Coverage otherPlaces,
        SelectionReview selection) {

    public boolean feasible() {
        return score.isFeasible();
    }

    public List<SessionView> scheduled() {
        return sessions.stream().filter(SessionView::isPlaced).toList();
    }

    /** How many sessions of a kind are placed and how many are not. */
    public record KindCount(SessionKind kind, int placed, int unscheduled) {}

    /**
     * One session with everything a reviewer reads about it.
     *
     * @param value its proposal value for an optional proposal, else null
     * @param placement where it is, or null when unplaced
     * @param conflictCodes the catalogue codes of the constraints it costs in (e.g. H2, S1), proposals left out aside
     * @param hardConflict whether it is involved in a broken hard constraint
     * @param otherPlaces the best places it could take instead without breaking a hard constraint, best first; empty
     *     when it has none, null when it was not looked at (pinned, or not reached in the time given)
     */
    public record SessionView(
            String id,
            String title,
            SessionKind kind,
            List<Topic> topics,
            Track track,
            List<Participation> people,
            boolean mandatory,
            boolean pinned,
            boolean exclusive,
            Double evaluation,
            Integer value,
            PlacementView placement,
            List<String> conflictCodes,
            boolean hardConflict,
            List<OtherPlace> otherPlaces) {

        public boolean isPlaced() {
            return placement != null;
        }

        /** "pinned", "scheduled" or "unscheduled". */
        public String status() {
            if (placement == null) {
                return "unscheduled";
            }
            return pinned ? "pinned" : "scheduled";
        }
    }

    /**
     * Where a session is, in the forum's local time.
     *
     * @param timeslotId the start timeslot
     * @param span how many timeslots it covers
     */
    public record PlacementView(
            String roomId,
            String roomName,
            LocalDate day,
            LocalTime start,
            LocalTime end,
            String timeslotId,
            int span) {}

    /**
     * A place a session could take instead, and what that would do to the programme's score.
     *
     * @param change the programme's score there minus its score now
     * @param replacedId the placed proposal that would be left out to make room, or null for a free place
     */
    public record OtherPlace(PlacementView placement, HardMediumSoftLongScore change, String replacedId) {}

    /** How many sessions were looked at (for other places) of how many that could be. */
    public record Coverage(int done, int asked) {

        public static final Coverage NONE = new Coverage(0, 0);

        public boolean requested() {
            return asked > 0;
        }

        public boolean complete() {
            return done == asked;
        }
    }

    /**
     * One day's timetable: a row per period (the day cut at every timeslot's start and end), a column per room used
     * that day.
     *
     * @param label e.g. "Tue 2 Sep"
     */
    public record DayView(LocalDate date, String label, List<Room> rooms, List<GridRow> rows) {}

    /**
     * One period of a day.
     *
     * @param flash whether only flash timeslots cover it (a short slot in the lunch break)
     * @param cells one per room of the day, in the same order
     */
    public record GridRow(LocalTime start, LocalTime end, boolean flash, List<GridCell> cells) {}

    /**
     * What one room holds from one period on.
     *
     * @param sessions the sessions starting here: usually one, none for a free room, several only when sessions
     *     overlap in the room (a broken Room conflict)
     * @param rowSpan how many periods (rows) the cell covers
     * @param covered whether a cell of an earlier row covers this one (HTML leaves it out; a spreadsheet merges it)
     */
    public record GridCell(List<SessionView> sessions, int rowSpan, boolean covered) {

        public static final GridCell EMPTY = new GridCell(List.of(), 1, false);
        public static final GridCell COVERED = new GridCell(List.of(), 0, true);

        public boolean isEmpty() {
            return sessions.isEmpty() && !covered;
        }
    }

    /**
     * A session without a place and why.
     *
     * @param reason the diagnosis in one sentence
     * @param holders the placed sessions holding the rooms and times it could take, which the reason may name
     */
    public record UnscheduledView(SessionView session, String reason, List<String> holders) {}

    /**
     * How many sessions run in one period.
     *
     * @param flash whether only flash timeslots cover it
     */
    public record PeriodLoad(LocalDate day, LocalTime start, LocalTime end, int sessions, boolean flash) {}

    /**
     * A topic and its placed sessions per day.
     *
     * @param perDay placed sessions carrying the topic, one count per day of the programme's {@code days}
     */
    public record TopicDays(Topic topic, List<Integer> perDay) {

        public int total() {
            return perDay.stream().mapToInt(Integer::intValue).sum();
        }
    }
}
