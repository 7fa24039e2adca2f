package org.forumplan.model.io;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import net.jqwik.api.arbitraries.StringArbitrary;
import org.forumplan.model.domain.Role;
import org.forumplan.model.domain.RoomFeature;
import org.forumplan.model.domain.SessionKind;
import org.forumplan.model.domain.StakeholderGroup;
import org.forumplan.model.domain.TopicPolicy;
import org.forumplan.model.solver.ConstraintWeights;

/**
 * jqwik generators of small {@code forumplan/1} documents that keep every rule of the format (FORMAT.md and
 * {@code DatasetChecker}): unique ids in each list, references to existing ids, none listed twice, dates from 1900 to
 * 2999, times {@code HH:MM} with the end after the start, durations of 1 to 1440 minutes, capacities and counts in
 * range, evaluations from 1 to 5, known kinds, roles, features and constraint names, weights that parse. Everything
 * optional is sometimes absent. Pre-check problems (a pin that clashes, a precedence cycle) may occur: they are not
 * format errors.
 */
final class ValidDatasets {

    private static final LocalDate FORUM_START = LocalDate.of(2014, 9, 1);
    private static final LocalDate FIRST_DAY = LocalDate.of(1900, 1, 1);
    private static final LocalDate LAST_DAY = LocalDate.of(2999, 12, 31);
    private static final int LAST_MINUTE = 23 * 60 + 59;

    private ValidDatasets() {}

    /** The ids of each list of one document, for the references between them. */
    private record Ids(
            List<String> timeslots,
            List<String> rooms,
            List<String> topics,
            List<String> tracks,
            List<String> people,
            List<String> sessions) {}

    static Arbitrary<DatasetJson> datasets() {
        return Combinators.combine(
                        forums(),
                        ids("d", 1, 5),
                        ids("room-", 1, 3),
                        ids("t-", 0, 3),
                        ids("track-", 0, 2),
                        ids("p-", 0, 5),
                        ids("S", 1, 6))
                .flatAs((forum, timeslotIds, roomIds, topicIds, trackIds, personIds, sessionIds) -> {
                    Ids ids = new Ids(timeslotIds, roomIds, topicIds, trackIds, personIds, sessionIds);
                    return Combinators.combine(
                                    each(timeslotIds, ValidDatasets::timeslot),
                                    each(roomIds, id -> room(id, ids)),
                                    each(topicIds, ValidDatasets::topic),
                                    each(trackIds, ValidDatasets::track),
                                    each(personIds, id -> person(id, ids)),
                                    each(sessionIds, id -> session(id, ids)),
                                    policies())
                            .flatAs((timeslots, rooms, topics, tracks, people, sessions, policy) -> Combinators.combine(
                                            published(ids), schedules(sessions, ids))
                                    .as((published, schedule) -> new DatasetJson(
                                            DatasetJson.FORMAT,
                                            forum,
                                            timeslots,
                                            rooms,
                                            orAbsent(topics),
                                            orAbsent(tracks),
                                            orAbsent(people),
                                            sessions,
                                            policy,
                                            published,
                                            schedule)));
                });
    }

    // ************************************************************************
    // Facts
    // ************************************************************************

    private static Arbitrary<ForumJson> forums() {
        return Combinators.combine(
                        text(),
                        text().injectNull(0.3),
                        Arbitraries.of("UTC", "Europe/Istanbul", "Africa/Nairobi", "America/Sao_Paulo", "Asia/Kolkata"))
                .as(ForumJson::new);
    }

    private static Arbitrary<TimeslotJson> timeslot(String id) {
        return Combinators.combine(
                        days(),
                        Arbitraries.integers().between(0, LAST_MINUTE - 1),
                        Arbitraries.integers().between(0, LAST_MINUTE),
                        slotKinds(),
                        text().list().ofMaxSize(2).injectNull(0.7))
                .as((day, start, length, kinds, tags) -> {
                    int end = start + 1 + Math.floorMod(length, LAST_MINUTE - start);
                    return new TimeslotJson(id, day, minute(start), minute(end), kinds, tags);
                });
    }

