package org.forumplan.app.cli;

/** A mistake in how a command was called, reported in one line with exit code 2. */
public class UsageException extends RuntimeException {

    public UsageException(String message) {
        super(message);
    }
}
