package org.forumplan.model.merge;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.forumplan.model.io.AssignmentJson;
import org.forumplan.model.io.DatasetJson;
import org.forumplan.model.io.PublishedJson;
import org.forumplan.model.io.ScheduleJson;
import org.forumplan.model.io.SessionJson;
import org.forumplan.model.problem.Suggestions;

/**
 * Makes one session of two optional proposals in a dataset document ({@code forumplan merge}): the merged session
 * ({@link MergedSession}) takes the first's place in the list and both are gone; every reference to either (another
 * session's {@code mustPrecede} or {@code feeds}, the {@code published} programme, the schedule) is moved to it or
 * dropped, and each such change is reported. The merged session is unscheduled: a solve, or {@code move}, places it.
 */
public final class ProposalMerger {

    /**
     * A merge done.
     *
     * @param document the edited document; its schedule, if any, has no score until it is scored again
     * @param merged the merged session, as it is in the document
     * @param moved each reference moved to the merged session, e.g. "WS40.mustPrecede WS23 -> WS23+WS185"
     * @param notes what the merge changed beyond that: a role or organization not kept, a published or scheduled
     *     placement dropped
     */
    public record Merge(DatasetJson document, SessionJson merged, List<String> moved, List<String> notes) {}

    private final DatasetJson document;
    private final SessionJson first;
    private final SessionJson second;
    private final String id;
    private final List<String> moved = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    private ProposalMerger(DatasetJson document, SessionJson first, SessionJson second, String id) {
        this.document = document;
        this.first = first;
        this.second = second;
        this.id = id;
    }

    /** The merged session's id when none is given: {@code WS23+WS185}. */
    public static String defaultId(String firstId, String secondId) {
        return firstId + "+" + secondId;
    }

    /**
     * Merges two proposals.
     *
     * @param newId the merged session's id; null for {@link #defaultId}. It may be one of the two.
     * @throws IllegalArgumentException in one line, naming the session and the field: an unknown id (with the
     *     closest), the same id twice, a mandatory, pinned, main or exclusive session, two kinds, two different main
     *     sessions fed, or an id another session has
     */
    public static Merge merge(DatasetJson document, String firstId, String secondId, String newId) {
        if (firstId.equals(secondId)) {
            throw new IllegalArgumentException(firstId + " is named twice; name the two proposals to merge");
        }
        SessionJson first = mergeable(document, firstId);
        SessionJson second = mergeable(document, secondId);
        if (first.kind() != second.kind()) {
            throw new IllegalArgumentException("%s (%s) and %s (%s) are of two kinds; only sessions of one kind merge"
                    .formatted(
                            firstId,
                            first.kind().label(),
                            secondId,
                            second.kind().label()));
        }
        if (first.feeds() != null && second.feeds() != null && !first.feeds().equals(second.feeds())) {
            throw new IllegalArgumentException(("%s feeds %s and %s feeds %s; a session prepares one main session,"
                            + " so change one's feeds first")
                    .formatted(firstId, first.feeds(), secondId, second.feeds()));
        }
        String id = newId == null ? defaultId(firstId, secondId) : newId;
        checkId(document, id, firstId, secondId);
        return new ProposalMerger(document, first, second, id).merge();
    }

    private static SessionJson mergeable(DatasetJson document, String sessionId) {
        List<SessionJson> sessions = document.sessions();
        for (int index = 0; index < sessions.size(); index++) {
            SessionJson session = sessions.get(index);
            if (session.id().equals(sessionId)) {
                int at = index;
                Mergeable.refusal(session).ifPresent(refusal -> {
                    throw new IllegalArgumentException("%s cannot merge: %s (sessions[%d].%s)"
                            .formatted(sessionId, refusal.reason(), at, refusal.field()));
                });
                return session;
            }
        }
        throw new IllegalArgumentException("no session \"%s\" in the file%s"
                .formatted(
                        sessionId,
                        Suggestions.didYouMean(
                                sessionId,
                                sessions.stream().map(SessionJson::id).toList())));
    }

    private static void checkId(DatasetJson document, String id, String firstId, String secondId) {
        if (id.isBlank()) {
            throw new IllegalArgumentException("the merged session's id is empty; give it one, e.g. " + firstId);
        }
        List<SessionJson> sessions = document.sessions();
        for (int index = 0; index < sessions.size(); index++) {
            String taken = sessions.get(index).id();
            if (taken.equals(id) && !taken.equals(firstId) && !taken.equals(secondId)) {
                throw new IllegalArgumentException(
                        "%s is the id of another session (sessions[%d]); give the merged session another id"
                                .formatted(id, index));
            }
        }
    }

