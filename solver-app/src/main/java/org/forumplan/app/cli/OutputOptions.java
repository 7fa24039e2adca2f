package org.forumplan.app.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * Where a command writes its file, and whether it may replace one: shared by the commands that write (solve, report,
 * pin, generate). What each writes by default, when -o is not given, is in that command's description.
 */
public class OutputOptions {

    @Option(
            names = {"-o", "--output"},
            paramLabel = "FILE",
            description = "Where to write the result (default: as the description above says). An existing FILE is"
                    + " replaced only with --force.")
    Path output;

    @Option(names = "--force", description = "Replace the output file if it exists.")
    boolean force;
}
