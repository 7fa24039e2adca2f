package org.forumplan.model.conference.load;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.function.Consumer;
import org.forumplan.model.conference.domain.Conference;
import org.forumplan.model.conference.domain.Submission;
import org.forumplan.model.conference.domain.Track;
import org.forumplan.model.conference.io.ConferenceDocuments;
import org.forumplan.model.conference.score.ObjectiveBreakdown;
import org.forumplan.model.conference.score.Term;
import org.forumplan.model.conference.solver.ConferenceSolver;
import org.forumplan.model.io.DatasetMapper;
import org.forumplan.model.problem.InvalidDatasetException;
import org.forumplan.model.problem.Problem;
import org.junit.jupiter.api.Test;

/** A {@code cosplib/1} document as the planning problem: what CoSPLib's reader derives, derived the same way. */
class ConferenceBuilderTest {

    private static ObjectNode document() throws IOException {
        try (InputStream in = ConferenceBuilderTest.class.getResourceAsStream("small-conference.json")) {
            return (ObjectNode) DatasetMapper.mapper().readTree(in);
        }
    }

    private static Conference build(Consumer<ObjectNode> change) throws Exception {
        ObjectNode document = document();
        change.accept(document);
        return ConferenceBuilder.build(ConferenceDocuments.read(document));
    }

    private static Submission submission(Conference conference, String reference) {
        return conference.getSubmissions().stream()
                .filter(submission -> submission.getReference().equals(reference))
                .findFirst()
                .orElseThrow();
    }

