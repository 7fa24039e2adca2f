package org.forumplan.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.forumplan.app.cli.CommandRun.forumplan;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.forumplan.app.audit.ScheduleAudit;
import org.forumplan.app.audit.ScheduleAudit.Rule;
import org.forumplan.app.audit.ScheduleAudit.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ctrl-C (SIGINT) or SIGTERM during {@code forumplan solve} stops the search, writes the best schedule found so far
 * marked as interrupted, prints the summary and exits with 130. Each test starts {@code forumplan solve} as a process
 * with a five-minute limit, reads its progress until the trigger line, signals it and checks what it left behind.
 */
class InterruptTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String DATASET = "synthetic-small.json";
    /** A process that has not ended by then is killed, so a hang fails the test instead of blocking the build. */
    private static final long KILL_AFTER_SECONDS = 90;

    private record Interrupted(int exitCode, String out, List<String> err, Path output) {
        @Override
        public String toString() {
            return "exit %d%n--- out ---%n%s--- err ---%n%s".formatted(exitCode, out, String.join("\n", err));
        }
    }

    /** The first progress line may come during the construction heuristic, with sessions still unplaced. */
    @Test
    void ctrlCSavesTheBestScheduleFoundMarkedInterruptedAndExitsWith130(@TempDir Path folder) throws Exception {
        Interrupted run = solveAndInterrupt(folder, " best ", process -> ForumplanProcess.signal(process, "INT"));

        assertSavedAndSummarised(run);
    }

    /** Stopped in the local search, once a feasible schedule is known: the schedule written keeps every hard rule. */
    @Test
    void sigtermSavesTheBestScheduleFoundMarkedInterruptedAndExitsWith130(@TempDir Path folder) throws Exception {
        Interrupted run = solveAndInterrupt(
                folder, " best 0hard/", process -> process.toHandle().destroy());

        assertSavedAndSummarised(run);
        JsonNode schedule = JSON.readTree(run.output().toFile()).get("schedule");
        assertThat(schedule.get("feasible").asBoolean()).as(run.toString()).isTrue();
        assertThat(ScheduleAudit.audit(run.output())).isEmpty();
    }

    /**
     * Ctrl-C, and then the result cannot be written where asked (its folder was replaced by a file while the solver
     * ran): the planner must still learn where the schedule went and that it is not where they asked, and the exit code
     * must not be 130, which promises a schedule saved where asked.
     */
    @Test
    void ctrlCWhenTheOutputCannotBeWrittenSaysWhereTheScheduleWasSaved(@TempDir Path folder) throws Exception {
        Path outFolder = folder.resolve("out");
        Path output = outFolder.resolve("interrupted.solved.json");
        // The child's temporary folder is the test's, so that the rescue file goes where the test cleans up.
        Path temporary = Files.createDirectories(folder.resolve("tmp"));

        Interrupted run = solveAndInterrupt(
                folder,
                List.of("-Djava.io.tmpdir=" + temporary),
                output,
                () -> {
                    Files.delete(outFolder);
                    Files.writeString(outFolder, "a file where the folder was");
                },
                " best ",
                process -> ForumplanProcess.signal(process, "INT"));

        String err = String.join("\n", run.err());
        assertThat(err).as(run.toString()).contains("cannot write " + output);
        Path rescue = RescueFiles.namedIn(err).orElse(null);
        assertThat(rescue).as("the rescue file named in:%n%s", run).isNotNull();
        assertThat(rescue.getParent()).isEqualTo(temporary);
        JsonNode schedule = JSON.readTree(rescue.toFile()).get("schedule");
        assertThat(schedule.get("solver").get("interrupted").asBoolean()).isTrue();
        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCode.IO_FAILURE);
    }

    private interface Signal {
        void send(Process process) throws IOException, InterruptedException;
    }

    private interface Action {
        void run() throws IOException;
    }

    private static Interrupted solveAndInterrupt(Path folder, String trigger, Signal signal) throws Exception {
        return solveAndInterrupt(
                folder, List.of(), folder.resolve("interrupted.solved.json"), () -> {}, trigger, signal);
    }

    /**
     * Starts {@code forumplan solve DATASET --time-limit 5m -o OUTPUT}, reads its standard error, and sends the signal
     * at the first line that contains the trigger.
     *
     * @param whenSolvingStarts done as soon as the command prints "Solving ...": its checks before solving are over
     */
    private static Interrupted solveAndInterrupt(
            Path folder, List<String> jvmOptions, Path output, Action whenSolvingStarts, String trigger, Signal signal)
            throws Exception {
        Path out = folder.resolve("stdout.txt");
        Path dataset = TestDatasets.folder().resolve(DATASET).toAbsolutePath();
        Process process = ForumplanProcess.builder(
                        jvmOptions, "solve", dataset.toString(), "--time-limit", "5m", "-o", output.toString())
                .redirectOutput(out.toFile())
                .start();
        CompletableFuture.runAsync(
                process::destroyForcibly, CompletableFuture.delayedExecutor(KILL_AFTER_SECONDS, TimeUnit.SECONDS));
        List<String> err = new ArrayList<>();
        try (BufferedReader reader =
                new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
            String line = reader.readLine();
            while (line != null && !line.startsWith("Solving ")) {
                err.add(line);
                line = reader.readLine();
            }
            if (line != null) {
                whenSolvingStarts.run();
            }
            while (line != null && !line.contains(trigger)) {
                err.add(line);
                line = reader.readLine();
            }
            assertThat(line)
                    .as("a progress line with \"%s\" before the process ended:%n%s", trigger, String.join("\n", err))
                    .isNotNull();
            err.add(line);
            signal.send(process);
            for (line = reader.readLine(); line != null; line = reader.readLine()) {
                err.add(line);
            }
        } finally {
            if (!process.waitFor(KILL_AFTER_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
        return new Interrupted(process.exitValue(), Files.readString(out), err, output);
    }

    private static void assertSavedAndSummarised(Interrupted run) throws IOException {
        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCode.INTERRUPTED);
        assertThat(run.err())
                .as(run.toString())
                .contains("Interrupted: stopping the search and saving the best schedule found...")
                .noneMatch(line -> line.contains("Exception") || line.startsWith("\tat "));
        assertThat(run.out())
                .as(run.toString())
                .startsWith("Interrupted " + DATASET + " in ")
                .contains("Sessions: ", "Written: " + run.output());
        assertThat(run.output()).isRegularFile();

        CommandRun validate = forumplan("validate", run.output().toString());
        assertThat(validate.exitCode()).as(validate.toString()).isEqualTo(ExitCode.OK);

        JsonNode solved = JSON.readTree(run.output().toFile());
        JsonNode schedule = solved.get("schedule");
        assertThat(run.out()).contains("Score " + schedule.get("score").asText() + ":");
        assertThat(schedule.get("solver").get("interrupted").asBoolean()).isTrue();
        assertThat(schedule.get("solver").get("seed").asLong()).isZero();

        Set<String> assigned = new HashSet<>();
        schedule.get("assignments")
                .forEach(assignment -> assigned.add(assignment.get("session").asText()));
        Set<String> unscheduled = new HashSet<>();
        schedule.get("unscheduled").forEach(id -> unscheduled.add(id.asText()));
        Set<String> mandatoryUnscheduled = new HashSet<>();
        for (JsonNode session : solved.get("sessions")) {
            String id = session.get("id").asText();
            assertThat(assigned.contains(id) ^ unscheduled.contains(id))
                    .as("%s is either placed or listed as unscheduled", id)
                    .isTrue();
            if (session.path("mandatory").asBoolean() && unscheduled.contains(id)) {
                mandatoryUnscheduled.add(id);
            }
        }

        // The independent audit agrees with what the file says about itself.
        List<Violation> violations = ScheduleAudit.audit(solved);
        assertThat(violations)
                .as("the file is consistent: pins kept, placements that exist")
                .noneMatch(violation -> violation.rule() == Rule.NO_SCHEDULE
                        || violation.rule() == Rule.BOOKKEEPING
                        || violation.rule() == Rule.PIN_NOT_KEPT
                        || violation.rule() == Rule.SPAN);
        assertThat(violations.stream().filter(violation -> violation.rule() == Rule.MANDATORY_UNSCHEDULED))
                .hasSize(mandatoryUnscheduled.size());
        assertThat(violations.isEmpty())
                .as("feasible exactly when the audit finds nothing: %s", violations)
                .isEqualTo(schedule.get("feasible").asBoolean());
    }
}
