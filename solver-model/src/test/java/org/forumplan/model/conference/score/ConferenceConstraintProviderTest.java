package org.forumplan.model.conference.score;

import ai.timefold.solver.test.api.score.stream.ConstraintVerifier;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.forumplan.model.conference.domain.Cell;
import org.forumplan.model.conference.domain.Conference;
import org.forumplan.model.conference.domain.Room;
import org.forumplan.model.conference.domain.Session;
import org.forumplan.model.conference.domain.Slot;
import org.forumplan.model.conference.domain.Submission;
import org.forumplan.model.conference.domain.Track;
import org.junit.jupiter.api.Test;

/**
 * Each term counted as CoSPLib's evaluator counts it, on three sessions of three timeslots, three rooms and three
 * tracks: a case that costs, with its exact count, and one that does not.
 */
class ConferenceConstraintProviderTest {

    private static final ConstraintVerifier<ConferenceConstraintProvider, Conference> VERIFIER =
            ConstraintVerifier.build(new ConferenceConstraintProvider(), Conference.class, Submission.class);

    private static final List<Session> SESSIONS = List.of(
            new Session(0, "Mon1", 3, new long[] {0, 7, 0}),
            new Session(1, "Mon2", 3, new long[3]),
            new Session(2, "Tue1", 3, new long[3]));
    private static final List<Room> ROOMS = List.of(new Room(0, "A"), new Room(1, "B"), new Room(2, "C"));
    private static final List<Cell> CELLS = cells();

    /** T0 costs 10 in Mon1 and 4 in room C; it is 3 similar to T1 and shares a chair with T2. */
    private static final Track T0 =
            new Track(0, "T0", new long[] {10, 0, 0}, new long[] {0, 0, 4}, new long[] {0, 3, 0}, new boolean[] {
                false, false, true
            });

    private static final Track T1 =
            new Track(1, "T1", new long[3], new long[3], new long[] {3, 0, 0}, new boolean[] {false, false, false});
    private static final Track T2 =
            new Track(2, "T2", new long[3], new long[3], new long[] {0, 0, 0}, new boolean[] {true, false, false});

    private int nextIndex;
    /** Each submission's conflicts, kept so that a test can add to them after making both submissions. */
    private final Map<Submission, Submission.Conflicts> conflicts = new HashMap<>();

    private static List<Cell> cells() {
        List<Cell> cells = new ArrayList<>();
        for (Session session : SESSIONS) {
            for (Room room : ROOMS) {
                cells.add(new Cell(cells.size(), session, room));
            }
        }
        return cells;
    }

    private Submission submission(Track track, int length, int order) {
        return submission(track, length, order, new Submission.SubmissionCosts(new long[3], new long[3], new long[3]));
    }

    private Submission submission(Track track, int length, int order, Submission.SubmissionCosts costs) {
        int index = nextIndex++;
        Submission.Conflicts none = new Submission.Conflicts(new BitSet(), new BitSet());
        Submission submission = new Submission(index, "S" + index, track, length, order, costs, none, List.of());
        conflicts.put(submission, none);
        return submission;
    }

    private static Submission at(Submission submission, int session, int room, int start) {
        submission.setSlot(new Slot(CELLS.get(session * 3 + room), start, submission.getLength()));
        return submission;
    }

    /** Makes two submissions conflict, as presenters or as attendees. */
    private void conflict(Submission first, Submission second, boolean presenters) {
        Submission.Conflicts ofFirst = conflicts.get(first);
        Submission.Conflicts ofSecond = conflicts.get(second);
        (presenters ? ofFirst.presenters() : ofFirst.attendees()).set(second.getIndex());
        (presenters ? ofSecond.presenters() : ofSecond.attendees()).set(first.getIndex());
    }

