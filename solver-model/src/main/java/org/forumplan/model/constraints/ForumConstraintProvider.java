package org.forumplan.model.constraints;

import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.count;
import static ai.timefold.solver.core.api.score.stream.Joiners.equal;
import static ai.timefold.solver.core.api.score.stream.Joiners.filtering;
import static ai.timefold.solver.core.api.score.stream.Joiners.greaterThan;
import static ai.timefold.solver.core.api.score.stream.Joiners.lessThan;
import static ai.timefold.solver.core.api.score.stream.Joiners.overlapping;
import static org.forumplan.model.constraints.ForumConstraint.COMPETING_WITH_MAIN_SESSION;
import static org.forumplan.model.constraints.ForumConstraint.EXCLUSIVE_SESSION_COMPETITION;
import static org.forumplan.model.constraints.ForumConstraint.MANDATORY_SESSION_UNSCHEDULED;
import static org.forumplan.model.constraints.ForumConstraint.MISSING_ROOM_FEATURE;
import static org.forumplan.model.constraints.ForumConstraint.PARALLEL_LIMIT;
import static org.forumplan.model.constraints.ForumConstraint.PARALLEL_LOAD;
import static org.forumplan.model.constraints.ForumConstraint.PERSON_CONFLICT;
import static org.forumplan.model.constraints.ForumConstraint.PERSON_UNAVAILABLE;
import static org.forumplan.model.constraints.ForumConstraint.PRECEDENCE;
import static org.forumplan.model.constraints.ForumConstraint.PROPOSAL_UNSCHEDULED;
import static org.forumplan.model.constraints.ForumConstraint.ROOM_CONFLICT;
import static org.forumplan.model.constraints.ForumConstraint.ROOM_UNAVAILABLE;
import static org.forumplan.model.constraints.ForumConstraint.SESSION_UNAVAILABLE;
import static org.forumplan.model.constraints.ForumConstraint.TOPIC_CLASH;
import static org.forumplan.model.constraints.ForumConstraint.TRACK_CLASH;

import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import ai.timefold.solver.core.api.score.stream.ConstraintProvider;
import ai.timefold.solver.core.api.score.stream.bi.BiConstraintStream;
import ai.timefold.solver.core.api.score.stream.bi.BiJoiner;
import ai.timefold.solver.core.api.score.stream.tri.TriConstraintStream;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.forumplan.model.constraints.justifications.ForumJustification;
import org.forumplan.model.domain.Period;
import org.forumplan.model.domain.Policy;
import org.forumplan.model.domain.Precedence;
import org.forumplan.model.domain.RoomFeature;
import org.forumplan.model.domain.Session;

/**
 * The forum's constraints. Names, levels and default weights come from {@link ForumConstraint}; each method here says
 * in its Javadoc what one unit of its penalty is.
 *
 * <p>Written for incremental speed: every pair of sessions is found through indexed joiners (the same room, overlapping
 * minute intervals precomputed on each placement), and what a filter checks after a join is a loop over a handful of
 * people or topics.
 */
public class ForumConstraintProvider implements ConstraintProvider {

    // One joiner instance, so that the constraints built on parallel pairs can share one join node.
    private static final BiJoiner<Session, Session> RUNNING_AT_ONCE = overlapping(Session::startKey, Session::endKey);
    private static final Function<Session, Iterable<Period>> PERIODS = Session::periods;

    @Override
    public Constraint[] defineConstraints(ConstraintFactory factory) {
        return new Constraint[] {
            roomConflict(factory),
            personConflict(factory),
            roomUnavailable(factory),
            personUnavailable(factory),
            missingRoomFeature(factory),
            exclusiveSessionCompetition(factory),
            precedence(factory),
            parallelLimit(factory),
            mandatorySessionUnscheduled(factory),
            sessionUnavailable(factory),
            proposalUnscheduled(factory),
            topicClash(factory),
            trackClash(factory),
            competingWithMainSession(factory),
            parallelLoad(factory)
        };
    }

    // ************************************************************************
    // Hard constraints
    // ************************************************************************

