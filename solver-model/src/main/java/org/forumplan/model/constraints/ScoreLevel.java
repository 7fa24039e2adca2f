package org.forumplan.model.constraints;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

/** The three levels of the score, highest first. */
public enum ScoreLevel {
    /** What makes a programme impossible. */
    HARD,
    /** The programme's content: the best proposals placed, stability once published. */
    MEDIUM,
    /** Quality for participants. */
    SOFT;

    /** A score of {@code amount} on this level only. */
    public HardMediumSoftLongScore score(long amount) {
        return switch (this) {
            case HARD -> HardMediumSoftLongScore.ofHard(amount);
            case MEDIUM -> HardMediumSoftLongScore.ofMedium(amount);
            case SOFT -> HardMediumSoftLongScore.ofSoft(amount);
        };
    }

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
