package org.forumplan.app.diff;

import java.util.List;
import java.util.function.Function;
import org.forumplan.app.explain.ScoreText;
import org.forumplan.model.analysis.ProgrammeDifference;
import org.forumplan.model.analysis.ProgrammeDifference.ConstraintChange;
import org.forumplan.model.analysis.ProgrammeDifference.Move;
import org.forumplan.model.analysis.ProgrammeDifference.SessionChange;

/** What changed between two programmes, as Markdown for e-mail, wikis and issue trackers. */
final class MarkdownDiff {

    private MarkdownDiff() {}

    static String render(ProgrammeDifference difference, String oldName, String newName) {
        StringBuilder out = new StringBuilder();
        out.append("# Changes from `%s` to `%s`\n\n".formatted(oldName, newName));
        out.append("**Score** `%s` → `%s` (change `%s`)\n\n"
                .formatted(difference.oldScore(), difference.newScore(), ScoreText.signed(difference.scoreChange())));
        out.append("**Sessions:** ").append(DiffText.counts(difference)).append(".\n\n");
        if (difference.samePlacements()) {
            out.append("The two programmes place every session alike.\n\n");
        }
        if (!difference.moved().isEmpty()) {
            out.append("## Moved (%d)\n\n| session | title | from | to | changed |\n|---|---|---|---|---|\n"
                    .formatted(difference.moved().size()));
            for (Move move : difference.moved()) {
                out.append("| %s | %s | %s | %s | %s |\n"
                        .formatted(move.sessionId(), cell(move.title()), move.from(), move.to(), move.what()));
            }
            out.append('\n');
        }
        changes(out, "Newly scheduled", difference.newlyScheduled(), DiffText::placement);
        changes(out, "Dropped", difference.dropped(), change -> "was " + DiffText.placement(change));
        changes(out, "Added", difference.added(), DiffText::placement);
        changes(out, "Removed", difference.removed(), change -> "was " + DiffText.placement(change));
        out.append("## Score change per constraint\n\n");
        if (difference.constraints().isEmpty()) {
            out.append("No constraint's cost changed.\n");
        } else {
            out.append("Positive changes: the constraint costs less now.\n\n");
            out.append("| # | constraint | old | new | change | matches |\n|---|---|---|---|---|---|\n");
            for (ConstraintChange constraint : difference.constraints()) {
                out.append("| %s | %s | `%s` | `%s` | `%s` | %d → %d |\n"
                        .formatted(
                                constraint.code(),
                                constraint.name(),
                                ScoreText.compact(constraint.oldScore()),
                                ScoreText.compact(constraint.newScore()),
                                ScoreText.signed(constraint.change()),
                                constraint.oldMatches(),
                                constraint.newMatches()));
            }
        }
        return out.toString();
    }

    private static void changes(
            StringBuilder out, String heading, List<SessionChange> changes, Function<SessionChange, String> where) {
        if (changes.isEmpty()) {
            return;
        }
        out.append("## %s (%d)\n\n| session | title | what | placement |\n|---|---|---|---|\n"
                .formatted(heading, changes.size()));
        for (SessionChange change : changes) {
            out.append("| %s | %s | %s | %s |\n"
                    .formatted(change.sessionId(), cell(change.title()), DiffText.what(change), where.apply(change)));
        }
        out.append('\n');
    }

    private static String cell(String text) {
        return text == null ? "" : text.replace("|", "\\|").replace('\n', ' ');
    }
}
