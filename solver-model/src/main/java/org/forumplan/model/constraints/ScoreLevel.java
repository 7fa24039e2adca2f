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

    /** This level's part of a score. */
    public long of(HardMediumSoftLongScore score) {
        return switch (this) {
            case HARD -> score.hardScore();
            case MEDIUM -> score.mediumScore();
            case SOFT -> score.softScore();
        };
    }

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
