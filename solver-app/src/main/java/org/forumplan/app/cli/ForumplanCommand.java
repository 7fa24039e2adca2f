package org.forumplan.app.cli;

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
            ExplainCommand.class,
            GenerateCommand.class,
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

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured command line, for {@link #main} and for tests. */
    public static CommandLine commandLine() {
        ErrorHandler errors = new ErrorHandler();
        return new CommandLine(new ForumplanCommand())
                .setExecutionExceptionHandler(errors)
                .setParameterExceptionHandler(errors)
                .setCaseInsensitiveEnumValuesAllowed(true);
    }
}
