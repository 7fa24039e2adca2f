package org.forumplan.app.report;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.forumplan.app.explain.ScoreText;
import org.forumplan.app.report.ProgrammeView.OtherPlace;
import org.forumplan.app.report.ProgrammeView.PlacementView;
import org.forumplan.app.report.ProgrammeView.SessionView;
import org.forumplan.model.domain.Participation;
import org.forumplan.model.domain.Person;
import org.forumplan.model.domain.Topic;

/** The wording every report shares, so that the page, the sheet and the calendar say the same thing the same way. */
final class ReportText {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter LONG_DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter SHORT_DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);

    private ReportText() {}

    /**
     * One level of the score in words.
     *
     * @param meaning what the level stands for
     * @param words what its value means for this programme
     */
    record Level(String label, long value, String meaning, String words) {}

    static List<Level> levels(HardMediumSoftLongScore score) {
        return List.of(
                new Level(
                        "hard",
                        score.hardScore(),
                        "rules that make a programme impossible",
                        score.hardScore() == 0
                                ? "none broken: the programme can take place"
                                : "broken: the programme cannot take place as it is (see Conflicts)"),
                new Level(
                        "medium",
                        score.mediumScore(),
                        "the best proposals placed, announced sessions kept",
                        score.mediumScore() == 0
                                ? "every session that counts here has a place"
                                : "the value of the proposals left out (see Unscheduled)"),
                new Level(
                        "soft",
                        score.softScore(),
                        "quality for participants",
                        score.softScore() == 0
                                ? "nothing to improve"
                                : "clashes, competition and spread that participants will feel (see Conflicts)"));
    }

    static String time(LocalTime time) {
        return TIME.format(time);
    }

    /** "09:00-10:30". */
    static String times(PlacementView placement) {
        return time(placement.start()) + "-" + time(placement.end());
    }

    /** "Room 3, Tue 2 Sep 09:00-10:30". */
    static String place(PlacementView placement) {
        return placement.roomName() + ", " + SHORT_DAY.format(placement.day()) + " " + times(placement);
    }

    /**
     * "Room 3, Tue 2 Sep 09:00-10:30: +40soft", or for a place another proposal holds "in WS21's place (Room 3, ...),
     * WS21 then left out: -14medium/+7soft".
     */
    static String otherPlace(OtherPlace other) {
        String change = ScoreText.signed(other.change());
        return other.replacedId() == null
                ? place(other.placement()) + ": " + change
                : "in %s's place (%s), %s then left out: %s"
                        .formatted(other.replacedId(), place(other.placement()), other.replacedId(), change);
    }

    /** "Tuesday 2 September 2014". */
    static String longDay(LocalDate day) {
        return LONG_DAY.format(day);
    }

    /** A person's name for people, or the id when the dataset gives none. */
    static String name(Person person) {
        return person.name() == null || person.name().isBlank() ? person.id() : person.name();
    }

    /** "Alice Aydın (organizer)". */
    static String participant(Participation participation) {
        return name(participation.person()) + " (" + participation.role().code().replace('_', ' ') + ")";
    }

    /** "Alice Aydın (organizer); Bob Banda (speaker)". */
    static String people(SessionView session) {
        return session.people().stream().map(ReportText::participant).collect(Collectors.joining("; "));
    }

    /** "Critical Internet Resources; Internet and Human Rights". */
    static String topicNames(SessionView session) {
        return session.topics().stream().map(Topic::name).collect(Collectors.joining("; "));
    }

    static String trackName(SessionView session) {
        return session.track() == null ? "" : session.track().name();
    }

    /** "pinned, exclusive" or "": what makes a session stand out in the timetable. */
    static String marks(SessionView session) {
        if (session.pinned() && session.exclusive()) {
            return "pinned, exclusive";
        }
        if (session.pinned()) {
            return "pinned";
        }
        return session.exclusive() ? "exclusive" : "";
    }
}