    @Test
    void twoSubmissionsInOneTimeslotOfARoomCostHardPerTimeslotShared() {
        Submission twoSlots = at(submission(T0, 2, 0), 0, 0, 0);
        VERIFIER.verifyThat(ConferenceConstraintProvider::timeslotTakenTwice)
                .given(twoSlots, at(submission(T0, 2, 0), 0, 0, 1))
                .penalizesBy(1);
        VERIFIER.verifyThat(ConferenceConstraintProvider::timeslotTakenTwice)
                .given(twoSlots, at(submission(T0, 1, 0), 0, 0, 2), at(submission(T0, 2, 0), 0, 1, 0))
                .penalizesBy(0);
    }

    @Test
    void aCellHoldsOneTrack() {
        VERIFIER.verifyThat(ConferenceConstraintProvider::cellSharedByTracks)
                .given(at(submission(T0, 1, 0), 0, 0, 0), at(submission(T1, 1, 0), 0, 0, 1))
                .penalizesBy(1);
        VERIFIER.verifyThat(ConferenceConstraintProvider::cellSharedByTracks)
                .given(at(submission(T0, 1, 0), 0, 0, 0), at(submission(T0, 1, 0), 0, 0, 1))
                .penalizesBy(0);
    }

    @Test
    void aTracksSessionPenaltyIsPaidPerRoomItHoldsInTheSession() {
        VERIFIER.verifyThat(ConferenceConstraintProvider::tracksSessions)
                .given(
                        at(submission(T0, 1, 0), 0, 0, 0),
                        at(submission(T0, 1, 0), 0, 0, 1),
                        at(submission(T0, 1, 0), 0, 1, 0))
                .penalizesBy(20);
        VERIFIER.verifyThat(ConferenceConstraintProvider::tracksSessions)
                .given(at(submission(T0, 1, 0), 1, 0, 0), at(submission(T1, 1, 0), 0, 0, 0))
                .penalizesBy(0);
    }

    @Test
    void aTracksRoomPenaltyIsPaidPerSessionItHoldsTheRoom() {
        VERIFIER.verifyThat(ConferenceConstraintProvider::tracksRooms)
                .given(
                        at(submission(T0, 1, 0), 0, 2, 0),
                        at(submission(T0, 1, 0), 0, 2, 1),
                        at(submission(T0, 1, 0), 1, 2, 0))
                .penalizesBy(8);
        VERIFIER.verifyThat(ConferenceConstraintProvider::tracksRooms)
                .given(at(submission(T0, 1, 0), 0, 0, 0), at(submission(T1, 1, 0), 0, 2, 0))
                .penalizesBy(0);
    }

    @Test
    void aSessionsRoomPenaltyIsPaidOncePerCellInUse() {
        VERIFIER.verifyThat(ConferenceConstraintProvider::sessionsRooms)
                .given(at(submission(T1, 1, 0), 0, 1, 0), at(submission(T1, 1, 0), 0, 1, 2))
                .penalizesBy(7);
        VERIFIER.verifyThat(ConferenceConstraintProvider::sessionsRooms)
                .given(at(submission(T1, 1, 0), 1, 1, 0))
                .penalizesBy(0);
    }

    @Test
    void similarTracksCostPerPairOfRoomsInASession() {
        // T0 in rooms A and C, T1 in room B: the pairs A-B and B-C, 3 each.
        VERIFIER.verifyThat(ConferenceConstraintProvider::similarTracks)
                .given(
                        at(submission(T0, 1, 0), 0, 0, 0),
                        at(submission(T0, 1, 0), 0, 2, 0),
                        at(submission(T1, 1, 0), 0, 1, 2))
                .penalizesBy(6);
        VERIFIER.verifyThat(ConferenceConstraintProvider::similarTracks)
                .given(at(submission(T0, 1, 0), 0, 0, 0), at(submission(T1, 1, 0), 1, 1, 0))
                .penalizesBy(0);
    }

