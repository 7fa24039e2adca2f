package org.forumplan.app.explain;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import java.util.ArrayList;
import java.util.List;

/** Scores written for people: only the levels that are not zero, e.g. {@code -480soft} or {@code -90hard/-20soft}. */
public final class ScoreText {

    private ScoreText() {}

    public static String compact(HardMediumSoftLongScore score) {
        List<String> levels = new ArrayList<>();
        if (score.hardScore() != 0) {
            levels.add(score.hardScore() + "hard");
        }
        if (score.mediumScore() != 0) {
            levels.add(score.mediumScore() + "medium");
        }
        if (score.softScore() != 0) {
            levels.add(score.softScore() + "soft");
        }
        return levels.isEmpty() ? "0" : String.join("/", levels);
    }
}
