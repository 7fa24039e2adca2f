package org.forumplan.model.conference.score;

import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.compose;
import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.count;
import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.countDistinct;
import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.max;
import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.min;
import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.toSortedSet;
import static ai.timefold.solver.core.api.score.stream.Joiners.equal;
import static ai.timefold.solver.core.api.score.stream.Joiners.filtering;
import static ai.timefold.solver.core.api.score.stream.Joiners.lessThan;

import ai.timefold.solver.core.api.score.buildin.hardsoftlong.HardSoftLongScore;
import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import ai.timefold.solver.core.api.score.stream.ConstraintProvider;
import ai.timefold.solver.core.api.score.stream.bi.BiConstraintStream;
import ai.timefold.solver.core.api.score.stream.uni.UniConstraintStream;
import java.util.Comparator;
import java.util.SortedSet;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToLongFunction;
import org.forumplan.model.conference.domain.Cell;
import org.forumplan.model.conference.domain.Slot;
import org.forumplan.model.conference.domain.Submission;
import org.forumplan.model.conference.domain.Track;

/**
 * CoSPLib's objective as constraint streams, each term counted exactly as the library's evaluator counts it
 * ({@code Solver/solution.py}) on every schedule that keeps the two hard rules; each penalises its raw count by one
 * soft point, and the instance's weight multiplies it (a weight of 0 switches the term off). The evaluator reads a
 * track per cell from the solution; here a cell's track is that of the submissions in it, which the cell rule makes
 * one.
 */
public class ConferenceConstraintProvider implements ConstraintProvider {

    public static final String TIMESLOT_TAKEN_TWICE = "Timeslot taken twice";
    public static final String CELL_SHARED_BY_TRACKS = "Cell shared by tracks";

    /** One key for every grouping by cell and track, so that Timefold shares the node between the terms. */
    private static final Function<Submission, CellTrack> CELL_TRACK =
            submission -> new CellTrack(submission.cell(), submission.getTrack());

    /** The order the evaluator reads a track's submissions in: by session, then room, then first timeslot. */
    private static final Comparator<Placed> READING_ORDER = Comparator.comparingInt(
                    (Placed placed) -> placed.slot().cell().session().index())
            .thenComparingInt(placed -> placed.slot().cell().room().index())
            .thenComparingInt(placed -> placed.slot().start())
            // Two in one timeslot break a hard rule, but the set must still hold both.
            .thenComparingInt(placed -> placed.submission().getIndex());

    /** A cell a track holds. */
    public record CellTrack(Cell cell, Track track) {}

    /**
     * A submission with the slot it had when it was collected: a sorted collection must not compare a submission by
     * its current slot, which a move has changed by the time the submission leaves the collection.
     */
    record Placed(Submission submission, Slot slot) {}

    @Override
    public Constraint[] defineConstraints(ConstraintFactory factory) {
        return new Constraint[] {
            timeslotTakenTwice(factory),
            cellSharedByTracks(factory),
            tracksSessions(factory),
            tracksRooms(factory),
            sessionsRooms(factory),
            similarTracks(factory),
            roomsPerTrack(factory),
            parallelTracks(factory),
            consecutiveTracks(factory),
            submissionsTimezones(factory),
            submissionsOrder(factory),
            submissionsOrderSameTimeslot(factory),
            submissionsSessions(factory),
            submissionsRooms(factory),
            presentersConflicts(factory),
            attendeesConflicts(factory),
            chairsConflicts(factory),
            presentersConflictsTimeslots(factory),
            attendeesConflictsTimeslots(factory)
        };
    }

    // ************************************************************************
    // Hard rules: what a solution workbook can hold
    // ************************************************************************

    /** One submission per room and timeslot. Penalty: each timeslot two submissions share. */
    Constraint timeslotTakenTwice(ConstraintFactory factory) {
        return factory.forEachUniquePair(
                        Submission.class,
                        equal(Submission::cell),
                        filtering((first, second) -> first.getSlot().overlap(second.getSlot()) > 0))
                .penalizeLong(
                        HardSoftLongScore.ONE_HARD,
                        (first, second) -> first.getSlot().overlap(second.getSlot()))
                .asConstraint(TIMESLOT_TAKEN_TWICE);
    }

    /** A cell holds the submissions of one track. Penalty: each pair of submissions of different tracks in a cell. */
    Constraint cellSharedByTracks(ConstraintFactory factory) {
        return factory.forEachUniquePair(
                        Submission.class,
                        equal(Submission::cell),
                        filtering((first, second) -> first.getTrack() != second.getTrack()))
                .penalize(HardSoftLongScore.ONE_HARD)
                .asConstraint(CELL_SHARED_BY_TRACKS);
    }

    // ************************************************************************
    // Terms of cells and tracks
    // ************************************************************************

    private static UniConstraintStream<CellTrack> cellTracks(ConstraintFactory factory) {
        return factory.forEach(Submission.class).groupBy(CELL_TRACK);
    }

