package org.forumplan.app.report;

import org.forumplan.app.explain.SelectionText;
import org.forumplan.model.analysis.GoalCost;
import org.forumplan.model.analysis.SelectionReview;
import org.forumplan.model.analysis.SelectionReview.Mix;
import org.forumplan.model.analysis.SelectionReview.MixRow;
import org.forumplan.model.analysis.SelectionReview.Share;
import org.forumplan.model.analysis.SelectionReview.TopicDepth;

/**
 * The review page's "Selection" section: each share against its target, the topics covered and how deep, panels by
 * stakeholder groups, the speakers' mix against the proposals', and what each goal costs, for a MAG member to check the
 * programme against the goals the MAG set.
 */
final class HtmlSelection {

    private HtmlSelection() {}

    static void section(StringBuilder out, SelectionReview review) {
        out.append("<section id=\"selection\">\n<h2>Selection</h2>\n<p class=\"note\">")
                .append(Html.text(SelectionText.heading(review)))
                .append(
                        ". The goals of the dataset's <code>policy.selection</code>, measured on this programme.</p>\n");
        if (!review.shares().isEmpty()) {
            out.append("<table class=\"list shares\">\n<thead><tr><th>share of ")
                    .append(Html.text(review.kinds()))
                    .append("</th><th>in the programme</th><th>target</th><th></th></tr></thead>\n<tbody>\n");
            for (Share share : review.shares()) {
                out.append("<tr class=\"")
                        .append(share.met() ? "met" : "short")
                        .append("\"><td>")
                        .append(Html.text(share.description()))
                        .append("</td><td>%s</td><td>%s</td><td>%s</td></tr>\n"
                                .formatted(
                                        SelectionText.inProgramme(share),
                                        SelectionText.target(share),
                                        SelectionText.verdict(share)));
            }
            out.append("</tbody>\n</table>\n");
        }
        out.append("<h3>Topics</h3>\n<p>")
                .append(Html.text(SelectionText.coverage(review)))
                .append(".</p>\n<table class=\"list topics\">\n<thead><tr><th>topic</th><th>placed</th>")
                .append("<th>proposed</th></tr></thead>\n<tbody>\n");
        for (TopicDepth topic : review.topics()) {
            out.append("<tr><td>")
                    .append(Html.text(topic.name()))
                    .append("</td><td>%d</td><td>%d</td></tr>\n".formatted(topic.placed(), topic.proposed()));
        }
        out.append("</tbody>\n</table>\n<h3>Panels</h3>\n<p>By the stakeholder groups their people span: ")
                .append(Html.linkSessions(
                        SelectionText.panels(review.panels()), review.panels().narrow()))
                .append(".</p>\n");
        for (Mix mix : review.mixes()) {
            if (mix.rows().isEmpty()) {
                continue;
            }
            out.append("<h3>Speakers by ")
                    .append(Html.text(mix.dimension().label()))
                    .append("</h3>\n<table class=\"list mix\">\n<thead><tr><th>")
                    .append(Html.text(mix.dimension().label()))
                    .append("</th><th>of the proposals' speakers</th><th>of the programme's</th></tr></thead>\n")
                    .append("<tbody>\n");
            for (MixRow row : mix.rows()) {
                out.append("<tr><td>")
                        .append(Html.text(row.name()))
                        .append("</td><td>%s (%d)</td><td>%s (%d)</td></tr>\n"
                                .formatted(
                                        SelectionText.percent(row.proposedShare()),
                                        row.proposed(),
                                        SelectionText.percent(row.placedShare()),
                                        row.placed()));
            }
            out.append("</tbody>\n</table>\n");
        }
        if (!review.costs().isEmpty()) {
            out.append("<h3>What each goal costs</h3>\n<p class=\"note\">The programme solved again from here without")
                    .append(" the goal, against the same search with every goal.</p>\n<ul class=\"costs\">\n");
            for (GoalCost cost : review.costs()) {
                out.append("<li>").append(Html.text(SelectionText.cost(cost))).append("</li>\n");
            }
            out.append("</ul>\n");
        }
        out.append("</section>\n");
    }
}
