package org.forumplan.model.constraints;

import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.countDistinct;
import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.max;
import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.sum;
import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.toList;
import static ai.timefold.solver.core.api.score.stream.Joiners.equal;
import static ai.timefold.solver.core.api.score.stream.Joiners.filtering;
import static org.forumplan.model.constraints.ForumConstraint.BIG_ROOM_FOR_SMALL_SESSION;
import static org.forumplan.model.constraints.ForumConstraint.COMPETING_WITH_MAIN_SESSION;
import static org.forumplan.model.constraints.ForumConstraint.EXCLUSIVE_SESSION_COMPETITION;
import static org.forumplan.model.constraints.ForumConstraint.FEEDER_FAR_FROM_MAIN_SESSION;
import static org.forumplan.model.constraints.ForumConstraint.MANDATORY_SESSION_UNSCHEDULED;
import static org.forumplan.model.constraints.ForumConstraint.MISSING_ROOM_FEATURE;
import static org.forumplan.model.constraints.ForumConstraint.ORGANIZATION_CLASH;
import static org.forumplan.model.constraints.ForumConstraint.PARALLEL_LIMIT;
import static org.forumplan.model.constraints.ForumConstraint.PARALLEL_LOAD;
import static org.forumplan.model.constraints.ForumConstraint.PERSON_CONFLICT;
import static org.forumplan.model.constraints.ForumConstraint.PERSON_DAY_SPREAD;
import static org.forumplan.model.constraints.ForumConstraint.PERSON_UNAVAILABLE;
import static org.forumplan.model.constraints.ForumConstraint.PRECEDENCE;
import static org.forumplan.model.constraints.ForumConstraint.PREFERRED_TIMESLOT_MISSED;
import static org.forumplan.model.constraints.ForumConstraint.PROPOSAL_UNSCHEDULED;
import static org.forumplan.model.constraints.ForumConstraint.PUBLISHED_PLACEMENT_CHANGED;
import static org.forumplan.model.constraints.ForumConstraint.PUBLISHED_ROOM_CHANGED;
import static org.forumplan.model.constraints.ForumConstraint.ROOM_CONFLICT;
import static org.forumplan.model.constraints.ForumConstraint.ROOM_TOO_SMALL;
import static org.forumplan.model.constraints.ForumConstraint.ROOM_UNAVAILABLE;
import static org.forumplan.model.constraints.ForumConstraint.SESSION_UNAVAILABLE;
import static org.forumplan.model.constraints.ForumConstraint.TOPIC_CLASH;
import static org.forumplan.model.constraints.ForumConstraint.TOPIC_CLUSTER_SPREAD;
import static org.forumplan.model.constraints.ForumConstraint.TRACK_CLASH;
import static org.forumplan.model.constraints.ForumConstraint.TRACK_ROOM_CHANGE;

import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import ai.timefold.solver.core.api.score.stream.ConstraintProvider;
import ai.timefold.solver.core.api.score.stream.bi.BiConstraintCollector;
import ai.timefold.solver.core.api.score.stream.bi.BiConstraintStream;
import ai.timefold.solver.core.api.score.stream.bi.BiJoiner;
import ai.timefold.solver.core.api.score.stream.tri.TriConstraintStream;
import java.time.LocalDate;
import java.util.List;
import org.forumplan.model.constraints.justifications.ClashJustification;
import org.forumplan.model.constraints.justifications.ForumJustification;
import org.forumplan.model.domain.Period;
import org.forumplan.model.domain.Placement;
import org.forumplan.model.domain.Policy;
import org.forumplan.model.domain.Precedence;
import org.forumplan.model.domain.Session;
import org.forumplan.model.domain.SessionFacet;
import org.forumplan.model.domain.Topic;

