package org.forumplan.app.explain;

import java.util.List;
import java.util.stream.Collectors;
import org.forumplan.model.analysis.GoalCost;
import org.forumplan.model.analysis.SelectionReview;
import org.forumplan.model.analysis.SelectionReview.Mix;
import org.forumplan.model.analysis.SelectionReview.MixRow;
import org.forumplan.model.analysis.SelectionReview.Panels;
import org.forumplan.model.analysis.SelectionReview.Share;
import org.forumplan.model.analysis.SelectionReview.TopicDepth;
import org.forumplan.model.domain.ShareTarget;

/**
 * The selection's goals against the programme, in words: the same sentences for {@code explain}'s text and Markdown and
 * for the Markdown and HTML reports.
 */
public final class SelectionText {

    private SelectionText() {}

    /** "98 of 208 workshops placed". */
    public static String heading(SelectionReview review) {
        return "%d of %d %s placed".formatted(review.placed(), review.proposed(), review.kinds());
    }

    /** "50% (49 of 98), target 40% (40): met" or "... : 3 short". */
    public static String share(Share share) {
        return "%s, target %s: %s".formatted(inProgramme(share), target(share), verdict(share));
    }

    /** The share in the programme: "40% (39 of 98)". */
    public static String inProgramme(Share share) {
        return "%s (%d of %d)".formatted(ShareTarget.percent(share.share()), share.flagged(), share.placed());
    }

    /** The target and the flagged sessions it needs: "40% (39)". */
    public static String target(Share share) {
        return "%s (%d)".formatted(ShareTarget.percent(share.target()), share.needed());
    }

    /** "met", or "3 short". */
    public static String verdict(Share share) {
        return share.met() ? "met" : share.shortBy() + " short";
    }

    /** A share of a mix, to the whole percent: "29%". */
    public static String percent(double share) {
        return ShareTarget.percent(Math.round(share * 100) / 100.0);
    }

    /** "13 of 14 topics covered, at most 12 sessions on one". */
    public static String coverage(SelectionReview review) {
        return "%d of %d topics covered, at most %d sessions on one"
                .formatted(review.topicsCovered(), review.topics().size(), review.deepestTopic());
    }

    /** "Access 9 of 20". */
    public static String topic(TopicDepth topic) {
        return "%s %d of %d".formatted(topic.name(), topic.placed(), topic.proposed());
    }

    /** "by stakeholder groups spanned: 2 groups 11, 3 groups 60 (goal 3; 11 narrower: WS1, WS2)". */
    public static String panels(Panels panels) {
        String spread = panels.byGroupCount().entrySet().stream()
                .map(entry -> entry.getKey() == 0
                        ? "no group known %d".formatted(entry.getValue())
                        : "%d group%s %d".formatted(entry.getKey(), entry.getKey() == 1 ? "" : "s", entry.getValue()))
                .collect(Collectors.joining(", "));
        if (panels.minGroups() == 0) {
            return spread + " (no goal)";
        }
        return "%s (goal %d; %s)"
                .formatted(
                        spread,
                        panels.minGroups(),
                        panels.narrow().isEmpty()
                                ? "none narrower"
                                : panels.narrow().size() + " narrower: " + String.join(", ", panels.narrow()));
    }

    /** "civil society 29% -> 31%". */
    public static String mixRow(MixRow row) {
        return "%s %s -> %s".formatted(row.name(), percent(row.proposedShare()), percent(row.placedShare()));
    }

    /** "developing-country share: 40% with it, 33% without; 60 points of proposal value given up for it". */
    public static String cost(GoalCost cost) {
        long given = cost.valueGivenUp();
        return "%s: %s with it, %s without; %s"
                .formatted(
                        cost.goal(),
                        cost.with(),
                        cost.without(),
                        given > 0
                                ? given + " points of proposal value given up for it"
                                : "no proposal value given up (the search without it found none to gain)");
    }

    /** The review as plain text, for {@code explain}. */
    public static String plain(SelectionReview review) {
        StringBuilder out = new StringBuilder("Selection goals (" + heading(review) + "):\n");
        for (Share share : review.shares()) {
            out.append("  %s %s: %s\n".formatted(review.kinds(), share.description(), share(share)));
        }
        out.append("  topics: ").append(coverage(review)).append('\n');
        out.append("    ")
                .append(review.topics().stream().map(SelectionText::topic).collect(Collectors.joining(", ")))
                .append('\n');
        out.append("  panels by stakeholder groups: ")
                .append(panels(review.panels()))
                .append('\n');
        for (Mix mix : review.mixes()) {
            if (!mix.rows().isEmpty()) {
                out.append("  speakers by %s, proposals -> programme: %s\n"
                        .formatted(mix.dimension().label(), rows(mix.rows())));
            }
        }
        appendCosts(out, review.costs(), "  ");
        return out.toString();
    }

    /** The review as a Markdown section, headed at the given level ("##"). */
    public static String markdown(SelectionReview review, String heading) {
        StringBuilder out =
                new StringBuilder(heading + " Selection goals\n\n" + capitalised(heading(review)) + ".\n\n");
        if (!review.shares().isEmpty()) {
            out.append("| share of %s | programme | target |\n|---|---|---|\n".formatted(review.kinds()));
            for (Share share : review.shares()) {
                out.append("| %s | %s | %s: %s |\n"
                        .formatted(share.description(), inProgramme(share), target(share), verdict(share)));
            }
            out.append('\n');
        }
        out.append("**Topics:** ")
                .append(coverage(review))
                .append(": ")
                .append(review.topics().stream().map(SelectionText::topic).collect(Collectors.joining(", ")))
                .append(".\n\n");
        out.append("**Panels by stakeholder groups:** ")
                .append(panels(review.panels()))
                .append(".\n\n");
        for (Mix mix : review.mixes()) {
            if (!mix.rows().isEmpty()) {
                out.append("**Speakers by %s** (proposals -> programme): %s.\n\n"
                        .formatted(mix.dimension().label(), rows(mix.rows())));
            }
        }
        if (!review.costs().isEmpty()) {
            out.append(
                    "**What each goal costs** (re-solved from this programme without it, against with every goal):\n\n");
            review.costs().forEach(cost -> out.append("- ").append(cost(cost)).append('\n'));
            out.append('\n');
        }
        return out.toString();
    }

    private static void appendCosts(StringBuilder out, List<GoalCost> costs, String indent) {
        if (costs.isEmpty()) {
            return;
        }
        out.append(indent)
                .append("what each goal costs (re-solved from this programme without it, against with every goal):\n");
        costs.forEach(cost -> out.append(indent).append("  ").append(cost(cost)).append('\n'));
    }

    private static String rows(List<MixRow> rows) {
        return rows.stream().map(SelectionText::mixRow).collect(Collectors.joining(", "));
    }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
