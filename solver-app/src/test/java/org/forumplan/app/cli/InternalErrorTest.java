package org.forumplan.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * A failure nobody foresaw (a bug) is an internal error: exit code 70, a request to report it, and the stack trace only
 * with {@code --debug}. No dataset provokes one on purpose once the bugs are fixed, so the failure comes from a
 * test-only subcommand added to the command line exactly as the launcher configures it: the same error handler, the
 * same inherited {@code --debug}.
 */
class InternalErrorTest {

    /** A command that fails the way a bug would. */
    @Command(name = "fail")
    static final class Failing implements Callable<Integer> {

        private final Supplier<Throwable> failure;

        Failing(Supplier<Throwable> failure) {
            this.failure = failure;
        }

        @Override
        public Integer call() throws Exception {
            Throwable thrown = failure.get();
            if (thrown instanceof Error error) {
                throw error;
            }
            throw (Exception) thrown;
        }
    }

    @Test
    void unexpectedExceptionIsAnInternalErrorWithExitSeventyAndARequestToReportIt() {
        CommandRun run = run(() -> new IllegalStateException("a bug in a test command"), "fail");

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCode.INTERNAL_ERROR);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines())
                .first()
                .asString()
                .startsWith("forumplan: internal error: ")
                .contains("a bug in a test command");
        assertThat(run.err()).contains("report").contains("--debug");
        assertThat(run.err()).doesNotContain("\tat ").doesNotContain("Caused by");
    }

    @Test
    void debugShowsTheStackTraceOfAnInternalError() {
        CommandRun run = run(
                () -> new IllegalStateException("a bug in a test command", new ArithmeticException("long overflow")),
                "fail",
                "--debug");

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCode.INTERNAL_ERROR);
        assertThat(run.err())
                .contains("internal error", "report")
                .contains("java.lang.IllegalStateException: a bug in a test command")
                .contains("\tat " + Failing.class.getName() + ".call(")
                .contains("Caused by: java.lang.ArithmeticException: long overflow");
    }

    @Test
    void debugBeforeTheCommandNameWorksToo() {
        CommandRun run = run(() -> new IllegalStateException("a bug in a test command"), "--debug", "fail");

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCode.INTERNAL_ERROR);
        assertThat(run.err()).contains("\tat ");
    }

    /**
     * An {@link Error} (out of memory on a big dataset, a stack overflow) is a failure like any other: it must not
     * escape picocli's {@code execute}, where the JVM would print a raw stack trace and exit with 1, the code that
     * means "solved, but hard constraints are still broken". For example {@code java -Xmx32m -jar forumplan.jar
     * validate datasets/synthetic-xl.json}.
     */
    @Test
    void errorIsAnInternalErrorTooNotACrashWithExitOne() {
        CommandRun[] run = new CommandRun[1];

        assertThatCode(() -> run[0] = run(() -> new OutOfMemoryError("Java heap space"), "fail"))
                .as("the command line handles an Error itself")
                .doesNotThrowAnyException();
        assertThat(run[0].exitCode()).as(run[0].toString()).isEqualTo(ExitCode.INTERNAL_ERROR);
        assertThat(run[0].err()).contains("Java heap space").doesNotContain("\tat ");
    }

    @Test
    void anyOtherErrorIsAnInternalErrorWithItsTraceUnderDebug() {
        CommandRun plain = run(() -> new AssertionError("an invariant broke"), "fail");
        CommandRun debug = run(() -> new AssertionError("an invariant broke"), "fail", "--debug");

        assertThat(plain.exitCode()).as(plain.toString()).isEqualTo(ExitCode.INTERNAL_ERROR);
        assertThat(plain.err())
                .contains("internal error: java.lang.AssertionError: an invariant broke", "report")
                .doesNotContain("\tat ");
        assertThat(debug.exitCode()).as(debug.toString()).isEqualTo(ExitCode.INTERNAL_ERROR);
        assertThat(debug.err()).contains("\tat " + Failing.class.getName() + ".call(");
    }

    private static CommandRun run(Supplier<Throwable> failure, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = ForumplanCommand.commandLine();
        commandLine.addSubcommand(new Failing(failure));
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int exitCode = commandLine.execute(args);
        return new CommandRun(exitCode, out.toString(), err.toString());
    }
}
