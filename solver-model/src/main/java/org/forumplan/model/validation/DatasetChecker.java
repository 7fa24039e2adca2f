package org.forumplan.model.validation;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.forumplan.model.io.AssignmentJson;
import org.forumplan.model.io.DatasetJson;
import org.forumplan.model.io.DatasetList;
import org.forumplan.model.io.ParticipantJson;
import org.forumplan.model.io.PersonJson;
import org.forumplan.model.io.PolicyJson;
import org.forumplan.model.io.PublishedJson;
import org.forumplan.model.io.RoomJson;
import org.forumplan.model.io.ScheduleJson;
import org.forumplan.model.io.SessionJson;
import org.forumplan.model.io.SlotKinds;
import org.forumplan.model.io.TimeslotJson;
import org.forumplan.model.io.TopicJson;
import org.forumplan.model.io.TrackJson;
import org.forumplan.model.problem.Problem;
import org.forumplan.model.problem.ProblemCollector;
import org.forumplan.model.problem.Suggestions;
import org.forumplan.model.solver.ConstraintWeights;

/**
 * Checks what the JSON types alone cannot: required fields, unique ids, references to existing ids, and values in
 * range. Reports every problem found, each with its JSON path.
 */
public final class DatasetChecker {

    /** The longest session: one day. */
    static final int MAX_DURATION_MINUTES = 24 * 60;

    static final int MAX_COUNT = 10_000_000;

    static final int MIN_YEAR = 1900;
    static final int MAX_YEAR = 2999;

    private final DatasetJson dataset;
    private final ProblemCollector problems = new ProblemCollector();
    private Map<String, String> timeslotIds = Map.of();
    private Map<String, String> roomIds = Map.of();
    private Map<String, String> topicIds = Map.of();
    private Map<String, String> trackIds = Map.of();
    private Map<String, String> personIds = Map.of();
    private Map<String, String> sessionIds = Map.of();

    private DatasetChecker(DatasetJson dataset) {
        this.dataset = dataset;
    }

    /** Every problem in the dataset; an empty list when it is valid. */
    public static List<Problem> check(DatasetJson dataset) {
        DatasetChecker checker = new DatasetChecker(dataset);
        checker.checkAll();
        return checker.problems.problems();
    }

    private void checkAll() {
        checkForum();
        checkTimeslots();
        roomIds = ids(DatasetList.ROOMS, dataset.rooms(), RoomJson::id);
        topicIds = ids(DatasetList.TOPICS, dataset.topics(), TopicJson::id);
        trackIds = ids(DatasetList.TRACKS, dataset.tracks(), TrackJson::id);
        personIds = ids(DatasetList.PEOPLE, dataset.people(), PersonJson::id);
        sessionIds = ids(DatasetList.SESSIONS, dataset.sessions(), SessionJson::id);
        checkRooms();
        checkPeople();
        checkSessions();
        checkPolicy();
        checkPublished();
        checkSchedule();
    }

    private void checkForum() {
        if (dataset.forum() == null) {
            problems.error("forum", "missing; expected {\"name\": ..., \"timeZone\": ...}");
            return;
        }
        requiredText("forum.name", dataset.forum().name());
        String zone = dataset.forum().timeZone();
        if (requiredText("forum.timeZone", zone)) {
            try {
                ZoneId.of(zone);
            } catch (DateTimeException e) {
                problems.error(
                        "forum.timeZone",
                        "\"%s\" is not a time zone; expected e.g. \"Europe/Istanbul\"".formatted(zone));
            }
        }
    }

    private void checkTimeslots() {
        if (dataset.timeslots() == null || dataset.timeslots().isEmpty()) {
            problems.error("timeslots", "missing; a forum needs at least one timeslot");
            return;
        }
        timeslotIds = ids(DatasetList.TIMESLOTS, dataset.timeslots(), TimeslotJson::id);
        forEachElement(DatasetList.TIMESLOTS, dataset.timeslots(), TimeslotJson::id, this::checkTimeslot);
    }

