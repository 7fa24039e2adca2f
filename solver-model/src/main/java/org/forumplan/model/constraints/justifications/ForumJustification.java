package org.forumplan.model.constraints.justifications;

import ai.timefold.solver.core.api.score.stream.ConstraintJustification;
import java.util.ArrayList;
import java.util.List;
import org.forumplan.model.domain.ForumClock;
import org.forumplan.model.domain.Period;
import org.forumplan.model.domain.Placement;
import org.forumplan.model.domain.Precedence;
import org.forumplan.model.domain.Session;
import org.forumplan.model.domain.SessionFacet;

/**
 * Why a constraint match costs, in words a MAG member can read, with the sessions involved so that reports can link to
 * them. Created only when the score is explained, never while solving.
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

    /** Something about a group of sessions as a whole, e.g. "track Access uses 2 rooms on Wed 3 Sep". */
    public static ForumJustification about(List<Session> sessions, String what) {
        return new ForumJustification(sortedIds(sessions), what, null);
    }

    /**
     * Sessions running in one period and sharing a facet: "WS1 and WS2 both on Critical Internet Resources" or "WS1,
     * WS2 and WS5 all with Alice Aydın (p-alice)".
     */
    static ForumJustification sharedPeriod(List<Session> sessions, SessionFacet facet, Period period) {
        List<String> ids = sortedIds(sessions);
        String names = ids.size() == 2 ? ids.get(0) + " and " + ids.get(1) + " both" : enumerate(ids) + " all";
        return new ForumJustification(ids, names + " " + facet.describeSharing(), Span.of(period));
    }

    /** Sessions running beside one other session: "WS1 runs in parallel with exclusive MS-OPENING". */
    public static ForumJustification beside(Session focus, List<Session> others, String relation, Span when) {
        List<String> ids = new ArrayList<>(sortedIds(others));
        String what = "%s %s %s".formatted(enumerate(ids), relation, focus.getId());
        ids.add(focus.getId());
        return new ForumJustification(List.copyOf(ids), what, when);
    }

    /** Something is wrong with one session on its own: "WS23 needs captioning but ws-03 lacks it". */
    public static ForumJustification session(Session session, String problem) {
        return of(List.of(session.getId()), session.getId() + " " + problem);
    }

    /** "WS23 feeds MS-IANA but ends Thu 4 Sep 16:00, after MS-IANA starts Thu 4 Sep 09:00". */
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

    /**
     * An announced session away from its announced time, or left out: "WS23 moved from Wed 3 Sep 09:00 (ws-02) to Thu
     * 4 Sep 11:00 (ws-05)", "WS23, announced for Wed 3 Sep 09:00 (ws-02), is left out".
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

    /** An announced session at its announced time in another room: "WS23 moved from ws-02 to ws-05, Wed 3 Sep ...". */
    public static ForumJustification roomChangedFromPublished(Session session) {
        Placement now = session.getPlacement();
        return new ForumJustification(
                List.of(session.getId()),
                "%s moved from %s to %s"
                        .formatted(
                                session.getId(), session.getPublishedPlacement().roomId(), now.roomId()),
                new Span(now.startMinute(), now.endMinute()));
    }

    /** "Wed 3 Sep 09:00 (ws-02)", or with the end when starts alone do not tell two placements apart. */
    private static String announced(Placement placement, boolean withEnd) {
        String time = withEnd ? placement.describeTime() : ForumClock.describeMoment(placement.startMinute());
        return "%s (%s)".formatted(time, placement.roomId());
    }

    /** Too many sessions in one period: "12 sessions run, above the maximum of 11", naming the sessions. */
    public static ForumJustification periodLoad(Period period, List<Session> sessions, String limit) {
        return new ForumJustification(
                sortedIds(sessions), "%d sessions run, %s".formatted(sessions.size(), limit), Span.of(period));
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
