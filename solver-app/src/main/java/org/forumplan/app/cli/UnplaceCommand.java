package org.forumplan.app.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.forumplan.model.edit.ScheduleEdits;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code forumplan unplace SCHEDULE SESSION}: a session taken out of the programme, with the score in view. */
@Command(
        name = "unplace",
        mixinStandardHelpOptions = true,
        description = {
            "Takes a session out of a solved dataset's programme, everything else staying where it is; prints the"
                    + " change as move does and rewrites the file in place in one step (or writes -o OUT).",
            "A mandatory session left out breaks a hard constraint: refused (exit 2) unless --allow-hard; a pinned"
                    + " session only with --unpin."
        },
        footer = {"", "Example:", "  forumplan unplace out/igf-2014-proposals.solved.json WS140"})
public class UnplaceCommand implements Callable<Integer> {

    @Parameters(index = "1", paramLabel = "SESSION", description = "The id of the session.")
    String sessionId;

    @Mixin
    ScheduleEditing editing;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        return editing.apply(
                spec, List.of(sessionId), List.of(), document -> ScheduleEdits.unplace(document, sessionId));
    }
}
