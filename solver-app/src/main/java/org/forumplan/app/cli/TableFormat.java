package org.forumplan.app.cli;

/** How a benchmark prints its table: for people, or for programs. */
enum TableFormat {
    TEXT,
    JSON
}
