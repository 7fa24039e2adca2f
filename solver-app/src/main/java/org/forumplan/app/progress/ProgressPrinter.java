package org.forumplan.app.progress;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.Consumer;
import org.forumplan.model.solver.SolveProgress;

/**
 * Prints a solve's progress on standard error: one line that updates in place on a terminal, a plain line each time
 * otherwise (so that logs and CI output stay readable).
 */
public final class ProgressPrinter implements Consumer<SolveProgress> {

    private final PrintWriter out;
    private final boolean terminal;
    private int lastLength;

    public ProgressPrinter(PrintWriter out, boolean terminal) {
        this.out = out;
        this.terminal = terminal;
    }

    @Override
    public synchronized void accept(SolveProgress progress) {
        String line = format(progress);
        if (terminal) {
            out.print("\r" + line + " ".repeat(Math.max(0, lastLength - line.length())));
            lastLength = line.length();
        } else {
            out.println(line);
        }
        out.flush();
    }

    /** Ends the updating line so that what follows starts on a fresh one. */
    public synchronized void finish() {
        if (terminal && lastLength > 0) {
            out.println();
            out.flush();
            lastLength = 0;
        }
    }

    static String format(SolveProgress progress) {
        String elapsed = String.format(Locale.ROOT, "%6.1fs", progress.elapsed().toMillis() / 1000.0);
        if (progress.bestScore() == null) {
            return elapsed + "  placing sessions (construction heuristic)...";
        }
        return String.format(
                Locale.ROOT,
                "%s  best %s  unscheduled %d  %,d score calculations/s",
                elapsed,
                progress.bestScore(),
                progress.unplaced(),
                progress.scoreCalculationSpeed());
    }
}
