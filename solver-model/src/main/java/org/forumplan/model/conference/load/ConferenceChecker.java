package org.forumplan.model.conference.load;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.forumplan.model.conference.io.ConferenceJson;
import org.forumplan.model.conference.io.ConferenceScheduleJson.SubmissionAssignmentJson;
import org.forumplan.model.conference.io.SessionJson;
import org.forumplan.model.conference.io.SubmissionJson;
import org.forumplan.model.conference.io.TrackJson;
import org.forumplan.model.conference.score.Term;
import org.forumplan.model.problem.InvalidDatasetException;
import org.forumplan.model.problem.ProblemCollector;

/**
 * Everything {@link ConferenceBuilder} relies on, checked at once and reported at its JSON path: the format, names
 * unique and known, counts in range, time zones CoSPLib knows, room enough for every submission, and a schedule that
 * places each submission once, whole, in its own slot.
 */
final class ConferenceChecker {

    private final ConferenceJson document;
    private final ProblemCollector problems = new ProblemCollector();
    private Set<String> sessions = Set.of();
    private Set<String> rooms = Set.of();
    private Set<String> tracks = Set.of();

    ConferenceChecker(ConferenceJson document) {
        this.document = document;
    }

    void check() throws InvalidDatasetException {
        checkNoNulls();
        problems.throwIfErrors();
        if (!ConferenceJson.FORMAT.equals(document.format())) {
            problems.error("format", "expected \"" + ConferenceJson.FORMAT + "\", found " + quoted(document.format()));
        }
        checkParameters();
        checkWeights();
        sessions = unique("sessions", document.sessions(), SessionJson::name);
        rooms = unique("rooms", document.rooms(), Function.identity());
        tracks = unique("tracks", document.tracks(), TrackJson::name);
        for (int i = 0; i < size(document.sessions()); i++) {
            SessionJson session = document.sessions().get(i);
            if (session.timeslots() < 1) {
                problems.error("sessions[%d].timeslots".formatted(i), session.timeslots() + " must be at least 1");
            }
            if (session.start() == null || session.end() == null) {
                problems.error("sessions[%d]".formatted(i), "needs a start and an end");
            }
        }
        checkSubmissions();
        checkGrid("trackSessionPenalties", document.trackSessionPenalties(), tracks, sessions);
        checkGrid("trackRoomPenalties", document.trackRoomPenalties(), tracks, rooms);
        checkGrid("sessionRoomPenalties", document.sessionRoomPenalties(), sessions, rooms);
        checkGrid("similarTracks", document.similarTracks(), tracks, tracks);
        checkCapacity();
        if (!problems.hasErrors() && document.schedule() != null) {
            checkSchedule();
        }
        problems.throwIfErrors();
    }

    /** A null where a value, a list element or a grid row belongs: said at its path, before anything reads it. */
    private void checkNoNulls() {
        noNullElements("sessions", document.sessions());
        noNullElements("rooms", document.rooms());
        noNullElements("tracks", document.tracks());
        noNullElements("submissions", document.submissions());
        noNullValues("weights", document.weights());
        noNullCells("trackSessionPenalties", document.trackSessionPenalties());
        noNullCells("trackRoomPenalties", document.trackRoomPenalties());
        noNullCells("sessionRoomPenalties", document.sessionRoomPenalties());
        noNullCells("similarTracks", document.similarTracks());
        for (int i = 0; i < size(document.submissions()); i++) {
            SubmissionJson submission = document.submissions().get(i);
            if (submission != null) {
                noNullValues("submissions[%d].sessionPenalties".formatted(i), submission.sessionPenalties());
                noNullValues("submissions[%d].roomPenalties".formatted(i), submission.roomPenalties());
            }
        }
        if (document.schedule() != null) {
            if (document.schedule().assignments() == null) {
                problems.error("schedule.assignments", "missing: the list of assignments");
            } else {
                noNullElements("schedule.assignments", document.schedule().assignments());
            }
        }
    }

    private void noNullElements(String path, List<?> elements) {
        for (int i = 0; elements != null && i < elements.size(); i++) {
            if (elements.get(i) == null) {
                problems.error("%s[%d]".formatted(path, i), "null; expected a value");
            }
        }
    }

    private void noNullValues(String path, Map<String, Long> values) {
        if (values != null) {
            values.forEach((name, value) -> {
                if (value == null) {
                    problems.error(path + "." + name, "null; expected a number");
                }
            });
        }
    }

    private void noNullCells(String path, Map<String, Map<String, Long>> grid) {
        if (grid != null) {
            grid.forEach((row, values) -> {
                if (values == null) {
                    problems.error(path + "." + row, "null; expected the row's values");
                } else {
                    noNullValues(path + "." + row, values);
                }
            });
        }
    }

    private void checkParameters() {
        if (document.parameters() == null) {
            problems.error("parameters", "missing: the time zone and the suitable hours");
            return;
        }
        if (!TimeZonePenalties.isValid(document.parameters().timeZone())) {
            problems.error(
                    "parameters.timeZone", timeZoneMessage(document.parameters().timeZone()));
        }
        if (document.parameters().suitableFrom() == null
                || document.parameters().suitableTo() == null
                || document.parameters().lessSuitableFrom() == null
                || document.parameters().lessSuitableTo() == null) {
            problems.error("parameters", "needs suitableFrom, suitableTo, lessSuitableFrom and lessSuitableTo");
        }
    }

