package org.forumplan.app.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.forumplan.model.edit.ScheduleEdits;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code forumplan move SCHEDULE SESSION ROOM TIMESLOT}: one session to another place, with the score in view. */
@Command(
        name = "move",
        mixinStandardHelpOptions = true,
        description = {
            "Moves a session of a solved dataset to a room and start timeslot, everything else staying where it is;"
                    + " prints what changed and the score change per constraint, as diff does, and rewrites the file"
                    + " in place in one step (or writes -o OUT).",
            "A move that breaks a hard constraint is refused, the file left as it was (exit 2), unless --allow-hard;"
                    + " a pinned session moves only with --unpin. forumplan suggest lists the best places first."
        },
        footer = {
            "",
            "Examples:",
            "  forumplan move out/igf-2014-istanbul.solved.json WS23 ws-05 d2-1100",
            "  forumplan move out/igf-2014-istanbul.solved.json WS23 ws-05 d2-1100 --pin -o edited.json"
        })
public class MoveCommand implements Callable<Integer> {

    @Parameters(index = "1", paramLabel = "SESSION", description = "The id of the session.")
    String sessionId;

    @Parameters(index = "2", paramLabel = "ROOM", description = "The id of the room.")
    String room;

    @Parameters(index = "3", paramLabel = "TIMESLOT", description = "The id of the start timeslot.")
    String timeslot;

    @Option(
            names = "--span",
            paramLabel = "N",
            description = "Timeslots the session covers (default: the fewest that hold it).")
    Integer span;

    @Option(names = "--pin", description = "Pin the session at its new place.")
    boolean pin;

    @Mixin
    ScheduleEditing editing;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        return editing.apply(
                spec,
                List.of(sessionId),
                pin ? List.of(sessionId) : List.of(),
                document -> ScheduleEdits.place(document, sessionId, room, timeslot, span));
    }
}
