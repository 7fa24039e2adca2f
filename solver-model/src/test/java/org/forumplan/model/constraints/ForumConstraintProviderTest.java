package org.forumplan.model.constraints;

import static org.forumplan.model.constraints.TestForum.AFTERNOON;
import static org.forumplan.model.constraints.TestForum.ALICE;
import static org.forumplan.model.constraints.TestForum.BOB;
import static org.forumplan.model.constraints.TestForum.CAPACITY_BUILDING;
import static org.forumplan.model.constraints.TestForum.CAROL_AWAY_LATE_MORNING;
import static org.forumplan.model.constraints.TestForum.CHILD_PROTECTION;
import static org.forumplan.model.constraints.TestForum.CIR;
import static org.forumplan.model.constraints.TestForum.DAY;
import static org.forumplan.model.constraints.TestForum.FLASH_IN_MORNING;
import static org.forumplan.model.constraints.TestForum.HUMAN_RIGHTS;
import static org.forumplan.model.constraints.TestForum.LATE_MORNING;
import static org.forumplan.model.constraints.TestForum.MORNING;
import static org.forumplan.model.constraints.TestForum.NEXT_DAY_MORNING;
import static org.forumplan.model.constraints.TestForum.ROOM_A;
import static org.forumplan.model.constraints.TestForum.ROOM_B;
import static org.forumplan.model.constraints.TestForum.ROOM_C_CLOSED_IN_THE_MORNING;
import static org.forumplan.model.constraints.TestForum.announced;
import static org.forumplan.model.constraints.TestForum.attended;
import static org.forumplan.model.constraints.TestForum.flash;
import static org.forumplan.model.constraints.TestForum.inTrack;
import static org.forumplan.model.constraints.TestForum.mainSession;
import static org.forumplan.model.constraints.TestForum.place;
import static org.forumplan.model.constraints.TestForum.requiring;
import static org.forumplan.model.constraints.TestForum.unplaced;
import static org.forumplan.model.constraints.TestForum.withPeople;
import static org.forumplan.model.constraints.TestForum.withTopics;
import static org.forumplan.model.constraints.TestForum.workshop;

