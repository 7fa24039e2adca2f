package org.forumplan.app.explain;

import java.util.List;
import java.util.stream.Collectors;
import org.forumplan.model.analysis.ConstraintExplanation;
import org.forumplan.model.analysis.MatchExplanation;
import org.forumplan.model.analysis.ProgrammeExplanation;
import org.forumplan.model.analysis.ProposalDiagnosis;
import org.forumplan.model.analysis.SessionCost;
import org.forumplan.model.analysis.SessionExplanation;

/** The explanation as plain text for a terminal. */
final class TextExplanation {

    private TextExplanation() {}

    static String render(ProgrammeExplanation explanation, int top) {
        StringBuilder out = new StringBuilder();
        out.append(explanation.forumName()).append('\n');
        out.append("Score ").append(explanation.score()).append(" (recomputed from the data)");
        if (explanation.storedScore() != null
                && !explanation.storedScore().equals(explanation.score().toString())) {
            out.append("; the file says ").append(explanation.storedScore());
        }
        out.append("\n\n");

        if (explanation.constraints().isEmpty()) {
            out.append("No constraint costs anything.\n\n");
        } else {
            out.append("Constraints that cost, worst first:\n");
            for (ConstraintExplanation constraint : explanation.constraints()) {
                appendConstraint(out, constraint, top);
            }
            out.append('\n');
        }

        if (!explanation.sessions().isEmpty()) {
            out.append("Sessions that cost most:\n");
            for (SessionCost session :
                    explanation.sessions().stream().limit(top).toList()) {
                out.append("  %-14s %-18s %s (%d match%s)\n"
                        .formatted(
                                ScoreText.compact(session.score()),
                                session.sessionId(),
                                session.title(),
                                session.matchCount(),
                                session.matchCount() == 1 ? "" : "es"));
            }
            more(out, explanation.sessions().size(), top, "sessions");
            out.append('\n');
        }

        out.append("Mandatory sessions unscheduled: ")
                .append(
                        explanation.unscheduledMandatory().isEmpty()
                                ? "none"
                                : String.join(", ", explanation.unscheduledMandatory()))
                .append("\n\n");

        if (!explanation.unscheduledProposals().isEmpty()) {
            out.append("Optional proposals left out (%d), most valuable first:\n"
                    .formatted(explanation.unscheduledProposals().size()));
            for (ProposalDiagnosis proposal : explanation.unscheduledProposals()) {
                out.append("  %s (value %d%s): %s\n"
                        .formatted(
                                proposal.sessionId(),
                                proposal.value(),
                                proposal.evaluation() == null ? "" : ", evaluation " + proposal.evaluation(),
                                proposal.reason()));
            }
            out.append('\n');
        }
        if (explanation.selection() != null) {
            out.append(SelectionText.plain(explanation.selection())).append('\n');
        }
        out.append("Verdict: ").append(explanation.verdict()).append('\n');
        return out.toString();
    }

    static String render(SessionExplanation session) {
        StringBuilder out = new StringBuilder();
        out.append("%s  %s\n".formatted(session.sessionId(), session.title()));
        out.append("  kind %s, %s%s%s\n"
                .formatted(
                        session.kind(),
                        session.mandatory() ? "mandatory" : "optional proposal (value " + session.proposalValue() + ")",
                        session.pinned() ? ", pinned" : "",
                        ", %d possible placements".formatted(session.possiblePlacements())));
        out.append("  placed: ")
                .append(session.placement() == null ? "no" : session.placement())
                .append('\n');
        out.append("  costs: ").append(ScoreText.compact(session.cost())).append("\n\n");
        for (ConstraintExplanation constraint : session.constraints()) {
            appendConstraint(out, constraint, Integer.MAX_VALUE);
        }
        if (session.diagnosis() != null) {
            out.append("\nWhy it is out: ").append(session.diagnosis().reason()).append('\n');
        }
        return out.toString();
    }

    private static void appendConstraint(StringBuilder out, ConstraintExplanation constraint, int top) {
        out.append("  %-4s %-32s %-14s %d match%s\n"
                .formatted(
                        constraint.code(),
                        constraint.name(),
                        ScoreText.compact(constraint.score()),
                        constraint.matchCount(),
                        constraint.matchCount() == 1 ? "" : "es"));
        List<MatchExplanation> shown = constraint.matches().stream().limit(top).toList();
        for (MatchExplanation match : shown) {
            out.append("         %-12s %s\n".formatted(ScoreText.compact(match.score()), match.description()));
        }
        more(out, constraint.matchCount(), top, "matches");
    }

    private static void more(StringBuilder out, int total, int shown, String what) {
        if (total > shown) {
            out.append("         ... and %d more %s (--top %d shows them all)\n".formatted(total - shown, what, total));
        }
    }

    static String sessionList(List<String> ids) {
        return ids.stream().collect(Collectors.joining(", "));
    }
}
