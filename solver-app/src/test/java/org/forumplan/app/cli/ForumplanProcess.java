package org.forumplan.app.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Starts {@code forumplan} as a separate process, as a planner's shell does: on the test classpath, with the JVM running
 * the tests. For what only a real process shows: signals, exit codes set by the JVM, the working folder.
 */
public final class ForumplanProcess {

    private ForumplanProcess() {}

    /** A process builder for {@code forumplan ARGS...}; the caller chooses where its output goes. */
    public static ProcessBuilder builder(String... args) {
        return builder(List.of(), args);
    }

    /** The same with options for the JVM, such as {@code -Djava.io.tmpdir=...}. */
    static ProcessBuilder builder(List<String> jvmOptions, String... args) {
        List<String> command = new ArrayList<>();
        if (sigintIgnored()) {
            // A shell without job control starts background jobs with SIGINT ignored, and children inherit that:
            // the JVM would then never see Ctrl-C. GNU env can restore the default.
            command.addAll(List.of("env", "--default-signal=INT"));
        }
        command.add(javaBinary());
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(ForumplanCommand.class.getName());
        command.addAll(List.of(args));
        return new ProcessBuilder(command);
    }

    static String javaBinary() {
        return ProcessHandle.current()
                .info()
                .command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }

    /** Sends a signal by name ({@code INT}, {@code TERM}) the way {@code kill} does. */
    static void signal(Process process, String name) throws IOException, InterruptedException {
        Process kill = new ProcessBuilder("kill", "-" + name, Long.toString(process.pid()))
                .inheritIO()
                .start();
        if (kill.waitFor() != 0) {
            throw new IllegalStateException("kill -" + name + " " + process.pid() + " failed");
        }
    }

    /** Whether this JVM was started with SIGINT ignored (Linux only; elsewhere assumed not). */
    private static boolean sigintIgnored() {
        Path status = Path.of("/proc/self/status");
        if (!Files.isReadable(status)) {
            return false;
        }
        try {
            for (String line : Files.readAllLines(status)) {
                if (line.startsWith("SigIgn:")) {
                    long mask = Long.parseUnsignedLong(
                            line.substring("SigIgn:".length()).trim().toLowerCase(Locale.ROOT), 16);
                    return (mask & (1L << (2 - 1))) != 0;
                }
            }
        } catch (IOException | NumberFormatException e) {
            return false;
        }
        return false;
    }
}