    private static Arbitrary<RoomJson> room(String id, Ids ids) {
        return Combinators.combine(
                        text().injectNull(0.3),
                        Arbitraries.integers().between(1, 10_000_000),
                        subset(List.of(RoomFeature.values())).injectNull(0.3),
                        subset(List.of(SessionKind.values()))
                                .filter(kinds -> !kinds.isEmpty())
                                .injectNull(0.6),
                        subset(ids.timeslots()).injectNull(0.5))
                .as((name, capacity, features, kinds, unavailable) ->
                        new RoomJson(id, name, capacity, features, kinds, unavailable));
    }

    private static Arbitrary<TopicJson> topic(String id) {
        return Combinators.combine(
                        text().injectNull(0.3),
                        Arbitraries.of(TopicPolicy.class).injectNull(0.5))
                .as((name, policy) -> new TopicJson(id, name, policy));
    }

    private static Arbitrary<TrackJson> track(String id) {
        return text().injectNull(0.3).map(name -> new TrackJson(id, name));
    }

    private static Arbitrary<PersonJson> person(String id, Ids ids) {
        return Combinators.combine(
                        text().injectNull(0.3),
                        text().injectNull(0.5),
                        Arbitraries.of(StakeholderGroup.class).injectNull(0.5),
                        text().injectNull(0.5),
                        subset(ids.timeslots()).injectNull(0.5))
                .as((name, organization, group, country, unavailable) ->
                        new PersonJson(id, name, organization, group, country, null, unavailable));
    }

    // ************************************************************************
    // Sessions
    // ************************************************************************

    private record What(
            String title,
            SessionKind kind,
            int durationMinutes,
            List<String> topics,
            String track,
            List<ParticipantJson> people,
            String organization,
            Integer expectedAttendance) {}

    private record Proposal(
            List<RoomFeature> requiredFeatures,
            Boolean mandatory,
            Double evaluation,
            Boolean developingCountry,
            Boolean firstTime,
            Boolean newTopic,
            List<String> preferredTimeslots,
            List<String> unavailableTimeslots) {}

    private record Order(
            List<String> mustPrecede, String feeds, Boolean exclusive, PlacementJson pinned, List<String> mergedFrom) {}

    private static Arbitrary<SessionJson> session(String id, Ids ids) {
        List<String> others =
                ids.sessions().stream().filter(other -> !other.equals(id)).toList();
        Arbitrary<What> what = Combinators.combine(
                        text(),
                        Arbitraries.of(SessionKind.class),
                        durations(),
                        subset(ids.topics()).injectNull(0.3),
                        oneOf(ids.tracks()).injectNull(0.5),
                        participants(ids.people()).injectNull(0.3),
                        text().injectNull(0.5),
                        Arbitraries.integers().between(0, 10_000_000).injectNull(0.5))
                .as(What::new);
        Arbitrary<Proposal> proposal = Combinators.combine(
                        subset(List.of(RoomFeature.values())).injectNull(0.5),
                        Arbitraries.of(true, false).injectNull(0.3),
                        Arbitraries.doubles().between(1, 5).injectNull(0.4),
                        Arbitraries.of(true, false).injectNull(0.6),
                        Arbitraries.of(true, false).injectNull(0.6),
                        Arbitraries.of(true, false).injectNull(0.6),
                        subset(ids.timeslots()).injectNull(0.6),
                        subset(ids.timeslots()).injectNull(0.6))
                .as(Proposal::new);
        Arbitrary<Order> order = Combinators.combine(
                        subset(others).injectNull(0.6),
                        oneOf(others).injectNull(0.7),
                        Arbitraries.of(true, false).injectNull(0.7),
                        placements(ids).injectNull(0.7),
                        subset(others).injectNull(0.8))
                .as(Order::new);
        return Combinators.combine(what, proposal, order)
                .as((w, p, o) -> new SessionJson(
                        id,
                        w.title(),
                        w.kind(),
                        w.durationMinutes(),
                        w.topics(),
                        w.track(),
                        w.people(),
                        w.organization(),
                        w.expectedAttendance(),
                        p.requiredFeatures(),
                        p.mandatory(),
                        p.evaluation(),
                        p.developingCountry(),
                        p.firstTime(),
                        p.newTopic(),
                        p.preferredTimeslots(),
                        p.unavailableTimeslots(),
                        o.mustPrecede(),
                        o.feeds(),
                        o.exclusive(),
                        o.pinned(),
                        o.mergedFrom()));
    }

