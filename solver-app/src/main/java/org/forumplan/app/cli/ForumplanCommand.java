package org.forumplan.app.cli;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.time.Instant;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** {@code forumplan}: the programme optimizer's command line, one subcommand per task. */
@Command(
        name = "forumplan",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Builds the programme of a multistakeholder forum (such as the UN Internet Governance Forum):"
                + " places sessions into rooms and timeslots around fixed main sessions.",
        subcommands = {
            SolveCommand.class,
            ValidateCommand.class,
            ImportCommand.class,
            ExportCommand.class,
            TemplateCommand.class,
            ExplainCommand.class,
            ReportCommand.class,
            DiffCommand.class,
            GenerateCommand.class,
            PinCommand.class,
            SuggestCommand.class,
            MoveCommand.class,
            SwapCommand.class,
            UnplaceCommand.class,
            MergesCommand.class,
            MergeCommand.class,
            BenchmarkCommand.class,
            CommandLine.HelpCommand.class
        },
        footerHeading = "%nExit codes:%n",
        footer = {
            "  0   success",
            "  1   solved, but hard constraints are still broken",
            "  2   bad input or usage",
            "  3   a file could not be read or written",
            "  70  internal error (a bug: please report it)",
            "  130 interrupted (Ctrl-C) after saving the best schedule found",
            "",
            "Example: forumplan solve datasets/igf-2014-istanbul.json --time-limit 1m"
        })
public class ForumplanCommand implements Runnable {

    @Option(names = "--debug", scope = ScopeType.INHERIT, description = "Show stack traces and the solver's log.")
    boolean debug;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private final Instant started;

    private ForumplanCommand(Instant started) {
        this.started = started;
    }

    /** When the command started: a solve's time limit counts from here. */
    Instant started() {
        return started;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static void main(String[] args) {
        // A planner's time limit is the time the command takes: the JVM's start counts too.
        Instant processStart =
                Instant.ofEpochMilli(ManagementFactory.getRuntimeMXBean().getStartTime());
        System.exit(commandLine(processStart).execute(args));
    }

    /**
     * Errors (out of memory, a stack overflow) pass picocli's exception handler; without this the JVM would exit 1,
     * which means "hard constraints broken", after a raw stack trace.
     */
    private static int executeCatchingErrors(CommandLine.ParseResult parseResult) {
        PrintWriter err = parseResult.commandSpec().commandLine().getErr();
        try {
            return new CommandLine.RunLast().execute(parseResult);
        } catch (OutOfMemoryError e) {
            err.println("forumplan: out of memory (%s); give Java more, e.g. FORUMPLAN_JAVA_OPTS=-Xmx4g ./forumplan ..."
                    .formatted(e.getMessage()));
            err.flush();
            return ExitCode.INTERNAL_ERROR;
        } catch (Error e) {
            // Picocli hands only Exceptions to the error handler; an Error would otherwise end the JVM with exit 1,
            // which means "solved, but hard constraints still broken".
            err.println("forumplan: internal error: %s%nThis is a bug in forumplan; please report it with the command"
                            .formatted(e)
                    + " you ran.");
            if (ErrorHandler.isDebug(parseResult)) {
                e.printStackTrace(err);
            }
            err.flush();
            return ExitCode.INTERNAL_ERROR;
        }
    }

    /** The configured command line, started now: for tests and for running forumplan inside another program. */
    public static CommandLine commandLine() {
        return commandLine(Instant.now());
    }

    private static CommandLine commandLine(Instant started) {
        ErrorHandler errors = new ErrorHandler();
        return new CommandLine(new ForumplanCommand(started))
                .setExecutionStrategy(ForumplanCommand::executeCatchingErrors)
                .setExecutionExceptionHandler(errors)
                .setParameterExceptionHandler(errors)
                .setCaseInsensitiveEnumValuesAllowed(true);
    }
}