    private void checkTimeslot(String path, TimeslotJson timeslot) {
        if (required(path + ".day", timeslot.day(), "a date YYYY-MM-DD")
                && (timeslot.day().getYear() < MIN_YEAR || timeslot.day().getYear() > MAX_YEAR)) {
            problems.error(
                    path + ".day",
                    "%s is not a plausible forum day; expected a year from %d to %d"
                            .formatted(timeslot.day(), MIN_YEAR, MAX_YEAR));
        }
        boolean hasStart = required(path + ".start", timeslot.start(), "a time HH:MM");
        boolean hasEnd = required(path + ".end", timeslot.end(), "a time HH:MM");
        if (hasStart && hasEnd && !timeslot.end().isAfter(timeslot.start())) {
            problems.error(
                    path + ".end",
                    "%s is not after the start %s; a timeslot ends on the day it starts"
                            .formatted(timeslot.end(), timeslot.start()));
        }
        if (timeslot.kinds() == null || timeslot.kinds().isEmpty()) {
            problems.error(path + ".kinds", "missing; expected e.g. [\"regular\"]");
            return;
        }
        for (int k = 0; k < timeslot.kinds().size(); k++) {
            String token = timeslot.kinds().get(k);
            if (token == null || SlotKinds.resolve(token).isEmpty()) {
                problems.error(
                        "%s.kinds[%d]".formatted(path, k),
                        "unknown slot kind \"%s\"; expected regular, flash, day0 or a session kind%s"
                                .formatted(
                                        token, Suggestions.didYouMean(String.valueOf(token), SlotKinds.knownTokens())));
            }
        }
    }

    private void checkRooms() {
        if (dataset.rooms() == null || dataset.rooms().isEmpty()) {
            problems.error("rooms", "missing; a forum needs at least one room");
            return;
        }
        forEachElement(DatasetList.ROOMS, dataset.rooms(), RoomJson::id, (path, room) -> {
            noNulls(path + ".features", room.features(), "a feature");
            noNulls(path + ".kinds", room.kinds(), "a session kind");
            if (required(path + ".capacity", room.capacity(), "a whole number of seats")) {
                range(path + ".capacity", room.capacity(), 1, MAX_COUNT, "seats");
            }
            references(path + ".unavailable", room.unavailable(), timeslotIds, "timeslot");
            if (room.kinds() != null && room.kinds().isEmpty()) {
                problems.error(path + ".kinds", "empty; leave it out to host every kind");
            }
        });
    }

    private void checkPeople() {
        forEachElement(
                DatasetList.PEOPLE,
                dataset.people(),
                PersonJson::id,
                (path, person) -> references(path + ".unavailable", person.unavailable(), timeslotIds, "timeslot"));
    }

    private void checkSessions() {
        if (dataset.sessions() == null || dataset.sessions().isEmpty()) {
            problems.error("sessions", "missing; a forum needs at least one session");
            return;
        }
        forEachElement(DatasetList.SESSIONS, dataset.sessions(), SessionJson::id, this::checkSession);
    }

    private void checkSession(String path, SessionJson session) {
        requiredText(path + ".title", session.title());
        required(path + ".kind", session.kind(), "a session kind such as \"workshop\"");
        if (required(path + ".durationMinutes", session.durationMinutes(), "a whole number of minutes")) {
            range(path + ".durationMinutes", session.durationMinutes(), 1, MAX_DURATION_MINUTES, "minutes");
        }
        references(path + ".topics", session.topics(), topicIds, "topic");
        if (session.track() != null) {
            reference(path + ".track", session.track(), trackIds, "track");
        }
        checkParticipants(path, session.people());
        noNulls(path + ".requiredFeatures", session.requiredFeatures(), "a feature");
        if (session.expectedAttendance() != null) {
            range(path + ".expectedAttendance", session.expectedAttendance(), 0, MAX_COUNT, "people");
        }
        if (session.evaluation() != null && (session.evaluation() < 1 || session.evaluation() > 5)) {
            problems.error(
                    path + ".evaluation",
                    "%s is outside the MAG's scale; expected 1 to 5".formatted(session.evaluation()));
        }
        references(path + ".preferredTimeslots", session.preferredTimeslots(), timeslotIds, "timeslot");
        references(path + ".unavailableTimeslots", session.unavailableTimeslots(), timeslotIds, "timeslot");
        references(path + ".mustPrecede", session.mustPrecede(), sessionIds, "session");
        if (session.mustPrecede() != null && session.mustPrecede().contains(session.id())) {
            problems.error(path + ".mustPrecede", "a session cannot precede itself");
        }
        if (session.feeds() != null) {
            reference(path + ".feeds", session.feeds(), sessionIds, "session");
            if (session.feeds().equals(session.id())) {
                problems.error(path + ".feeds", "a session cannot feed itself");
            }
        }
        if (session.pinned() != null) {
            String pinned = path + ".pinned";
            if (required(pinned + ".room", session.pinned().room(), "a room id")) {
                reference(pinned + ".room", session.pinned().room(), roomIds, "room");
            }
            if (required(pinned + ".timeslot", session.pinned().timeslot(), "a timeslot id")) {
                reference(pinned + ".timeslot", session.pinned().timeslot(), timeslotIds, "timeslot");
            }
            span(pinned + ".span", session.pinned().span());
        }
        // Not references: the sessions merged are gone, so only the ids' text is checked.
        forEach(path + ".mergedFrom", session.mergedFrom(), this::requiredText);
    }

