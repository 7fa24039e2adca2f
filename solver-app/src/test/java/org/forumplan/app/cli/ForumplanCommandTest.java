package org.forumplan.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.forumplan.app.cli.CommandRun.forumplan;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The top-level command: help with an example, the version, and unknown commands. */
class ForumplanCommandTest {

    @Test
    void helpListsTheCommandsTheExitCodesAndAnExample() {
        CommandRun run = forumplan("--help");

        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(run.out())
                .contains("Usage: forumplan")
                .containsPattern("(?m)^  solve +")
                .containsPattern("(?m)^  validate +")
                .contains("Exit codes:", "  2   bad input or usage")
                .contains("Example: forumplan solve datasets/igf-2014-istanbul.json");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void noCommandPrintsTheUsage() {
        CommandRun run = forumplan();

        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).contains("Usage: forumplan");
    }

    @ParameterizedTest(name = "forumplan {0}")
    @ValueSource(strings = {"solve --help", "help solve"})
    void solveHelpShowsExamplesAndDefaults(String args) {
        CommandRun run = forumplan(args.split(" "));

        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(run.out())
                .contains("Usage: forumplan solve")
                .contains("--time-limit", "--unimproved-limit", "--seed", "--weight", "--step-limit", "-o")
                .containsPattern("Stop after this long, e\\.g\\. 30s, 2m, 1h \\(default:\\s+30s\\)")
                .contains("Examples:", "  forumplan solve my-forum.json --seed 7 --step-limit 20000");
    }

    /** An example is there to be copied: a line break inside one makes a broken command. */
    @Test
    void solveHelpExamplesAreNotBrokenAcrossLines() {
        CommandRun run = forumplan("solve", "--help");

        assertThat(run.out()).contains("  forumplan solve my-forum.json --time-limit 2m -o proposal-1.json\n");
    }

    @Test
    void validateHelpShowsAnExample() {
        CommandRun run = forumplan("validate", "--help");

        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).contains("Usage: forumplan validate", "Example: forumplan validate ");
    }

    @Test
    void versionNamesForumplanAndTimefold() {
        CommandRun run = forumplan("--version");

        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(run.outLines()).first().isEqualTo("forumplan 0.1.0 / Timefold 1.32.0");
    }

    @Test
    void unknownCommandIsBadUsage() {
        CommandRun run = forumplan("slove");

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).startsWith("forumplan: ").contains("slove").doesNotContain("Exception");
    }
}