    Constraint tracksSessions(ConstraintFactory factory) {
        return cellTracks(factory)
                .filter(held ->
                        held.track().sessionPenalties()[held.cell().session().index()] != 0)
                .penalizeLong(
                        HardSoftLongScore.ONE_SOFT,
                        held -> held.track()
                                .sessionPenalties()[held.cell().session().index()])
                .asConstraint(Term.TRACKS_SESSIONS.constraintName());
    }

    Constraint tracksRooms(ConstraintFactory factory) {
        return cellTracks(factory)
                .filter(held -> held.track().roomPenalties()[held.cell().room().index()] != 0)
                .penalizeLong(
                        HardSoftLongScore.ONE_SOFT,
                        held -> held.track().roomPenalties()[held.cell().room().index()])
                .asConstraint(Term.TRACKS_ROOMS.constraintName());
    }

    Constraint sessionsRooms(ConstraintFactory factory) {
        return cellTracks(factory)
                .filter(held ->
                        held.cell().session().roomPenalties()[held.cell().room().index()] != 0)
                .penalizeLong(
                        HardSoftLongScore.ONE_SOFT,
                        held -> held.cell()
                                .session()
                                .roomPenalties()[held.cell().room().index()])
                .asConstraint(Term.SESSIONS_ROOMS.constraintName());
    }

    /** Per session and pair of rooms whose tracks differ: their similarity. */
    Constraint similarTracks(ConstraintFactory factory) {
        return cellTracks(factory)
                .join(
                        cellTracks(factory),
                        equal(held -> held.cell().session()),
                        lessThan(held -> held.cell().room().index()),
                        filtering((first, second) -> first.track() != second.track() && similarity(first, second) != 0))
                .penalizeLong(HardSoftLongScore.ONE_SOFT, ConferenceConstraintProvider::similarity)
                .asConstraint(Term.SIMILAR_TRACKS.constraintName());
    }

    private static long similarity(CellTrack first, CellTrack second) {
        return first.track().similarity()[second.track().index()];
    }

    /** Per track: the distinct rooms it uses over the conference, beyond the first. */
    Constraint roomsPerTrack(ConstraintFactory factory) {
        return cellTracks(factory)
                .groupBy(CellTrack::track, countDistinct(held -> held.cell().room()))
                .filter((track, rooms) -> rooms > 1)
                .penalizeLong(HardSoftLongScore.ONE_SOFT, (track, rooms) -> rooms - 1L)
                .asConstraint(Term.ROOMS_PER_TRACK.constraintName());
    }

    /** Per session and track: the rooms it holds beyond the first. */
    Constraint parallelTracks(ConstraintFactory factory) {
        return cellTracks(factory)
                .groupBy(held -> held.cell().session(), CellTrack::track, count())
                .filter((session, track, rooms) -> rooms > 1)
                .penalizeLong(HardSoftLongScore.ONE_SOFT, (session, track, rooms) -> rooms - 1L)
                .asConstraint(Term.PARALLEL_TRACKS.constraintName());
    }

    /** One per track whose sessions are not a run of neighbouring sessions. */
    Constraint consecutiveTracks(ConstraintFactory factory) {
        return cellTracks(factory)
                .groupBy(
                        CellTrack::track,
                        compose(
                                min((CellTrack held) -> held.cell().session().index()),
                                max((CellTrack held) -> held.cell().session().index()),
                                countDistinct((CellTrack held) -> held.cell().session()),
                                (first, last, sessions) -> last - first + 1 != sessions))
                .filter((track, gapped) -> gapped)
                .penalize(HardSoftLongScore.ONE_SOFT)
                .asConstraint(Term.CONSECUTIVE_TRACKS.constraintName());
    }

    /** Per pair of rooms of a session whose tracks share a chair. */
    Constraint chairsConflicts(ConstraintFactory factory) {
        return cellTracks(factory)
                .join(
                        cellTracks(factory),
                        equal(held -> held.cell().session()),
                        lessThan(held -> held.cell().room().index()),
                        filtering((first, second) ->
                                first.track().chairConflicts()[second.track().index()]))
                .penalize(HardSoftLongScore.ONE_SOFT)
                .asConstraint(Term.CHAIRS_CONFLICTS.constraintName());
    }

    // ************************************************************************
    // Terms of submissions, per timeslot held
    // ************************************************************************

    Constraint submissionsTimezones(ConstraintFactory factory) {
        return perTimeslotHeld(
                factory,
                Term.SUBMISSIONS_TIMEZONES,
                submission ->
                        submission.getCosts().timeZone()[submission.session().index()]);
    }

    Constraint submissionsSessions(ConstraintFactory factory) {
        return perTimeslotHeld(
                factory,
                Term.SUBMISSIONS_SESSIONS,
                submission ->
                        submission.getCosts().sessions()[submission.session().index()]);
    }

    Constraint submissionsRooms(ConstraintFactory factory) {
        return perTimeslotHeld(
                factory,
                Term.SUBMISSIONS_ROOMS,
                submission -> submission.getCosts().rooms()[submission.room().index()]);
    }

