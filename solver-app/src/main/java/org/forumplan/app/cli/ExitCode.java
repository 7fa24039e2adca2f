package org.forumplan.app.cli;

/** The exit codes every forumplan command uses. */
public final class ExitCode {

    /** Success. */
    public static final int OK = 0;
    /** Solved, but hard constraints are still broken. */
    public static final int HARD_CONSTRAINTS_BROKEN = 1;
    /** Bad input or usage: a broken dataset, an unknown option, an impossible setting. */
    public static final int BAD_INPUT = 2;
    /** A file could not be read or written. */
    public static final int IO_FAILURE = 3;
    /** A bug in forumplan (sysexits' EX_SOFTWARE). */
    public static final int INTERNAL_ERROR = 70;
    /** Stopped by Ctrl-C or SIGTERM after saving the best schedule found (128 + SIGINT). */
    public static final int INTERRUPTED = 130;

    private ExitCode() {}
}