    private static Arbitrary<List<ParticipantJson>> participants(List<String> personIds) {
        return subset(personIds)
                .flatMap(people -> each(
                        people, person -> Arbitraries.of(Role.class).map(role -> new ParticipantJson(person, role))));
    }

    private static Arbitrary<PlacementJson> placements(Ids ids) {
        return Combinators.combine(oneOf(ids.rooms()), oneOf(ids.timeslots()), spans())
                .as(PlacementJson::new);
    }

    // ************************************************************************
    // Policy, published placements, schedule
    // ************************************************************************

    private static Arbitrary<PolicyJson> policies() {
        Arbitrary<Map<String, String>> weights = subset(ConstraintWeights.constraintNames())
                .flatMap(names -> each(names, name -> weights().map(weight -> Map.entry(name, weight))))
                .map(entries -> entries.stream()
                        .collect(Collectors.toMap(
                                Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new)));
        return Combinators.combine(
                        Arbitraries.integers().between(1, 10_000_000).injectNull(0.3),
                        Arbitraries.integers().between(1, 10_000_000).injectNull(0.3),
                        selections().injectNull(0.5),
                        weights.injectNull(0.4))
                .as(PolicyJson::new)
                .injectNull(0.3);
    }

    private static Arbitrary<SelectionJson> selections() {
        Arbitrary<Double> share = Arbitraries.doubles().between(0, 1).ofScale(2).injectNull(0.4);
        return Combinators.combine(
                        Arbitraries.of(SessionKind.class)
                                .list()
                                .uniqueElements()
                                .ofMinSize(1)
                                .ofMaxSize(3)
                                .injectNull(0.5),
                        Combinators.combine(share, share, share)
                                .as(SelectionJson.MinShareJson::new)
                                .injectNull(0.3),
                        Arbitraries.of(true, false).injectNull(0.3),
                        Arbitraries.integers().between(1, 6).injectNull(0.3),
                        Arbitraries.of(true, false).injectNull(0.3))
                .as(SelectionJson::new);
    }

    /** A weight as the score of one unit; every level has the same sign (or is 0), as the format asks. */
    private static Arbitrary<String> weights() {
        Arbitrary<Long> level = Arbitraries.longs().between(0, 1_000);
        return Combinators.combine(level, level, level, Arbitraries.of(-1, 1))
                .as((hard, medium, soft, sign) ->
                        "%dhard/%dmedium/%dsoft".formatted(sign * hard, sign * medium, sign * soft));
    }

    private static Arbitrary<List<PublishedJson>> published(Ids ids) {
        return subset(ids.sessions())
                .flatMap(sessions -> each(
                        sessions,
                        session -> Combinators.combine(oneOf(ids.rooms()), oneOf(ids.timeslots()), spans())
                                .as((room, timeslot, span) -> new PublishedJson(session, room, timeslot, span))))
                .injectNull(0.5);
    }

    private static Arbitrary<ScheduleJson> schedules(List<SessionJson> sessions, Ids ids) {
        Set<String> pinned = sessions.stream()
                .filter(session -> session.pinned() != null)
                .map(SessionJson::id)
                .collect(Collectors.toSet());
        return subset(ids.sessions())
                .flatMap(assigned -> {
                    List<String> rest = ids.sessions().stream()
                            .filter(id -> !assigned.contains(id) && !pinned.contains(id))
                            .toList();
                    return Combinators.combine(
                                    scores().injectNull(0.3),
                                    Arbitraries.of(true, false).injectNull(0.3),
                                    each(assigned, id -> assignment(id, ids)),
                                    subset(rest),
                                    solverRuns().injectNull(0.3))
                            .as(ScheduleJson::new);
                })
                .injectNull(0.5);
    }

    private static Arbitrary<AssignmentJson> assignment(String session, Ids ids) {
        return Combinators.combine(
                        oneOf(ids.rooms()),
                        oneOf(ids.timeslots()),
                        spans(),
                        days().injectNull(0.5),
                        minutes().injectNull(0.5),
                        minutes().injectNull(0.5))
                .as((room, timeslot, span, day, start, end) ->
                        new AssignmentJson(session, room, timeslot, span, day, start, end));
    }

    private static Arbitrary<String> scores() {
        Arbitrary<Long> level = Arbitraries.longs().between(-1_000_000, 0);
        return Combinators.combine(level, level, level)
                .as((hard, medium, soft) -> "%dhard/%dmedium/%dsoft".formatted(hard, medium, soft));
    }