    /** A room hosts one session at a time. Penalty: minutes of overlap. */
    Constraint roomConflict(ConstraintFactory factory) {
        return factory.forEachUniquePair(Session.class, equal(Session::roomId), RUNNING_AT_ONCE)
                .penalizeLong(ROOM_CONFLICT.defaultWeight(), Session::overlapMinutes)
                .justifyWith(
                        (first, second, score) -> ForumJustification.pair(first, second, "both in " + first.roomId()))
                .asConstraint(ROOM_CONFLICT.constraintName());
    }

    /** A person is in one session at a time. Penalty: shared people times minutes of overlap. */
    Constraint personConflict(ConstraintFactory factory) {
        return parallelPairs(factory)
                .filter((first, second) -> first.sharedPeopleCount(second) > 0)
                .penalizeLong(
                        PERSON_CONFLICT.defaultWeight(),
                        (first, second) -> (long) first.sharedPeopleCount(second) * first.overlapMinutes(second))
                .justifyWith((first, second, score) -> ForumJustification.personConflict(first, second))
                .asConstraint(PERSON_CONFLICT.constraintName());
    }

    /** A room is not used while it is unavailable. Penalty: minutes of the session in unavailable time. */
    Constraint roomUnavailable(ConstraintFactory factory) {
        return factory.forEach(Session.class)
                .filter(session -> session.getPlacement().roomUnavailableMinutes() > 0)
                .penalizeLong(
                        ROOM_UNAVAILABLE.defaultWeight(),
                        session -> session.getPlacement().roomUnavailableMinutes())
                .justifyWith((session, score) -> ForumJustification.session(
                        session,
                        "is in %s while the room is unavailable, %s"
                                .formatted(
                                        session.roomId(), session.getPlacement().describeTime())))
                .asConstraint(ROOM_UNAVAILABLE.constraintName());
    }

    /** Nobody is scheduled while they are unavailable. Penalty: minutes each unavailable person would miss. */
    Constraint personUnavailable(ConstraintFactory factory) {
        return factory.forEach(Session.class)
                .filter(Session::hasPeopleWithUnavailability)
                .filter(session -> session.peopleUnavailableMinutes(session.getPlacement()) > 0)
                .penalizeLong(
                        PERSON_UNAVAILABLE.defaultWeight(),
                        session -> session.peopleUnavailableMinutes(session.getPlacement()))
                .justifyWith((session, score) -> ForumJustification.session(
                        session,
                        "is at %s but %s unavailable then"
                                .formatted(
                                        session.getPlacement().describeTime(),
                                        session.getPeople().stream()
                                                .filter(person -> person.unavailableMinutes(
                                                                session.getPlacement()
                                                                        .startMinute(),
                                                                session.getPlacement()
                                                                        .endMinute())
                                                        > 0)
                                                .map(ForumJustification::describe)
                                                .collect(Collectors.joining(", ", "", " is")))))
                .asConstraint(PERSON_UNAVAILABLE.constraintName());
    }

