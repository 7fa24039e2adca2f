package org.forumplan.app.diff;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.forumplan.app.explain.ScoreText;
import org.forumplan.model.analysis.ProgrammeDifference;
import org.forumplan.model.analysis.ProgrammeDifference.ConstraintChange;
import org.forumplan.model.analysis.ProgrammeDifference.Move;
import org.forumplan.model.analysis.ProgrammeDifference.SessionChange;

/** What changed between two programmes, as plain text for a terminal. */
final class TextDiff {

    private TextDiff() {}

    static String render(ProgrammeDifference difference, String oldName, String newName) {
        StringBuilder out = new StringBuilder();
        out.append("Old: ").append(oldName).append('\n');
        out.append("New: ").append(newName).append("\n\n");
        out.append("Score %s -> %s (change %s)\n"
                .formatted(difference.oldScore(), difference.newScore(), ScoreText.signed(difference.scoreChange())));
        out.append("Sessions: ").append(DiffText.counts(difference)).append("\n\n");
        if (difference.samePlacements()) {
            out.append("The two programmes place every session alike.\n\n");
        }
        String id = "  %-" + idWidth(difference) + "s ";
        if (!difference.moved().isEmpty()) {
            out.append("Moved (%d):\n".formatted(difference.moved().size()));
            for (Move move : difference.moved()) {
                out.append((id + "%s -> %s (%s)  %s\n")
                        .formatted(move.sessionId(), move.from(), move.to(), move.what(), move.title()));
            }
            out.append('\n');
        }
        changes(
                out,
                id,
                "Newly scheduled",
                difference.newlyScheduled(),
                change -> "unscheduled -> " + DiffText.placement(change));
        changes(out, id, "Dropped", difference.dropped(), change -> DiffText.placement(change) + " -> unscheduled");
        changes(out, id, "Added", difference.added(), change -> "new, " + DiffText.placement(change));
        changes(out, id, "Removed", difference.removed(), change -> "gone, was " + DiffText.placement(change));
        if (difference.constraints().isEmpty()) {
            out.append("No constraint's cost changed.\n");
        } else {
            out.append("Score change per constraint (positive: it costs less now):\n");
            for (ConstraintChange constraint : difference.constraints()) {
                out.append("  %-4s %-34s %14s -> %-14s %-14s %d -> %d match%s\n"
                        .formatted(
                                constraint.code(),
                                constraint.name(),
                                ScoreText.compact(constraint.oldScore()),
                                ScoreText.compact(constraint.newScore()),
                                ScoreText.signed(constraint.change()),
                                constraint.oldMatches(),
                                constraint.newMatches(),
                                constraint.newMatches() == 1 ? "" : "es"));
            }
        }
        return out.toString();
    }

    /** The widest session id listed, so that the columns line up. */
    private static int idWidth(ProgrammeDifference difference) {
        return Stream.of(
                        difference.moved().stream().map(Move::sessionId),
                        difference.newlyScheduled().stream().map(SessionChange::sessionId),
                        difference.dropped().stream().map(SessionChange::sessionId),
                        difference.added().stream().map(SessionChange::sessionId),
                        difference.removed().stream().map(SessionChange::sessionId))
                .flatMap(ids -> ids)
                .mapToInt(String::length)
                .max()
                .orElse(1);
    }

    /**
     * @param id the format of the id column
     */
    private static void changes(
            StringBuilder out,
            String id,
            String heading,
            List<SessionChange> changes,
            Function<SessionChange, String> where) {
        if (changes.isEmpty()) {
            return;
        }
        out.append("%s (%d):\n".formatted(heading, changes.size()));
        for (SessionChange change : changes) {
            out.append((id + "%s (%s)  %s\n")
                    .formatted(change.sessionId(), where.apply(change), DiffText.what(change), change.title()));
        }
        out.append('\n');
    }
}