    @Test
    void eachRoomATrackUsesBeyondItsFirstCosts() {
        VERIFIER.verifyThat(ConferenceConstraintProvider::roomsPerTrack)
                .given(
                        at(submission(T0, 1, 0), 0, 0, 0),
                        at(submission(T0, 1, 0), 1, 1, 0),
                        at(submission(T0, 1, 0), 2, 2, 0),
                        at(submission(T0, 1, 0), 2, 0, 0))
                .penalizesBy(2);
        VERIFIER.verifyThat(ConferenceConstraintProvider::roomsPerTrack)
                .given(at(submission(T0, 1, 0), 0, 0, 0), at(submission(T0, 1, 0), 1, 0, 0))
                .penalizesBy(0);
    }

    @Test
    void aTrackInSeveralRoomsOfASessionCostsPerRoomBeyondTheFirst() {
        VERIFIER.verifyThat(ConferenceConstraintProvider::parallelTracks)
                .given(
                        at(submission(T0, 1, 0), 0, 0, 0),
                        at(submission(T0, 1, 0), 0, 1, 0),
                        at(submission(T0, 1, 0), 0, 2, 1),
                        at(submission(T0, 1, 0), 1, 0, 0),
                        at(submission(T0, 1, 0), 1, 1, 0))
                .penalizesBy(3);
        VERIFIER.verifyThat(ConferenceConstraintProvider::parallelTracks)
                .given(at(submission(T0, 1, 0), 0, 0, 0), at(submission(T0, 1, 0), 0, 0, 1))
                .penalizesBy(0);
    }

    @Test
    void aTrackWithAGapBetweenItsSessionsCostsOnceHoweverManyGaps() {
        VERIFIER.verifyThat(ConferenceConstraintProvider::consecutiveTracks)
                .given(
                        at(submission(T0, 1, 0), 0, 0, 0),
                        at(submission(T0, 1, 0), 2, 0, 0),
                        at(submission(T1, 1, 0), 0, 1, 0),
                        at(submission(T1, 1, 0), 2, 1, 0))
                .penalizesBy(2);
        VERIFIER.verifyThat(ConferenceConstraintProvider::consecutiveTracks)
                .given(
                        at(submission(T0, 1, 0), 0, 0, 0),
                        at(submission(T0, 1, 0), 1, 2, 0),
                        at(submission(T0, 1, 0), 1, 1, 0))
                .penalizesBy(0);
    }

    @Test
    void tracksSharingAChairCostPerPairOfRoomsInASession() {
        VERIFIER.verifyThat(ConferenceConstraintProvider::chairsConflicts)
                .given(
                        at(submission(T0, 1, 0), 0, 0, 0),
                        at(submission(T0, 1, 0), 0, 2, 0),
                        at(submission(T2, 1, 0), 0, 1, 0))
                .penalizesBy(2);
        VERIFIER.verifyThat(ConferenceConstraintProvider::chairsConflicts)
                .given(at(submission(T0, 1, 0), 0, 0, 0), at(submission(T2, 1, 0), 1, 1, 0))
                .penalizesBy(0);
    }

    @Test
    void submissionPenaltiesArePaidPerTimeslotHeld() {
        Submission.SubmissionCosts costs =
                new Submission.SubmissionCosts(new long[] {0, 10, 0}, new long[] {0, 0, 5}, new long[] {0, 2, 0});
        VERIFIER.verifyThat(ConferenceConstraintProvider::submissionsTimezones)
                .given(at(submission(T0, 2, 0, costs), 1, 0, 0))
                .penalizesBy(20);
        VERIFIER.verifyThat(ConferenceConstraintProvider::submissionsTimezones)
                .given(at(submission(T0, 2, 0, costs), 0, 0, 0))
                .penalizesBy(0);
        VERIFIER.verifyThat(ConferenceConstraintProvider::submissionsSessions)
                .given(at(submission(T0, 3, 0, costs), 2, 0, 0))
                .penalizesBy(15);
        VERIFIER.verifyThat(ConferenceConstraintProvider::submissionsSessions)
                .given(at(submission(T0, 3, 0, costs), 1, 0, 0))
                .penalizesBy(0);
        VERIFIER.verifyThat(ConferenceConstraintProvider::submissionsRooms)
                .given(at(submission(T0, 2, 0, costs), 2, 1, 1))
                .penalizesBy(4);
        VERIFIER.verifyThat(ConferenceConstraintProvider::submissionsRooms)
                .given(at(submission(T0, 2, 0, costs), 2, 2, 1))
                .penalizesBy(0);
    }

