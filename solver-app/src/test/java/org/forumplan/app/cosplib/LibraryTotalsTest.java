package org.forumplan.app.cosplib;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.forumplan.model.conference.domain.Conference;
import org.forumplan.model.conference.io.ConferenceJson;
import org.forumplan.model.conference.io.ConferenceScheduleJson;
import org.forumplan.model.conference.io.ConferenceScheduleJson.SubmissionAssignmentJson;
import org.forumplan.model.conference.load.ConferenceBuilder;
import org.forumplan.model.conference.score.ObjectiveBreakdown;
import org.forumplan.model.conference.solver.ConferenceSolver;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * forumplan's objective of three hand-made schedules of {@link TinyCosplibWorkbook}, term by term, against the totals
 * CoSPLib's own evaluator ({@code Solver/solution.py}, library version 1.0.2) gave for the same schedules written in its
 * solution layout: between them every term that is on costs something somewhere.
 */
class LibraryTotalsTest {

    @TempDir
    static Path folder;

    /** The library's weighted value of each term, in its order (two terms are off in this instance), and its total. */
    static Stream<Arguments> schedules() {
        return Stream.of(
                Arguments.of(
                        "two Routing talks beside a Scheduling one that shares their presenter",
                        List.of(
                                place("S1", "Mon1", "Aula", 0),
                                place("S2", "Mon1", "Aula", 2),
                                place("S4", "Mon1", "Lab", 0),
                                place("S3", "Mon1", "Lab", 1),
                                place("S6", "Mon2", "Aula", 0),
                                place("S5", "Tue1", "Lab", 0)),
                        new long[] {0, 0, 0, 3, 4, 0, 0, 84, 0, 90_000, 0, 100_000, 11, 0, 0, 0},
                        190_102L),
                Arguments.of(
                        "Scheduling out of order, Routing in a room unavailable in Mon2",
                        List.of(
                                place("S2", "Tue1", "Aula", 0),
                                place("S1", "Tue1", "Aula", 1),
                                place("S3", "Mon2", "Lab", 0),
                                place("S4", "Mon1", "Lab", 2),
                                place("S5", "Mon1", "Aula", 0),
                                place("S6", "Mon1", "Aula", 1)),
                        new long[] {100, 0, 100_000, 0, 0, 0, 0, 84, 16, 0, 0, 0, 0, 0, 0, 0},
                        100_200L),
                Arguments.of(
                        "Scheduling in two rooms at once, Routing on Tuesday",
                        List.of(
                                place("S1", "Mon1", "Aula", 1),
                                place("S2", "Mon1", "Lab", 1),
                                place("S3", "Tue1", "Aula", 0),
                                place("S4", "Tue1", "Aula", 2),
                                place("S5", "Mon2", "Aula", 0),
                                place("S6", "Tue1", "Lab", 0)),
                        new long[] {1_000_000, 200, 0, 0, 8, 5, 0, 77, 8, 0, 0, 0, 11, 0, 0, 13},
                        1_000_322L));
    }

    private static SubmissionAssignmentJson place(String submission, String session, String room, int timeslot) {
        return new SubmissionAssignmentJson(submission, session, room, timeslot);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("schedules")
    void eachTermIsWhatTheLibrarysEvaluatorCounts(
            String schedule, List<SubmissionAssignmentJson> assignments, long[] weighted, long total) throws Exception {
        ConferenceJson instance = CosplibWorkbook.read(TinyCosplibWorkbook.write(folder));
        Conference conference =
                ConferenceBuilder.build(instance.withSchedule(new ConferenceScheduleJson(null, null, assignments)));

        ObjectiveBreakdown breakdown = ObjectiveBreakdown.of(conference, ConferenceSolver.scoring());

        assertThat(breakdown.feasible()).isTrue();
        assertThat(breakdown.terms().stream().mapToLong(ObjectiveBreakdown.TermScore::weighted))
                .as(schedule + ": " + Arrays.toString(weighted))
                .containsExactly(Arrays.stream(weighted).boxed().toArray(Long[]::new));
        assertThat(breakdown.objective()).isEqualTo(total);
    }
}
