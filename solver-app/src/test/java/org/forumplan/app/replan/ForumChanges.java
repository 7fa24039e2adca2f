package org.forumplan.app.replan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.forumplan.model.domain.SessionKind;
import org.forumplan.model.io.DatasetJson;
import org.forumplan.model.io.ParticipantJson;
import org.forumplan.model.io.PersonJson;
import org.forumplan.model.io.PublishedJson;
import org.forumplan.model.io.RoomJson;
import org.forumplan.model.io.SessionJson;
import org.forumplan.model.io.TimeslotJson;

/**
 * What happens to a forum after its programme is announced, as edits of its dataset: rooms withdrawn, people away,
 * sessions added, cancelled or merged. Each returns a new document; the changed forum has no schedule, as a planner's
 * edited dataset would not.
 */
final class ForumChanges {

    private ForumChanges() {}

    /** The room cannot be used at all: every timeslot is listed as unavailable. */
    static DatasetJson withdrawRoom(DatasetJson dataset, String roomId) {
        return withdrawRoom(dataset, roomId, timeslotIds(dataset, null));
    }

    /** The room cannot be used on that day. */
    static DatasetJson withdrawRoomOn(DatasetJson dataset, String roomId, LocalDate day) {
        return withdrawRoom(dataset, roomId, timeslotIds(dataset, day));
    }

    /** The person cannot attend on that day. */
    static DatasetJson personAwayOn(DatasetJson dataset, String personId, LocalDate day) {
        List<PersonJson> people = dataset.people().stream()
                .map(person -> !person.id().equals(personId)
                        ? person
                        : new PersonJson(
                                person.id(),
                                person.name(),
                                person.organization(),
                                person.stakeholderGroup(),
                                person.country(),
                                person.region(),
                                union(person.unavailable(), timeslotIds(dataset, day))))
                .toList();
        return unscheduled(copy(dataset, people, dataset.rooms(), dataset.sessions(), dataset.published()));
    }

    /** A new mandatory 90-minute workshop, without people, that must find a place. */
    static DatasetJson addMandatoryWorkshop(DatasetJson dataset, String id) {
        SessionJson added = new SessionJson(
                id,
                "Added after the announcement",
                SessionKind.WORKSHOP,
                90,
                List.of(),
                null,
                List.of(),
                null,
                null,
                List.of(),
                true,
                null,
                null,
                null,
                null,
                List.of(),
                List.of(),
                List.of(),
                null,
                null,
                null,
                null);
        List<SessionJson> sessions = new ArrayList<>(dataset.sessions());
        sessions.add(added);
        return unscheduled(dataset.withSessions(sessions));
    }

    /** The session is cancelled: gone from the sessions and the published list. */
    static DatasetJson cancel(DatasetJson dataset, String sessionId) {
        return unscheduled(without(dataset, sessionId));
    }

    /**
     * Two workshops merge: the first takes the second's people and topics and keeps its own place in the programme;
     * the second is gone.
     */
    static DatasetJson merge(DatasetJson dataset, String keptId, String mergedId) {
        SessionJson merged = session(dataset, mergedId);
        DatasetJson changed = without(dataset, mergedId);
        List<SessionJson> sessions = changed.sessions().stream()
                .map(session -> session.id().equals(keptId) ? absorb(session, merged) : session)
                .toList();
        return unscheduled(changed.withSessions(sessions));
    }

    /** Whether no other session refers to this one (as a session to precede or to feed), so it can go. */
    static boolean unreferenced(DatasetJson dataset, String sessionId) {
        return dataset.sessions().stream()
                .noneMatch(session -> sessionId.equals(session.feeds())
                        || (session.mustPrecede() != null
                                && session.mustPrecede().contains(sessionId)));
    }

    static SessionJson session(DatasetJson dataset, String sessionId) {
        return dataset.sessions().stream()
                .filter(session -> session.id().equals(sessionId))
                .findFirst()
                .orElseThrow();
    }

    private static SessionJson absorb(SessionJson kept, SessionJson merged) {
        List<ParticipantJson> people = new ArrayList<>(orEmpty(kept.people()));
        Set<String> present =
                new LinkedHashSet<>(people.stream().map(ParticipantJson::person).toList());
        orEmpty(merged.people()).stream()
                .filter(participant -> present.add(participant.person()))
                .forEach(people::add);
        return new SessionJson(
                kept.id(),
                kept.title() + " (merged with " + merged.id() + ")",
                kept.kind(),
                kept.durationMinutes(),
                union(kept.topics(), merged.topics()),
                kept.track(),
                people,
                kept.organization(),
                kept.expectedAttendance(),
                kept.requiredFeatures(),
                kept.mandatory(),
                kept.evaluation(),
                kept.developingCountry(),
                kept.firstTime(),
                kept.newTopic(),
                kept.preferredTimeslots(),
                kept.unavailableTimeslots(),
                kept.mustPrecede(),
                kept.feeds(),
                kept.exclusive(),
                kept.pinned(),
                kept.mergedFrom());
    }

    private static DatasetJson without(DatasetJson dataset, String sessionId) {
        if (!unreferenced(dataset, sessionId)) {
            throw new IllegalArgumentException(sessionId + " is referred to by another session");
        }
        List<SessionJson> sessions = dataset.sessions().stream()
                .filter(session -> !session.id().equals(sessionId))
                .toList();
        List<PublishedJson> published = dataset.published() == null
                ? null
                : dataset.published().stream()
                        .filter(entry -> !entry.session().equals(sessionId))
                        .toList();
        return copy(dataset, dataset.people(), dataset.rooms(), sessions, published);
    }

    private static DatasetJson withdrawRoom(DatasetJson dataset, String roomId, List<String> timeslots) {
        List<RoomJson> rooms = dataset.rooms().stream()
                .map(room -> !room.id().equals(roomId)
                        ? room
                        : new RoomJson(
                                room.id(),
                                room.name(),
                                room.capacity(),
                                room.features(),
                                room.kinds(),
                                union(room.unavailable(), timeslots)))
                .toList();
        return unscheduled(copy(dataset, dataset.people(), rooms, dataset.sessions(), dataset.published()));
    }

    /** The timeslots of one day, or of all days when {@code day} is null. */
    private static List<String> timeslotIds(DatasetJson dataset, LocalDate day) {
        return dataset.timeslots().stream()
                .filter(timeslot -> day == null || timeslot.day().equals(day))
                .map(TimeslotJson::id)
                .toList();
    }

    private static DatasetJson copy(
            DatasetJson dataset,
            List<PersonJson> people,
            List<RoomJson> rooms,
            List<SessionJson> sessions,
            List<PublishedJson> published) {
        return new DatasetJson(
                dataset.format(),
                dataset.forum(),
                dataset.timeslots(),
                rooms,
                dataset.topics(),
                dataset.tracks(),
                people,
                sessions,
                dataset.policy(),
                published,
                dataset.schedule());
    }

    private static DatasetJson unscheduled(DatasetJson dataset) {
        return dataset.withSchedule(null);
    }

    private static List<String> union(List<String> first, List<String> second) {
        return Stream.concat(orEmpty(first).stream(), orEmpty(second).stream())
                .filter(Objects::nonNull)
                .distinct()
                .toList();
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