    private static Arbitrary<SolverRunJson> solverRuns() {
        return Combinators.combine(
                        text().injectNull(0.2),
                        Arbitraries.longs().injectNull(0.2),
                        Arbitraries.longs()
                                .between(0, 100_000_000)
                                .map(Duration::ofMillis)
                                .injectNull(0.2),
                        Arbitraries.of(true, false).injectNull(0.5))
                .as(SolverRunJson::new);
    }

    // ************************************************************************
    // Values
    // ************************************************************************

    /** Unique ids, some with characters beyond ASCII. */
    private static Arbitrary<List<String>> ids(String prefix, int min, int max) {
        return Arbitraries.strings()
                .withCharRange('a', 'z')
                .withCharRange('0', '9')
                .withChars("-_.é中")
                .ofMinLength(1)
                .ofMaxLength(4)
                .map(suffix -> prefix + suffix)
                .list()
                .ofMinSize(min)
                .ofMaxSize(max)
                .uniqueElements();
    }

    /** Non-blank text with the characters JSON must escape and some beyond ASCII; never an unpaired surrogate. */
    private static Arbitrary<String> text() {
        StringArbitrary characters = Arbitraries.strings()
                .withCharRange(' ', '~')
                .withCharRange('\u00a0', '\u017f')
                .withChars("\"\\\n\t\u2028\u0000中文😀".toCharArray())
                .ofMinLength(1)
                .ofMaxLength(12);
        return characters.filter(text -> !text.isBlank() && !hasUnpairedSurrogate(text));
    }

    private static boolean hasUnpairedSurrogate(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return true;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return true;
            }
        }
        return false;
    }

    /** Mostly the days of one forum, so that timeslots share days; now and then any day the format allows. */
    private static Arbitrary<LocalDate> days() {
        long span = ChronoUnit.DAYS.between(FIRST_DAY, LAST_DAY);
        return Arbitraries.frequencyOf(
                Tuple.of(9, Arbitraries.integers().between(0, 3).map(FORUM_START::plusDays)),
                Tuple.of(1, Arbitraries.longs().between(0, span).map(FIRST_DAY::plusDays)));
    }

    private static Arbitrary<LocalTime> minutes() {
        return Arbitraries.integers().between(0, LAST_MINUTE).map(ValidDatasets::minute);
    }

    private static LocalTime minute(int minuteOfDay) {
        return LocalTime.of(minuteOfDay / 60, minuteOfDay % 60);
    }

    private static Arbitrary<List<String>> slotKinds() {
        return Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.just(List.of(SlotKinds.REGULAR))),
                Tuple.of(1, subset(SlotKinds.knownTokens()).filter(kinds -> !kinds.isEmpty())));
    }

    private static Arbitrary<Integer> durations() {
        return Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.of(30, 60, 90, 180)),
                Tuple.of(1, Arbitraries.integers().between(1, 1440)));
    }

    private static Arbitrary<Integer> spans() {
        return Arbitraries.integers().between(1, 100).injectNull(0.7);
    }

    // ************************************************************************
    // Helpers
    // ************************************************************************

    /** Some of the values, each once, in the given order. */
    private static <T> Arbitrary<List<T>> subset(Collection<T> values) {
        if (values.isEmpty()) {
            return Arbitraries.just(List.of());
        }
        List<T> ordered = List.copyOf(values);
        return Arbitraries.subsetOf(ordered)
                .map(chosen -> ordered.stream().filter(chosen::contains).toList());
    }

    /** One of the values, or null when there are none to choose from. */
    private static Arbitrary<String> oneOf(List<String> values) {
        return values.isEmpty() ? Arbitraries.just(null) : Arbitraries.of(values);
    }

    /** A generated element for each key, in order. */
    private static <K, T> Arbitrary<List<T>> each(Collection<K> keys, Function<K, Arbitrary<T>> element) {
        if (keys.isEmpty()) {
            return Arbitraries.just(List.of());
        }
        List<Arbitrary<T>> elements = new ArrayList<>();
        keys.forEach(key -> elements.add(element.apply(key)));
        return Combinators.combine(elements).as(List::copyOf);
    }

    private static <T> List<T> orAbsent(List<T> list) {
        return list.isEmpty() ? null : list;
    }
}
