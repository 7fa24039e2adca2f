package org.forumplan.app.cli;

import java.util.function.Supplier;
import picocli.CommandLine.Option;

/** {@code --format text|json}: a table for people or JSON for programs, shared by the commands that print one. */
public class TableFormatOption {

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            defaultValue = "text",
            description = "text or json (default: ${DEFAULT-VALUE}).")
    TableFormat format;

    /** The text or the JSON, as asked; only the one asked for is made. */
    String render(Supplier<String> text, Supplier<String> json) {
        return format == TableFormat.JSON ? json.get() : text.get();
    }
}