import ai.timefold.solver.test.api.score.stream.ConstraintVerifier;
import java.util.List;
import java.util.Set;
import org.forumplan.model.constraints.justifications.ClashJustification;
import org.forumplan.model.constraints.justifications.ForumJustification;
import org.forumplan.model.constraints.justifications.ForumJustification.Span;
import org.forumplan.model.domain.ForumClock;
import org.forumplan.model.domain.Policy;
import org.forumplan.model.domain.Precedence;
import org.forumplan.model.domain.Programme;
import org.forumplan.model.domain.RoomFeature;
import org.forumplan.model.domain.Session;
import org.forumplan.model.domain.Timeslot;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * One test group per constraint, each with a violating and a non-violating case and the exact penalty (the match weight,
 * before the constraint's weight). The test forum: MORNING 09:00-10:30 with a flash slot 09:30-10:00 inside it, and
 * LATE_MORNING 11:00-12:30.
 */
class ForumConstraintProviderTest {

    private final ConstraintVerifier<ForumConstraintProvider, Programme> verifier =
            ConstraintVerifier.build(new ForumConstraintProvider(), Programme.class, Session.class);

    private static ForumJustification lateMorning(List<String> sessionIds, String what) {
        return new ForumJustification(sessionIds, what, new Span(LATE_MORNING.startMinute(), LATE_MORNING.endMinute()));
    }

    private static ForumJustification during(Timeslot timeslot, List<String> sessionIds, String what) {
        return new ForumJustification(sessionIds, what, new Span(timeslot.startMinute(), timeslot.endMinute()));
    }

    /** Two sessions sharing a facet all through the late morning: one clash of 90 pair-minutes. */
    private static ClashJustification clashLateMorning(List<String> sessionIds, String what) {
        return new ClashJustification(List.of(new ClashJustification.Piece(lateMorning(sessionIds, what), 90)));
    }

    @Nested
    class RoomConflict {

        @Test
        void twoSessionsInOneRoomAtOnceArePenalisedByTheirOverlap() {
            verifier.verifyThat(ForumConstraintProvider::roomConflict)
                    .given(place(workshop("WS1"), ROOM_A, MORNING), place(workshop("WS2"), ROOM_A, MORNING))
                    .penalizesBy(90);
        }

        @Test
        void aFlashSessionInsideAPeriodConflictsForItsThirtyMinutes() {
            verifier.verifyThat(ForumConstraintProvider::roomConflict)
                    .given(place(workshop("WS1"), ROOM_A, MORNING), place(flash("FL1"), ROOM_A, FLASH_IN_MORNING))
                    .penalizesBy(30);
        }

        @Test
        void sessionsInDifferentRoomsOrTimesDoNotConflict() {
            verifier.verifyThat(ForumConstraintProvider::roomConflict)
                    .given(
                            place(workshop("WS1"), ROOM_A, MORNING),
                            place(workshop("WS2"), ROOM_B, MORNING),
                            place(workshop("WS3"), ROOM_A, LATE_MORNING))
                    .penalizesBy(0);
        }

        @Test
        void theConflictIsExplainedWithRoomAndTime() {
            verifier.verifyThat(ForumConstraintProvider::roomConflict)
                    .given(place(workshop("WS1"), ROOM_A, LATE_MORNING), place(workshop("WS2"), ROOM_A, LATE_MORNING))
                    .justifiesWith(clashLateMorning(List.of("WS1", "WS2"), "WS1 and WS2 both in ws-01"));
        }

        @Test
        void threeSessionsInOneRoomAreAllNamed() {
            verifier.verifyThat(ForumConstraintProvider::roomConflict)
                    .given(
                            place(workshop("WS3"), ROOM_A, LATE_MORNING),
                            place(workshop("WS1"), ROOM_A, LATE_MORNING),
                            place(workshop("WS2"), ROOM_A, LATE_MORNING))
                    .justifiesWith(new ClashJustification(List.of(new ClashJustification.Piece(
                            lateMorning(List.of("WS1", "WS2", "WS3"), "WS1, WS2 and WS3 all in ws-01"), 270))));
        }
    }

    @Nested
    class PersonConflict {

        @Test
        void aPersonInTwoParallelSessionsIsPenalisedPerOverlapMinute() {
            verifier.verifyThat(ForumConstraintProvider::personConflict)
                    .given(
                            place(withPeople(workshop("WS1"), ALICE), ROOM_A, MORNING),
                            place(withPeople(workshop("WS2"), ALICE), ROOM_B, MORNING))
                    .penalizesBy(90);
        }

        @Test
        void twoSharedPeopleCountTwice() {
            verifier.verifyThat(ForumConstraintProvider::personConflict)
                    .given(
                            place(withPeople(workshop("WS1"), ALICE, BOB), ROOM_A, MORNING),
                            place(withPeople(workshop("WS2"), BOB, ALICE), ROOM_B, MORNING))
                    .penalizesBy(180);
        }

        @Test
        void aPersonInConsecutiveSessionsIsFine() {
            verifier.verifyThat(ForumConstraintProvider::personConflict)
                    .given(
                            place(withPeople(workshop("WS1"), ALICE), ROOM_A, MORNING),
                            place(withPeople(workshop("WS2"), ALICE), ROOM_B, LATE_MORNING),
                            place(withPeople(workshop("WS3"), BOB), ROOM_C_CLOSED_IN_THE_MORNING, MORNING))
                    .penalizesBy(0);
        }

        @Test
        void theConflictNamesThePerson() {
            verifier.verifyThat(ForumConstraintProvider::personConflict)
                    .given(
                            place(withPeople(workshop("WS1"), ALICE), ROOM_A, LATE_MORNING),
                            place(withPeople(workshop("WS2"), ALICE), ROOM_B, LATE_MORNING))
                    .justifiesWith(
                            clashLateMorning(List.of("WS1", "WS2"), "WS1 and WS2 both with Alice Aydın (p-alice)"));
        }

        @Test
        void aPersonsClashesAtTwoTimesAreOneMatchWithAPieceForEach() {
            Session[] twoClashes = {
                place(withPeople(workshop("WS1"), ALICE), ROOM_A, LATE_MORNING),
                place(withPeople(workshop("WS2"), ALICE), ROOM_B, LATE_MORNING),
                place(withPeople(workshop("WS3"), ALICE), ROOM_A, AFTERNOON),
                place(withPeople(workshop("WS4"), ALICE), ROOM_B, AFTERNOON)
            };
            verifier.verifyThat(ForumConstraintProvider::personConflict)
                    .given((Object[]) twoClashes)
                    .penalizesBy(180);
            verifier.verifyThat(ForumConstraintProvider::personConflict)
                    .given((Object[]) twoClashes)
                    .justifiesWithExactly(new ClashJustification(List.of(
                            new ClashJustification.Piece(
                                    lateMorning(List.of("WS1", "WS2"), "WS1 and WS2 both with Alice Aydın (p-alice)"),
                                    90),
                            new ClashJustification.Piece(
                                    new ForumJustification(
                                            List.of("WS3", "WS4"),
                                            "WS3 and WS4 both with Alice Aydın (p-alice)",
                                            new Span(AFTERNOON.startMinute(), AFTERNOON.endMinute())),
                                    90))));
        }
    }

    @Nested
    class RoomUnavailable {

        @Test
        void aSessionInAClosedRoomIsPenalisedByTheClosedMinutes() {
            verifier.verifyThat(ForumConstraintProvider::roomUnavailable)
                    .given(place(workshop("WS1"), ROOM_C_CLOSED_IN_THE_MORNING, MORNING))
                    .penalizesBy(90);
        }

        @Test
        void theSameRoomLaterIsFine() {
            verifier.verifyThat(ForumConstraintProvider::roomUnavailable)
                    .given(place(workshop("WS1"), ROOM_C_CLOSED_IN_THE_MORNING, LATE_MORNING))
                    .penalizesBy(0);
        }

        @Test
        void theRoomAndTheTimeAreNamed() {
            verifier.verifyThat(ForumConstraintProvider::roomUnavailable)
                    .given(place(workshop("WS1"), ROOM_C_CLOSED_IN_THE_MORNING, MORNING))
                    .justifiesWith(ForumJustification.of(
                            List.of("WS1"), "WS1 is in ws-03 while the room is unavailable, Wed 3 Sep 09:00-10:30"));
        }
    }

    @Nested
    class PersonUnavailable {

        @Test
        void aSessionWhileOneOfItsPeopleIsAwayIsPenalised() {
            verifier.verifyThat(ForumConstraintProvider::personUnavailable)
                    .given(place(withPeople(workshop("WS1"), ALICE, CAROL_AWAY_LATE_MORNING), ROOM_A, LATE_MORNING))
                    .penalizesBy(90);
        }

        @Test
        void theSameSessionWhenEveryoneIsThereIsFine() {
            verifier.verifyThat(ForumConstraintProvider::personUnavailable)
                    .given(place(withPeople(workshop("WS1"), ALICE, CAROL_AWAY_LATE_MORNING), ROOM_A, MORNING))
                    .penalizesBy(0);
        }

        @Test
        void onlyTheAbsentPersonIsNamed() {
            verifier.verifyThat(ForumConstraintProvider::personUnavailable)
                    .given(place(withPeople(workshop("WS1"), ALICE, CAROL_AWAY_LATE_MORNING), ROOM_A, LATE_MORNING))
                    .justifiesWith(ForumJustification.of(
                            List.of("WS1"),
                            "WS1 is at Wed 3 Sep 11:00-12:30 but Carol Chen (p-carol) is unavailable then"));
        }
    }

    @Nested
    class MissingRoomFeature {

        @Test
        void eachMissingFeatureCostsTheSessionsMinutes() {
            verifier.verifyThat(ForumConstraintProvider::missingRoomFeature)
                    .given(place(
                            requiring(workshop("WS1"), RoomFeature.CAPTIONING, RoomFeature.INTERPRETATION),
                            ROOM_B,
                            MORNING))
                    .penalizesBy(180);
        }

        @Test
        void aRoomWithTheFeatureIsFine() {
            verifier.verifyThat(ForumConstraintProvider::missingRoomFeature)
                    .given(place(requiring(workshop("WS1"), RoomFeature.CAPTIONING), ROOM_A, MORNING))
                    .penalizesBy(0);
        }

        @Test
        void theMissingFeaturesAreNamed() {
            verifier.verifyThat(ForumConstraintProvider::missingRoomFeature)
                    .given(place(
                            requiring(
                                    workshop("WS1"),
                                    RoomFeature.REMOTE,
                                    RoomFeature.INTERPRETATION,
                                    RoomFeature.CAPTIONING),
                            ROOM_B,
                            MORNING))
                    .justifiesWith(ForumJustification.of(
                            List.of("WS1"), "WS1 needs captioning, interpretation but ws-02 lacks it"));
        }
    }

    @Nested
    class ExclusiveSessionCompetition {

        @Test
        void anythingParallelToAnExclusiveSessionIsPenalisedByTheOverlap() {
            Session opening = place(mainSession("MS-OPENING").exclusive(true), ROOM_A, MORNING);
            verifier.verifyThat(ForumConstraintProvider::exclusiveSessionCompetition)
                    .given(
                            opening,
                            place(workshop("WS1"), ROOM_B, MORNING),
                            place(flash("FL1"), ROOM_C_CLOSED_IN_THE_MORNING, FLASH_IN_MORNING))
                    .penalizesBy(90 + 30);
        }

        @Test
        void parallelSessionsWithoutAnExclusiveOneAreFine() {
            verifier.verifyThat(ForumConstraintProvider::exclusiveSessionCompetition)
                    .given(place(mainSession("MS1"), ROOM_A, MORNING), place(workshop("WS1"), ROOM_B, MORNING))
                    .penalizesBy(0);
        }

        @Test
        void eachParallelSessionIsNamedWithItsOverlap() {
            Session opening = place(mainSession("MS-OPENING").exclusive(true), ROOM_A, MORNING);
            verifier.verifyThat(ForumConstraintProvider::exclusiveSessionCompetition)
                    .given(
                            opening,
                            place(workshop("WS1"), ROOM_B, MORNING),
                            place(flash("FL1"), ROOM_C_CLOSED_IN_THE_MORNING, FLASH_IN_MORNING))
                    .justifiesWithExactly(
                            during(
                                    MORNING,
                                    List.of("WS1", "MS-OPENING"),
                                    "WS1 runs in parallel with exclusive MS-OPENING"),
                            during(
                                    FLASH_IN_MORNING,
                                    List.of("FL1", "MS-OPENING"),
                                    "FL1 runs in parallel with exclusive MS-OPENING"));
        }
    }

    @Nested
    class PrecedenceRule {

        @Test
        void aLaterSessionStartingBeforeTheEarlierEndsIsPenalisedByTheMinutesTooEarly() {
            // BPF 11:00-12:30 must precede the wrap-up at 09:00: it ends 210 minutes after the wrap-up starts.
            verifier.verifyThat(ForumConstraintProvider::precedence)
                    .given(
                            place(workshop("BPF1"), ROOM_A, LATE_MORNING),
                            place(mainSession("WRAPUP"), ROOM_B, MORNING),
                            new Precedence("BPF1", "WRAPUP", Precedence.Reason.MUST_PRECEDE))
                    .penalizesBy(210);
        }

        @Test
        void aFeederEndingBeforeItsMainSessionIsFine() {
            verifier.verifyThat(ForumConstraintProvider::precedence)
                    .given(
                            place(workshop("WS1"), ROOM_A, MORNING),
                            place(mainSession("MS1"), ROOM_B, LATE_MORNING),
                            new Precedence("WS1", "MS1", Precedence.Reason.FEEDS))
                    .penalizesBy(0);
        }

        @Test
        void parallelSessionsViolatePrecedence() {
            verifier.verifyThat(ForumConstraintProvider::precedence)
                    .given(
                            place(workshop("WS1"), ROOM_A, MORNING),
                            place(mainSession("MS1"), ROOM_B, MORNING),
                            new Precedence("WS1", "MS1", Precedence.Reason.FEEDS))
                    .penalizesBy(90);
        }

        @Test
        void bothSessionsAndTheirTimesAreNamed() {
            verifier.verifyThat(ForumConstraintProvider::precedence)
                    .given(
                            place(workshop("BPF1"), ROOM_A, LATE_MORNING),
                            place(mainSession("WRAPUP"), ROOM_B, MORNING),
                            new Precedence("BPF1", "WRAPUP", Precedence.Reason.MUST_PRECEDE),
                            place(workshop("WS1"), ROOM_A, AFTERNOON),
                            place(mainSession("MS1"), ROOM_B, AFTERNOON),
                            new Precedence("WS1", "MS1", Precedence.Reason.FEEDS))
                    .justifiesWithExactly(
                            ForumJustification.of(
                                    List.of("BPF1", "WRAPUP"),
                                    "BPF1 must precede WRAPUP but ends Wed 3 Sep 12:30, after WRAPUP starts Wed 3 Sep"
                                            + " 09:00"),
                            ForumJustification.of(
                                    List.of("WS1", "MS1"),
                                    "WS1 feeds MS1 but ends Wed 3 Sep 15:30, after MS1 starts Wed 3 Sep 14:00"));
        }
    }

    @Nested
    class ParallelLimit {

        @Test
        void eachSessionAboveTheMaximumCostsTheMinutesItRuns() {
            verifier.verifyThat(ForumConstraintProvider::parallelLimit)
                    .given(
                            new Policy(2, 0),
                            place(workshop("WS1"), ROOM_A, MORNING),
                            place(workshop("WS2"), ROOM_B, MORNING),
                            place(workshop("WS3"), ROOM_C_CLOSED_IN_THE_MORNING, MORNING))
                    .penalizesBy(90);
        }

        @Test
        void aFlashSessionCountsOnlyInItsOwnHalfHour() {
            verifier.verifyThat(ForumConstraintProvider::parallelLimit)
                    .given(
                            new Policy(2, 0),
                            place(workshop("WS1"), ROOM_A, MORNING),
                            place(workshop("WS2"), ROOM_B, MORNING),
                            place(flash("FL1"), ROOM_C_CLOSED_IN_THE_MORNING, FLASH_IN_MORNING))
                    .penalizesBy(30);
        }

        @Test
        void theSessionsRunningThenAreNamed() {
            verifier.verifyThat(ForumConstraintProvider::parallelLimit)
                    .given(
                            new Policy(2, 0),
                            place(workshop("WS3"), ROOM_A, LATE_MORNING),
                            place(workshop("WS1"), ROOM_B, LATE_MORNING),
                            place(workshop("WS2"), ROOM_C_CLOSED_IN_THE_MORNING, LATE_MORNING))
                    .justifiesWith(lateMorning(List.of("WS1", "WS2", "WS3"), "3 sessions run, above the maximum of 2"));
        }

        @Test
        void atTheMaximumOrWithoutOneIsFine() {
            verifier.verifyThat(ForumConstraintProvider::parallelLimit)
                    .given(
                            new Policy(3, 0),
                            place(workshop("WS1"), ROOM_A, MORNING),
                            place(workshop("WS2"), ROOM_B, MORNING),
                            place(workshop("WS3"), ROOM_C_CLOSED_IN_THE_MORNING, MORNING))
                    .penalizesBy(0);
            verifier.verifyThat(ForumConstraintProvider::parallelLimit)
                    .given(
                            Policy.NONE,
                            place(workshop("WS1"), ROOM_A, MORNING),
                            place(workshop("WS2"), ROOM_B, MORNING))
                    .penalizesBy(0);
        }
    }

    @Nested
    class MandatorySessionUnscheduled {

        @Test
        void anUnplacedMandatorySessionCostsItsMinutes() {
            Session mandatory = unplaced(workshop("WS1").mandatory(true));
            verifier.verifyThat(ForumConstraintProvider::mandatorySessionUnscheduled)
                    .given(mandatory)
                    .penalizesBy(90);
        }

        @Test
        void aPlacedMandatorySessionOrAnUnplacedProposalIsFine() {
            Session mandatory = place(workshop("WS1").mandatory(true), ROOM_A, MORNING);
            verifier.verifyThat(ForumConstraintProvider::mandatorySessionUnscheduled)
                    .given(mandatory, unplaced(workshop("WS2")))
                    .penalizesBy(0);
        }

        @Test
        void theSessionIsNamed() {
            Session mandatory = unplaced(workshop("WS1").mandatory(true));
            verifier.verifyThat(ForumConstraintProvider::mandatorySessionUnscheduled)
                    .given(mandatory)
                    .justifiesWith(ForumJustification.of(List.of("WS1"), "WS1 must take place but has no placement"));
        }
    }

    @Nested
    class SessionUnavailable {

        @Test
        void aSessionInATimeslotItExcludedIsPenalised() {
            Session session = place(workshop("WS1").unavailableTimeslots(List.of(MORNING)), ROOM_A, MORNING);
            verifier.verifyThat(ForumConstraintProvider::sessionUnavailable)
                    .given(session)
                    .penalizesBy(90);
        }

        @Test
        void anotherTimeslotIsFine() {
            Session session = place(workshop("WS1").unavailableTimeslots(List.of(MORNING)), ROOM_A, LATE_MORNING);
            verifier.verifyThat(ForumConstraintProvider::sessionUnavailable)
                    .given(session)
                    .penalizesBy(0);
        }

        @Test
        void theTimeIsNamed() {
            Session session = place(workshop("WS1").unavailableTimeslots(List.of(MORNING)), ROOM_A, MORNING);
            verifier.verifyThat(ForumConstraintProvider::sessionUnavailable)
                    .given(session)
                    .justifiesWith(ForumJustification.of(
                            List.of("WS1"),
                            "WS1 is at Wed 3 Sep 09:00-10:30, which its organizers declared unavailable"));
        }
    }

    @Nested
    class ProposalUnscheduled {

        @Test
        void aLeftOutProposalCostsItsValue() {
            Session proposal = unplaced(workshop("WS1").evaluation(4.0).developingCountry(true));
            // 20 per evaluation point and 10 per diversity flag: 80 + 10.
            verifier.verifyThat(ForumConstraintProvider::proposalUnscheduled)
                    .given(proposal)
                    .penalizesBy(90);
        }

        @Test
        void moreDiverseProposalsCostMoreToLeaveOut() {
            Session diverse = unplaced(workshop("WS1")
                    .evaluation(3.0)
                    .developingCountry(true)
                    .firstTime(true)
                    .newTopic(true));
            Session unscored = unplaced(workshop("WS2"));
            // 60 + 30, and 60 for an unscored proposal (evaluation 3 assumed).
            verifier.verifyThat(ForumConstraintProvider::proposalUnscheduled)
                    .given(diverse, unscored)
                    .penalizesBy(150);
        }

        @Test
        void aPlacedProposalOrAnUnplacedMandatorySessionIsNotCountedHere() {
            Session mandatory = unplaced(workshop("WS2").mandatory(true));
            verifier.verifyThat(ForumConstraintProvider::proposalUnscheduled)
                    .given(place(workshop("WS1"), ROOM_A, MORNING), mandatory)
                    .penalizesBy(0);
        }

        @Test
        void theProposalIsNamedWithItsValue() {
            Session proposal = unplaced(workshop("WS1").evaluation(4.0).developingCountry(true));
            verifier.verifyThat(ForumConstraintProvider::proposalUnscheduled)
                    .given(proposal)
                    .justifiesWith(ForumJustification.of(List.of("WS1"), "WS1 is left out (proposal value 90)"));
        }
    }

    @Nested
    class TopicClash {

        @Test
        void parallelSessionsOnASpreadTopicArePenalisedPerSharedTopic() {
            verifier.verifyThat(ForumConstraintProvider::topicClash)
                    .given(
                            place(withTopics(workshop("WS1"), CIR, HUMAN_RIGHTS), ROOM_A, MORNING),
                            place(withTopics(workshop("WS2"), HUMAN_RIGHTS, CIR), ROOM_B, MORNING))
                    .penalizesBy(180);
        }

        @Test
        void clusterTopicsAndSequentialSessionsDoNotClash() {
            verifier.verifyThat(ForumConstraintProvider::topicClash)
                    .given(
                            place(withTopics(workshop("WS1"), CHILD_PROTECTION), ROOM_A, MORNING),
                            place(withTopics(workshop("WS2"), CHILD_PROTECTION), ROOM_B, MORNING),
                            place(withTopics(workshop("WS3"), CIR), ROOM_A, LATE_MORNING),
                            place(withTopics(workshop("WS4"), CIR), ROOM_C_CLOSED_IN_THE_MORNING, MORNING))
                    .penalizesBy(0);
        }

        @Test
        void theClashNamesTheTopic() {
            verifier.verifyThat(ForumConstraintProvider::topicClash)
                    .given(
                            place(withTopics(workshop("WS23"), CIR), ROOM_A, LATE_MORNING),
                            place(withTopics(workshop("WS185"), CIR), ROOM_B, LATE_MORNING))
                    .justifiesWith(clashLateMorning(
                            List.of("WS185", "WS23"), "WS185 and WS23 both on Critical Internet Resources"));
        }
    }

    @Nested
    class TrackClash {

        @Test
        void parallelSessionsOfOneTrackArePenalisedByTheOverlap() {
            Session first = place(inTrack(workshop("WS1"), CAPACITY_BUILDING), ROOM_A, MORNING);
            Session second = place(inTrack(workshop("WS2"), CAPACITY_BUILDING), ROOM_B, MORNING);
            verifier.verifyThat(ForumConstraintProvider::trackClash)
                    .given(first, second)
                    .penalizesBy(90);
        }

        @Test
        void sessionsWithoutATrackOrAtOtherTimesAreFine() {
            Session inTrack = place(inTrack(workshop("WS1"), CAPACITY_BUILDING), ROOM_A, MORNING);
            Session laterInTrack = place(inTrack(workshop("WS3"), CAPACITY_BUILDING), ROOM_A, LATE_MORNING);
            verifier.verifyThat(ForumConstraintProvider::trackClash)
                    .given(inTrack, laterInTrack, place(workshop("WS2"), ROOM_B, MORNING))
                    .penalizesBy(0);
        }

        @Test
        void theClashNamesTheTrack() {
            verifier.verifyThat(ForumConstraintProvider::trackClash)
                    .given(
                            place(inTrack(workshop("WS1"), CAPACITY_BUILDING), ROOM_A, LATE_MORNING),
                            place(inTrack(workshop("WS2"), CAPACITY_BUILDING), ROOM_B, LATE_MORNING))
                    .justifiesWith(
                            clashLateMorning(List.of("WS1", "WS2"), "WS1 and WS2 both in track Capacity building"));
        }
    }

    @Nested
    class CompetingWithMainSession {

        @Test
        void aParallelSessionCostsItsExpectedAttendeeHours() {
            Session workshop = place(attended(workshop("WS1"), 80), ROOM_B, MORNING);
            // 80 attendees for 1.5 hours.
            verifier.verifyThat(ForumConstraintProvider::competingWithMainSession)
                    .given(place(mainSession("MS1"), ROOM_A, MORNING), workshop)
                    .penalizesBy(120);
        }

        @Test
        void exclusiveMainSessionsAndOtherTimesAreNotCountedHere() {
            Session opening = place(mainSession("MS-OPENING").exclusive(true), ROOM_A, MORNING);
            Session workshop = place(attended(workshop("WS1"), 80), ROOM_B, MORNING);
            Session later = place(attended(workshop("WS2"), 80), ROOM_B, LATE_MORNING);
            verifier.verifyThat(ForumConstraintProvider::competingWithMainSession)
                    .given(opening, workshop, place(mainSession("MS2"), ROOM_A, LATE_MORNING), later)
                    .penalizesBy(120);
        }

        @Test
        void theCompetingSessionIsNamedWithItsAttendance() {
            Session workshop = place(workshop("WS1").expectedAttendance(80), ROOM_B, MORNING);
            verifier.verifyThat(ForumConstraintProvider::competingWithMainSession)
                    .given(place(mainSession("MS1"), ROOM_A, MORNING), workshop)
                    .justifiesWith(
                            during(MORNING, List.of("WS1", "MS1"), "WS1 (80 expected) competes with main session MS1"));
        }
    }

    @Nested
    class ParallelLoad {

        @Test
        void loadAboveTheTargetGrowsWithTheSquareOfTheExcess() {
            // Three sessions against a target of one: an excess of 2, squared, for 90 minutes.
            verifier.verifyThat(ForumConstraintProvider::parallelLoad)
                    .given(
                            new Policy(0, 1),
                            place(workshop("WS1"), ROOM_A, MORNING),
                            place(workshop("WS2"), ROOM_B, MORNING),
                            place(workshop("WS3"), ROOM_C_CLOSED_IN_THE_MORNING, MORNING))
                    .penalizesBy(4 * 90);
        }

        @Test
        void spreadingTheSameSessionsOverTwoPeriodsCostsLess() {
            verifier.verifyThat(ForumConstraintProvider::parallelLoad)
                    .given(
                            new Policy(0, 1),
                            place(workshop("WS1"), ROOM_A, MORNING),
                            place(workshop("WS2"), ROOM_B, MORNING),
                            place(workshop("WS3"), ROOM_A, LATE_MORNING))
                    .penalizesBy(90);
        }

        @Test
        void theSessionsRunningThenAreNamed() {
            verifier.verifyThat(ForumConstraintProvider::parallelLoad)
                    .given(
                            new Policy(0, 1),
                            place(workshop("WS2"), ROOM_A, LATE_MORNING),
                            place(workshop("WS1"), ROOM_B, LATE_MORNING))
                    .justifiesWith(lateMorning(List.of("WS1", "WS2"), "2 sessions run, 1 above the target of 1"));
        }

        @Test
        void atTheTargetIsFine() {
            verifier.verifyThat(ForumConstraintProvider::parallelLoad)
                    .given(
                            new Policy(0, 2),
                            place(workshop("WS1"), ROOM_A, MORNING),
                            place(workshop("WS2"), ROOM_B, MORNING))
                    .penalizesBy(0);
        }
    }

    @Nested
    class OrganizationClash {

        @Test
        void parallelSessionsOfOneOrganizationArePenalisedByTheOverlap() {
            Session first = place(workshop("WS1").organization("Example Registry"), ROOM_A, MORNING);
            Session second = place(workshop("WS2").organization("Example Registry"), ROOM_B, MORNING);
            verifier.verifyThat(ForumConstraintProvider::organizationClash)
                    .given(first, second)
                    .penalizesBy(90);
        }

        @Test
        void otherOrganizationsOrNoneAreFine() {
            Session first = place(workshop("WS1").organization("Example Registry"), ROOM_A, MORNING);
            Session second = place(workshop("WS2").organization("Example University"), ROOM_B, MORNING);
            verifier.verifyThat(ForumConstraintProvider::organizationClash)
                    .given(first, second, place(workshop("WS3"), ROOM_C_CLOSED_IN_THE_MORNING, MORNING))
                    .penalizesBy(0);
        }

        @Test
        void theClashNamesTheOrganization() {
            Session first = place(workshop("WS1").organization("Example Registry"), ROOM_A, LATE_MORNING);
            Session second = place(workshop("WS2").organization("Example Registry"), ROOM_B, LATE_MORNING);
            verifier.verifyThat(ForumConstraintProvider::organizationClash)
                    .given(first, second)
                    .justifiesWith(clashLateMorning(List.of("WS1", "WS2"), "WS1 and WS2 both run by Example Registry"));
        }
    }

    @Nested
    class RoomTooSmall {

        @Test
        void missingSeatsArePenalisedPerHour() {
            // 120 expected in a room of 100 for 1.5 hours: 20 seats short, 30 seat-hours.
            verifier.verifyThat(ForumConstraintProvider::roomTooSmall)
                    .given(place(attended(workshop("WS1"), 120), ROOM_A, MORNING))
                    .penalizesBy(30);
        }

        @Test
        void aFullRoomIsFine() {
            verifier.verifyThat(ForumConstraintProvider::roomTooSmall)
                    .given(place(attended(workshop("WS1"), 100), ROOM_A, MORNING))
                    .penalizesBy(0);
        }

        @Test
        void theAttendanceAndTheSeatsAreNamed() {
            verifier.verifyThat(ForumConstraintProvider::roomTooSmall)
                    .given(place(attended(workshop("WS1"), 120), ROOM_A, MORNING))
                    .justifiesWith(ForumJustification.of(List.of("WS1"), "WS1 expects 120 people but ws-01 seats 100"));
        }
    }

    @Nested
    class TopicClusterSpread {

        @Test
        void eachSessionAwayFromTheTopicsBusiestDayCounts() {
            verifier.verifyThat(ForumConstraintProvider::topicClusterSpread)
                    .given(
                            place(withTopics(workshop("WS1"), CHILD_PROTECTION), ROOM_A, MORNING),
                            place(withTopics(workshop("WS2"), CHILD_PROTECTION), ROOM_A, LATE_MORNING),
                            place(withTopics(workshop("WS3"), CHILD_PROTECTION), ROOM_A, NEXT_DAY_MORNING))
                    .penalizesBy(1);
        }

        @Test
        void theSessionsAwayFromTheBusiestDayAreNamed() {
            verifier.verifyThat(ForumConstraintProvider::topicClusterSpread)
                    .given(
                            place(withTopics(workshop("WS1"), CHILD_PROTECTION), ROOM_A, MORNING),
                            place(withTopics(workshop("WS2"), CHILD_PROTECTION), ROOM_A, LATE_MORNING),
                            place(withTopics(workshop("WS3"), CHILD_PROTECTION), ROOM_A, NEXT_DAY_MORNING))
                    .justifiesWith(ForumJustification.of(
                            List.of("WS3"),
                            "1 of the 3 sessions on Online child protection are away from its busiest day"));
        }

        @Test
        void aLoneSessionOnAnotherDayCountsToo() {
            verifier.verifyThat(ForumConstraintProvider::topicClusterSpread)
                    .given(
                            place(withTopics(workshop("WS1"), CHILD_PROTECTION), ROOM_A, MORNING),
                            place(withTopics(workshop("WS2"), CHILD_PROTECTION), ROOM_A, NEXT_DAY_MORNING))
                    .penalizesBy(1);
        }

        @Test
        void oneDayOrSpreadTopicsAreFine() {
            verifier.verifyThat(ForumConstraintProvider::topicClusterSpread)
                    .given(
                            place(withTopics(workshop("WS1"), CHILD_PROTECTION), ROOM_A, MORNING),
                            place(withTopics(workshop("WS2"), CHILD_PROTECTION), ROOM_B, MORNING),
                            place(withTopics(workshop("WS3"), CIR), ROOM_A, LATE_MORNING),
                            place(withTopics(workshop("WS4"), CIR), ROOM_A, NEXT_DAY_MORNING))
                    .penalizesBy(0);
        }
    }

    @Nested
    class PreferredTimeslotMissed {

        @Test
        void minutesOutsideThePreferredTimeslotsArePenalised() {
            Session session = place(workshop("WS1").preferredTimeslots(Set.of(LATE_MORNING)), ROOM_A, MORNING);
            verifier.verifyThat(ForumConstraintProvider::preferredTimeslotMissed)
                    .given(session)
                    .penalizesBy(90);
        }

        @Test
        void aPreferredTimeslotOrNoPreferenceIsFine() {
            Session session = place(workshop("WS1").preferredTimeslots(Set.of(LATE_MORNING)), ROOM_A, LATE_MORNING);
            verifier.verifyThat(ForumConstraintProvider::preferredTimeslotMissed)
                    .given(session, place(workshop("WS2"), ROOM_B, MORNING))
                    .penalizesBy(0);
        }

        @Test
        void thePreferredTimeslotsAreNamed() {
            Session session =
                    place(workshop("WS1").preferredTimeslots(Set.of(NEXT_DAY_MORNING, LATE_MORNING)), ROOM_A, MORNING);
            verifier.verifyThat(ForumConstraintProvider::preferredTimeslotMissed)
                    .given(session)
                    .justifiesWith(ForumJustification.of(
                            List.of("WS1"),
                            "WS1 is at Wed 3 Sep 09:00-10:30, outside its preferred timeslots (d2-1100, d3-0900)"));
        }
    }

    @Nested
    class PersonDaySpread {

        @Test
        void daysFromAPersonsFirstSessionToTheLastArePenalised() {
            verifier.verifyThat(ForumConstraintProvider::personDaySpread)
                    .given(
                            place(withPeople(workshop("WS1"), ALICE), ROOM_A, MORNING),
                            place(withPeople(workshop("WS2"), ALICE, BOB), ROOM_A, NEXT_DAY_MORNING))
                    .penalizesBy(1);
        }

        @Test
        void thePersonsSessionsAreNamed() {
            verifier.verifyThat(ForumConstraintProvider::personDaySpread)
                    .given(
                            place(withPeople(workshop("WS2"), ALICE), ROOM_A, NEXT_DAY_MORNING),
                            place(withPeople(workshop("WS1"), ALICE, BOB), ROOM_A, MORNING),
                            place(withPeople(workshop("WS3"), ALICE), ROOM_B, LATE_MORNING))
                    .justifiesWith(ForumJustification.of(
                            List.of("WS1", "WS2", "WS3"),
                            "Alice Aydın (p-alice) has sessions from %s to %s"
                                    .formatted(ForumClock.describeDay(DAY), ForumClock.describeDay(DAY.plusDays(1)))));
        }

        @Test
        void sessionsOnOneDayOrALoneSessionAreFine() {
            verifier.verifyThat(ForumConstraintProvider::personDaySpread)
                    .given(
                            place(withPeople(workshop("WS1"), ALICE), ROOM_A, MORNING),
                            place(withPeople(workshop("WS2"), ALICE), ROOM_A, LATE_MORNING),
                            place(withPeople(workshop("WS3"), BOB), ROOM_A, NEXT_DAY_MORNING))
                    .penalizesBy(0);
        }
    }

    @Nested
    class TrackRoomChange {

        @Test
        void eachExtraRoomOfATrackInADayIsPenalised() {
            verifier.verifyThat(ForumConstraintProvider::trackRoomChange)
                    .given(
                            place(inTrack(workshop("WS1"), CAPACITY_BUILDING), ROOM_A, MORNING),
                            place(inTrack(workshop("WS2"), CAPACITY_BUILDING), ROOM_B, LATE_MORNING))
                    .penalizesBy(1);
        }

        @Test
        void theTracksSessionsOfThatDayAreNamed() {
            verifier.verifyThat(ForumConstraintProvider::trackRoomChange)
                    .given(
                            place(inTrack(workshop("WS1"), CAPACITY_BUILDING), ROOM_A, MORNING),
                            place(inTrack(workshop("WS2"), CAPACITY_BUILDING), ROOM_B, LATE_MORNING),
                            place(inTrack(workshop("WS3"), CAPACITY_BUILDING), ROOM_A, NEXT_DAY_MORNING))
                    .justifiesWith(ForumJustification.of(
                            List.of("WS1", "WS2"),
                            "track Capacity building uses 2 rooms on " + ForumClock.describeDay(DAY)));
        }

        @Test
        void oneRoomADayIsFine() {
            verifier.verifyThat(ForumConstraintProvider::trackRoomChange)
                    .given(
                            place(inTrack(workshop("WS1"), CAPACITY_BUILDING), ROOM_A, MORNING),
                            place(inTrack(workshop("WS2"), CAPACITY_BUILDING), ROOM_A, LATE_MORNING),
                            place(inTrack(workshop("WS3"), CAPACITY_BUILDING), ROOM_B, NEXT_DAY_MORNING))
                    .penalizesBy(0);
        }
    }

    @Nested
    class FeederFarFromMainSession {

        @Test
        void hoursBetweenAFeederAndItsMainSessionArePenalised() {
            // Ends 10:30, the main session starts at 09:00 the next day: 22.5 hours, counted as 22.
            verifier.verifyThat(ForumConstraintProvider::feederFarFromMainSession)
                    .given(
                            place(workshop("WS1"), ROOM_A, MORNING),
                            place(mainSession("MS1"), ROOM_B, NEXT_DAY_MORNING),
                            new Precedence("WS1", "MS1", Precedence.Reason.FEEDS))
                    .penalizesBy(22);
        }

        @Test
        void anHourOrMoreCountsInWholeHours() {
            // Ends 12:30, the main session starts at 14:00: 1.5 hours, counted as 1.
            verifier.verifyThat(ForumConstraintProvider::feederFarFromMainSession)
                    .given(
                            place(workshop("WS1"), ROOM_A, LATE_MORNING),
                            place(mainSession("MS1"), ROOM_B, AFTERNOON),
                            new Precedence("WS1", "MS1", Precedence.Reason.FEEDS))
                    .penalizesBy(1);
        }

        @Test
        void oneHourIsSaidInTheSingular() {
            verifier.verifyThat(ForumConstraintProvider::feederFarFromMainSession)
                    .given(
                            place(workshop("WS1"), ROOM_A, LATE_MORNING),
                            place(mainSession("MS1"), ROOM_B, AFTERNOON),
                            new Precedence("WS1", "MS1", Precedence.Reason.FEEDS))
                    .justifiesWith(ForumJustification.of(
                            List.of("WS1", "MS1"),
                            "WS1 ends Wed 3 Sep 12:30, 1 hour before MS1, which it feeds, starts"));
        }

        @Test
        void theFeederAndItsMainSessionAreNamed() {
            verifier.verifyThat(ForumConstraintProvider::feederFarFromMainSession)
                    .given(
                            place(workshop("WS1"), ROOM_A, MORNING),
                            place(mainSession("MS1"), ROOM_B, AFTERNOON),
                            new Precedence("WS1", "MS1", Precedence.Reason.FEEDS))
                    .justifiesWith(ForumJustification.of(
                            List.of("WS1", "MS1"),
                            "WS1 ends %s, 3 hours before MS1, which it feeds, starts"
                                    .formatted(ForumClock.describeMoment(MORNING.endMinute()))));
        }

        @Test
        void aFeederRightBeforeOrAPlainPrecedenceIsFine() {
            verifier.verifyThat(ForumConstraintProvider::feederFarFromMainSession)
                    .given(
                            place(workshop("WS1"), ROOM_A, MORNING),
                            place(mainSession("MS1"), ROOM_B, LATE_MORNING),
                            place(workshop("BPF1"), ROOM_C_CLOSED_IN_THE_MORNING, LATE_MORNING),
                            place(mainSession("WRAPUP"), ROOM_B, NEXT_DAY_MORNING),
                            new Precedence("WS1", "MS1", Precedence.Reason.FEEDS),
                            new Precedence("BPF1", "WRAPUP", Precedence.Reason.MUST_PRECEDE))
                    .penalizesBy(0);
        }
    }

    @Nested
    class BigRoomForSmallSession {

        @Test
        void seatsBeyondTwiceTheAttendanceArePenalisedPerHour() {
            // 20 expected in a room of 100: 60 seats beyond 40, for 1.5 hours.
            verifier.verifyThat(ForumConstraintProvider::bigRoomForSmallSession)
                    .given(place(attended(workshop("WS1"), 20), ROOM_A, MORNING))
                    .penalizesBy(90);
        }

        @Test
        void aRoomAtMostTwiceTheAttendanceIsFine() {
            verifier.verifyThat(ForumConstraintProvider::bigRoomForSmallSession)
                    .given(place(attended(workshop("WS1"), 50), ROOM_A, MORNING))
                    .penalizesBy(0);
        }

        @Test
        void theAttendanceAndTheSeatsAreNamed() {
            verifier.verifyThat(ForumConstraintProvider::bigRoomForSmallSession)
                    .given(place(attended(workshop("WS1"), 20), ROOM_A, MORNING))
                    .justifiesWith(
                            ForumJustification.of(List.of("WS1"), "WS1 expects 20 people in ws-01, which seats 100"));
        }
    }

    @Nested
    class PublishedPlacementChanged {

        @Test
        void eachAnnouncedSessionAtAnotherTimeCostsOneWhateverItsLength() {
            Session movedLater = place(announced(workshop("WS1"), ROOM_A, MORNING), ROOM_A, LATE_MORNING);
            Session longMovedToNextDay =
                    place(announced(mainSession("MS1"), ROOM_B, MORNING), ROOM_A, NEXT_DAY_MORNING);
            verifier.verifyThat(ForumConstraintProvider::publishedPlacementChanged)
                    .given(movedLater, longMovedToNextDay)
                    .penalizesBy(2);
        }

        @Test
        void anAnnouncedSessionLeftOutCountsToo() {
            verifier.verifyThat(ForumConstraintProvider::publishedPlacementChanged)
                    .given(unplaced(announced(workshop("WS1"), ROOM_A, MORNING)))
                    .penalizesBy(1);
        }

        @Test
        void theAnnouncedTimeInAnyRoomOrASessionNeverAnnouncedIsFine() {
            verifier.verifyThat(ForumConstraintProvider::publishedPlacementChanged)
                    .given(
                            place(announced(workshop("WS1"), ROOM_A, MORNING), ROOM_A, MORNING),
                            place(announced(workshop("WS2"), ROOM_A, LATE_MORNING), ROOM_B, LATE_MORNING),
                            place(workshop("WS3"), ROOM_C_CLOSED_IN_THE_MORNING, LATE_MORNING),
                            unplaced(workshop("WS4")))
                    .penalizesBy(0);
        }

        @Test
        void theMoveIsExplainedFromAndTo() {
            verifier.verifyThat(ForumConstraintProvider::publishedPlacementChanged)
                    .given(place(announced(workshop("WS23"), ROOM_B, MORNING), ROOM_A, NEXT_DAY_MORNING))
                    .justifiesWith(ForumJustification.of(
                            List.of("WS23"), "WS23 moved from Wed 3 Sep 09:00 (ws-02) to Thu 4 Sep 09:00 (ws-01)"));
        }

        @Test
        void anAnnouncedSessionLeftOutIsExplainedWithItsAnnouncedPlace() {
            verifier.verifyThat(ForumConstraintProvider::publishedPlacementChanged)
                    .given(unplaced(announced(workshop("WS23"), ROOM_B, MORNING)))
                    .justifiesWith(ForumJustification.of(
                            List.of("WS23"), "WS23, announced for Wed 3 Sep 09:00 (ws-02), is left out"));
        }
    }

    @Nested
    class PublishedRoomChanged {

        @Test
        void eachAnnouncedSessionAtItsTimeInAnotherRoomCostsOneWhateverItsLength() {
            verifier.verifyThat(ForumConstraintProvider::publishedRoomChanged)
                    .given(
                            place(announced(workshop("WS1"), ROOM_A, MORNING), ROOM_B, MORNING),
                            place(announced(mainSession("MS1"), ROOM_B, LATE_MORNING), ROOM_A, LATE_MORNING))
                    .penalizesBy(2);
        }

        @Test
        void theAnnouncedRoomAnotherTimeOrNoAnnouncementIsNotCountedHere() {
            verifier.verifyThat(ForumConstraintProvider::publishedRoomChanged)
                    .given(
                            place(announced(workshop("WS1"), ROOM_A, MORNING), ROOM_A, MORNING),
                            // Another time is the medium Published placement changed, whatever the room.
                            place(announced(workshop("WS2"), ROOM_A, MORNING), ROOM_B, LATE_MORNING),
                            place(workshop("WS3"), ROOM_B, MORNING),
                            unplaced(announced(workshop("WS4"), ROOM_B, NEXT_DAY_MORNING)))
                    .penalizesBy(0);
        }

        @Test
        void theRoomChangeIsExplainedWithBothRoomsAndTheTime() {
            verifier.verifyThat(ForumConstraintProvider::publishedRoomChanged)
                    .given(place(announced(workshop("WS23"), ROOM_B, LATE_MORNING), ROOM_A, LATE_MORNING))
                    .justifiesWith(lateMorning(List.of("WS23"), "WS23 moved from ws-02 to ws-01"));
        }
    }
}
