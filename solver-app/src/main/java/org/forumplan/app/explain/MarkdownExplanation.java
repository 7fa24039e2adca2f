package org.forumplan.app.explain;

import org.forumplan.model.analysis.ConstraintExplanation;
import org.forumplan.model.analysis.MatchExplanation;
import org.forumplan.model.analysis.ProgrammeExplanation;
import org.forumplan.model.analysis.ProposalDiagnosis;
import org.forumplan.model.analysis.SessionCost;
import org.forumplan.model.analysis.SessionExplanation;

/** The explanation as Markdown, for e-mail, wikis and issue trackers. */
final class MarkdownExplanation {

    private MarkdownExplanation() {}

    static String render(ProgrammeExplanation explanation, int top) {
        StringBuilder out = new StringBuilder();
        out.append("# ").append(escape(explanation.forumName())).append("\n\n");
        out.append("**Score** `").append(explanation.score()).append("` (recomputed from the data)");
        if (explanation.storedScore() != null
                && !explanation.storedScore().equals(explanation.score().toString())) {
            out.append("; the file says `").append(explanation.storedScore()).append('`');
        }
        out.append("\n\n**Verdict:** ").append(escape(explanation.verdict())).append("\n\n");

        out.append("## Constraints that cost\n\n");
        if (explanation.constraints().isEmpty()) {
            out.append("None.\n\n");
        } else {
            out.append("| # | constraint | score | matches |\n|---|---|---|---|\n");
            for (ConstraintExplanation constraint : explanation.constraints()) {
                out.append("| %s | %s | `%s` | %d |\n"
                        .formatted(
                                constraint.code(),
                                constraint.name(),
                                ScoreText.compact(constraint.score()),
                                constraint.matchCount()));
            }
            out.append('\n');
            for (ConstraintExplanation constraint : explanation.constraints()) {
                appendMatches(out, constraint, top);
            }
        }

        if (!explanation.sessions().isEmpty()) {
            out.append("## Sessions that cost most\n\n| session | title | cost | matches |\n|---|---|---|---|\n");
            for (SessionCost session :
                    explanation.sessions().stream().limit(top).toList()) {
                out.append("| %s | %s | `%s` | %d |\n"
                        .formatted(
                                session.sessionId(),
                                escape(session.title()),
                                ScoreText.compact(session.score()),
                                session.matchCount()));
            }
            out.append('\n');
        }

        out.append("## Unscheduled\n\n");
        out.append("Mandatory sessions unscheduled: ")
                .append(
                        explanation.unscheduledMandatory().isEmpty()
                                ? "none"
                                : String.join(", ", explanation.unscheduledMandatory()))
                .append(".\n\n");
        if (!explanation.unscheduledProposals().isEmpty()) {
            out.append("| proposal | value | evaluation | why it is out |\n|---|---|---|---|\n");
            for (ProposalDiagnosis proposal : explanation.unscheduledProposals()) {
                out.append("| %s | %d | %s | %s |\n"
                        .formatted(
                                proposal.sessionId(),
                                proposal.value(),
                                proposal.evaluation() == null ? "" : proposal.evaluation(),
                                escape(proposal.reason())));
            }
            out.append('\n');
        }
        if (explanation.selection() != null) {
            out.append(SelectionText.markdown(explanation.selection(), "##"));
        }
        return out.toString();
    }

    static String render(SessionExplanation session) {
        StringBuilder out = new StringBuilder();
        out.append("# %s: %s\n\n".formatted(session.sessionId(), escape(session.title())));
        out.append("- kind: %s\n".formatted(session.kind()));
        out.append("- %s\n"
                .formatted(session.mandatory() ? "mandatory" : "optional proposal, value " + session.proposalValue()));
        out.append("- pinned: %s\n".formatted(session.pinned() ? "yes" : "no"));
        out.append("- placed: %s\n".formatted(session.placement() == null ? "no" : session.placement()));
        out.append("- possible placements: %d\n".formatted(session.possiblePlacements()));
        out.append("- costs: `%s`\n\n".formatted(ScoreText.compact(session.cost())));
        for (ConstraintExplanation constraint : session.constraints()) {
            appendMatches(out, constraint, Integer.MAX_VALUE);
        }
        if (session.diagnosis() != null) {
            out.append("**Why it is out:** ")
                    .append(escape(session.diagnosis().reason()))
                    .append('\n');
        }
        return out.toString();
    }

    private static void appendMatches(StringBuilder out, ConstraintExplanation constraint, int top) {
        out.append("### %s %s (`%s`)\n\n"
                .formatted(constraint.code(), constraint.name(), ScoreText.compact(constraint.score())));
        for (MatchExplanation match : constraint.matches().stream().limit(top).toList()) {
            out.append("- `%s` %s\n".formatted(ScoreText.compact(match.score()), escape(match.description())));
        }
        if (constraint.matchCount() > top) {
            out.append("- ... and %d more\n".formatted(constraint.matchCount() - top));
        }
        out.append('\n');
    }

    private static String escape(String text) {
        return text == null ? "" : text.replace("|", "\\|");
    }
}
