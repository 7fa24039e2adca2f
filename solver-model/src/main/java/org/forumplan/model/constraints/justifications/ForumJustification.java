package org.forumplan.model.constraints.justifications;

import ai.timefold.solver.core.api.score.stream.ConstraintJustification;
import ai.timefold.solver.core.api.score.stream.common.LoadBalance;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.forumplan.model.domain.ForumClock;
import org.forumplan.model.domain.Period;
import org.forumplan.model.domain.Person;
import org.forumplan.model.domain.Placement;
import org.forumplan.model.domain.Precedence;
import org.forumplan.model.domain.RoomFeature;
import org.forumplan.model.domain.Selection;
import org.forumplan.model.domain.Session;
import org.forumplan.model.domain.SessionFacet;
import org.forumplan.model.domain.ShareTarget;
import org.forumplan.model.domain.SpeakerPool;
import org.forumplan.model.domain.Timeslot;
import org.forumplan.model.domain.Topic;
import org.forumplan.model.domain.Track;

/**
 * Why a constraint match costs, in words a MAG member can read, with the sessions involved so that reports can link to
 * them. Each constraint passes its typed values (sessions, a person, minutes, ...) to its own factory here, which
 * words them; Timefold calls the factories only when the score is explained, never while solving.
 *
 * @param sessionIds the sessions involved, in a stable order
 * @param what what is wrong, e.g. "WS185 and WS23 both on Critical Internet Resources"
 * @param when the time it is wrong, or null when the match is not about one stretch of time
 */
