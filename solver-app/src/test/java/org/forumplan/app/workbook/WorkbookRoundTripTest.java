package org.forumplan.app.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import net.jqwik.api.FixedSeedMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.forumplan.app.cli.TestDatasets;
import org.forumplan.model.generate.ForumGenerator;
import org.forumplan.model.generate.GeneratorSettings;
import org.forumplan.model.generate.Preset;
import org.forumplan.model.io.DatasetJson;
import org.forumplan.model.io.DatasetMapper;
import org.forumplan.model.io.DatasetReader;
import org.forumplan.model.io.ScheduleJson;
import org.forumplan.model.io.SessionJson;
import org.forumplan.model.io.SolverRunJson;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** A dataset exported to a workbook and imported again is the dataset it was. */
class WorkbookRoundTripTest {

    /** A fixed seed, as the other property tests have: the same forums in every run, in CI as here. */
    private static final String SEED = "20161206";

    @TempDir
    Path folder;

    static Stream<Path> committedDatasets() throws IOException {
        try (Stream<Path> files = Files.list(TestDatasets.folder())) {
            return files.filter(file -> file.toString().endsWith(".json")).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("committedDatasets")
    void everyCommittedDatasetReadsBackFromItsWorkbook(Path dataset) throws Exception {
        DatasetJson original = new DatasetReader().read(dataset);

        JsonNode read = tree(roundTrip(original, folder));

        assertThat(read).as(() -> firstDifference(tree(original), read, "")).isEqualTo(tree(original));
    }

    @Property(tries = 12, seed = SEED, whenFixedSeed = FixedSeedMode.ALLOW)
    void everyGeneratedForumReadsBackFromItsWorkbook(
            @ForAll Preset preset,
            @ForAll @IntRange(min = 10, max = 150) int sessions,
            @ForAll @LongRange(min = 0, max = 1_000_000) long seed)
            throws Exception {
        GeneratorSettings settings =
                new GeneratorSettings(preset, sessions, preset.defaultDays(), preset.defaultRooms(), seed);
        ForumGenerator.GeneratedForum forum = ForumGenerator.generate(settings);
        // With a schedule as solve writes it, so that the Schedule and Result sheets are read back too.
        DatasetJson solved = forum.dataset()
                .withSchedule(new ScheduleJson(
                        "0hard/-120medium/-4500soft",
                        true,
                        forum.plantedSchedule(),
                        List.of(forum.dataset().sessions().get(0).id()),
                        new SolverRunJson("0.1.0", seed, Duration.ofMillis(59_150), false)));
        Path temporary = Files.createTempDirectory("forumplan-workbook");

        JsonNode read = tree(roundTrip(solved, temporary));

        assertThat(read).as(() -> firstDifference(tree(solved), read, "")).isEqualTo(tree(solved));
    }

    /** A planner's workbook, in the leniencies the layout allows, keeps every value through import and export. */
    @org.junit.jupiter.api.Test
    void aPlannersWorkbookKeepsEveryValueThroughImportAndExport() throws Exception {
        Path workbook = folder.resolve("planner.xlsx");
        try (XSSFWorkbook planner =
                        new XSSFWorkbook(new ByteArrayInputStream(Workbooks.toBytes(WorkbookTemplate.example())));
                OutputStream out = Files.newOutputStream(workbook)) {
            XSSFSheet sessions = planner.getSheet("Sessions");
            sessions.getRow(2).getCell(3).setCellValue("90.0");
            sessions.getRow(2).getCell(6).setCellValue("Kofi Mensah (organizer), Ana Pereira");
            sessions.getRow(2).getCell(10).setCellValue("x");
            sessions.getRow(2).getCell(12).setCellValue("no");
            planner.getSheet("Timeslots").getRow(2).getCell(2).setCellValue("11:00");
            planner.getSheet("Timeslots").getRow(1).getCell(2).setCellValue("9:00");
            planner.write(out);
        }
        DatasetJson imported = Workbooks.read(workbook).document();

        DatasetJson again = roundTrip(imported, folder);

        assertThat(tree(again)).isEqualTo(tree(imported));
        assertThat(imported.timeslots().get(0).start()).hasToString("09:00");
        SessionJson ws1 = imported.sessions().get(1);
        assertThat(ws1.durationMinutes()).isEqualTo(90);
        assertThat(ws1.mandatory()).isTrue();
        assertThat(ws1.developingCountry()).isFalse();
        assertThat(ws1.people())
                .extracting(participant ->
                        participant.person() + " " + participant.role().code())
                .containsExactly("p-002 organizer", "p-001 speaker");
    }

    /** Exported to a file, then read as import reads it. */
    static DatasetJson roundTrip(DatasetJson dataset, Path folder) throws Exception {
        Path workbook = folder.resolve("forum.xlsx");
        Files.write(workbook, Workbooks.toBytes(dataset));
        return Workbooks.read(workbook).document();
    }

    /**
     * The document as JSON, without empty lists: in a workbook an empty cell is an absent field, and an absent list
     * means an empty one in the format.
     */
    static JsonNode tree(DatasetJson dataset) {
        JsonNode tree = DatasetMapper.mapper().valueToTree(dataset);
        withoutEmptyLists(tree);
        return tree;
    }

    /** Where two documents first differ, for a failure message a person can read. */
    static String firstDifference(JsonNode expected, JsonNode actual, String path) {
        if (expected.isObject() && actual.isObject()) {
            for (Map.Entry<String, JsonNode> field : expected.properties()) {
                String found =
                        firstDifference(field.getValue(), actual.path(field.getKey()), path + "." + field.getKey());
                if (found != null) {
                    return found;
                }
            }
            for (Map.Entry<String, JsonNode> field : actual.properties()) {
                if (!expected.has(field.getKey())) {
                    return path + "." + field.getKey() + ": not expected, read " + field.getValue();
                }
            }
            return null;
        }
        if (expected.isArray() && actual.isArray() && expected.size() == actual.size()) {
            for (int i = 0; i < expected.size(); i++) {
                String found = firstDifference(expected.get(i), actual.get(i), path + "[" + i + "]");
                if (found != null) {
                    return found;
                }
            }
            return null;
        }
        return expected.equals(actual) ? null : path + ": expected " + expected + ", read " + actual;
    }

    private static void withoutEmptyLists(JsonNode node) {
        if (node instanceof ObjectNode object) {
            List<String> empty = new ArrayList<>();
            for (Map.Entry<String, JsonNode> field : object.properties()) {
                if (field.getValue() instanceof ArrayNode array && array.isEmpty()) {
                    empty.add(field.getKey());
                } else {
                    withoutEmptyLists(field.getValue());
                }
            }
            object.remove(empty);
        } else if (node instanceof ArrayNode array) {
            array.forEach(WorkbookRoundTripTest::withoutEmptyLists);
        }
    }
}
