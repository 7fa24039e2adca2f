package org.forumplan.app.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * The one place errors become messages and exit codes: one line a problem, no stack trace unless {@code --debug}.
 */
final class ErrorHandler implements IExecutionExceptionHandler, IParameterExceptionHandler {

    @Override
    public int handleParseException(ParameterException exception, String[] args) {
        CommandLine commandLine = exception.getCommandLine();
        PrintWriter err = commandLine.getErr();
        err.println("forumplan: " + exception.getMessage());
        err.println("Try '%s --help' for usage."
                .formatted(commandLine.getCommandSpec().qualifiedName()));
        err.flush();
        return ExitCode.BAD_INPUT;
    }

    @Override
    public int handleExecutionException(Exception exception, CommandLine commandLine, ParseResult parseResult) {
        PrintWriter err = commandLine.getErr();
        int exitCode;
        if (exception instanceof DatasetProblemsException problems) {
            ProblemPrinter.print(err, problems.file(), problems.problems());
            exitCode = ExitCode.BAD_INPUT;
        } else if (exception instanceof UsageException usage) {
            err.println("forumplan: " + ProblemPrinter.oneLine(usage.getMessage()));
            exitCode = ExitCode.BAD_INPUT;
        } else if (exception instanceof UncheckedIOException io) {
            err.println("forumplan: " + ProblemPrinter.oneLine(io.getMessage()));
            exitCode = ExitCode.IO_FAILURE;
        } else {
            err.println("forumplan: internal error: " + exception
                    + "\nThis is a bug in forumplan; please report it with the command you ran"
                    + (isDebug(parseResult) ? "." : " and the output of the same command with --debug."));
            exitCode = ExitCode.INTERNAL_ERROR;
        }
        if (isDebug(parseResult)) {
            exception.printStackTrace(err);
        }
        err.flush();
        return exitCode;
    }

    /** Whether {@code --debug} was given, before or after the command name. */
    static boolean isDebug(ParseResult parseResult) {
        for (ParseResult result = parseResult; result != null; result = result.subcommand()) {
            if (result.hasMatchedOption("--debug")) {
                return true;
            }
        }
        return false;
    }
}
