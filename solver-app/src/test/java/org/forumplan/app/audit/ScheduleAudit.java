package org.forumplan.app.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Re-checks the schedule of a solved {@code forumplan/1} file from its JSON alone: a second opinion that shares no code
 * with the constraint provider, the placement catalogue or the model's classes, so that a bug there cannot hide itself
 * by agreeing with its own score. It reads the file with a plain Jackson {@link ObjectMapper} into a tree.
 *
 * <p>Times are compared on the real intervals of the covered timeslots (start of the first, end of the last), never on
 * ids. A session with {@code span} n covers its start timeslot and the n-1 following timeslots of the same day that host
 * its kind, each the earliest starting at or after the previous one ends.
 */
public final class ScheduleAudit {

    /** What kind of rule a violation breaks; the label opens the violation's text. */
    public enum Rule {
        NO_SCHEDULE("no schedule"),
        BOOKKEEPING("bookkeeping"),
        MANDATORY_UNSCHEDULED("mandatory session unscheduled"),
        PIN_NOT_KEPT("pin not kept"),
        ROOM_KIND("room does not host the kind"),
        ROOM_FEATURE("room lacks a required feature"),
        TIMESLOT_KIND("timeslot does not host the kind"),
        SPAN("span"),
        ROOM_CONFLICT("room conflict"),
        PERSON_CONFLICT("person conflict"),
        ROOM_UNAVAILABLE("room unavailable"),
        PERSON_UNAVAILABLE("person unavailable"),
        SESSION_UNAVAILABLE("session unavailable"),
        PRECEDENCE("precedence"),
        EXCLUSIVE("exclusive session competition"),
        PARALLEL_LIMIT("parallel limit");

        private final String label;