    /** A submission's own penalty where it is, paid for each timeslot it holds. */
    private static Constraint perTimeslotHeld(
            ConstraintFactory factory, Term term, ToLongFunction<Submission> penaltyPerTimeslot) {
        return factory.forEach(Submission.class)
                .filter(submission -> penaltyPerTimeslot.applyAsLong(submission) != 0)
                .penalizeLong(
                        HardSoftLongScore.ONE_SOFT,
                        submission -> submission.getLength() * penaltyPerTimeslot.applyAsLong(submission))
                .asConstraint(term.constraintName());
    }

    // ************************************************************************
    // Order within a track
    // ************************************************************************

    /**
     * A track's submissions read by session, room and timeslot are numbered from 1, each one advancing the number;
     * one with an order of its own that is not its number costs one.
     */
    Constraint submissionsOrder(ConstraintFactory factory) {
        return factory.forEach(Submission.class)
                .groupBy(
                        Submission::getTrack,
                        toSortedSet(submission -> new Placed(submission, submission.getSlot()), READING_ORDER))
                .filter((track, read) -> outOfOrder(read) > 0)
                .penalizeLong(HardSoftLongScore.ONE_SOFT, (track, read) -> outOfOrder(read))
                .asConstraint(Term.SUBMISSIONS_ORDER.constraintName());
    }

    private static long outOfOrder(SortedSet<Placed> read) {
        long wrong = 0;
        int position = 1;
        for (Placed placed : read) {
            Submission submission = placed.submission();
            if (submission.hasOrder() && submission.getOrder() != position) {
                wrong++;
            }
            position++;
        }
        return wrong;
    }

    /** The same term's second part: two ordered submissions of a track at the same time, per timeslot shared. */
    Constraint submissionsOrderSameTimeslot(ConstraintFactory factory) {
        return factory.forEachUniquePair(
                        Submission.class,
                        equal(Submission::getTrack),
                        equal(Submission::session),
                        filtering((first, second) -> first.hasOrder()
                                && second.hasOrder()
                                && first.getSlot().overlap(second.getSlot()) > 0))
                .penalizeLong(
                        HardSoftLongScore.ONE_SOFT,
                        (first, second) -> first.getSlot().overlap(second.getSlot()))
                .asConstraint(Term.SUBMISSIONS_ORDER.constraintNames().get(1));
    }

    // ************************************************************************
    // People in two places
    // ************************************************************************

    /** Per session, each pair of submissions sharing a presenter in different rooms, however long they overlap. */
    Constraint presentersConflicts(ConstraintFactory factory) {
        return inDifferentRooms(
                conflictingPairs(factory, Submission::hasPresenterConflicts, Submission::conflictsAsPresenterWith),
                Term.PRESENTERS_CONFLICTS);
    }

    Constraint attendeesConflicts(ConstraintFactory factory) {
        return inDifferentRooms(
                conflictingPairs(factory, Submission::hasAttendeeConflicts, Submission::conflictsAsAttendeeWith),
                Term.ATTENDEES_CONFLICTS);
    }

    /** Per timeslot two submissions sharing a presenter both hold. */
    Constraint presentersConflictsTimeslots(ConstraintFactory factory) {
        return perTimeslotShared(
                conflictingPairs(factory, Submission::hasPresenterConflicts, Submission::conflictsAsPresenterWith),
                Term.PRESENTERS_CONFLICTS_TIMESLOTS);
    }

    Constraint attendeesConflictsTimeslots(ConstraintFactory factory) {
        return perTimeslotShared(
                conflictingPairs(factory, Submission::hasAttendeeConflicts, Submission::conflictsAsAttendeeWith),
                Term.ATTENDEES_CONFLICTS_TIMESLOTS);
    }

    /** Each pair of conflicting submissions in one session, once. */
    private static BiConstraintStream<Submission, Submission> conflictingPairs(
            ConstraintFactory factory,
            Predicate<Submission> hasConflicts,
            BiPredicate<Submission, Submission> conflicting) {
        return factory.forEach(Submission.class)
                .filter(hasConflicts)
                .join(
                        Submission.class,
                        equal(Submission::session),
                        lessThan(Submission::getIndex),
                        filtering(conflicting));
    }

    private static Constraint inDifferentRooms(BiConstraintStream<Submission, Submission> pairs, Term term) {
        return pairs.filter((first, second) -> first.room() != second.room())
                .penalize(HardSoftLongScore.ONE_SOFT)
                .asConstraint(term.constraintName());
    }

    private static Constraint perTimeslotShared(BiConstraintStream<Submission, Submission> pairs, Term term) {
        return pairs.filter((first, second) -> first.getSlot().overlap(second.getSlot()) > 0)
                .penalizeLong(
                        HardSoftLongScore.ONE_SOFT,
                        (first, second) -> first.getSlot().overlap(second.getSlot()))
                .asConstraint(term.constraintName());
    }
}
