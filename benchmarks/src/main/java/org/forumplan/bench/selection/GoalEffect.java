package org.forumplan.bench.selection;

import java.util.Map;

/**
 * One solve of a dataset with some of its selection goals, measured against all of them.
 *
 * @param variant "every goal", "without topic coverage", "no goal"
 * @param valueLeftOut the proposal value of the proposals left out
 * @param shares each share's flag to the share the programme reached, in percent
 * @param narrowPanels placed sessions of the selection's kinds whose people span fewer groups than asked
 * @param groupGap the widest gap between a stakeholder group's share of the programme's speakers and of the proposals',
 *     in percentage points
 * @param regionGap the same by region
 */
public record GoalEffect(
        String dataset,
        String variant,
        String score,
        int placed,
        int proposed,
        long valueLeftOut,
        Map<String, Double> shares,
        long topicsCovered,
        int topics,
        int deepestTopic,
        int narrowPanels,
        double groupGap,
        double regionGap,
        long scoreCalculationSpeed) {}
