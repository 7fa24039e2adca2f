package org.forumplan.model.analysis;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

/**
 * What the matches a session is involved in cost together. A match between two sessions counts fully for both, so the
 * costs of all sessions add up to more than the score.
 */
public record SessionCost(String sessionId, String title, HardMediumSoftLongScore score, int matchCount) {}