public record ForumJustification(List<String> sessionIds, String what, Span when)
        implements ConstraintJustification, Comparable<ForumJustification> {

    /** A stretch of the forum's time, in minutes on {@link ForumClock}'s scale. */
    public record Span(int startMinute, int endMinute) {

        public static Span of(Period period) {
            return new Span(period.startMinute(), period.endMinute());
        }

        /** Where two placements run at once. */
        static Span overlap(Placement first, Placement second) {
            return new Span(
                    Math.max(first.startMinute(), second.startMinute()),
                    Math.min(first.endMinute(), second.endMinute()));
        }

        /** Whether the other span starts where this one ends. */
        public boolean isFollowedBy(Span other) {
            return endMinute == other.startMinute;
        }

        /** "Wed 3 Sep 11:00-12:30". */
        public String describe() {
            return ForumClock.describe(startMinute, endMinute);
        }
    }

    /** A match about no particular time. */
    public static ForumJustification of(List<String> sessionIds, String what) {
        return new ForumJustification(List.copyOf(sessionIds), what, null);
    }

    // ************************************************************************
    // Hard constraints
    // ************************************************************************

    /** Room unavailable: "WS23 is in ws-02 while the room is unavailable, Wed 3 Sep 11:00-12:30". */
    public static ForumJustification roomUnavailable(Session session) {
        return session(
                session,
                "is in %s while the room is unavailable, %s"
                        .formatted(session.roomId(), session.getPlacement().describeTime()));
    }

    /** Person unavailable: "WS23 is at Wed 3 Sep 11:00-12:30 but Carol Çelik (p-carol) is unavailable then". */
    public static ForumJustification peopleUnavailable(Session session) {
        Placement placement = session.getPlacement();
        return session(
                session,
                "is at %s but %s unavailable then"
                        .formatted(
                                placement.describeTime(),
                                session.getPeople().stream()
                                        .filter(person -> person.unavailableMinutes(
                                                        placement.startMinute(), placement.endMinute())
                                                > 0)
                                        .map(Person::describe)
                                        .collect(Collectors.joining(", ", "", " is"))));
    }

    /** Missing room feature: "WS23 needs captioning but ws-03 lacks it". */
    public static ForumJustification missingRoomFeatures(Session session) {
        return session(
                session,
                "needs %s but %s lacks it"
                        .formatted(
                                session.getRequiredFeatures().stream()
                                        .filter(feature -> !session.getPlacement()
                                                .room()
                                                .features()
                                                .contains(feature))
                                        .map(RoomFeature::code)
                                        .sorted()
                                        .collect(Collectors.joining(", ")),
                                session.roomId()));
    }

    /** Exclusive session competition: "WS1 runs in parallel with exclusive MS-OPENING, Wed 3 Sep 09:00-10:30". */
    public static ForumJustification besideExclusive(Session exclusive, Session other) {
        return beside(
                exclusive,
                other,
                "runs in parallel with exclusive",
                Span.overlap(exclusive.getPlacement(), other.getPlacement()));
    }

    /** Precedence: "WS23 feeds MS-IANA but ends Thu 4 Sep 16:00, after MS-IANA starts Thu 4 Sep 09:00". */
    public static ForumJustification precedence(Session earlier, Session later, Precedence.Reason reason) {
        String relation = reason == Precedence.Reason.FEEDS ? "feeds" : "must precede";
        return of(
                List.of(earlier.getId(), later.getId()),
                "%s %s %s but ends %s, after %s starts %s"
                        .formatted(
                                earlier.getId(),
                                relation,
                                later.getId(),
                                ForumClock.describeMoment(earlier.getPlacement().endMinute()),
                                later.getId(),
                                ForumClock.describeMoment(later.getPlacement().startMinute())));
    }

    /** Parallel limit: "12 sessions run, above the maximum of 11", naming the sessions. */
    public static ForumJustification aboveMaximum(Period period, List<Session> sessions, int maxParallel) {
        return periodLoad(period, sessions, "above the maximum of " + maxParallel);
    }

    /** Mandatory session unscheduled: "MS-OPENING must take place but has no placement". */
    public static ForumJustification mandatoryUnplaced(Session session) {
        return session(session, "must take place but has no placement");
    }

    /** Session unavailable: "WS23 is at Wed 3 Sep 09:00-10:30, which its organizers declared unavailable". */
    public static ForumJustification sessionUnavailable(Session session) {
        return session(
                session,
                "is at %s, which its organizers declared unavailable"
                        .formatted(session.getPlacement().describeTime()));
    }

    // ************************************************************************
    // Medium constraints
    // ************************************************************************

    /** Proposal unscheduled: "WS23 is left out (proposal value 90)". */
    public static ForumJustification proposalLeftOut(Session session) {
        return session(session, "is left out (proposal value %d)".formatted(session.proposalValue()));
    }

    /**
     * Share short of target: "12 of 60 placed sessions (20%) are from developing or transitional economy countries;
     * 35% needs 21: 9 short".
     */
    public static ForumJustification shareShort(ShareTarget target, int placed, int flagged) {
        return of(
                List.of(),
                "%d of %d placed sessions (%s) are %s; %s needs %d: %d short"
                        .formatted(
                                flagged,
                                placed,
                                ShareTarget.percent((double) flagged / placed),
                                target.flag().description(),
                                ShareTarget.percent(target.minShare()),
                                target.needed(placed),
                                target.shortfall(placed, flagged)));
    }

    /** Topic coverage missed: "Cybersecurity: 2 of its 7 proposals placed; the 5 left out would add 38". */
    public static ForumJustification coverageMissed(Topic topic, int proposed, int placed) {
        return of(
                List.of(),
                "%s: %d of its %d proposals placed; the %d left out would add %d"
                        .formatted(
                                topic.name(),
                                placed,
                                proposed,
                                proposed - placed,
                                Selection.coverageMissed(proposed, placed)));
    }

    /** Narrow panel: "WS23's people span 1 stakeholder group (civil society); 3 are asked". */
    public static ForumJustification narrowPanel(Session session) {
        List<String> groups = session.getPeople().stream()
                .map(Person::stakeholderGroup)
                .filter(Objects::nonNull)
                .distinct()
                .sorted()
                .map(group -> group.code().replace('_', ' '))
                .toList();
        int asked = groups.size() + session.getMissingStakeholderGroups();
        return of(
                List.of(session.getId()),
                "%s's people span %d stakeholder group%s (%s); %d are asked"
                        .formatted(
                                session.getId(),
                                groups.size(),
                                groups.size() == 1 ? "" : "s",
                                String.join(", ", groups),
                                asked));
    }

    /**
     * Speaker mix: "placed share of each stakeholder group's proposed speakers: academia 40%, civil society 55%, ...".
     */
    public static ForumJustification speakerMix(SpeakerPool.Dimension dimension, LoadBalance<SpeakerPool> balance) {
        String rates = balance.loads().entrySet().stream()
                .sorted(Comparator.comparing(entry -> entry.getKey().name()))
                .map(entry ->
                        "%s %s".formatted(entry.getKey().label(), ShareTarget.percent(entry.getValue() / 1_000_000.0)))
                .collect(Collectors.joining(", "));
        return of(List.of(), "placed share of each %s's proposed speakers: %s".formatted(dimension.label(), rates));
    }

    /**
     * Published placement changed: an announced session away from its announced time, or left out: "WS23 moved from
     * Wed 3 Sep 09:00 (ws-02) to Thu 4 Sep 11:00 (ws-05)", "WS23, announced for Wed 3 Sep 09:00 (ws-02), is left out".
     */
    public static ForumJustification movedFromPublished(Session session) {
        Placement published = session.getPublishedPlacement();
        Placement now = session.getPlacement();
        if (now == null) {
            return of(
                    List.of(session.getId()),
                    "%s, announced for %s, is left out".formatted(session.getId(), announced(published, false)));
        }
        // Same start, another length: only the full intervals tell the two apart.
        boolean sameStart = now.startMinute() == published.startMinute();
        return of(
                List.of(session.getId()),
                "%s moved from %s to %s"
                        .formatted(session.getId(), announced(published, sameStart), announced(now, sameStart)));
    }

    /** "Wed 3 Sep 09:00 (ws-02)", or with the end when starts alone do not tell two placements apart. */
    private static String announced(Placement placement, boolean withEnd) {
        String time = withEnd ? placement.describeTime() : ForumClock.describeMoment(placement.startMinute());
        return "%s (%s)".formatted(time, placement.roomId());
    }

    // ************************************************************************
    // Soft constraints
    // ************************************************************************

    /** Competing with main session: "WS1 (120 expected) competes with main session MS-IANA, Wed 3 Sep 11:00-12:30". */
    public static ForumJustification competingWithMain(Session main, Session other) {
        return beside(
                main,
                other,
                "(%d expected) competes with main session".formatted(other.getExpectedAttendance()),
                Span.overlap(main.getPlacement(), other.getPlacement()));
    }

    /** Parallel load: "12 sessions run, 2 above the target of 10", naming the sessions. */
    public static ForumJustification aboveTarget(Period period, List<Session> sessions, int targetParallel) {
        return periodLoad(
                period,
                sessions,
                "%d above the target of %d".formatted(sessions.size() - targetParallel, targetParallel));
    }

    /** Room too small: "WS23 expects 120 people but ws-02 seats 80". */
    public static ForumJustification roomTooSmall(Session session) {
        return session(
                session,
                "expects %d people but %s seats %d"
                        .formatted(
                                session.getExpectedAttendance(),
                                session.roomId(),
                                session.getPlacement().room().capacity()));
    }

    /**
     * Topic cluster spread: "1 of the 3 sessions on Online child protection are away from its busiest day", naming the
     * sessions of every day but the busiest.
     *
     * @param days the topic's sessions, a list per day
     */
    public static ForumJustification awayFromBusiestDay(
            Topic topic, int total, int busiestDay, List<List<Session>> days) {
        return about(
                awayFromBusiestDay(days),
                "%d of the %d sessions on %s are away from its busiest day"
                        .formatted(total - busiestDay, total, topic.name()));
    }

    /** The sessions of every day but the busiest (the first of the busiest, if several tie). */
    private static List<Session> awayFromBusiestDay(List<List<Session>> days) {
        List<Session> busiest = days.stream()
                .max(Comparator.comparingInt((List<Session> day) -> day.size())
                        .thenComparing(day -> day.get(0).day(), Comparator.reverseOrder()))
                .orElseThrow();
        return days.stream().filter(day -> day != busiest).flatMap(List::stream).toList();
    }

    /** Preferred timeslot missed: "WS23 is at Wed 3 Sep 09:00-10:30, outside its preferred timeslots (d1-am2)". */
    public static ForumJustification outsidePreferred(Session session) {
        return session(
                session,
                "is at %s, outside its preferred timeslots (%s)"
                        .formatted(
                                session.getPlacement().describeTime(),
                                session.getPreferredTimeslots().stream()
                                        .map(Timeslot::id)
                                        .sorted()
                                        .collect(Collectors.joining(", "))));
    }

    /** Person day spread: "Alice Aydın (p-alice) has sessions from Wed 3 Sep to Thu 4 Sep", naming the sessions. */
    public static ForumJustification daySpread(
            SessionFacet person, LocalDate firstDay, LocalDate lastDay, List<Session> sessions) {
        return about(
                sessions,
                "%s has sessions from %s to %s"
                        .formatted(person.name(), ForumClock.describeDay(firstDay), ForumClock.describeDay(lastDay)));
    }

    /** Track room change: "track Access uses 2 rooms on Wed 3 Sep", naming the track's sessions of that day. */
    public static ForumJustification trackRooms(Track track, LocalDate day, int rooms, List<Session> sessions) {
        return about(
                sessions, "track %s uses %d rooms on %s".formatted(track.name(), rooms, ForumClock.describeDay(day)));
    }

    /** Published room changed: "WS23 moved from ws-02 to ws-05, Wed 3 Sep 11:00-12:30". */
    public static ForumJustification roomChangedFromPublished(Session session) {
        Placement now = session.getPlacement();
        return new ForumJustification(
                List.of(session.getId()),
                "%s moved from %s to %s"
                        .formatted(
                                session.getId(), session.getPublishedPlacement().roomId(), now.roomId()),
                new Span(now.startMinute(), now.endMinute()));
    }

    /** Feeder far from main session: "WS1 ends Wed 3 Sep 10:30, 3 hours before MS1, which it feeds, starts". */
    public static ForumJustification feederFarFromMain(Session feeder, Session main, long hours) {
        return of(
                List.of(feeder.getId(), main.getId()),
                "%s ends %s, %d hour%s before %s, which it feeds, starts"
                        .formatted(
                                feeder.getId(),
                                ForumClock.describeMoment(feeder.getPlacement().endMinute()),
                                hours,
                                hours == 1 ? "" : "s",
                                main.getId()));
    }

    /** Big room for small session: "WS23 expects 20 people in ws-01, which seats 100". */
    public static ForumJustification roomTooBig(Session session) {
        return session(
                session,
                "expects %d people in %s, which seats %d"
                        .formatted(
                                session.getExpectedAttendance(),
                                session.roomId(),
                                session.getPlacement().room().capacity()));
    }

    // ************************************************************************
    // Shapes shared by the factories
    // ************************************************************************

    /**
     * Sessions running in one period and sharing a facet: "WS1 and WS2 both on Critical Internet Resources" or "WS1,
     * WS2 and WS5 all with Alice Aydın (p-alice)".
     */
    static ForumJustification sharedPeriod(List<Session> sessions, SessionFacet facet, Period period) {
        List<String> ids = sortedIds(sessions);
        String names = ids.size() == 2 ? ids.get(0) + " and " + ids.get(1) + " both" : enumerate(ids) + " all";
        return new ForumJustification(ids, names + " " + facet.describeSharing(), Span.of(period));
    }

    /** Something about a group of sessions as a whole, e.g. "track Access uses 2 rooms on Wed 3 Sep". */
    private static ForumJustification about(List<Session> sessions, String what) {
        return new ForumJustification(sortedIds(sessions), what, null);
    }

    /** A session running beside another: "WS1 runs in parallel with exclusive MS-OPENING". */
    private static ForumJustification beside(Session focus, Session other, String relation, Span when) {
        return new ForumJustification(
                List.of(other.getId(), focus.getId()),
                "%s %s %s".formatted(other.getId(), relation, focus.getId()),
                when);
    }

    /** Something is wrong with one session on its own: "WS23 needs captioning but ws-03 lacks it". */
    private static ForumJustification session(Session session, String problem) {
        return of(List.of(session.getId()), session.getId() + " " + problem);
    }

    /** Too many sessions in one period: "12 sessions run, above the maximum of 11", naming the sessions. */
    private static ForumJustification periodLoad(Period period, List<Session> sessions, String limit) {
        return new ForumJustification(
                sortedIds(sessions), "%d sessions run, %s".formatted(sessions.size(), limit), Span.of(period));
    }

    /** The same sessions and words at another time: explanations join the pieces of a clash that follow on. */
    public ForumJustification at(Span when) {
        return new ForumJustification(sessionIds, what, when);
    }

    /** What is wrong and when, e.g. "WS185 and WS23 both on Critical Internet Resources, Wed 3 Sep 11:00-12:30". */
    public String description() {
        return when == null ? what : what + ", " + when.describe();
    }

    @Override
    public int compareTo(ForumJustification other) {
        return description().compareTo(other.description());
    }

    @Override
    public String toString() {
        return description();
    }

    private static List<String> sortedIds(List<Session> sessions) {
        return sessions.stream().map(Session::getId).sorted().toList();
    }

    /** "WS1", "WS1 and WS2", "WS1, WS2 and WS5". */
    private static String enumerate(List<String> ids) {
        if (ids.size() == 1) {
            return ids.get(0);
        }
        return String.join(", ", ids.subList(0, ids.size() - 1)) + " and " + ids.get(ids.size() - 1);
    }
}
