package org.forumplan.model.analysis;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import java.util.List;

/**
 * One constraint match in words.
 *
 * @param score what the match costs, negative
 * @param sessionIds the sessions involved
 * @param description e.g. "WS23 and WS185 both on Critical Internet Resources, Wed 3 Sep 11:00-12:30"
 */
public record MatchExplanation(HardMediumSoftLongScore score, List<String> sessionIds, String description) {}