    private void checkParticipants(String path, List<ParticipantJson> participants) {
        if (participants == null) {
            return;
        }
        Set<String> seen = new HashSet<>();
        for (int p = 0; p < participants.size(); p++) {
            ParticipantJson participant = participants.get(p);
            String participantPath = "%s.people[%d]".formatted(path, p);
            if (participant == null) {
                problems.error(participantPath, "expected {\"person\": ..., \"role\": ...}, found null");
                continue;
            }
            if (required(participantPath + ".person", participant.person(), "a person id")) {
                reference(participantPath + ".person", participant.person(), personIds, "person");
                if (!seen.add(participant.person())) {
                    problems.error(
                            participantPath + ".person",
                            "person \"%s\" is listed twice in this session; give each person one role"
                                    .formatted(participant.person()));
                }
            }
            required(participantPath + ".role", participant.role(), "a role such as \"speaker\"");
        }
    }

    private void checkPolicy() {
        PolicyJson policy = dataset.policy();
        if (policy == null) {
            return;
        }
        if (policy.maxParallel() != null) {
            range("policy.maxParallel", policy.maxParallel(), 1, MAX_COUNT, "sessions");
        }
        if (policy.targetParallel() != null) {
            range("policy.targetParallel", policy.targetParallel(), 1, MAX_COUNT, "sessions");
        }
        // Only against a valid maximum: an out-of-range one is reported already.
        if (policy.maxParallel() != null
                && policy.maxParallel() >= 1
                && policy.targetParallel() != null
                && policy.targetParallel() > policy.maxParallel()) {
            problems.warning(
                    "policy.targetParallel",
                    "%d is above maxParallel %d, so the target never matters"
                            .formatted(policy.targetParallel(), policy.maxParallel()));
        }
        if (policy.selection() != null) {
            noNulls("policy.selection.kinds", policy.selection().kinds(), "a session kind");
            SelectionChecks.checkValues(policy.selection(), problems);
        }
        if (policy.weights() != null) {
            policy.weights().forEach((name, score) -> {
                String path = "policy.weights[\"%s\"]".formatted(name);
                try {
                    ConstraintWeights.constraintNamed(name);
                    ConstraintWeights.parseWeight(String.valueOf(score));
                } catch (IllegalArgumentException e) {
                    problems.error(path, e.getMessage());
                }
            });
        }
    }

    private void checkPublished() {
        Set<String> seen = new HashSet<>();
        forEachElement(DatasetList.PUBLISHED, dataset.published(), PublishedJson::session, (path, entry) -> {
            checkPlacementReference(path, entry.session(), entry.room(), entry.timeslot(), entry.span(), seen);
        });
    }

    private void checkSchedule() {
        ScheduleJson schedule = dataset.schedule();
        if (schedule == null) {
            return;
        }
        if (schedule.score() != null) {
            try {
                HardMediumSoftLongScore.parseScore(schedule.score());
            } catch (RuntimeException e) {
                problems.error(
                        "schedule.score",
                        "\"%s\" is not a score; expected e.g. \"0hard/-350medium/-4210soft\""
                                .formatted(schedule.score()));
            }
        }
        Set<String> assigned = new HashSet<>();
        forEachElement(
                DatasetList.ASSIGNMENTS,
                schedule.assignments(),
                AssignmentJson::session,
                (path, assignment) -> checkAssignment(path, assignment, assigned));
        Set<String> unscheduled = new HashSet<>();
        forEach("schedule.unscheduled", schedule.unscheduled(), (path, sessionId) -> {
            if (required(path, sessionId, "a session id")) {
                reference(path, sessionId, sessionIds, "session");
                if (assigned.contains(sessionId)) {
                    problems.error(path, "session \"%s\" is both assigned and unscheduled".formatted(sessionId));
                }
                if (!unscheduled.add(sessionId)) {
                    problems.error(path, "session \"%s\" appears twice".formatted(sessionId));
                }
                if (pinnedSessionIds().contains(sessionId)) {
                    problems.error(path, "session \"%s\" is pinned, so it cannot be unscheduled".formatted(sessionId));
                }
            }
        });
    }

    private void checkAssignment(String path, AssignmentJson assignment, Set<String> assigned) {
        checkPlacementReference(
                path, assignment.session(), assignment.room(), assignment.timeslot(), assignment.span(), assigned);
    }