    @Test
    void aSubmissionNotAtItsPositionInItsTrackCostsOneAndUnorderedOnesTakeAPositionToo() {
        // Read by session, room, timeslot: the second (position 1), the unordered one (2), the first (3).
        VERIFIER.verifyThat(ConferenceConstraintProvider::submissionsOrder)
                .given(
                        at(submission(T0, 1, 1), 1, 0, 0),
                        at(submission(T0, 1, 2), 0, 0, 2),
                        at(submission(T0, 1, 0), 0, 1, 0))
                .penalizesBy(2);
        VERIFIER.verifyThat(ConferenceConstraintProvider::submissionsOrder)
                .given(
                        at(submission(T0, 1, 1), 0, 0, 0),
                        at(submission(T0, 1, 0), 0, 0, 1),
                        at(submission(T0, 1, 3), 0, 1, 0),
                        at(submission(T1, 1, 1), 0, 2, 0))
                .penalizesBy(0);
    }

    @Test
    void twoOrderedSubmissionsOfATrackAtTheSameTimeCostPerTimeslotShared() {
        VERIFIER.verifyThat(ConferenceConstraintProvider::submissionsOrderSameTimeslot)
                .given(at(submission(T0, 2, 1), 0, 0, 0), at(submission(T0, 2, 2), 0, 1, 1))
                .penalizesBy(1);
        VERIFIER.verifyThat(ConferenceConstraintProvider::submissionsOrderSameTimeslot)
                .given(
                        at(submission(T0, 2, 1), 0, 0, 0),
                        at(submission(T0, 2, 0), 0, 1, 1),
                        at(submission(T1, 2, 1), 0, 2, 0))
                .penalizesBy(0);
    }

    @Test
    void aSharedPresenterInOneSessionCostsOncePerPairInDifferentRooms() {
        Submission first = at(submission(T0, 2, 0), 0, 0, 0);
        Submission second = at(submission(T1, 2, 0), 0, 1, 0);
        conflict(first, second, true);
        VERIFIER.verifyThat(ConferenceConstraintProvider::presentersConflicts)
                .given(first, second)
                .penalizesBy(1);
        VERIFIER.verifyThat(ConferenceConstraintProvider::presentersConflictsTimeslots)
                .given(first, second)
                .penalizesBy(2);
        at(second, 0, 0, 2);
        VERIFIER.verifyThat(ConferenceConstraintProvider::presentersConflicts)
                .given(first, second)
                .penalizesBy(0);
        at(second, 0, 1, 2);
        VERIFIER.verifyThat(ConferenceConstraintProvider::presentersConflictsTimeslots)
                .given(first, second)
                .penalizesBy(0);
    }

    @Test
    void anAttendeeWantingTwoSubmissionsAtOnceCostsLikeAPresenter() {
        Submission first = at(submission(T0, 3, 0), 2, 0, 0);
        Submission second = at(submission(T1, 1, 0), 2, 2, 1);
        conflict(first, second, false);
        VERIFIER.verifyThat(ConferenceConstraintProvider::attendeesConflicts)
                .given(first, second)
                .penalizesBy(1);
        VERIFIER.verifyThat(ConferenceConstraintProvider::attendeesConflictsTimeslots)
                .given(first, second)
                .penalizesBy(1);
        VERIFIER.verifyThat(ConferenceConstraintProvider::presentersConflicts)
                .given(first, second)
                .penalizesBy(0);
        at(second, 1, 2, 1);
        VERIFIER.verifyThat(ConferenceConstraintProvider::attendeesConflicts)
                .given(first, second)
                .penalizesBy(0);
        VERIFIER.verifyThat(ConferenceConstraintProvider::attendeesConflictsTimeslots)
                .given(first, second)
                .penalizesBy(0);
    }
}