        Rule(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** One broken rule, in words. */
    public record Violation(Rule rule, String detail) {
        @Override
        public String toString() {
            return rule.label() + ": " + detail;
        }
    }

    private static final Set<String> REGULAR_KINDS =
            Set.of("main", "workshop", "open_forum", "dynamic_coalition", "best_practice_forum", "nri", "other");

    private record Slot(String id, LocalDate day, LocalDateTime start, LocalDateTime end, Set<String> hosts) {}

    /** {@code kinds == null}: the room hosts every kind. */
    private record Room(String id, Set<String> kinds, Set<String> features, List<String> unavailable) {}

    private record Session(
            String id,
            String kind,
            int durationMinutes,
            boolean mandatory,
            boolean exclusive,
            Set<String> people,
            Set<String> requiredFeatures,
            List<String> unavailable,
            List<String> mustPrecede,
            String feeds,
            JsonNode pinned) {}

    private record Placed(
            Session session, Room room, Slot startSlot, int span, LocalDateTime start, LocalDateTime end) {
        boolean overlaps(LocalDateTime otherStart, LocalDateTime otherEnd) {
            return start.isBefore(otherEnd) && otherStart.isBefore(end);
        }

        boolean overlaps(Placed other) {
            return overlaps(other.start, other.end);
        }
    }

    private final Map<String, Slot> slots = new LinkedHashMap<>();
    private final Map<String, Room> rooms = new LinkedHashMap<>();
    private final Map<String, List<String>> personUnavailable = new LinkedHashMap<>();
    private final Map<String, Session> sessions = new LinkedHashMap<>();
    private final Set<String> assigned = new HashSet<>();
    private final Map<String, Placed> placed = new LinkedHashMap<>();
    private final List<Violation> violations = new ArrayList<>();
    private int maxParallel;

    private ScheduleAudit() {}

    /** Every violation in the schedule of a solved file; empty when the schedule keeps every rule. */
    public static List<Violation> audit(Path solvedFile) throws IOException {
        return audit(new ObjectMapper().readTree(solvedFile.toFile()));
    }

    /**
     * Audits each solved file named, printing its violations, for solves run outside the tests (the dense forums of
     * benchmarks/README.md): {@code java -cp <test classes and the app's jar> org.forumplan.app.audit.ScheduleAudit
     * FILE...}. Exits 1 when any file breaks a rule.
     */
    public static void main(String[] files) throws IOException {
        boolean broken = false;
        for (String file : files) {
            List<Violation> violations = audit(Path.of(file));
            System.out.printf("%s: %d violations%n", file, violations.size());
            violations.forEach(violation -> System.out.println("  " + violation));
            broken |= !violations.isEmpty();
        }
        System.exit(broken ? 1 : 0);
    }

    public static List<Violation> audit(JsonNode dataset) {
        ScheduleAudit audit = new ScheduleAudit();
        audit.run(dataset);
        return List.copyOf(audit.violations);
    }

    private void run(JsonNode root) {
        readFacts(root);
        JsonNode schedule = root.path("schedule");
        if (!schedule.isObject()) {
            violation(Rule.NO_SCHEDULE, "the file has no schedule");
            return;
        }
        readAssignments(schedule);
        checkUnscheduled(schedule);
        for (Placed placement : placed.values()) {
            checkPlacement(placement);
        }
        checkPins();
        checkPairs();
        checkPrecedences();
        checkParallelLimit();
    }

    // ************************************************************************
    // Reading
    // ************************************************************************

    private void readFacts(JsonNode root) {
        for (JsonNode slot : root.path("timeslots")) {
            LocalDate day = LocalDate.parse(slot.path("day").asText());
            Set<String> hosts = new HashSet<>();
            for (JsonNode token : slot.path("kinds")) {
                hosts.addAll(resolveSlotKind(token.asText()));
            }
            slots.put(
                    slot.path("id").asText(),
                    new Slot(
                            slot.path("id").asText(),
                            day,
                            day.atTime(LocalTime.parse(slot.path("start").asText())),
                            day.atTime(LocalTime.parse(slot.path("end").asText())),
                            hosts));
        }
        for (JsonNode room : root.path("rooms")) {
            rooms.put(
                    room.path("id").asText(),
                    new Room(
                            room.path("id").asText(),
                            room.has("kinds") && !room.get("kinds").isNull() ? texts(room.get("kinds")) : null,
                            texts(room.path("features")),
                            List.copyOf(texts(room.path("unavailable")))));
        }
        for (JsonNode person : root.path("people")) {
            personUnavailable.put(person.path("id").asText(), List.copyOf(texts(person.path("unavailable"))));
        }
        for (JsonNode session : root.path("sessions")) {
            Set<String> people = new LinkedHashSet<>();
            for (JsonNode participant : session.path("people")) {
                people.add(participant.path("person").asText());
            }
            sessions.put(
                    session.path("id").asText(),
                    new Session(
                            session.path("id").asText(),
                            session.path("kind").asText(),
                            session.path("durationMinutes").asInt(),
                            session.path("mandatory").asBoolean(false),
                            session.path("exclusive").asBoolean(false),
                            people,
                            texts(session.path("requiredFeatures")),
                            List.copyOf(texts(session.path("unavailableTimeslots"))),
                            List.copyOf(texts(session.path("mustPrecede"))),
                            session.hasNonNull("feeds") ? session.get("feeds").asText() : null,
                            session.hasNonNull("pinned") ? session.get("pinned") : null));
        }
        maxParallel = root.path("policy").path("maxParallel").asInt(0);
    }

    private void readAssignments(JsonNode schedule) {
        for (JsonNode assignment : schedule.path("assignments")) {
            String sessionId = assignment.path("session").asText();
            Session session = sessions.get(sessionId);
            Room room = rooms.get(assignment.path("room").asText());
            Slot start = slots.get(assignment.path("timeslot").asText());
            if (session == null || room == null || start == null) {
                violation(
                        Rule.BOOKKEEPING,
                        "assignment %s refers to an unknown session, room or timeslot".formatted(assignment));
                continue;
            }
            if (!assigned.add(sessionId)) {
                violation(Rule.BOOKKEEPING, "%s is assigned twice".formatted(sessionId));
                continue;
            }
            List<Slot> run = assignment.hasNonNull("span")
                    ? run(session, start, assignment.get("span").asInt())
                    : fewestCovering(session, start);
            if (run.isEmpty()) {
                continue;
            }
            Placed placement = new Placed(
                    session,
                    room,
                    start,
                    run.size(),
                    run.get(0).start(),
                    run.get(run.size() - 1).end());
            placed.put(sessionId, placement);
            checkDerivedTimes(assignment, placement);
        }
    }

    /** The start timeslot and the following same-day timeslots hosting the kind; empty (and reported) if too few. */
    private List<Slot> run(Session session, Slot start, int span) {
        if (span < 1) {
            violation(Rule.SPAN, "%s has span %d; expected at least 1".formatted(session.id(), span));
            return List.of();
        }
        List<Slot> run = new ArrayList<>(List.of(start));
        while (run.size() < span) {
            Slot next = next(session.kind(), run.get(run.size() - 1));
            if (next == null) {
                violation(
                        Rule.SPAN,
                        "%s from %s with span %d runs past the last %s timeslot of %s"
                                .formatted(session.id(), start.id(), span, session.kind(), start.day()));
                return List.of();
            }
            run.add(next);
        }
        return run;
    }

    private List<Slot> fewestCovering(Session session, Slot start) {
        List<Slot> run = new ArrayList<>(List.of(start));
        while (minutes(start.start(), run.get(run.size() - 1).end()) < session.durationMinutes()) {
            Slot next = next(session.kind(), run.get(run.size() - 1));
            if (next == null) {
                break;
            }
            run.add(next);
        }
        return run;
    }

    private Slot next(String kind, Slot previous) {
        return slots.values().stream()
                .filter(slot ->
                        slot.day().equals(previous.day()) && slot.hosts().contains(kind))
                .filter(slot -> !slot.start().isBefore(previous.end()))
                .min(Comparator.comparing(Slot::start).thenComparing(Slot::end))
                .orElse(null);
    }

    // ************************************************************************
    // Checks
    // ************************************************************************

    private void checkDerivedTimes(JsonNode assignment, Placed placement) {
        String id = placement.session().id();
        if (assignment.hasNonNull("day")
                && !LocalDate.parse(assignment.get("day").asText())
                        .equals(placement.startSlot().day())) {
            violation(
                    Rule.SPAN,
                    "%s says day %s but its timeslot is on %s"
                            .formatted(
                                    id,
                                    assignment.get("day").asText(),
                                    placement.startSlot().day()));
        }
        if (assignment.hasNonNull("start")
                && !LocalTime.parse(assignment.get("start").asText())
                        .equals(placement.start().toLocalTime())) {
            violation(
                    Rule.SPAN,
                    "%s says start %s but its timeslots start at %s"
                            .formatted(
                                    id,
                                    assignment.get("start").asText(),
                                    placement.start().toLocalTime()));
        }
        if (assignment.hasNonNull("end")
                && !LocalTime.parse(assignment.get("end").asText())
                        .equals(placement.end().toLocalTime())) {
            violation(
                    Rule.SPAN,
                    "%s says end %s but its timeslots end at %s"
                            .formatted(
                                    id,
                                    assignment.get("end").asText(),
                                    placement.end().toLocalTime()));
        }
    }

    private void checkUnscheduled(JsonNode schedule) {
        Set<String> unscheduled = texts(schedule.path("unscheduled"));
        for (Session session : sessions.values()) {
            boolean isPlaced = assigned.contains(session.id());
            if (isPlaced && unscheduled.contains(session.id())) {
                violation(Rule.BOOKKEEPING, "%s is both assigned and unscheduled".formatted(session.id()));
            }
            if (!isPlaced && !unscheduled.contains(session.id())) {
                violation(Rule.BOOKKEEPING, "%s is neither assigned nor listed as unscheduled".formatted(session.id()));
            }
            if (!isPlaced && session.mandatory()) {
                violation(Rule.MANDATORY_UNSCHEDULED, "%s must take place but is not placed".formatted(session.id()));
            }
        }
    }

    private void checkPlacement(Placed placement) {
        Session session = placement.session();
        Room room = placement.room();
        String when = describe(placement.start(), placement.end());
        if (room.kinds() != null && !room.kinds().contains(session.kind())) {
            violation(
                    Rule.ROOM_KIND,
                    "%s (%s) is in %s, which hosts only %s"
                            .formatted(session.id(), session.kind(), room.id(), new TreeSet<>(room.kinds())));
        }
        Set<String> missing = new TreeSet<>(session.requiredFeatures());
        missing.removeAll(room.features());
        if (!missing.isEmpty()) {
            violation(Rule.ROOM_FEATURE, "%s needs %s but %s lacks it".formatted(session.id(), missing, room.id()));
        }
        if (!placement.startSlot().hosts().contains(session.kind())) {
            violation(
                    Rule.TIMESLOT_KIND,
                    "%s (%s) starts in timeslot %s, which hosts only %s"
                            .formatted(
                                    session.id(),
                                    session.kind(),
                                    placement.startSlot().id(),
                                    new TreeSet<>(placement.startSlot().hosts())));
        }
        long covered = minutes(placement.start(), placement.end());
        if (covered < session.durationMinutes()) {
            violation(
                    Rule.SPAN,
                    "%s lasts %d minutes but its %d timeslot(s) cover %d"
                            .formatted(session.id(), session.durationMinutes(), placement.span(), covered));
        }
        for (String slotId : room.unavailable()) {
            if (overlapsSlot(placement, slotId)) {
                violation(
                        Rule.ROOM_UNAVAILABLE,
                        "%s is in %s at %s while the room is unavailable (%s)"
                                .formatted(session.id(), room.id(), when, slotId));
            }
        }
        for (String person : session.people()) {
            for (String slotId : personUnavailable.getOrDefault(person, List.of())) {
                if (overlapsSlot(placement, slotId)) {
                    violation(
                            Rule.PERSON_UNAVAILABLE,
                            "%s is at %s but %s is unavailable then (%s)"
                                    .formatted(session.id(), when, person, slotId));
                }
            }
        }
        for (String slotId : session.unavailable()) {
            if (overlapsSlot(placement, slotId)) {
                violation(
                        Rule.SESSION_UNAVAILABLE,
                        "%s is at %s, which overlaps its own unavailable timeslot %s"
                                .formatted(session.id(), when, slotId));
            }
        }
    }

    private void checkPins() {
        for (Session session : sessions.values()) {
            JsonNode pin = session.pinned();
            if (pin == null) {
                continue;
            }
            Placed placement = placed.get(session.id());
            if (placement == null && assigned.contains(session.id())) {
                continue; // its span is already reported
            }
            String pinText = "%s@%s%s"
                    .formatted(
                            pin.path("room").asText(),
                            pin.path("timeslot").asText(),
                            pin.hasNonNull("span") ? " span " + pin.get("span").asInt() : "");
            if (placement == null) {
                violation(Rule.PIN_NOT_KEPT, "%s is pinned at %s but not placed".formatted(session.id(), pinText));
                continue;
            }
            Slot pinStart = slots.get(pin.path("timeslot").asText());
            int pinSpan = pin.hasNonNull("span")
                    ? pin.get("span").asInt()
                    : pinStart == null ? 1 : fewestCovering(session, pinStart).size();
            if (!placement.room().id().equals(pin.path("room").asText())
                    || !placement.startSlot().id().equals(pin.path("timeslot").asText())
                    || placement.span() != pinSpan) {
                violation(
                        Rule.PIN_NOT_KEPT,
                        "%s is pinned at %s but placed at %s@%s span %d"
                                .formatted(
                                        session.id(),
                                        pinText,
                                        placement.room().id(),
                                        placement.startSlot().id(),
                                        placement.span()));
            }
        }
    }

    private void checkPairs() {
        List<Placed> all = new ArrayList<>(placed.values());
        for (int i = 0; i < all.size(); i++) {
            for (int j = i + 1; j < all.size(); j++) {
                Placed first = all.get(i);
                Placed second = all.get(j);
                if (!first.overlaps(second)) {
                    continue;
                }
                String pair = "%s (%s) and %s (%s)"
                        .formatted(
                                first.session().id(),
                                describe(first.start(), first.end()),
                                second.session().id(),
                                describe(second.start(), second.end()));
                if (first.room().id().equals(second.room().id())) {
                    violation(
                            Rule.ROOM_CONFLICT,
                            "%s are both in %s".formatted(pair, first.room().id()));
                }
                Set<String> shared = new TreeSet<>(first.session().people());
                shared.retainAll(second.session().people());
                if (!shared.isEmpty()) {
                    violation(Rule.PERSON_CONFLICT, "%s both have %s".formatted(pair, shared));
                }
                if (first.session().exclusive() || second.session().exclusive()) {
                    String exclusive = first.session().exclusive()
                            ? first.session().id()
                            : second.session().id();
                    violation(Rule.EXCLUSIVE, "%s run at once although %s is exclusive".formatted(pair, exclusive));
                }
            }
        }
    }

    private void checkPrecedences() {
        for (Session earlier : sessions.values()) {
            for (String laterId : earlier.mustPrecede()) {
                checkPrecedence(earlier.id(), laterId, "must precede");
            }
            if (earlier.feeds() != null) {
                checkPrecedence(earlier.id(), earlier.feeds(), "feeds");
            }
        }
    }

    /** Only between placed sessions: an unplaced one is reported by the mandatory check if it matters. */
    private void checkPrecedence(String earlierId, String laterId, String relation) {
        Placed earlier = placed.get(earlierId);
        Placed later = placed.get(laterId);
        if (earlier == null || later == null) {
            return;
        }
        if (earlier.end().isAfter(later.start())) {
            violation(
                    Rule.PRECEDENCE,
                    "%s %s %s but ends at %s, after %s starts at %s"
                            .formatted(earlierId, relation, laterId, earlier.end(), laterId, later.start()));
        }
    }

    private void checkParallelLimit() {
        if (maxParallel <= 0) {
            return;
        }
        TreeSet<LocalDateTime> boundaries = new TreeSet<>();
        for (Placed placement : placed.values()) {
            boundaries.add(placement.start());
            boundaries.add(placement.end());
        }
        LocalDateTime from = null;
        for (LocalDateTime to : boundaries) {
            if (from != null) {
                LocalDateTime start = from;
                List<String> running = placed.values().stream()
                        .filter(placement -> placement.overlaps(start, to))
                        .map(placement -> placement.session().id())
                        .toList();
                if (running.size() > maxParallel) {
                    violation(
                            Rule.PARALLEL_LIMIT,
                            "%d sessions run at %s, above maxParallel %d: %s"
                                    .formatted(running.size(), describe(start, to), maxParallel, running));
                }
            }
            from = to;
        }
    }

    // ************************************************************************
    // Helpers
    // ************************************************************************

    private boolean overlapsSlot(Placed placement, String slotId) {
        Slot slot = slots.get(slotId);
        return slot != null && placement.overlaps(slot.start(), slot.end());
    }

    private static Set<String> resolveSlotKind(String token) {
        return switch (token) {
            case "regular" -> REGULAR_KINDS;
            case "flash" -> Set.of("flash");
            case "day0" -> Set.of("pre_event");
            default -> Set.of(token);
        };
    }

    private static Set<String> texts(JsonNode array) {
        Set<String> values = new LinkedHashSet<>();
        for (JsonNode value : array) {
            values.add(value.asText());
        }
        return values;
    }

    private static long minutes(LocalDateTime start, LocalDateTime end) {
        return ChronoUnit.MINUTES.between(start, end);
    }

    private static String describe(LocalDateTime start, LocalDateTime end) {
        String endText = end.toLocalDate().equals(start.toLocalDate())
                ? end.toLocalTime().toString()
                : end.toString();
        return start.toLocalDate() + " " + start.toLocalTime() + "-" + endText;
    }

    private void violation(Rule rule, String detail) {
        violations.add(new Violation(rule, detail));
    }
}
