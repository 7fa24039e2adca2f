package org.forumplan.app.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.forumplan.app.cli.CommandRun.forumplan;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.forumplan.app.audit.ScheduleAudit;
import org.forumplan.app.cli.CommandRun;
import org.forumplan.app.cli.ExitCode;
import org.forumplan.app.cli.ForumplanProcess;
import org.forumplan.app.cli.TestDatasets;
import org.forumplan.model.generate.ForumGenerator;
import org.forumplan.model.generate.GeneratorSettings;
import org.forumplan.model.generate.Preset;
import org.forumplan.model.io.DatasetJson;
import org.forumplan.model.io.DatasetMapper;
import org.forumplan.model.io.ParticipantJson;
import org.forumplan.model.io.PersonJson;
import org.forumplan.model.io.SessionJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The workbook as a way in and out of every command: import, export, template, validate and solve. */
class WorkbookCommandsTest {

    @TempDir
    Path folder;

    @Test
    void theTemplateValidatesAndImports() {
        Path template = folder.resolve("forum.xlsx");

        assertThat(forumplan("template", "-o", template.toString()).exitCode()).isEqualTo(ExitCode.OK);
        CommandRun validate = forumplan("validate", template.toString());
        CommandRun imported = forumplan("import", template.toString());

        assertThat(validate.exitCode()).as(validate.toString()).isEqualTo(ExitCode.OK);
        assertThat(validate.out()).contains("valid: 2 sessions (1 pinned), 2 rooms, 2 timeslots, 2 people");
        assertThat(imported.exitCode()).as(imported.toString()).isEqualTo(ExitCode.OK);
        assertThat(folder.resolve("forum.json")).exists();
    }

    @Test
    void aWorkbookIsSolvedToAWorkbookPinnedInPlaceAndReported() throws Exception {
        Path template = folder.resolve("forum.xlsx");
        Path solved = folder.resolve("forum.solved.xlsx");
        forumplan("template", "-o", template.toString());

        CommandRun solve = forumplan(
                "solve", template.toString(), "--move-limit", "20000", "--no-progress", "-o", solved.toString());
        CommandRun pin = forumplan("pin", solved.toString(), "WS1");
        CommandRun report = forumplan(
                "report",
                solved.toString(),
                "--format",
                "md",
                "-o",
                folder.resolve("forum.md").toString());
        WorkbookDataset read = Workbooks.read(solved);

        assertThat(solve.exitCode()).as(solve.toString()).isEqualTo(ExitCode.OK);
        assertThat(pin.exitCode()).as(pin.toString()).isEqualTo(ExitCode.OK);
        assertThat(report.exitCode()).as(report.toString()).isEqualTo(ExitCode.OK);
        assertThat(read.document().schedule().assignments()).hasSize(2);
        assertThat(read.document().schedule().score())
                .isEqualTo(solve.out()
                        .lines()
                        .filter(line -> line.startsWith("Score "))
                        .findFirst()
                        .orElseThrow()
                        .split(" ")[1]
                        .replace(":", ""));
        assertThat(read.document().sessions().get(1).pinned()).isNotNull();
    }

    @Test
    void aWorkbookIsReplannedFromAnAnnouncedWorkbook() {
        Path template = folder.resolve("forum.xlsx");
        Path announced = folder.resolve("announced.xlsx");
        forumplan("template", "-o", template.toString());
        forumplan("solve", template.toString(), "--move-limit", "20000", "--no-progress", "-o", announced.toString());

        CommandRun replan = forumplan(
                "solve",
                template.toString(),
                "--from",
                announced.toString(),
                "--move-limit",
                "20000",
                "--no-progress",
                "-o",
                folder.resolve("replanned.json").toString());

        assertThat(replan.exitCode()).as(replan.toString()).isEqualTo(ExitCode.OK);
        assertThat(replan.err()).contains("Re-planning from " + announced + ": 2 sessions announced");
        assertThat(replan.out()).contains("Announced sessions moved: 0 of 2");
    }

