package org.forumplan.app.report;

import static org.forumplan.app.cli.CommandRun.forumplan;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.forumplan.app.cli.CommandRun;
import org.forumplan.app.cli.ExitCode;
import org.forumplan.app.cli.TestDatasets;

/**
 * Short solves the report and diff tests share, each made once per test run (by the command line, as a user would) and
 * kept in a temporary folder until the JVM exits. Every solve stops at a step count, so it is quick and always gives the
 * same schedule.
 */
public final class SolvedForums {

    private static final Map<String, Path> SOLVED = new HashMap<>();
    private static Path folder;

    private SolvedForums() {}

    /** The invented regional forum of the test resources after 300 steps: proposals left out, soft costs. */
    public static Path regionalForum() {
        return solved("regional-forum.solved.json", TestDatasets.regionalForum(), "0", "300");
    }

    /** The regional forum solved with another seed and fewer steps: the same forum, another programme. */
    public static Path regionalForumOtherSeed() {
        return solved("regional-forum-seed-7.solved.json", TestDatasets.regionalForum(), "7", "150");
    }

    /** IGF 2014 after 100 steps: every session placed, no hard constraint broken. */
    public static Path igf2014() {
        return solved("igf-2014-istanbul.solved.json", TestDatasets.igf2014(), "0", "100");
    }

    /** A forum the project has never seen: generated with a seed no other test uses, then solved. */
    public static synchronized Path unseenForum() {
        Path dataset = folder().resolve("unseen-forum.json");
        if (!Files.exists(dataset)) {
            check(forumplan("generate", "--preset", "regional", "--seed", "20", "-o", dataset.toString()));
        }
        return solved("unseen-forum.solved.json", dataset, "0", "200");
    }

    private static synchronized Path solved(String name, Path dataset, String seed, String steps) {
        return SOLVED.computeIfAbsent(name, unused -> {
            Path output = folder().resolve(name);
            check(forumplan(
                    "solve",
                    dataset.toString(),
                    "--seed",
                    seed,
                    "--step-limit",
                    steps,
                    "--no-progress",
                    "-o",
                    output.toString()));
            return output;
        });
    }

    private static void check(CommandRun run) {
        if (run.exitCode() != ExitCode.OK) {
            throw new IllegalStateException("A shared solve for the report tests failed: " + run);
        }
    }

    private static synchronized Path folder() {
        if (folder == null) {
            try {
                folder = Files.createTempDirectory("forumplan-solved-");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Path created = folder;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(created)));
        }
        return folder;
    }

    private static void delete(Path tree) {
        try (Stream<Path> paths = Files.walk(tree)) {
            paths.sorted(Comparator.reverseOrder())
                    .forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // A leftover temporary folder is harmless.
        }
    }
}