/**
 * The forum's constraints. Names, levels and default weights come from {@link ForumConstraint}; each method here says
 * in its Javadoc what one unit of its penalty is.
 *
 * <p>Written for incremental speed: clashes between parallel sessions (a room, a person, a topic, a track, an
 * organization) are found by grouping sessions on that facet, whose {@link FacetOccupancy} counts them per period (the
 * grid's smallest stretches of time, precomputed on each placement), so a move touches only its own facets' groups,
 * which outlive the move, whatever the size of the forum; sessions beside the few exclusive and main sessions are found
 * through a join on the day. Joins are keyed on what a move seldom changes (a session's id, its day), because every
 * move re-indexes the moved session in every join it feeds: range indexes there (overlapping, greater than) were a
 * tenth of the solver's time on IGF 2014 (benchmarks/README.md).
 */
public class ForumConstraintProvider implements ConstraintProvider {

    private static final int MINUTES_IN_HOUR = 60;

    // Sessions run at once only on the same day. Indexing on the day rather than on the interval (an overlapping
    // joiner) keeps the index a hash: every move of every session re-indexes it, and a range index costs more.
    // A constant, as the collectors below, so that the constraints using it share its nodes.
    private static final BiJoiner<Session, Session> SAME_DAY = equal(Session::day);
    private static final BiConstraintCollector<Session, SessionFacet, ?, FacetOccupancy> OCCUPANCY =
            FacetOccupancy.collector();
    private static final BiConstraintCollector<Session, Period, ?, List<Session>> SESSIONS_RUNNING =
            SessionBag.collector();

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
            publishedPlacementChanged(factory),
            SelectionConstraints.shareShortOfTarget(factory),
            SelectionConstraints.topicCoverageMissed(factory),
            SelectionConstraints.narrowPanel(factory),
            SelectionConstraints.speakerMixByStakeholderGroup(factory),
            SelectionConstraints.speakerMixByRegion(factory),
            topicClash(factory),
            trackClash(factory),
            competingWithMainSession(factory),
            parallelLoad(factory),
            organizationClash(factory),
            roomTooSmall(factory),
            topicClusterSpread(factory),
            preferredTimeslotMissed(factory),
            personDaySpread(factory),
            trackRoomChange(factory),
            publishedRoomChanged(factory),
            feederFarFromMainSession(factory),
            bigRoomForSmallSession(factory)
        };
    }

    // ************************************************************************
    // Hard constraints
    // ************************************************************************

    /** A room hosts one session at a time. Penalty: per room and period, each pair of its sessions times the minutes. */
    Constraint roomConflict(ConstraintFactory factory) {
        return clash(factory, ROOM_CONFLICT, SessionFacet.Kind.ROOM);
    }

    /**
     * A person is in one session at a time. Penalty: per person and period, each pair of their sessions times the
     * minutes, so one person in two full 90-minute overlaps costs 180.
     */
    Constraint personConflict(ConstraintFactory factory) {
        return clash(factory, PERSON_CONFLICT, SessionFacet.Kind.PERSON);
    }

    /** A room is not used while it is unavailable. Penalty: minutes of the session in unavailable time. */
    Constraint roomUnavailable(ConstraintFactory factory) {
        return factory.forEach(Session.class)
                .filter(session -> session.getPlacement().roomUnavailableMinutes() > 0)
                .penalizeLong(
                        ROOM_UNAVAILABLE.defaultWeight(),
                        session -> session.getPlacement().roomUnavailableMinutes())
                .justifyWith((session, score) -> ForumJustification.roomUnavailable(session))
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
                .justifyWith((session, score) -> ForumJustification.peopleUnavailable(session))
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
                .justifyWith((session, score) -> ForumJustification.missingRoomFeatures(session))
                .asConstraint(MISSING_ROOM_FEATURE.constraintName());
    }

    /** Nothing runs in parallel with an exclusive session (opening, closing). Penalty: minutes of overlap. */
    Constraint exclusiveSessionCompetition(ConstraintFactory factory) {
        return factory.forEach(Session.class)
                .filter(Session::isExclusive)
                .join(
                        Session.class,
                        SAME_DAY,
                        // Two exclusive sessions at once are one violation, not two.
                        filtering((exclusive, other) -> exclusive != other
                                && exclusive.overlaps(other)
                                && (!other.isExclusive() || exclusive.getId().compareTo(other.getId()) < 0)))
                .penalizeLong(EXCLUSIVE_SESSION_COMPETITION.defaultWeight(), Session::overlapMinutes)
                .justifyWith((exclusive, other, score) -> ForumJustification.besideExclusive(exclusive, other))
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
                        // The id leaves one candidate to test. A comparison joiner on the start instead would re-index
                        // every session on every move, for the few that take part in a precedence.
                        filtering((precedence, earlier, later) ->
                                earlier.getPlacement().endMinute()
                                        > later.getPlacement().startMinute()))
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
        return sessionsRunningWithPolicy(factory)
                .filter((period, sessions, policy) -> policy.hasMax() && sessions.size() > policy.maxParallel())
                .penalizeLong(
                        PARALLEL_LIMIT.defaultWeight(),
                        (period, sessions, policy) ->
                                (long) (sessions.size() - policy.maxParallel()) * period.minutes())
                .justifyWith((period, sessions, policy, score) ->
                        ForumJustification.aboveMaximum(period, sessions, policy.maxParallel()))
                .asConstraint(PARALLEL_LIMIT.constraintName());
    }

    /** A mandatory session has a placement. Penalty: the session's minutes, twice (worse than any one overlap). */
    Constraint mandatorySessionUnscheduled(ConstraintFactory factory) {
        return factory.forEachIncludingUnassigned(Session.class)
                .filter(session -> session.isMandatory() && !session.isPlaced())
                .penalizeLong(MANDATORY_SESSION_UNSCHEDULED.defaultWeight(), Session::getDurationMinutes)
                .justifyWith((session, score) -> ForumJustification.mandatoryUnplaced(session))
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
                .justifyWith((session, score) -> ForumJustification.sessionUnavailable(session))
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
                .justifyWith((session, score) -> ForumJustification.proposalLeftOut(session))
                .asConstraint(PROPOSAL_UNSCHEDULED.constraintName());
    }

    /**
     * Re-planning moves as few announced sessions as possible. Penalty: one per announced session ({@code published})
     * that is placed at another time than announced, or left out; one, not its minutes, because a 90-minute session
     * moved is one disruption (its organizers, speakers and followers re-plan once), not ninety.
     *
     * <p>Medium, so that moving an announced session costs more than any soft gain the move could bring, and less than
     * any hard violation, such as leaving a mandatory session out. The default weight, 150, is above the highest
     * proposal value (130: evaluation 5 and three diversity flags, see {@link Session#proposalValue()}), so no
     * proposal left out of the announced programme is worth moving an announced session for.
     *
     * <p>An announced session left out counts too. For a mandatory session the hard "Mandatory session unscheduled"
     * already forbids it; for an announced optional proposal the Proposal unscheduled cost alone would let the solver
     * drop it to make room for a better proposal that was not announced, which undoes an acceptance already sent.
     * Counting it here makes dropping an announced proposal (its value plus this) always dearer than moving it (this),
     * so the solver moves it, and dearer than the gain of placing any other proposal in its stead. A session the
     * planner pinned away from its announced place counts as well: the move is real, and the count says so.
     */
    Constraint publishedPlacementChanged(ConstraintFactory factory) {
        return factory.forEachIncludingUnassigned(Session.class)
                .filter(session -> session.getPublishedPlacement() != null)
                .filter(session ->
                        !session.isPlaced() || !sameTime(session.getPlacement(), session.getPublishedPlacement()))
                .penalize(PUBLISHED_PLACEMENT_CHANGED.defaultWeight())
                .justifyWith((session, score) -> ForumJustification.movedFromPublished(session))
                .asConstraint(PUBLISHED_PLACEMENT_CHANGED.constraintName());
    }

    // ************************************************************************
    // Soft constraints
    // ************************************************************************

    /**
     * Sessions on the same {@code spread} topic do not run in parallel. Penalty: per topic and period, each pair of the
     * topic's sessions times the minutes; sessions sharing two topics count twice. {@code cluster} topics never count.
     */
    Constraint topicClash(ConstraintFactory factory) {
        return clash(factory, TOPIC_CLASH, SessionFacet.Kind.SPREAD_TOPIC);
    }

    /**
     * Sessions of one track do not run in parallel, so its followers can attend them all. Penalty: per track and period,
     * each pair of its sessions times the minutes.
     */
    Constraint trackClash(ConstraintFactory factory) {
        return clash(factory, TRACK_CLASH, SessionFacet.Kind.TRACK);
    }

    /**
     * Few participants have to choose between a main session and another session. Penalty: the competing session's
     * expected attendance times the hours of overlap (attendee-hours drawn away), rounded down.
     */
    Constraint competingWithMainSession(ConstraintFactory factory) {
        return factory.forEach(Session.class)
                .filter(session -> session.isMain() && !session.isExclusive())
                .join(Session.class, SAME_DAY, filtering((main, other) -> main != other && main.overlaps(other)))
                .penalizeLong(
                        COMPETING_WITH_MAIN_SESSION.defaultWeight(),
                        (main, other) ->
                                (long) other.getExpectedAttendance() * main.overlapMinutes(other) / MINUTES_IN_HOUR)
                .justifyWith((main, other, score) -> ForumJustification.competingWithMain(main, other))
                .asConstraint(COMPETING_WITH_MAIN_SESSION.constraintName());
    }

    /**
     * The programme spreads evenly over the days: a period with more sessions than the policy's target costs the square
     * of the excess times its minutes, so two periods one above the target cost less than one period two above.
     */
    Constraint parallelLoad(ConstraintFactory factory) {
        return sessionsRunningWithPolicy(factory)
                .filter((period, sessions, policy) -> policy.hasTarget() && sessions.size() > policy.targetParallel())
                .penalizeLong(PARALLEL_LOAD.defaultWeight(), (period, sessions, policy) -> {
                    long excess = sessions.size() - policy.targetParallel();
                    return excess * excess * period.minutes();
                })
                .justifyWith((period, sessions, policy, score) ->
                        ForumJustification.aboveTarget(period, sessions, policy.targetParallel()))
                .asConstraint(PARALLEL_LOAD.constraintName());
    }

    /**
     * Parallel sessions come from different organizations, so no organizer is stretched. Penalty: per organization and
     * period, each pair of its sessions times the minutes.
     */
    Constraint organizationClash(ConstraintFactory factory) {
        return clash(factory, ORGANIZATION_CLASH, SessionFacet.Kind.ORGANIZATION);
    }

    /** Everyone expected gets a seat. Penalty: missing seats times the session's hours (seat-hours short). */
    Constraint roomTooSmall(ConstraintFactory factory) {
        return factory.forEach(Session.class)
                .filter(session -> session.missingSeats(session.getPlacement()) > 0)
                .penalizeLong(
                        ROOM_TOO_SMALL.defaultWeight(),
                        session -> (long) session.missingSeats(session.getPlacement())
                                * session.getPlacement().minutes()
                                / MINUTES_IN_HOUR)
                .justifyWith((session, score) -> ForumJustification.roomTooSmall(session))
                .asConstraint(ROOM_TOO_SMALL.constraintName());
    }

    /**
     * A {@code cluster} topic's sessions are on as few days as possible, as its community asks. Penalty: each session
     * of the topic that is not on the topic's busiest day, including a lone session on a day of its own.
     */
    Constraint topicClusterSpread(ConstraintFactory factory) {
        return factory.forEach(Session.class)
                .filter(Session::hasClusterTopics)
                .flatten(Session::getClusterTopics)
                .groupBy(
                        (session, topic) -> topic,
                        (session, topic) -> session.day(),
                        toList((session, topic) -> session))
                .groupBy(
                        (topic, day, sessions) -> topic,
                        sum((Topic topic, LocalDate day, List<Session> sessions) -> sessions.size()),
                        max((Topic topic, LocalDate day, List<Session> sessions) -> sessions.size()),
                        toList((topic, day, sessions) -> sessions))
                .filter((topic, total, busiestDay, days) -> total > busiestDay)
                .penalizeLong(
                        TOPIC_CLUSTER_SPREAD.defaultWeight(), (topic, total, busiestDay, days) -> total - busiestDay)
                .justifyWith((topic, total, busiestDay, days, score) ->
                        ForumJustification.awayFromBusiestDay(topic, total, busiestDay, days))
                .asConstraint(TOPIC_CLUSTER_SPREAD.constraintName());
    }

    /** A session is where its organizers asked to be. Penalty: minutes outside the preferred timeslots. */
    Constraint preferredTimeslotMissed(ConstraintFactory factory) {
        return factory.forEach(Session.class)
                .filter(session -> session.minutesOutsidePreferred(session.getPlacement()) > 0)
                .penalizeLong(
                        PREFERRED_TIMESLOT_MISSED.defaultWeight(),
                        session -> session.minutesOutsidePreferred(session.getPlacement()))
                .justifyWith((session, score) -> ForumJustification.outsidePreferred(session))
                .asConstraint(PREFERRED_TIMESLOT_MISSED.constraintName());
    }

    /**
     * A person's sessions fall on few days, so speakers need not stay the whole week. Penalty: days from the person's
     * first session's day to their last; a person with one session, or all on one day, costs nothing.
     */
    Constraint personDaySpread(ConstraintFactory factory) {
        return occupancies(factory, SessionFacet.Kind.PERSON)
                .filter((facet, occupancy) -> occupancy.daySpan() > 0)
                .penalizeLong(PERSON_DAY_SPREAD.defaultWeight(), (facet, occupancy) -> occupancy.daySpan())
                .justifyWith((facet, occupancy, score) -> ForumJustification.daySpread(
                        facet, occupancy.firstDay(), occupancy.lastDay(), occupancy.sessions()))
                .asConstraint(PERSON_DAY_SPREAD.constraintName());
    }

    /** A track's sessions of one day stay in one room, so its followers need not move. Penalty: rooms beyond the first. */
    Constraint trackRoomChange(ConstraintFactory factory) {
        return factory.forEach(Session.class)
                .filter(Session::hasTrack)
                .groupBy(Session::getTrack, Session::day, countDistinct(Session::roomId), toList())
                .filter((track, day, rooms, sessions) -> rooms > 1)
                .penalizeLong(TRACK_ROOM_CHANGE.defaultWeight(), (track, day, rooms, sessions) -> rooms - 1)
                .justifyWith((track, day, rooms, sessions, score) ->
                        ForumJustification.trackRooms(track, day, rooms, sessions))
                .asConstraint(TRACK_ROOM_CHANGE.constraintName());
    }

    /**
     * An announced session keeps its announced room when it keeps its time. Penalty: one per announced session at its
     * announced time in another room, whatever its length. Soft, because participants who find a session at the time
     * they noted lose a walk, not the session; a time change is the medium "Published placement changed".
     *
     * <p>The default weight, 500, is above what moving one session to a better room usually gains: a 90-minute session
     * 330 seats short of its expected attendance costs 500, a track's extra room 30. So an announced session changes
     * room to make way for a displaced session (cheaper than changing its time, which costs a medium point) or out of
     * a grossly mismatched room, seldom for less. A forum solved briefly before it was announced leaves many smaller
     * room gains; a lower weight lets re-planning collect them at the price of more room changes, and the weight is
     * the planner's to set.
     */
    Constraint publishedRoomChanged(ConstraintFactory factory) {
        return factory.forEach(Session.class)
                .filter(session -> session.getPublishedPlacement() != null)
                .filter(session -> sameTime(session.getPlacement(), session.getPublishedPlacement())
                        && !session.roomId()
                                .equals(session.getPublishedPlacement().roomId()))
                .penalize(PUBLISHED_ROOM_CHANGED.defaultWeight())
                .justifyWith((session, score) -> ForumJustification.roomChangedFromPublished(session))
                .asConstraint(PUBLISHED_ROOM_CHANGED.constraintName());
    }

    /**
     * A feeder workshop comes shortly before the main session it feeds, preferably the same day. Penalty: hours from the
     * feeder's end to the main session's start, so the evening before costs more than the morning of the same day. A
     * feeder after its main session is the hard Precedence constraint's business.
     */
    Constraint feederFarFromMainSession(ConstraintFactory factory) {
        return factory.forEach(Precedence.class)
                .filter(precedence -> precedence.reason() == Precedence.Reason.FEEDS)
                .join(Session.class, equal(Precedence::earlierId, Session::getId))
                .join(
                        Session.class,
                        equal((precedence, feeder) -> precedence.laterId(), Session::getId),
                        // An hour or more apart: nearer costs nothing. One candidate, as in precedence.
                        filtering((precedence, feeder, main) ->
                                feeder.getPlacement().endMinute() + MINUTES_IN_HOUR
                                        <= main.getPlacement().startMinute()))
                .penalizeLong(
                        FEEDER_FAR_FROM_MAIN_SESSION.defaultWeight(),
                        (precedence, feeder, main) -> hoursBetween(feeder, main))
                .justifyWith((precedence, feeder, main, score) ->
                        ForumJustification.feederFarFromMain(feeder, main, hoursBetween(feeder, main)))
                .asConstraint(FEEDER_FAR_FROM_MAIN_SESSION.constraintName());
    }

    /**
     * Big rooms are kept for popular sessions. Penalty: seats beyond twice the expected attendance, times the session's
     * hours.
     */
    Constraint bigRoomForSmallSession(ConstraintFactory factory) {
        return factory.forEach(Session.class)
                .filter(session -> session.surplusSeats(session.getPlacement()) > 0)
                .penalizeLong(
                        BIG_ROOM_FOR_SMALL_SESSION.defaultWeight(),
                        session -> (long) session.surplusSeats(session.getPlacement())
                                * session.getPlacement().minutes()
                                / MINUTES_IN_HOUR)
                .justifyWith((session, score) -> ForumJustification.roomTooBig(session))
                .asConstraint(BIG_ROOM_FOR_SMALL_SESSION.constraintName());
    }

    // ************************************************************************
    // Shared building blocks
    // ************************************************************************

    /** Whether two placements run over the same interval, whatever their rooms and timeslot ids. */
    private static boolean sameTime(Placement first, Placement second) {
        return first.startMinute() == second.startMinute() && first.endMinute() == second.endMinute();
    }

    private static long hoursBetween(Session earlier, Session later) {
        return (later.getPlacement().startMinute() - earlier.getPlacement().endMinute()) / MINUTES_IN_HOUR;
    }

    /**
     * Each facet of a kind (a room, a person, a topic, ...) that placed sessions share, with its occupancy. All kinds go
     * through one grouping, which each constraint then filters by kind: a moving session updates its facets once, not
     * once per constraint.
     */
    private static BiConstraintStream<SessionFacet, FacetOccupancy> occupancies(
            ConstraintFactory factory, SessionFacet.Kind kind) {
        return factory.forEach(Session.class)
                .flatten(Session::facetsWithRoom)
                .groupBy((session, facet) -> facet, OCCUPANCY)
                .filter((facet, occupancy) -> facet.kind() == kind);
    }

    /**
     * Sessions sharing a facet of a kind run at once. One match per facet, which a move updates in place; its
     * justification has a piece per period, which explanations list.
     */
    private static Constraint clash(ConstraintFactory factory, ForumConstraint constraint, SessionFacet.Kind kind) {
        return occupancies(factory, kind)
                .filter((facet, occupancy) -> occupancy.pairMinutes() > 0)
                .penalizeLong(constraint.defaultWeight(), (facet, occupancy) -> occupancy.pairMinutes())
                .justifyWith((facet, occupancy, score) -> new ClashJustification(occupancy.clashes().stream()
                        .map(clash -> ClashJustification.Piece.of(
                                facet, clash.period(), clash.sessions(), clash.pairMinutes()))
                        .toList()))
                .asConstraint(constraint.constraintName());
    }

    /**
     * The sessions running in each period when there are two or more (the policy's limits are at least one), with the
     * forum's policy.
     */
    private static TriConstraintStream<Period, List<Session>, Policy> sessionsRunningWithPolicy(
            ConstraintFactory factory) {
        return factory.forEach(Session.class)
                .flatten(Session::periods)
                .groupBy((session, period) -> period, SESSIONS_RUNNING)
                .filter((period, sessions) -> sessions.size() > 1)
                .join(Policy.class);
    }
}