    private static List<String> problems(Consumer<ObjectNode> change) {
        try {
            build(change);
        } catch (InvalidDatasetException e) {
            return e.problems().stream().map(Problem::toString).toList();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        throw new AssertionError("no problem found");
    }

    @Test
    void aPresentersHoursAreTheSessionsMovedToTheirTimeZone() throws Exception {
        Conference conference = build(document -> {});

        // 09:00-10:30 at GMT+1 is 03:00-04:30 at GMT-5: before the less suitable hours.
        assertThat(submission(conference, "S2").getCosts().timeZone()).containsExactly(10, 10, 10);
        // At GMT+9: 17:00-18:30 and 19:00-20:00; the first ends in the less suitable hours, the second beyond them.
        assertThat(submission(conference, "S4").getCosts().timeZone()).containsExactly(1, 10, 1);
        // At GMT+0: 08:00-09:30 starts in the less suitable hours.
        assertThat(submission(conference, "S5").getCosts().timeZone()).containsExactly(1, 0, 1);
        assertThat(submission(conference, "S1").getCosts().timeZone()).containsExactly(0, 0, 0);
    }

    @Test
    void conflictsComeFromSharedPresentersAttendeesAndChairs() throws Exception {
        Conference conference = build(document -> {});
        Submission s1 = submission(conference, "S1");
        Submission s2 = submission(conference, "S2");
        Submission s3 = submission(conference, "S3");
        Submission s4 = submission(conference, "S4");
        Submission s5 = submission(conference, "S5");

        // P1 presents S1 and S4.
        assertThat(s1.conflictsAsPresenterWith(s4)).isTrue();
        assertThat(s4.conflictsAsPresenterWith(s1)).isTrue();
        // S5's presenter chairs Routing: every Routing submission.
        assertThat(s5.conflictsAsPresenterWith(s3)).isTrue();
        assertThat(s5.conflictsAsPresenterWith(s4)).isTrue();
        assertThat(s1.conflictsAsPresenterWith(s2)).isFalse();
        // P1 attends S2 and presents S1 and S4; P4 attends S5 and presents S3; an empty name is nobody.
        assertThat(s2.conflictsAsAttendeeWith(s1)).isTrue();
        assertThat(s2.conflictsAsAttendeeWith(s4)).isTrue();
        assertThat(s5.conflictsAsAttendeeWith(s3)).isTrue();
        assertThat(s3.conflictsAsAttendeeWith(s1)).isFalse();
        Track scheduling = s1.getTrack();
        Track routing = s3.getTrack();
        assertThat(scheduling.chairConflicts()[routing.index()]).isTrue();
        assertThat(scheduling.similarity()[routing.index()]).isEqualTo(1);
        assertThat(routing.similarity()[scheduling.index()]).isEqualTo(1);
    }

    @Test
    void weightsOfZeroOrBelowSwitchATermOffAndTheOrderCountsTwice() throws Exception {
        Conference conference = build(document -> {});

        assertThat(conference
                        .getWeights()
                        .getConstraintWeight("Attendees conflicts [Session Level]:")
                        .softScore())
                .isZero();
        assertThat(conference
                        .getWeights()
                        .getConstraintWeight("Tracks_Rooms|Penalty:")
                        .softScore())
                .isZero();
        assertThat(Term.SUBMISSIONS_ORDER.constraintNames())
                .allSatisfy(name -> assertThat(conference
                                .getWeights()
                                .getConstraintWeight(name)
                                .softScore())
                        .isEqualTo(8));
    }

    @Test
    void everySlotOfASubmissionsLengthIsOneOfItsValues() throws Exception {
        Conference conference = build(document -> {});

        // Two timeslots: starts 0 and 1 of Mon1 and Tue1, start 0 of Mon2; in two rooms.
        assertThat(submission(conference, "S1").getPossibleSlots()).hasSize(10);
        assertThat(submission(conference, "S3").getPossibleSlots()).hasSize(16);
    }

    @Test
    void aScheduleIsPlaced() throws Exception {
        Conference conference = build(document -> document.putObject("schedule")
                .putArray("assignments")
                .addObject()
                .put("submission", "S1")
                .put("session", "Tue1")
                .put("room", "Lab")
                .put("timeslot", 1));

        assertThat(submission(conference, "S1").getSlot()).hasToString("Tue1/Lab#1+2");
        assertThat(submission(conference, "S2").getSlot()).isNull();
    }

    @Test
    void everyProblemIsReportedAtItsPath() {
        assertThat(problems(document -> {
                    ((ObjectNode) document.withArray("submissions").get(1)).put("track", "Robotics");
                    ((ObjectNode) document.withArray("submissions").get(2)).put("reference", "S1");
                    ((ObjectNode) document.withArray("submissions").get(3)).put("timeZone", "UTC+9");
                    ((ObjectNode) document.withArray("submissions").get(4)).put("timeslots", 4);
                    ((ObjectNode) document.get("weights")).put("speakers", 1);
                }))
                .containsExactlyInAnyOrder(
                        "weights.speakers: unknown term; the terms are tracksSessions, tracksRooms, sessionsRooms,"
                                + " similarTracks, roomsPerTrack, parallelTracks, consecutiveTracks,"
                                + " submissionsTimezones, submissionsOrder, submissionsSessions, submissionsRooms,"
                                + " presentersConflicts, attendeesConflicts, chairsConflicts,"
                                + " presentersConflictsTimeslots, attendeesConflictsTimeslots",
                        "submissions[2]: duplicate name \"S1\"",
                        "submissions[1].track: unknown track \"Robotics\"",
                        "submissions[3].timeZone: expected a time zone GMT-12 to GMT+12 in whole hours, found \"UTC+9\"",
                        "submissions[4].timeslots: 4 must be from 1 to 3, the longest session");
    }

    @Test
    void aPartialScheduleWithoutASubmissionOfTwoTimeslotsPaysTheLibrarysBillion() throws Exception {
        Conference partial = build(document -> document.putObject("schedule")
                .putArray("assignments")
                .addObject()
                .put("submission", "S2")
                .put("session", "Mon1")
                .put("room", "Aula")
                .put("timeslot", 0));

        ObjectiveBreakdown breakdown = ObjectiveBreakdown.of(partial, ConferenceSolver.scoring());

        assertThat(breakdown.feasible()).isFalse();
        assertThat(breakdown.unscheduled()).isEqualTo(5);
        // S2 alone: 10 for its presenter's hours (weight 7) and first in its track though second in order (weight 8);
        // S1 and S6, of two timeslots, are nowhere.
        assertThat(breakdown.objective()).isEqualTo(1_000_000_078L);
    }

    @Test
    void aNullIsReportedAtItsPathBeforeAnythingReadsIt() {
        assertThat(problems(document -> {
                    ((ObjectNode) document.get("weights")).putNull("similarTracks");
                    document.withArray("rooms").addNull();
                    ((ObjectNode) document.get("sessionRoomPenalties")).putNull("Mon1");
                    document.putObject("schedule").putArray("assignments").addNull();
                }))
                .containsExactlyInAnyOrder(
                        "rooms[2]: null; expected a value",
                        "weights.similarTracks: null; expected a number",
                        "sessionRoomPenalties.Mon1: null; expected the row's values",
                        "schedule.assignments[0]: null; expected a value");
    }

    @Test
    void aConferenceWithoutRoomEnoughIsRefusedAsTheLibraryRefusesIt() {
        assertThat(problems(document -> {
                    ((ObjectNode) document.withArray("sessions").get(0)).put("timeslots", 1);
                    ((ObjectNode) document.withArray("sessions").get(1)).put("timeslots", 1);
                    ((ObjectNode) document.withArray("submissions").get(2)).put("timeslots", 3);
                    ((ObjectNode) document.withArray("submissions").get(4)).put("timeslots", 3);
                }))
                .containsExactly("submissions: they need 12 timeslots, but the rooms have 10 in all sessions together");
    }

    @Test
    void aScheduleThatDoesNotFitIsRefusedAtItsPath() {
        assertThat(problems(document -> {
                    ArrayNode assignments = document.putObject("schedule").putArray("assignments");
                    assignments
                            .addObject()
                            .put("submission", "S1")
                            .put("session", "Mon2")
                            .put("room", "Aula")
                            .put("timeslot", 1);
                    assignments
                            .addObject()
                            .put("submission", "S9")
                            .put("session", "Mon1")
                            .put("room", "Aula")
                            .put("timeslot", 0);
                }))
                .containsExactly(
                        "schedule.assignments[0].timeslot: S1 needs 2 timeslots from 1, but Mon2 has 2",
                        "schedule.assignments[1].submission: unknown submission \"S9\"");
    }

    @Test
    void aDocumentOfAnotherFormatIsNotAConference() {
        assertThat(problems(document -> document.put("format", "forumplan/1")))
                .containsExactly("format: expected \"cosplib/1\" for a conference");
    }
}
