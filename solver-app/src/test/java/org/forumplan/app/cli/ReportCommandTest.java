package org.forumplan.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.forumplan.app.cli.CommandRun.forumplan;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.forumplan.app.report.SolvedForums;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code forumplan report} and {@code solve --report} end to end: files, names, replacing, errors. */
class ReportCommandTest {

    @TempDir
    Path folder;

    /** A copy of a shared solved file in this test's folder, so that reports written next to it stay here. */
    private Path copyOf(Path solved, String name) throws IOException {
        return Files.copy(solved, folder.resolve(name));
    }

    @ParameterizedTest(name = "--format {0}")
    @ValueSource(strings = {"html", "xlsx", "md", "csv", "ics"})
    void everyFormatIsWrittenForASolvedUnseenForum(String format) throws IOException {
        Path schedule = copyOf(SolvedForums.unseenForum(), "unseen.solved.json");

        CommandRun run = forumplan("report", schedule.toString(), "--format", format);

        Path report = folder.resolve("unseen.solved." + format);
        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).isEqualTo("Written: " + report + "\n");
        assertThat(report).isRegularFile();
        assertThat(Files.size(report)).isGreaterThan(1000);
        assertThat(folder).isDirectoryNotContaining("glob:**.tmp");
    }

    @Test
    void theHtmlReportIsTheDefault() throws IOException {
        Path schedule = copyOf(SolvedForums.regionalForum(), "proposal.json");

        CommandRun run = forumplan("report", schedule.toString());

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCode.OK);
        assertThat(folder.resolve("proposal.html")).content().startsWith("<!DOCTYPE html>");
    }

    @Test
    void theDefaultReportIsReplacedOnEachRun() throws IOException {
        Path schedule = copyOf(SolvedForums.regionalForum(), "proposal.json");
        Files.writeString(folder.resolve("proposal.md"), "old");

        CommandRun run = forumplan("report", schedule.toString(), "--format", "md");

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCode.OK);
        assertThat(folder.resolve("proposal.md")).content().startsWith("# ");
    }

    @Test
    void aNamedOutputIsReplacedOnlyWithForce() throws IOException {
        Path schedule = copyOf(SolvedForums.regionalForum(), "proposal.json");
        Path target = Files.writeString(folder.resolve("for-the-mag.csv"), "old");

        CommandRun refused = forumplan("report", schedule.toString(), "--format", "csv", "-o", target.toString());
        assertThat(refused.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(refused.err()).isEqualTo("forumplan: " + target + " already exists; use --force to replace it\n");
        assertThat(target).hasContent("old");

        CommandRun forced =
                forumplan("report", schedule.toString(), "--format", "csv", "-o", target.toString(), "--force");
        assertThat(forced.exitCode()).as(forced.toString()).isEqualTo(ExitCode.OK);
        assertThat(target).content().startsWith("id,title,kind,");
    }

    @Test
    void theScheduleItselfIsNeverOverwritten() throws IOException {
        Path schedule = copyOf(SolvedForums.regionalForum(), "proposal.json");
        String before = Files.readString(schedule);

        CommandRun run = forumplan("report", schedule.toString(), "-o", schedule.toString(), "--force");

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).contains("is the input dataset");
        assertThat(schedule).hasContent(before);
    }

    @Test
    void aMissingScheduleIsBadInput() {
        CommandRun run = forumplan("report", folder.resolve("nowhere.json").toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).endsWith("nowhere.json: no such file\n");
    }

    @Test
    void theHtmlPageLooksForOtherPlacesUnlessToldNot() throws IOException {
        Path schedule = copyOf(SolvedForums.regionalForum(), "proposal.json");

        CommandRun looked = forumplan(
                "report", schedule.toString(), "-o", folder.resolve("with.html").toString());
        CommandRun skipped = forumplan(
                "report",
                schedule.toString(),
                "--other-places",
                "0",
                "-o",
                folder.resolve("without.html").toString());
        CommandRun negative = forumplan("report", schedule.toString(), "--other-places", "-1");

        assertThat(looked.exitCode()).as(looked.toString()).isEqualTo(ExitCode.OK);
        assertThat(looked.err())
                .isEqualTo("Looking for each session's other places (at most 30 s; --other-places 0 skips this)\n");
        assertThat(folder.resolve("with.html")).content().contains("<details class=\"alt\"><summary>other places");
        assertThat(skipped.exitCode()).as(skipped.toString()).isEqualTo(ExitCode.OK);
        assertThat(skipped.err()).isEmpty();
        assertThat(folder.resolve("without.html")).content().doesNotContain("other places");
        assertThat(negative.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(negative.err()).contains("--other-places: -1 must be 0 or more");
    }

    @Test
    void anUnknownFormatIsBadUsageNamingTheFormats() throws IOException {
        Path schedule = copyOf(SolvedForums.regionalForum(), "proposal.json");

        CommandRun run = forumplan("report", schedule.toString(), "--format", "pdf");

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).contains("pdf").containsPattern("html, xlsx, md, csv, ics|HTML, XLSX, MD, CSV, ICS");
    }

    @Test
    void anUnwritableFolderIsAnIoErrorBeforeAnythingIsRead() throws IOException {
        Path schedule = copyOf(SolvedForums.regionalForum(), "proposal.json");
        Path blocker = Files.writeString(folder.resolve("not-a-folder"), "");

        CommandRun run = forumplan(
                "report",
                schedule.toString(),
                "-o",
                blocker.resolve("report.html").toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.IO_FAILURE);
        assertThat(run.err()).startsWith("forumplan: cannot write ");
    }

    @Test
    void aDatasetWithoutScheduleIsReportedWithItsPinnedSessionsAndAWarning() throws IOException {
        Path dataset = Files.copy(TestDatasets.igf2014(), folder.resolve("igf.json"));

        CommandRun run = forumplan("report", dataset.toString(), "--format", "md");

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCode.OK);
        assertThat(run.err()).contains("warning: no schedule in this file");
        assertThat(folder.resolve("igf.md")).content().contains("| MS-OPENING (pinned, exclusive) |");
    }

    @Test
    void solveWritesTheReportsAskedForNextToTheSolvedFile() throws IOException {
        Path output = folder.resolve("regional.solved.json");

        CommandRun run = forumplan(
                "solve",
                TestDatasets.regionalForum().toString(),
                "--step-limit",
                "20",
                "--no-progress",
                "-o",
                output.toString(),
                "--report",
                "html",
                "--report",
                "ics");

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCode.OK);
        assertThat(run.out())
                .contains("Written: " + output + "\n")
                .contains("Written: " + folder.resolve("regional.solved.html") + "\n")
                .contains("Written: " + folder.resolve("regional.solved.ics") + "\n");
        assertThat(folder.resolve("regional.solved.html")).content().contains("Great Lakes Regional");
        assertThat(folder.resolve("regional.solved.ics")).content().startsWith("BEGIN:VCALENDAR");
    }

    @Test
    void solveRefusesToReplaceAnExistingReportOfANamedOutputBeforeSolving() throws IOException {
        Path output = folder.resolve("regional.solved.json");
        Files.writeString(folder.resolve("regional.solved.html"), "keep me");

        CommandRun run = forumplan(
                "solve",
                TestDatasets.regionalForum().toString(),
                "--step-limit",
                "20",
                "--no-progress",
                "-o",
                output.toString(),
                "--report",
                "html");

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).contains("regional.solved.html already exists; use --force to replace it");
        assertThat(output).doesNotExist();
        assertThat(folder.resolve("regional.solved.html")).hasContent("keep me");
    }

    @Test
    void helpShowsTheFormatsAndExamples() {
        CommandRun run = forumplan("report", "--help");

        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(run.out())
                .contains("Usage: forumplan report", "--format", "html, xlsx, md, csv or ics", "--force")
                .contains("Examples:", "  forumplan report out/igf-2014-istanbul.solved.json\n");
        assertThat(Pattern.compile("(?m)^  forumplan .{78,}$")
                        .matcher(run.out())
                        .find())
                .as("an example too long for one line")
                .isFalse();
    }
}
