package org.forumplan.app.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import picocli.CommandLine;

/**
 * One run of the {@code forumplan} command line as the launcher configures it, with what it printed.
 *
 * @param out what went to standard output
 * @param err what went to standard error
 */
public record CommandRun(int exitCode, String out, String err) {

    /** Runs {@code forumplan ARGS...} in this JVM, capturing both streams. */
    public static CommandRun forumplan(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = ForumplanCommand.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int exitCode = commandLine.execute(args);
        return new CommandRun(exitCode, out.toString(), err.toString());
    }

    public List<String> outLines() {
        return out.lines().toList();
    }

    public List<String> errLines() {
        return err.lines().toList();
    }

    /** For assertion messages: the exit code and both streams. */
    @Override
    public String toString() {
        return "exit %d%n--- out ---%n%s--- err ---%n%s".formatted(exitCode, out, err);
    }
}
