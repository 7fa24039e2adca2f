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

    /** A change of score with its sign on every level, e.g. "+80medium/-373soft"; "0" when nothing changed. */
    public static String signed(HardMediumSoftLongScore change) {
        String compact = compact(change);
        return compact.equals("0") ? "0" : compact.replaceAll("(^|/)(\\d)", "$1+$2");
    }
}
