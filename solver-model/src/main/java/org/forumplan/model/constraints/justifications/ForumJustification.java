package org.forumplan.model.constraints.justifications;

import ai.timefold.solver.core.api.score.stream.ConstraintJustification;
import java.util.List;
import java.util.stream.Collectors;
import org.forumplan.model.domain.ForumClock;
import org.forumplan.model.domain.Period;
import org.forumplan.model.domain.Person;
import org.forumplan.model.domain.Precedence;
import org.forumplan.model.domain.Session;
import org.forumplan.model.domain.Topic;

/**
 * Why a constraint match costs, in words a MAG member can read, with the sessions involved so that reports can link to
 * them. Created only when the score is explained, never while solving.
 *
 * @param sessionIds the sessions involved, in a stable order
 * @param description e.g. "WS23 and WS185 both on Critical Internet Resources, Wed 3 Sep 11:00-12:30"
 */
public record ForumJustification(List<String> sessionIds, String description)
        implements ConstraintJustification, Comparable<ForumJustification> {

    /** Two sessions running at the same time and sharing something, e.g. "both in ws-02". */
    public static ForumJustification pair(Session first, Session second, String sharing) {
        return new ForumJustification(
                List.of(first.getId(), second.getId()),
                "%s and %s %s, %s".formatted(first.getId(), second.getId(), sharing, overlap(first, second)));
    }

    /** One person booked in two sessions at the same time. */
    public static ForumJustification personConflict(Session first, Session second) {
        String people = first.sharedPeople(second).stream()
                .map(ForumJustification::describe)
                .collect(Collectors.joining(", "));
        return new ForumJustification(
                List.of(first.getId(), second.getId()),
                "%s in both %s and %s, %s".formatted(people, first.getId(), second.getId(), overlap(first, second)));
    }

    /** Something is wrong with one session on its own. */
    public static ForumJustification session(Session session, String problem) {
        return new ForumJustification(List.of(session.getId()), session.getId() + " " + problem);
    }

    public static ForumJustification precedence(Session earlier, Session later, Precedence.Reason reason) {
        String relation = reason == Precedence.Reason.FEEDS ? "feeds" : "must precede";
        return new ForumJustification(
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

    /** Too many sessions in one period. */
    public static ForumJustification periodLoad(Period period, int sessions, String limit) {
        return new ForumJustification(
                List.of(), "%d sessions run at %s, %s".formatted(sessions, period.describe(), limit));
    }

    /** Something about a topic as a whole; names the topic's sessions only in the text. */
    public static ForumJustification topic(Topic topic, String problem) {
        return new ForumJustification(List.of(), problem);
    }

    /** Something about a person's programme as a whole. */
    public static ForumJustification person(Person person, String problem) {
        return new ForumJustification(List.of(), problem);
    }

    public static String describe(Person person) {
        return person.name() == null ? person.id() : "%s (%s)".formatted(person.name(), person.id());
    }

    private static String overlap(Session first, Session second) {
        int start = Math.max(
                first.getPlacement().startMinute(), second.getPlacement().startMinute());
        int end =
                Math.min(first.getPlacement().endMinute(), second.getPlacement().endMinute());
        return ForumClock.describe(start, end);
    }

    @Override
    public int compareTo(ForumJustification other) {
        return description.compareTo(other.description);
    }

    @Override
    public String toString() {
        return description;
    }
}