    private void checkWeights() {
        if (document.weights() == null) {
            return;
        }
        document.weights().keySet().stream()
                .filter(key -> Term.ofKey(key).isEmpty())
                .forEach(key -> problems.error("weights." + key, "unknown term; the terms are " + termKeys()));
    }

    private void checkSubmissions() {
        Set<String> references = unique("submissions", document.submissions(), SubmissionJson::reference);
        int longest = document.sessions() == null
                ? 0
                : document.sessions().stream()
                        .mapToInt(SessionJson::timeslots)
                        .max()
                        .orElse(0);
        for (int i = 0; i < size(document.submissions()); i++) {
            SubmissionJson submission = document.submissions().get(i);
            String path = "submissions[%d]".formatted(i);
            if (!tracks.contains(submission.track())) {
                problems.error(path + ".track", "unknown track " + quoted(submission.track()));
            }
            if (submission.timeslots() < 1 || submission.timeslots() > longest) {
                problems.error(
                        path + ".timeslots",
                        "%d must be from 1 to %d, the longest session".formatted(submission.timeslots(), longest));
            }
            if (submission.order() < 0) {
                problems.error(path + ".order", submission.order() + " must be 0 (any) or more");
            }
            if (!TimeZonePenalties.isValid(submission.timeZone())) {
                problems.error(path + ".timeZone", timeZoneMessage(submission.timeZone()));
            }
            checkNames(path + ".sessionPenalties", submission.sessionPenalties(), sessions, "session");
            checkNames(path + ".roomPenalties", submission.roomPenalties(), rooms, "room");
        }
        if (references.isEmpty()) {
            problems.error("submissions", "no submission to schedule");
        }
    }

    private void checkGrid(String path, Map<String, Map<String, Long>> grid, Set<String> rowNames, Set<String> names) {
        if (grid == null) {
            return;
        }
        grid.forEach((row, values) -> {
            if (!rowNames.contains(row)) {
                problems.error(path, "unknown row " + quoted(row));
            } else {
                checkNames(path + "." + row, values, names, "name");
            }
        });
    }

    private void checkNames(String path, Map<String, Long> values, Set<String> names, String what) {
        if (values != null) {
            values.keySet().stream()
                    .filter(name -> !names.contains(name))
                    .forEach(name -> problems.error(path, "unknown " + what + " " + quoted(name)));
        }
    }

    /** The library refuses an instance whose submissions need more timeslots than all rooms of all sessions have. */
    private void checkCapacity() {
        if (problems.hasErrors()) {
            return;
        }
        long capacity = (long) document.rooms().size()
                * document.sessions().stream().mapToInt(SessionJson::timeslots).sum();
        long needed = document.submissions().stream()
                .mapToLong(SubmissionJson::timeslots)
                .sum();
        if (needed > capacity) {
            problems.error(
                    "submissions",
                    "they need %d timeslots, but the rooms have %d in all sessions together"
                            .formatted(needed, capacity));
        }
    }

    private void checkSchedule() {
        Map<String, SubmissionJson> byReference = new HashMap<>();
        document.submissions().forEach(submission -> byReference.put(submission.reference(), submission));
        Map<String, Integer> timeslots = new HashMap<>();
        document.sessions().forEach(session -> timeslots.put(session.name(), session.timeslots()));
        Set<String> placed = new HashSet<>();
        List<SubmissionAssignmentJson> assignments = document.schedule().assignments();
        for (int i = 0; i < size(assignments); i++) {
            SubmissionAssignmentJson assignment = assignments.get(i);
            String path = "schedule.assignments[%d]".formatted(i);
            SubmissionJson submission = byReference.get(assignment.submission());
            if (submission == null) {
                problems.error(path + ".submission", "unknown submission " + quoted(assignment.submission()));
                continue;
            }
            if (!placed.add(assignment.submission())) {
                problems.error(path + ".submission", assignment.submission() + " is placed twice");
            }
            if (!rooms.contains(assignment.room())) {
                problems.error(path + ".room", "unknown room " + quoted(assignment.room()));
            }
            Integer length = timeslots.get(assignment.session());
            if (length == null) {
                problems.error(path + ".session", "unknown session " + quoted(assignment.session()));
            } else if (assignment.timeslot() < 0 || assignment.timeslot() + submission.timeslots() > length) {
                problems.error(
                        path + ".timeslot",
                        "%s needs %d timeslots from %d, but %s has %d"
                                .formatted(
                                        submission.reference(),
                                        submission.timeslots(),
                                        assignment.timeslot(),
                                        assignment.session(),
                                        length));
            }
        }
    }

    private <T> Set<String> unique(String path, List<T> elements, Function<T, String> name) {
        Set<String> names = new HashSet<>();
        if (elements == null) {
            problems.error(path, "missing");
            return names;
        }
        for (int i = 0; i < elements.size(); i++) {
            String value = name.apply(elements.get(i));
            if (value == null || value.isEmpty()) {
                problems.error("%s[%d]".formatted(path, i), "needs a name");
            } else if (!names.add(value)) {
                problems.error("%s[%d]".formatted(path, i), "duplicate name " + quoted(value));
            }
        }
        return names;
    }

    private static int size(List<?> list) {
        return list == null ? 0 : list.size();
    }

    private static String timeZoneMessage(String timeZone) {
        return "expected a time zone GMT-12 to GMT+12 in whole hours, found " + quoted(timeZone);
    }

    private static String termKeys() {
        return String.join(", ", Arrays.stream(Term.values()).map(Term::key).toList());
    }

    private static String quoted(String text) {
        return text == null ? "nothing" : "\"" + text + "\"";
    }
}