    /**
     * A session's room has every feature it requires. Placements that lack one are never offered to the solver, so
     * this guards pinned, published and hand-edited placements. Penalty: missing features times the session's minutes.
     */
    Constraint missingRoomFeature(ConstraintFactory factory) {
        return factory.forEach(Session.class)
                .filter(session -> session.missingFeatureCount(session.getPlacement()) > 0)
                .penalizeLong(
                        MISSING_ROOM_FEATURE.defaultWeight(),
                        session -> (long) session.missingFeatureCount(session.getPlacement())
                                * session.getPlacement().minutes())
                .justifyWith((session, score) -> ForumJustification.session(
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
                                        session.roomId())))
                .asConstraint(MISSING_ROOM_FEATURE.constraintName());
    }

    /** Nothing runs in parallel with an exclusive session (opening, closing). Penalty: minutes of overlap. */
    Constraint exclusiveSessionCompetition(ConstraintFactory factory) {
        return parallelPairs(factory)
                .filter((first, second) -> first.isExclusive() || second.isExclusive())
                .penalizeLong(EXCLUSIVE_SESSION_COMPETITION.defaultWeight(), Session::overlapMinutes)
                .justifyWith((first, second, score) -> ForumJustification.pair(
                        first,
                        second,
                        "run in parallel although %s is exclusive"
                                .formatted(first.isExclusive() ? first.getId() : second.getId())))
                .asConstraint(EXCLUSIVE_SESSION_COMPETITION.constraintName());
    }

    /**
     * A session that must come first ends before the later one starts: each BPF before the BPF wrap-up, a feeder
     * workshop before the main session it feeds. Penalty: minutes by which the later session starts too early, so a
     * violation by a day costs more than one by a slot.
     */
    Constraint precedence(ConstraintFactory factory) {
        return factory.forEach(Precedence.class)
                .join(Session.class, equal(Precedence::earlierId, Session::getId))
                .join(
                        Session.class,
                        equal((precedence, earlier) -> precedence.laterId(), Session::getId),
                        greaterThan((precedence, earlier) -> earlier.endKey(), Session::startKey))
                .penalizeLong(
                        PRECEDENCE.defaultWeight(),
                        (precedence, earlier, later) -> earlier.getPlacement().endMinute()
                                - later.getPlacement().startMinute())
                .justifyWith((precedence, earlier, later, score) ->
                        ForumJustification.precedence(earlier, later, precedence.reason()))
                .asConstraint(PRECEDENCE.constraintName());
    }

    /** No more sessions run at once than the policy's maximum. Penalty: sessions above it times the period's minutes. */
    Constraint parallelLimit(ConstraintFactory factory) {
        return sessionsPerPeriod(factory)
                .filter((period, count, policy) -> policy.hasMax() && count > policy.maxParallel())
                .penalizeLong(
                        PARALLEL_LIMIT.defaultWeight(),
                        (period, count, policy) -> (long) (count - policy.maxParallel()) * period.minutes())
                .justifyWith((period, count, policy, score) ->
                        ForumJustification.periodLoad(period, count, "above the maximum of " + policy.maxParallel()))
                .asConstraint(PARALLEL_LIMIT.constraintName());
    }

    /** A mandatory session has a placement. Penalty: the session's minutes, twice (worse than any one overlap). */
    Constraint mandatorySessionUnscheduled(ConstraintFactory factory) {
        return factory.forEachIncludingUnassigned(Session.class)
                .filter(session -> session.isMandatory() && !session.isPlaced())
                .penalizeLong(MANDATORY_SESSION_UNSCHEDULED.defaultWeight(), Session::getDurationMinutes)
                .justifyWith(
                        (session, score) -> ForumJustification.session(session, "must take place but has no placement"))
                .asConstraint(MANDATORY_SESSION_UNSCHEDULED.constraintName());
    }

    /**
     * A session avoids the timeslots its organizers declared unavailable. Placements there are never offered to the
     * solver, so this guards pinned, published and hand-edited placements. Penalty: minutes in such timeslots.
     */
    Constraint sessionUnavailable(ConstraintFactory factory) {
        return factory.forEach(Session.class)
                .filter(session -> session.ownUnavailableMinutes(session.getPlacement()) > 0)
                .penalizeLong(
                        SESSION_UNAVAILABLE.defaultWeight(),
                        session -> session.ownUnavailableMinutes(session.getPlacement()))
                .justifyWith((session, score) -> ForumJustification.session(
                        session,
                        "is at %s, which its organizers declared unavailable"
                                .formatted(session.getPlacement().describeTime())))
                .asConstraint(SESSION_UNAVAILABLE.constraintName());
    }

    // ************************************************************************
    // Medium constraints
    // ************************************************************************

    /**
     * The best optional proposals get the scarce places. Penalty: the proposal's value, 20 per evaluation point plus
     * 10 per diversity flag ({@link Session#proposalValue()}), so leaving out a strong or diverse proposal costs more.
     */
    Constraint proposalUnscheduled(ConstraintFactory factory) {
        return factory.forEachIncludingUnassigned(Session.class)
                .filter(session -> !session.isMandatory() && !session.isPlaced())
                .penalizeLong(PROPOSAL_UNSCHEDULED.defaultWeight(), Session::proposalValue)
                .justifyWith((session, score) -> ForumJustification.session(
                        session, "is left out (proposal value %d)".formatted(session.proposalValue())))
                .asConstraint(PROPOSAL_UNSCHEDULED.constraintName());
    }

    // ************************************************************************
    // Soft constraints
    // ************************************************************************

    /**
     * Sessions on the same {@code spread} topic do not run in parallel. Penalty: shared spread topics times minutes of
     * overlap. Topics with the {@code cluster} policy never count here.
     */
    Constraint topicClash(ConstraintFactory factory) {
        return parallelPairs(factory)
                .filter((first, second) -> first.sharedSpreadTopicCount(second) > 0)
                .penalizeLong(
                        TOPIC_CLASH.defaultWeight(),
                        (first, second) -> (long) first.sharedSpreadTopicCount(second) * first.overlapMinutes(second))
                .justifyWith((first, second, score) -> ForumJustification.pair(
                        first,
                        second,
                        "both on "
                                + first.sharedSpreadTopics(second).stream()
                                        .map(topic -> topic.name() == null ? topic.id() : topic.name())
                                        .collect(Collectors.joining(", "))))
                .asConstraint(TOPIC_CLASH.constraintName());
    }

    /** Sessions of one track do not run in parallel, so its followers can attend them all. Penalty: minutes of overlap. */
    Constraint trackClash(ConstraintFactory factory) {
        return factory.forEach(Session.class)
                .filter(Session::hasTrack)
                .join(
                        factory.forEach(Session.class).filter(Session::hasTrack),
                        equal(Session::getTrack),
                        lessThan(Session::getId),
                        RUNNING_AT_ONCE)
                .penalizeLong(TRACK_CLASH.defaultWeight(), Session::overlapMinutes)
                .justifyWith((first, second, score) -> ForumJustification.pair(
                        first, second, "both in track " + first.getTrack().name()))
                .asConstraint(TRACK_CLASH.constraintName());
    }

    /**
     * Few participants have to choose between a main session and another session. Penalty: the competing session's
     * expected attendance times the hours of overlap (attendee-hours drawn away), rounded down.
     */
    Constraint competingWithMainSession(ConstraintFactory factory) {
        return factory.forEach(Session.class)
                .filter(session -> session.isMain() && !session.isExclusive())
                .join(Session.class, RUNNING_AT_ONCE, filtering((main, other) -> main != other))
                .penalizeLong(
                        COMPETING_WITH_MAIN_SESSION.defaultWeight(),
                        (main, other) -> (long) other.getExpectedAttendance() * main.overlapMinutes(other) / 60)
                .justifyWith((main, other, score) -> ForumJustification.pair(
                        other,
                        main,
                        "compete (%d expected at %s, main session %s)"
                                .formatted(other.getExpectedAttendance(), other.getId(), main.getId())))
                .asConstraint(COMPETING_WITH_MAIN_SESSION.constraintName());
    }

    /**
     * The programme spreads evenly over the days: a period with more sessions than the policy's target costs the square
     * of the excess times its minutes, so two periods one above the target cost less than one period two above.
     */
    Constraint parallelLoad(ConstraintFactory factory) {
        return sessionsPerPeriod(factory)
                .filter((period, count, policy) -> policy.hasTarget() && count > policy.targetParallel())
                .penalizeLong(PARALLEL_LOAD.defaultWeight(), (period, count, policy) -> {
                    long excess = count - policy.targetParallel();
                    return excess * excess * period.minutes();
                })
                .justifyWith((period, count, policy, score) -> ForumJustification.periodLoad(
                        period,
                        count,
                        "%d above the target of %d"
                                .formatted(count - policy.targetParallel(), policy.targetParallel())))
                .asConstraint(PARALLEL_LOAD.constraintName());
    }

    // ************************************************************************
    // Shared building blocks
    // ************************************************************************

    /** Every pair of placed sessions whose times overlap, each pair once. */
    private static BiConstraintStream<Session, Session> parallelPairs(ConstraintFactory factory) {
        return factory.forEachUniquePair(Session.class, RUNNING_AT_ONCE);
    }

    /** How many placed sessions run in each period of the grid, with the forum's policy. */
    private static TriConstraintStream<Period, Integer, Policy> sessionsPerPeriod(ConstraintFactory factory) {
        return factory.forEach(Session.class)
                .flattenLast(PERIODS)
                .groupBy(Function.identity(), count())
                .join(Policy.class);
    }
}
