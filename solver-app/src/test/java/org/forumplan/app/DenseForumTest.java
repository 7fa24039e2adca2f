package org.forumplan.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.forumplan.app.cli.CommandRun.forumplan;

import java.io.IOException;
import java.nio.file.Path;
import org.forumplan.app.audit.ScheduleAudit;
import org.forumplan.app.cli.CommandRun;
import org.forumplan.app.cli.ExitCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A dense forum the generator builds around a feasible schedule: 600 sessions in two days with the fewest rooms it
 * accepts (51), the morning periods full up to the parallel limit, 12 best practice forums that share people and must
 * all end before their pinned wrap-up. Before value ranges were narrowed by precedences with pinned sessions and the
 * sessions in a precedence were placed and mended first (issue #15), 100,000 moves ended at -180hard: a best practice
 * forum after its wrap-up, which only two moves at once could mend, and two open forums with one person at once. A
 * move limit, not a time, so that the test asks the same of any machine.
 */
class DenseForumTest {

    @Test
    void aDenseGeneratedForumIsSolvedWithoutBreakingAHardRule(@TempDir Path folder) throws IOException {
        Path forum = folder.resolve("dense-600.json");
        Path solved = folder.resolve("dense-600.solved.json");
        CommandRun generate = forumplan(
                "generate", "--sessions", "600", "--days", "2", "--rooms", "51", "--seed", "1", "-o", forum.toString());
        assertThat(generate.exitCode()).as(generate.toString()).isEqualTo(ExitCode.OK);

        CommandRun solve = forumplan(
                "solve",
                forum.toString(),
                "--move-limit",
                "100000",
                "--time-limit",
                "10m",
                "--no-progress",
                "-o",
                solved.toString());

        assertThat(solve.exitCode()).as(solve.toString()).isEqualTo(ExitCode.OK);
        assertThat(ScheduleAudit.audit(solved)).isEmpty();
    }
}
