package org.forumplan.model.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.forumplan.model.domain.Placement;
import org.forumplan.model.domain.Programme;
import org.forumplan.model.domain.Session;
import org.forumplan.model.load.DatasetLoader;
import org.forumplan.model.load.ScheduleExporter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RoundTripTest {

    private static final Path IGF_2014 = TestDocument.datasetsFolder().resolve("igf-2014-istanbul.json");

    @TempDir
    Path folder;

    @Test
    void formatExampleReadsBackEqualAfterWriting() throws Exception {
        DatasetJson original = new DatasetReader().read(TestDocument.formatExamplePath());

        DatasetJson again = new DatasetReader().read(DatasetWriter.toJson(original));

        assertThat(again).isEqualTo(original);
    }

    @Test
    void igfDatasetReadsBackEqualAfterWriting() throws Exception {
        DatasetJson original = new DatasetReader().read(IGF_2014);

        DatasetJson again = new DatasetReader().read(DatasetWriter.toJson(original));

        assertThat(again).isEqualTo(original);
        assertThat(again.sessions()).hasSize(146);
    }

    @Test
    void writtenJsonIsIndentedByTwoSpacesAndEndsWithOneNewline() throws Exception {
        String written = DatasetWriter.toJson(new DatasetReader().read(TestDocument.formatExamplePath()));

        assertThat(written).startsWith("{\n  \"format\": \"forumplan/1\",\n  \"forum\": {\n    \"name\": ");
        assertThat(written).endsWith("}\n").doesNotEndWith("\n\n").doesNotContain("\t", "\r", " : ");
        assertThat(written.lines())
                .allSatisfy(line -> assertThat(indentation(line) % 2)
                        .as("indentation of %s", line)
                        .isZero());
    }

    @Test
    void timesAreWrittenAsHoursAndMinutes() throws Exception {
        String written = DatasetWriter.toJson(new DatasetReader().read(TestDocument.formatExamplePath()));

        assertThat(written).contains("\"start\": \"09:00\"", "\"end\": \"10:30\"");
        assertThat(written).doesNotContainPattern("\"\\d\\d:\\d\\d:\\d\\d");
    }

    @Test
    void absentAndNullFieldsAreLeftOut() throws Exception {
        DatasetJson example = new DatasetReader().read(TestDocument.formatExamplePath());
        assertThat(example.sessions().get(2).track())
                .as("WS23 has \"track\": null")
                .isNull();

        String written = DatasetWriter.toJson(example);

        assertThat(written).doesNotContain("null", "\"track\"");
    }

    @Test
    void writingReplacesTheTargetAndLeavesNoTemporaryFile() throws Exception {
        Path target = folder.resolve("solved.json");
        Files.writeString(target, "an older file");
        DatasetJson example = new DatasetReader().read(TestDocument.formatExamplePath());

        DatasetWriter.write(example, target);

        assertThat(target).content().isEqualTo(DatasetWriter.toJson(example));
        assertThat(folder.toFile().list()).containsExactly("solved.json");
    }

    @Test
    void solvedProgrammeWrittenThenReadKeepsItsPlacements() throws Exception {
        Programme solved = DatasetLoader.load(TestDocument.formatExamplePath()).programme();
        Map<String, Session> sessions = byId(solved);
        Session ws200 = sessions.get("WS200");
        ws200.setPlacement(placementNamed(ws200, "ws-02@d2-1100"));
        sessions.get("WS23").setPlacement(null);
        solved.setScore(HardMediumSoftLongScore.of(0, -60, -1234));
        DatasetJson input = new DatasetReader().read(TestDocument.formatExamplePath());
        SolverRunJson run = new SolverRunJson("forumplan test", 7L, Duration.ofSeconds(3), null);

        Path file = folder.resolve("solved.json");
        DatasetWriter.write(ScheduleExporter.withSchedule(input, solved, run), file);
        DatasetJson readBack = new DatasetReader().read(file);

        ScheduleJson schedule = readBack.schedule();
        assertThat(schedule.score()).isEqualTo("0hard/-60medium/-1234soft");
        assertThat(schedule.feasible()).isTrue();
        assertThat(schedule.solver()).isEqualTo(run);
        assertThat(schedule.unscheduled()).containsExactly("WS23");
        assertThat(schedule.assignments())
                .extracting(
                        AssignmentJson::session, AssignmentJson::room, AssignmentJson::timeslot, AssignmentJson::span)
                .containsExactlyInAnyOrder(
                        tuple("MS-SCENE", "main-hall", "d1-1100", 1),
                        tuple("MS-OPENING", "auditorium", "d1-1430", 2),
                        tuple("WS200", "ws-02", "d2-1100", 1),
                        tuple("MS-IANA", "main-hall", "d2-1100", 1));
        assertThat(schedule.assignments())
                .filteredOn(assignment -> assignment.session().equals("MS-OPENING"))
                .singleElement()
                .satisfies(opening -> {
                    assertThat(opening.day()).hasToString("2014-09-02");
                    assertThat(opening.start()).hasToString("14:30");
                    assertThat(opening.end()).hasToString("18:00");
                });
        assertThat(readBack.withSchedule(null)).isEqualTo(input.withSchedule(null));

        Map<String, Session> reloaded = byId(DatasetLoader.load(readBack).programme());
        assertThat(reloaded.values())
                .allSatisfy(session -> assertThat(String.valueOf(session.getPlacement()))
                        .as(session.getId())
                        .isEqualTo(String.valueOf(sessions.get(session.getId()).getPlacement())));
    }

    private static Map<String, Session> byId(Programme programme) {
        return programme.getSessions().stream().collect(Collectors.toMap(Session::getId, Function.identity()));
    }

    private static Placement placementNamed(Session session, String name) {
        List<Placement> named = session.getPossiblePlacements().stream()
                .filter(placement -> placement.toString().equals(name))
                .toList();
        assertThat(named).as("%s may be placed at %s", session.getId(), name).hasSize(1);
        return named.get(0);
    }

    private static int indentation(String line) {
        int spaces = 0;
        while (spaces < line.length() && line.charAt(spaces) == ' ') {
            spaces++;
        }
        return spaces;
    }
}
