package org.forumplan.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.forumplan.app.cli.CommandRun.forumplan;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.forumplan.model.io.DatasetJson;
import org.forumplan.model.io.DatasetReader;
import org.forumplan.model.io.DatasetWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Where {@code solve} writes its result: never over a file the planner did not allow to be replaced, never half a file,
 * never with unusual permissions, and never lost when the target cannot be written at the end of a long solve. The
 * input-is-output and unwritable-before-solving cases are in {@link SolveCommandTest}.
 */
class OutputFilesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] SHORT_SOLVE = {"--step-limit", "10", "--time-limit", "30s", "--no-progress"};

    @Test
    void existingOutputWithoutForceIsRefusedBeforeSolvingAndLeftUntouched(@TempDir Path folder) throws IOException {
        Path output = Files.writeString(folder.resolve("proposal-1.json"), "the planner's own file");

        CommandRun run = solveRegionalForum("-o", output.toString());

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.errLines())
                .singleElement()
                .asString()
                .isEqualTo("forumplan: " + output + " already exists; use --force to replace it");
        assertThat(run.out()).isEmpty();
        assertThat(Files.readString(output)).isEqualTo("the planner's own file");
    }

    @Test
    void existingOutputWithForceIsReplacedInOneStepKeepingItsPermissions(@TempDir Path folder) throws IOException {
        Path output = Files.writeString(folder.resolve("proposal-1.json"), "the previous proposal");
        Files.setPosixFilePermissions(output, PosixFilePermissions.fromString("rw-r-----"));

        CommandRun run = solveRegionalForum("--force", "-o", output.toString());

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).contains("Written: " + output);
        assertThat(JSON.readTree(output.toFile()).get("schedule").get("assignments"))
                .isNotEmpty();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(output)))
                .isEqualTo("rw-r-----");
        assertThat(filesIn(folder)).as("no temporary file left behind").containsExactly(output);
    }

    @Test
    void newOutputHasTheUsualPermissionsNotThoseOfATemporaryFile(@TempDir Path folder) throws IOException {
        Path output = folder.resolve("new/proposal-1.json");

        CommandRun run = solveRegionalForum("-o", output.toString());

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCode.OK);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(output)))
                .isEqualTo("rw-r--r--");
        assertThat(filesIn(output.getParent())).containsExactly(output);
    }

    /** {@code out/<name>.solved.json} is refreshed by every solve: it needs no --force. Run in a folder of its own. */
    @Test
    void defaultOutputIsReplacedWithoutForce(@TempDir Path folder) throws Exception {
        Path input = Files.copy(TestDatasets.regionalForum(), folder.resolve("forum.json"));
        Path work = Files.createDirectories(folder.resolve("work"));
        Path previous = Files.writeString(
                Files.createDirectories(work.resolve("out")).resolve("forum.solved.json"), "the previous solve");
        Path stdout = folder.resolve("stdout.txt");
        Path stderr = folder.resolve("stderr.txt");

        Process process = ForumplanProcess.builder(
                        "solve", input.toAbsolutePath().toString(), "--step-limit", "10", "--no-progress")
                .directory(work.toFile())
                .redirectOutput(stdout.toFile())
                .redirectError(stderr.toFile())
                .start();
        boolean ended = process.waitFor(2, TimeUnit.MINUTES);
        if (!ended) {
            process.destroyForcibly();
        }

        String streams = Files.readString(stdout) + Files.readString(stderr);
        assertThat(ended).as("ended").isTrue();
        assertThat(process.exitValue()).as(streams).isEqualTo(ExitCode.OK);
        assertThat(Files.readString(stdout)).contains("Written: " + Path.of("out", "forum.solved.json"));
        assertThat(JSON.readTree(previous.toFile()).get("schedule").get("assignments"))
                .isNotEmpty();
    }

    /**
     * The folder passes the check before solving and is gone when the result is written (replaced by a file while the
     * solver runs): exit 3, one line naming the target, and the schedule saved elsewhere, whole.
     */
    @Test
    void outputFolderLostDuringTheSolveIsExitThreeAndTheScheduleIsSavedElsewhere(@TempDir Path folder)
            throws Exception {
        Path outFolder = folder.resolve("out");
        Path output = outFolder.resolve("proposal-1.json");
        MarkerWriter err = new MarkerWriter("Solving ");
        StringWriter out = new StringWriter();
        CommandLine commandLine = ForumplanCommand.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        ExecutorService executor = Executors.newSingleThreadExecutor();
        try {
            Future<Integer> exitCode = executor.submit(() -> commandLine.execute(
                    "solve",
                    TestDatasets.regionalForum().toString(),
                    "--time-limit",
                    "2s",
                    "--no-progress",
                    "-o",
                    output.toString()));
            assertThat(err.seen.await(60, TimeUnit.SECONDS))
                    .as("the solve started: %s", err)
                    .isTrue();
            // The pre-check created the folder; the solve has at least two seconds to go.
            Files.delete(outFolder);
            Files.writeString(outFolder, "a file where the folder was");

            CommandRun run = new CommandRun(exitCode.get(2, TimeUnit.MINUTES), out.toString(), err.toString());

            assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCode.IO_FAILURE);
            String message = run.errLines().get(run.errLines().size() - 1);
            assertThat(message).startsWith("forumplan: cannot write " + output + " (");
            assertThat(run.err()).doesNotContain("Exception", "\tat ");
            Path rescue = RescueFiles.namedIn(message).orElse(null);
            assertThat(rescue).as("the rescue file named in: %s", message).isNotNull();
            CommandRun validate = forumplan("validate", rescue.toString());
            assertThat(validate.exitCode()).as(validate.toString()).isEqualTo(ExitCode.OK);
            JsonNode schedule = JSON.readTree(rescue.toFile()).get("schedule");
            assertThat(schedule.get("assignments").size()
                            + schedule.get("unscheduled").size())
                    .isEqualTo(70);
            assertThat(Files.readString(outFolder)).isEqualTo("a file where the folder was");
        } finally {
            executor.shutdownNow();
            RescueFiles.deleteAfter(new CommandRun(0, "", err.toString()));
        }
    }

    @Test
    void writeOrRescueNamesTheTargetItCouldNotWriteAndTheFileThatHoldsTheWholeDocument(@TempDir Path folder)
            throws Exception {
        DatasetJson document = new DatasetReader().read(TestDatasets.regionalForum());
        Path notAFolder = Files.writeString(folder.resolve("plain-file"), "x");
        Path target = notAFolder.resolve("proposal-1.json");

        UncheckedIOException thrown =
                catchThrowableOfType(UncheckedIOException.class, () -> OutputFiles.writeOrRescue(document, target));

        assertThat(thrown).as("writing under a plain file fails").isNotNull();
        assertThat(thrown.getMessage())
                .startsWith("cannot write " + target + " (")
                .doesNotContain("\n");
        Path rescue = RescueFiles.namedIn(thrown.getMessage()).orElse(null);
        assertThat(rescue)
                .as("the rescue file named in: %s", thrown.getMessage())
                .isNotNull();
        try {
            assertThat(Files.readString(rescue)).isEqualTo(DatasetWriter.toJson(document));
            assertThat(new DatasetReader().read(rescue)).isEqualTo(document);
        } finally {
            Files.deleteIfExists(rescue);
        }
        assertThat(Files.readString(notAFolder)).isEqualTo("x");
    }

    /**
     * A folder given as {@code -o} can never take the file: it must be refused before a long solve, not found out at the
     * end (today: exit 3 after solving, the schedule in a rescue file); and {@code --force} is no remedy to suggest.
     */
    @Test
    void outputThatIsAFolderIsRefusedBeforeSolving(@TempDir Path folder) throws IOException {
        Path existing = Files.createDirectories(folder.resolve("proposals"));
        Files.writeString(existing.resolve("keep.json"), "{}");

        for (List<String> force : List.of(List.of("--force"), List.<String>of())) {
            CommandRun run = solveRegionalForum(Stream.concat(force.stream(), Stream.of("-o", existing.toString()))
                    .toArray(String[]::new));
            RescueFiles.deleteAfter(run);

            assertThat(run.exitCode()).as("%s: %s", force, run).isEqualTo(ExitCode.BAD_INPUT);
            assertThat(run.errLines())
                    .as("%s: %s", force, run)
                    .singleElement()
                    .asString()
                    .contains(existing.toString(), "folder")
                    .doesNotContain("--force");
            assertThat(run.err()).doesNotContain("Solving ");
        }
        assertThat(filesIn(existing)).containsExactly(existing.resolve("keep.json"));
    }

    // ************************************************************************
    // Helpers
    // ************************************************************************

    private static CommandRun solveRegionalForum(String... options) {
        return forumplan(Stream.of(
                        Stream.of("solve", TestDatasets.regionalForum().toString()),
                        Stream.of(SHORT_SOLVE),
                        Stream.of(options))
                .flatMap(part -> part)
                .toArray(String[]::new));
    }

    private static List<Path> filesIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.toList();
        }
    }

    /** Standard error as text, with a latch that opens when a marker has been flushed to it. */
    private static final class MarkerWriter extends Writer {

        private final StringWriter text = new StringWriter();
        private final String marker;
        final CountDownLatch seen = new CountDownLatch(1);

        MarkerWriter(String marker) {
            this.marker = marker;
        }

        @Override
        public synchronized void write(char[] chars, int offset, int length) {
            text.write(chars, offset, length);
        }

        @Override
        public synchronized void flush() {
            if (text.toString().contains(marker)) {
                seen.countDown();
            }
        }

        @Override
        public void close() {
            flush();
        }

        @Override
        public synchronized String toString() {
            return text.toString();
        }
    }
}
