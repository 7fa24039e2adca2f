package org.forumplan.model.analysis;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

/**
 * What one constraint costs in a programme.
 *
 * @param score the constraint's total, negative when it costs
 * @param matchCount how many matches (pairs of sessions, sessions, facets, periods) make it up
 */
public record ConstraintCost(String constraintName, HardMediumSoftLongScore score, int matchCount) {}