    private Merge merge() {
        SessionJson merged = MergedSession.of(id, first, second, notes);
        List<SessionJson> sessions = new ArrayList<>();
        for (SessionJson session : document.sessions()) {
            if (session.id().equals(first.id())) {
                sessions.add(merged);
            } else if (!session.id().equals(second.id())) {
                sessions.add(withReferencesMoved(session));
            }
        }
        DatasetJson edited = document.withSessions(List.copyOf(sessions))
                .withPublished(published(merged))
                .withSchedule(schedule());
        return new Merge(edited, merged, List.copyOf(moved), List.copyOf(notes));
    }

    private boolean isMerged(String sessionId) {
        return first.id().equals(sessionId) || second.id().equals(sessionId);
    }

    /** Another session's precedences and feeds, pointing at the merged session instead of either proposal. */
    private SessionJson withReferencesMoved(SessionJson session) {
        List<String> mustPrecede = session.mustPrecede();
        if (mustPrecede != null && mustPrecede.stream().anyMatch(this::isMerged)) {
            Set<String> followers = new LinkedHashSet<>();
            for (String follower : mustPrecede) {
                if (isMerged(follower)) {
                    moved.add("%s.mustPrecede %s -> %s".formatted(session.id(), follower, id));
                    followers.add(id);
                } else {
                    followers.add(follower);
                }
            }
            mustPrecede = List.copyOf(followers);
        }
        String feeds = session.feeds();
        if (feeds != null && isMerged(feeds)) {
            moved.add("%s.feeds %s -> %s".formatted(session.id(), feeds, id));
            feeds = id;
        }
        if (Objects.equals(mustPrecede, session.mustPrecede()) && Objects.equals(feeds, session.feeds())) {
            return session;
        }
        return session.withPrecedence(mustPrecede, feeds);
    }

    /**
     * The announced programme with the merged session at A's announced place, or B's when only B was announced; the
     * other announced proposal leaves the announced programme. A span announced for a shorter duration is left to the
     * merged session's own.
     */
    private List<PublishedJson> published(SessionJson merged) {
        if (document.published() == null) {
            return null;
        }
        String keptFrom =
                document.published().stream().anyMatch(entry -> entry.session().equals(first.id()))
                        ? first.id()
                        : second.id();
        List<PublishedJson> published = new ArrayList<>();
        for (PublishedJson entry : document.published()) {
            if (!isMerged(entry.session())) {
                published.add(entry);
            } else if (entry.session().equals(keptFrom)) {
                SessionJson original = keptFrom.equals(first.id()) ? first : second;
                Integer span = original.durationMinutes().equals(merged.durationMinutes()) ? entry.span() : null;
                published.add(new PublishedJson(id, entry.room(), entry.timeslot(), span));
                moved.add("published %s -> %s (%s, %s)".formatted(entry.session(), id, entry.room(), entry.timeslot()));
            } else {
                notes.add("%s was announced at %s, %s and leaves the announced programme: %s keeps %s's place"
                        .formatted(entry.session(), entry.room(), entry.timeslot(), id, keptFrom));
            }
        }
        return List.copyOf(published);
    }

    /**
     * The schedule without either proposal, and with the merged session among the unscheduled: its place is for a
     * solve to find, since the merged session may be longer and has more people to fit. Its score is dropped; it no
     * longer describes this schedule.
     */
    private ScheduleJson schedule() {
        ScheduleJson schedule = document.schedule();
        if (schedule == null) {
            return null;
        }
        List<AssignmentJson> assignments = new ArrayList<>();
        for (AssignmentJson assignment :
                schedule.assignments() == null ? List.<AssignmentJson>of() : schedule.assignments()) {
            if (isMerged(assignment.session())) {
                notes.add("%s was scheduled at %s, %s; the merged session %s is unscheduled until the next solve"
                        .formatted(assignment.session(), assignment.room(), assignment.timeslot(), id));
            } else {
                assignments.add(assignment);
            }
        }
        List<String> unscheduled = new ArrayList<>();
        if (schedule.unscheduled() != null) {
            schedule.unscheduled().stream()
                    .filter(session -> !isMerged(session))
                    .forEach(unscheduled::add);
        }
        unscheduled.add(id);
        return new ScheduleJson(null, null, List.copyOf(assignments), List.copyOf(unscheduled), schedule.solver());
    }
}
