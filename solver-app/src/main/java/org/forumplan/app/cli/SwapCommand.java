package org.forumplan.app.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.forumplan.model.edit.ScheduleEdits;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code forumplan swap SCHEDULE A B}: two sessions exchange places, with the score in view. */
@Command(
        name = "swap",
        mixinStandardHelpOptions = true,
        description = {
            "Swaps two sessions of a solved dataset: each takes the other's room and start timeslot (with the span its"
                    + " own duration needs), everything else staying where it is; prints the change as move does and"
                    + " rewrites the file in place in one step (or writes -o OUT).",
            "Refused, the file left as it was (exit 2), when it breaks a hard constraint, unless --allow-hard; pinned"
                    + " sessions move only with --unpin."
        },
        footer = {"", "Example:", "  forumplan swap out/igf-2014-istanbul.solved.json WS23 WS185"})
public class SwapCommand implements Callable<Integer> {

    @Parameters(index = "1", paramLabel = "A", description = "The id of one session.")
    String first;

    @Parameters(index = "2", paramLabel = "B", description = "The id of the other.")
    String second;

    @Mixin
    ScheduleEditing editing;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (first.equals(second)) {
            throw new UsageException("a session cannot swap with itself (" + first + ")");
        }
        return editing.apply(
                spec, List.of(first, second), List.of(), document -> ScheduleEdits.swap(document, first, second));
    }
}