    @Test
    void proposalsFromASubmissionSystemJoinADatasetWithTheirNewPeople() throws Exception {
        Path base = folder.resolve("base.json");
        forumplan("template", "-o", folder.resolve("forum.xlsx").toString());
        forumplan("import", folder.resolve("forum.xlsx").toString(), "-o", base.toString());
        Path proposals = folder.resolve("proposals.csv");
        Files.writeString(proposals, """
                Timestamp,Submitter email,id,title,kind,durationMinutes,topics,people,mandatory,evaluation
                2027-03-01 10:00,a@example.org,WS2,Youth and connectivity,workshop,90,access,"Kofi Mensah (organizer); Jane Roe (speaker)",no,3.5
                2027-03-02 11:00,b@example.org,WS3,Data for all,workshop,60,,"Jane Roe (organizer); José Núñez",no,4
                """);
        Path merged = folder.resolve("merged.json");

        CommandRun added = forumplan(
                "import", "--add-sessions", proposals.toString(), "--into", base.toString(), "-o", merged.toString());
        CommandRun again = forumplan(
                "import",
                "--add-sessions",
                proposals.toString(),
                "--into",
                merged.toString(),
                "-o",
                folder.resolve("again.json").toString());
        CommandRun replaced =
                forumplan("import", "--add-sessions", proposals.toString(), "--into", merged.toString(), "--replace");

        assertThat(added.exitCode()).as(added.toString()).isEqualTo(ExitCode.OK);
        assertThat(added.errLines())
                .containsExactly(proposals + ": proposals!A1: warning: columns forumplan does not know, left out:"
                        + " Timestamp, Submitter email");
        JsonNode document = DatasetMapper.mapper().readTree(merged.toFile());
        assertThat(document.get("sessions"))
                .extracting(session -> session.get("id").asText())
                .containsExactly("MS-OPEN", "WS1", "WS2", "WS3");
        assertThat(document.get("sessions")
                        .get(2)
                        .get("people")
                        .get(0)
                        .get("person")
                        .asText())
                .as("named by a name the dataset has")
                .isEqualTo("p-002");
        assertThat(document.get("sessions").get(3).get("people").toString())
                .as("the same new name, the same id; no role is a speaker")
                .isEqualTo(
                        "[{\"person\":\"p-jane-roe\",\"role\":\"organizer\"},{\"person\":\"p-jose-nunez\",\"role\":\"speaker\"}]");
        assertThat(again.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(again.errLines())
                .contains(
                        proposals + ": proposals!C2: session \"WS2\" is already in the dataset; --replace replaces it");
        assertThat(folder.resolve("again.json")).doesNotExist();
        assertThat(replaced.exitCode()).as(replaced.toString()).isEqualTo(ExitCode.OK);
        assertThat(replaced.out())
                .contains("Added 2 sessions from " + proposals + " (2 of them replaced), 0 new people");
    }

    /**
     * Each solve in a process of its own, as a planner runs them: within one JVM, what ran before can change which of
     * two equal rooms a solve picks, so only separate processes are reproducible to the room.
     */
    @Test
    void theSameForumAsJsonAndAsAWorkbookGetsTheSameSchedule() throws Exception {
        Path workbook = folder.resolve("igf-2014.xlsx");
        assertThat(forumplan("export", TestDatasets.igf2014().toString(), "-o", workbook.toString())
                        .exitCode())
                .isEqualTo(ExitCode.OK);

        JsonNode fromJson = assignments(solveInItsOwnProcess(TestDatasets.igf2014(), "from-json.solved.json"));
        JsonNode fromWorkbook = assignments(solveInItsOwnProcess(workbook, "from-workbook.solved.json"));

        assertThat(fromWorkbook)
                .as(() -> WorkbookRoundTripTest.firstDifference(fromJson, fromWorkbook, "assignments"))
                .isEqualTo(fromJson)
                .hasSize(146);
    }

    private Path solveInItsOwnProcess(Path dataset, String output) throws Exception {
        Path solved = folder.resolve(output);
        Process process = ForumplanProcess.builder(
                        "solve",
                        dataset.toString(),
                        "-o",
                        solved.toString(),
                        "--step-limit",
                        "300",
                        "--seed",
                        "3",
                        "--no-progress")
                .redirectErrorStream(true)
                .redirectOutput(folder.resolve(output + ".log").toFile())
                .start();
        assertThat(process.waitFor())
                .as(() -> log(folder.resolve(output + ".log")))
                .isEqualTo(ExitCode.OK);
        return solved;
    }

    private static String log(Path file) {
        try {
            return Files.readString(file);
        } catch (java.io.IOException e) {
            return e.toString();
        }
    }

    /**
     * A forum written as CSV files by another program from the documented layout alone: JSON field names as headers,
     * lists separated by ";", people named by name in a "people" cell with their roles, yes/no flags. It imports,
     * validates and solves to a schedule an independent audit finds no hard rule broken in.
     */
    @Test
    void aForumWrittenByAnotherProgramFromTheLayoutSolvesToZeroHard() throws Exception {
        DatasetJson forum = ForumGenerator.generate(new GeneratorSettings(Preset.REGIONAL, 60, 3, 9, 5))
                .dataset();
        Path csv = Files.createDirectories(folder.resolve("forum-csv"));
        writeAsAnotherProgramWould(forum, csv);
        Path dataset = folder.resolve("forum.json");
        Path solved = folder.resolve("forum.solved.json");

        CommandRun imported = forumplan("import", csv.toString(), "-o", dataset.toString());
        CommandRun solve = forumplan(
                "solve", dataset.toString(), "--move-limit", "200000", "--no-progress", "-o", solved.toString());

        assertThat(imported.exitCode()).as(imported.toString()).isEqualTo(ExitCode.OK);
        assertThat(solve.exitCode()).as(solve.toString()).isEqualTo(ExitCode.OK);
        assertThat(ScheduleAudit.audit(solved)).isEmpty();
        JsonNode sessions = DatasetMapper.mapper().readTree(dataset.toFile()).get("sessions");
        assertThat(sessions).hasSize(forum.sessions().size());
        assertThat(sessions.get(0).get("people").get(0).get("person").asText())
                .as("named by name in the CSV, written by id")
                .isEqualTo(forum.sessions().get(0).people().get(0).person());
    }

    private static void writeAsAnotherProgramWould(DatasetJson forum, Path folder) throws Exception {
        // By name where the name is one person's; a name two people share needs the id.
        Map<String, Long> namesakes =
                forum.people().stream().collect(Collectors.groupingBy(PersonJson::name, Collectors.counting()));
        Function<String, String> nameOf = forum.people().stream()
                        .collect(Collectors.toMap(
                                PersonJson::id,
                                person -> namesakes.get(person.name()) == 1 ? person.name() : person.id()))::get;
        List<String> lines = new ArrayList<>();
        lines.add("field,value");
        lines.add("name," + quoted(forum.forum().name()));
        lines.add("timeZone," + forum.forum().timeZone());
        Files.write(folder.resolve("forum.csv"), lines);
        lines.clear();
        lines.add("id,day,start,end,kinds");
        forum.timeslots()
                .forEach(slot -> lines.add(String.join(
                        ",",
                        slot.id(),
                        slot.day().toString(),
                        slot.start().toString(),
                        slot.end().toString(),
                        String.join(";", slot.kinds()))));
        Files.write(folder.resolve("timeslots.csv"), lines);
        lines.clear();
        lines.add("id,name,capacity,kinds");
        forum.rooms()
                .forEach(room -> lines.add(String.join(
                        ",",
                        room.id(),
                        quoted(room.name()),
                        room.capacity() == null ? "" : room.capacity().toString(),
                        room.kinds() == null
                                ? ""
                                : room.kinds().stream().map(kind -> kind.code()).collect(Collectors.joining(";")))));
        Files.write(folder.resolve("rooms.csv"), lines);
        lines.clear();
        lines.add("id,name");
        forum.topics().forEach(topic -> lines.add(topic.id() + "," + quoted(topic.name())));
        Files.write(folder.resolve("topics.csv"), lines);
        lines.clear();
        lines.add("id,name,unavailable");
        forum.people()
                .forEach(person -> lines.add(String.join(
                        ",",
                        person.id(),
                        quoted(person.name()),
                        person.unavailable() == null ? "" : String.join(";", person.unavailable()))));
        Files.write(folder.resolve("people.csv"), lines);
        lines.clear();
        lines.add(
                "id,title,kind,durationMinutes,topics,people,mandatory,evaluation,mustPrecede,feeds,pinned.room,pinned.timeslot");
        for (SessionJson session : forum.sessions()) {
            lines.add(String.join(
                    ",",
                    session.id(),
                    quoted(session.title()),
                    session.kind().code(),
                    session.durationMinutes().toString(),
                    session.topics() == null ? "" : String.join(";", session.topics()),
                    quoted(people(session, nameOf)),
                    Boolean.TRUE.equals(session.mandatory()) ? "yes" : "no",
                    session.evaluation() == null ? "" : session.evaluation().toString(),
                    session.mustPrecede() == null ? "" : String.join(";", session.mustPrecede()),
                    session.feeds() == null ? "" : session.feeds(),
                    session.pinned() == null ? "" : session.pinned().room(),
                    session.pinned() == null ? "" : session.pinned().timeslot()));
        }
        Files.write(folder.resolve("sessions.csv"), lines);
    }

    private static String people(SessionJson session, Function<String, String> nameOf) {
        if (session.people() == null) {
            return "";
        }
        List<String> items = new ArrayList<>();
        for (ParticipantJson participant : session.people()) {
            items.add("%s (%s)"
                    .formatted(
                            nameOf.apply(participant.person()),
                            participant.role().code()));
        }
        return String.join("; ", items);
    }

    private static String quoted(String text) {
        return text == null ? "" : "\"" + text.replace("\"", "\"\"") + "\"";
    }

    private static JsonNode assignments(Path solved) throws Exception {
        return DatasetMapper.mapper().readTree(solved.toFile()).get("schedule").get("assignments");
    }
}