    private void checkPlacementReference(
            String path, String sessionId, String roomId, String timeslotId, Integer span, Set<String> seen) {
        if (required(path + ".session", sessionId, "a session id")) {
            reference(path + ".session", sessionId, sessionIds, "session");
            if (!seen.add(sessionId)) {
                problems.error(path + ".session", "session \"%s\" appears twice".formatted(sessionId));
            }
        }
        if (required(path + ".room", roomId, "a room id")) {
            reference(path + ".room", roomId, roomIds, "room");
        }
        if (required(path + ".timeslot", timeslotId, "a timeslot id")) {
            reference(path + ".timeslot", timeslotId, timeslotIds, "timeslot");
        }
        span(path + ".span", span);
    }

    // ************************************************************************
    // Helpers
    // ************************************************************************

    private Set<String> pinnedSessionIds() {
        Set<String> pinned = new HashSet<>();
        if (dataset.sessions() != null) {
            dataset.sessions().stream()
                    .filter(session -> session.pinned() != null && session.id() != null)
                    .forEach(session -> pinned.add(session.id()));
        }
        return pinned;
    }

    /** No nulls and no repeats in a list of enum values such as features or kinds. */
    private void noNulls(String path, List<?> values, String expected) {
        Set<Object> seen = new HashSet<>();
        forEach(path, values, (elementPath, value) -> {
            if (required(elementPath, value, expected) && !seen.add(value)) {
                String name =
                        value instanceof Enum<?> constant ? constant.name().toLowerCase(Locale.ROOT) : value.toString();
                problems.error(elementPath, "\"%s\" is listed twice".formatted(name));
            }
        });
    }

    private interface ElementCheck<T> {
        void check(String path, T element);
    }

    private <T> void forEach(String listPath, List<T> list, ElementCheck<T> check) {
        if (list == null) {
            return;
        }
        for (int i = 0; i < list.size(); i++) {
            String path = "%s[%d]".formatted(listPath, i);
            if (list.get(i) == null) {
                problems.error(path, "expected a value, found null");
            } else {
                check.check(path, list.get(i));
            }
        }
    }

    /**
     * Runs a check on each element of one of the dataset's lists; the problems it finds name the element by its id, as
     * in {@code timeslots[0].end: timeslot "d1-p1": ...}.
     */
    private <T> void forEachElement(
            DatasetList list, List<T> elements, Function<T, String> idOf, ElementCheck<T> check) {
        if (elements == null) {
            return;
        }
        for (int i = 0; i < elements.size(); i++) {
            T element = elements.get(i);
            String path = list.path(i);
            if (element == null) {
                problems.error(path, "expected a value, found null");
            } else {
                problems.within(list.element(i, idOf.apply(element)), () -> check.check(path, element));
            }
        }
    }

    /** Checks that every element has an id and no id repeats; returns id to path for the reference checks. */
    private <T> Map<String, String> ids(DatasetList list, List<T> elements, Function<T, String> idOf) {
        Map<String, String> ids = new HashMap<>();
        forEach(list.path(), elements, (path, element) -> {
            String id = idOf.apply(element);
            if (id == null || id.isBlank()) {
                problems.error(
                        path + ".id",
                        "%s; every %s needs an id".formatted(id == null ? "missing" : "empty", list.noun()));
                return;
            }
            String first = ids.putIfAbsent(id, path);
            if (first != null) {
                problems.error(path + ".id", "duplicate id \"%s\" (first at %s)".formatted(id, first));
            }
        });
        return ids;
    }

    private void reference(String path, String id, Map<String, String> known, String what) {
        if (!known.containsKey(id)) {
            problems.error(path, "unknown %s \"%s\"%s".formatted(what, id, Suggestions.didYouMean(id, known.keySet())));
        }
    }

    private void references(String path, List<String> ids, Map<String, String> known, String what) {
        Set<String> seen = new HashSet<>();
        forEach(path, ids, (elementPath, id) -> {
            if (required(elementPath, id, "a " + what + " id")) {
                reference(elementPath, id, known, what);
                if (!seen.add(id)) {
                    problems.error(elementPath, "%s \"%s\" is listed twice".formatted(what, id));
                }
            }
        });
    }

    private boolean required(String path, Object value, String expected) {
        if (value == null) {
            problems.error(path, "missing; expected " + expected);
            return false;
        }
        return true;
    }

    private boolean requiredText(String path, String value) {
        if (value == null || value.isBlank()) {
            problems.error(path, value == null ? "missing; expected a text" : "empty; expected a text");
            return false;
        }
        return true;
    }

    private void range(String path, int value, int min, int max, String unit) {
        if (value < min || value > max) {
            problems.error(path, "%d is out of range; expected %d to %d %s".formatted(value, min, max, unit));
        }
    }

    private void span(String path, Integer span) {
        if (span != null) {
            range(path, span, 1, 100, "timeslots");
        }
    }
}
