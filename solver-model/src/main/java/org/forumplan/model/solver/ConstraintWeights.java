package org.forumplan.model.solver;

import ai.timefold.solver.core.api.domain.solution.ConstraintWeightOverrides;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.forumplan.model.constraints.ForumConstraint;
import org.forumplan.model.domain.Selection;
import org.forumplan.model.problem.Suggestions;

/**
 * Planner-set constraint weights: from a dataset's {@code policy.weights} and from {@code solve --weight NAME=SCORE}.
 *
 * <p>A weight is written as the score one unit of the constraint contributes, e.g. {@code 0hard/0medium/-20soft}, as in
 * the format's example. Every catalogue constraint is a penalty, so only the magnitude counts: {@code -20soft} and
 * {@code 20soft} mean the same. {@code 0hard/0medium/0soft} switches a constraint off.
 */
public final class ConstraintWeights {

    /**
     * The largest weight a level may have: penalties of minutes times people over a forum stay far below the score's
     * long range with it, so no sum can overflow.
     */
    public static final long MAX_WEIGHT = 1_000_000_000L;

    private final Map<ForumConstraint, HardMediumSoftLongScore> weights = new LinkedHashMap<>();

    /**
     * The selection's constraints switched off where the dataset sets no goal for them: each costs nothing then, and a
     * constraint of weight 0 is not even evaluated.
     */
    public static ConstraintWeights offForGoalsNotSet(Selection selection) {
        ConstraintWeights weights = new ConstraintWeights();
        HardMediumSoftLongScore off = HardMediumSoftLongScore.ZERO;
        if (selection.shares().isEmpty()) {
            weights.with(ForumConstraint.SHARE_SHORT_OF_TARGET, off);
        }
        if (!selection.topicCoverage()) {
            weights.with(ForumConstraint.TOPIC_COVERAGE_MISSED, off);
        }
        if (selection.minStakeholderGroups() == 0) {
            weights.with(ForumConstraint.NARROW_PANEL, off);
        }
        if (!selection.speakerMix()) {
            weights.with(ForumConstraint.SPEAKER_MIX_BY_STAKEHOLDER_GROUP, off);
            weights.with(ForumConstraint.SPEAKER_MIX_BY_REGION, off);
        }
        return weights;
    }

    /** Sets a weight; a later one for the same constraint wins. */
    public ConstraintWeights with(ForumConstraint constraint, HardMediumSoftLongScore weight) {
        weights.put(constraint, weight);
        return this;
    }

    /** Sets every weight of the others; theirs win. */
    public ConstraintWeights withAll(ConstraintWeights others) {
        weights.putAll(others.weights);
        return this;
    }

    /** Parses and sets "NAME=SCORE", as given on the command line. */
    public ConstraintWeights with(String assignment) {
        int equals = assignment.lastIndexOf('=');
        if (equals <= 0) {
            throw new IllegalArgumentException(
                    "\"%s\": expected NAME=SCORE, e.g. \"Topic clash=0hard/0medium/-20soft\"".formatted(assignment));
        }
        String name = assignment.substring(0, equals).trim();
        return with(
                constraintNamed(name),
                parseWeight(assignment.substring(equals + 1).trim()));
    }

    public Map<ForumConstraint, HardMediumSoftLongScore> asMap() {
        return Map.copyOf(weights);
    }

    public ConstraintWeightOverrides<HardMediumSoftLongScore> toOverrides() {
        Map<String, HardMediumSoftLongScore> byName = new LinkedHashMap<>();
        weights.forEach((constraint, weight) -> byName.put(constraint.constraintName(), weight));
        return ConstraintWeightOverrides.of(byName);
    }

    /** The catalogue constraint of that exact name; the error names the closest one. */
    public static ForumConstraint constraintNamed(String name) {
        return ForumConstraint.byName(name)
                .orElseThrow(() -> new IllegalArgumentException("unknown constraint \"%s\"%s"
                        .formatted(name, Suggestions.didYouMean(name, constraintNames()))));
    }

    /** The penalty magnitude of a score text such as {@code 0hard/0medium/-20soft}. */
    public static HardMediumSoftLongScore parseWeight(String text) {
        HardMediumSoftLongScore score;
        try {
            score = HardMediumSoftLongScore.parseScore(text);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(
                    "\"%s\" is not a score; expected e.g. \"0hard/0medium/-20soft\"".formatted(text));
        }
        long[] levels = {score.hardScore(), score.mediumScore(), score.softScore()};
        if (Arrays.stream(levels).anyMatch(level -> Math.abs(level) > MAX_WEIGHT)) {
            throw new IllegalArgumentException(
                    "\"%s\" is too large; a weight's levels are at most %,d".formatted(text, MAX_WEIGHT));
        }
        boolean anyNegative = Arrays.stream(levels).anyMatch(level -> level < 0);
        boolean anyPositive = Arrays.stream(levels).anyMatch(level -> level > 0);
        if (anyNegative && anyPositive) {
            throw new IllegalArgumentException(
                    "\"%s\" mixes signs; a weight is one penalty, e.g. \"0hard/-1medium/-20soft\"".formatted(text));
        }
        return anyNegative ? score.negate() : score;
    }

    public static List<String> constraintNames() {
        return Arrays.stream(ForumConstraint.values())
                .map(ForumConstraint::constraintName)
                .toList();
    }
}
