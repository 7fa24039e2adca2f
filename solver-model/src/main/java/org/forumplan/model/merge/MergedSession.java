package org.forumplan.model.merge;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.forumplan.model.io.ParticipantJson;
import org.forumplan.model.io.SessionJson;
import org.forumplan.model.load.ProgrammeBuilder;

/**
 * One session made of two proposals, field by field, so that it keeps what either asked for: the people, topics,
 * features, unavailable timeslots and precedences of both; the longer duration, the larger attendance and the better
 * evaluation; a diversity flag if either has it; the preferred timeslots both share (the first's when they share
 * none); the first's organization and track. What the merge could not keep is said in a note.
 */
final class MergedSession {

    private final SessionJson first;
    private final SessionJson second;
    private final List<String> notes;

    private MergedSession(SessionJson first, SessionJson second, List<String> notes) {
        this.first = first;
        this.second = second;
        this.notes = notes;
    }

    /**
     * @param notes where what could not be kept is said, e.g. a person's second role
     */
    static SessionJson of(String id, SessionJson first, SessionJson second, List<String> notes) {
        return new MergedSession(first, second, notes).session(id);
    }

    private SessionJson session(String id) {
        return new SessionJson(
                id,
                title(),
                first.kind(),
                Math.max(first.durationMinutes(), second.durationMinutes()),
                union(first.topics(), second.topics()),
                kept("track", first.track(), second.track()),
                people(),
                kept("organization", first.organization(), second.organization()),
                attendance(),
                union(first.requiredFeatures(), second.requiredFeatures()),
                first.mandatory() != null ? first.mandatory() : second.mandatory(),
                first.evaluation() == null
                        ? second.evaluation()
                        : second.evaluation() == null
                                ? first.evaluation()
                                : Double.valueOf(Math.max(first.evaluation(), second.evaluation())),
                either(first.developingCountry(), second.developingCountry()),
                either(first.firstTime(), second.firstTime()),
                either(first.newTopic(), second.newTopic()),
                preferredTimeslots(),
                union(first.unavailableTimeslots(), second.unavailableTimeslots()),
                mustPrecede(),
                feeds(),
                first.exclusive() != null ? first.exclusive() : second.exclusive(),
                null,
                mergedFrom());
    }

    /**
     * "First title / Second title", said once where they say the same: one of them when it contains the other
     * (ignoring case), and a heading both open with written once ("The IANA Stewardship Transition: Global South
     * Perspectives / Global Perspectives").
     */
    private String title() {
        String one = first.title();
        String other = second.title();
        if (one.toLowerCase(Locale.ROOT).contains(other.toLowerCase(Locale.ROOT))) {
            return one;
        }
        if (other.toLowerCase(Locale.ROOT).contains(one.toLowerCase(Locale.ROOT))) {
            return other;
        }
        int heading = one.indexOf(": ");
        if (heading > 0
                && other.toLowerCase(Locale.ROOT)
                        .startsWith(one.substring(0, heading + 2).toLowerCase(Locale.ROOT))) {
            return one + " / " + other.substring(heading + 2);
        }
        return one + " / " + other;
    }

    /** Each person once; a session gives a person one role, so a person in both keeps the first proposal's role. */
    private List<ParticipantJson> people() {
        Map<String, ParticipantJson> people = new LinkedHashMap<>();
        for (SessionJson session : List.of(first, second)) {
            if (session.people() == null) {
                continue;
            }
            for (ParticipantJson participant : session.people()) {
                ParticipantJson kept = people.putIfAbsent(participant.person(), participant);
                if (kept != null && kept.role() != participant.role()) {
                    notes.add("%s is %s in %s and %s in %s; kept as %s (a person has one role in a session)"
                            .formatted(
                                    participant.person(),
                                    kept.role().code(),
                                    first.id(),
                                    participant.role().code(),
                                    second.id(),
                                    kept.role().code()));
                }
            }
        }
        return first.people() == null && second.people() == null ? null : List.copyOf(people.values());
    }

    /**
     * The larger, an absent one counting as the default 50: the audiences of two workshops on one subject are
     * largely the same people, so their sum would ask for a room twice too big.
     */
    private Integer attendance() {
        if (first.expectedAttendance() == null && second.expectedAttendance() == null) {
            return null;
        }
        return Math.max(orDefault(first.expectedAttendance()), orDefault(second.expectedAttendance()));
    }

    private static int orDefault(Integer attendance) {
        return attendance == null ? ProgrammeBuilder.DEFAULT_EXPECTED_ATTENDANCE : attendance;
    }

    /** Both proposals' preferences at once when they share some; otherwise the first's (no preference is none). */
    private List<String> preferredTimeslots() {
        List<String> one = first.preferredTimeslots();
        List<String> other = second.preferredTimeslots();
        if (one == null || one.isEmpty()) {
            return other;
        }
        if (other == null || other.isEmpty()) {
            return one;
        }
        List<String> both = one.stream().filter(other::contains).toList();
        if (both.isEmpty()) {
            notes.add("preferred timeslots: %s and %s prefer none in common; %s's kept"
                    .formatted(first.id(), second.id(), first.id()));
            return one;
        }
        return both;
    }

    /** Both proposals' followers, but not the two proposals themselves: a session cannot precede itself. */
    private List<String> mustPrecede() {
        List<String> union = union(first.mustPrecede(), second.mustPrecede());
        if (union == null) {
            return null;
        }
        List<String> followers = new ArrayList<>();
        for (String follower : union) {
            if (follower.equals(first.id()) || follower.equals(second.id())) {
                notes.add("the precedence between %s and %s is dropped: a session cannot precede itself"
                        .formatted(first.id(), second.id()));
            } else {
                followers.add(follower);
            }
        }
        return followers;
    }

    /** The main session either prepares ({@link ProposalMerger} refuses two different ones); never itself. */
    private String feeds() {
        String feeds = first.feeds() != null ? first.feeds() : second.feeds();
        if (feeds != null && (feeds.equals(first.id()) || feeds.equals(second.id()))) {
            notes.add("%s fed %s: dropped, a session cannot feed itself"
                    .formatted(feeds.equals(first.id()) ? second.id() : first.id(), feeds));
            return null;
        }
        return feeds;
    }

    /** The original proposals, through earlier merges: a merged session merged again lists all of them. */
    private List<String> mergedFrom() {
        List<String> origins = new ArrayList<>();
        for (SessionJson session : List.of(first, second)) {
            origins.addAll(session.mergedFrom() == null ? List.of(session.id()) : session.mergedFrom());
        }
        return origins;
    }

    /** The first's value, or the second's when the first has none; a different second value is noted. */
    private String kept(String field, String one, String other) {
        if (one != null && other != null && !one.equals(other)) {
            notes.add("%s: %s's \"%s\" kept; %s's was \"%s\"".formatted(field, first.id(), one, second.id(), other));
        }
        return one != null ? one : other;
    }

    /** True if either is; false if either says false; absent if both are. */
    private static Boolean either(Boolean one, Boolean other) {
        if (Boolean.TRUE.equals(one) || Boolean.TRUE.equals(other)) {
            return true;
        }
        return one != null ? one : other;
    }

    /** The first's items, then the second's not in it; absent when both are. */
    private static <T> List<T> union(List<T> one, List<T> other) {
        if (one == null && other == null) {
            return null;
        }
        Set<T> union = new LinkedHashSet<>();
        for (List<T> list : List.of(
                Objects.requireNonNullElse(one, List.<T>of()), Objects.requireNonNullElse(other, List.<T>of()))) {
            union.addAll(list);
        }
        return List.copyOf(union);
    }
}
