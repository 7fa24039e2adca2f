package org.forumplan.bench.exact;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import com.google.ortools.sat.LinearArgument;
import com.google.ortools.sat.LinearExpr;
import com.google.ortools.sat.LinearExprBuilder;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.ToLongFunction;
import org.forumplan.model.constraints.ForumConstraint;
import org.forumplan.model.constraints.ScoreLevel;
import org.forumplan.model.domain.Programme;

/**
 * Each constraint's penalty as a linear expression in its own unit (minutes, seat-hours, days, ...), and the weights
 * that turn units into score: the problem's overrides ({@code policy.weights}, {@code --weight}) or the catalogue's
 * defaults, as the constraint provider applies them.
 */
final class Penalties {

    private final Map<ForumConstraint, HardMediumSoftLongScore> weights = new EnumMap<>(ForumConstraint.class);
    private final Map<ForumConstraint, LinearExprBuilder> units = new EnumMap<>(ForumConstraint.class);

    Penalties(Programme problem) {
        for (ForumConstraint constraint : ForumConstraint.values()) {
            HardMediumSoftLongScore weight =
                    problem.getConstraintWeightOverrides().getConstraintWeight(constraint.constraintName());
            weights.put(constraint, weight == null ? constraint.defaultWeight() : weight);
            units.put(constraint, LinearExpr.newBuilder());
        }
    }

    HardMediumSoftLongScore weight(ForumConstraint constraint) {
        return weights.get(constraint);
    }

    /** Whether the constraint counts at all: a zero weight switches it off. */
    boolean counts(ForumConstraint constraint) {
        return !weight(constraint).isZero();
    }

    /** Whether the constraint is a rule the model may state as a constraint: it weighs on the hard level. */
    boolean isHardRule(ForumConstraint constraint) {
        return weight(constraint).hardScore() != 0;
    }

    void add(ForumConstraint constraint, LinearArgument penalty, long unitsEach) {
        if (unitsEach != 0) {
            units.get(constraint).addTerm(penalty, unitsEach);
        }
    }

    void addConstant(ForumConstraint constraint, long penalty) {
        units.get(constraint).add(penalty);
    }

    /** The constraint's penalty in its units. */
    LinearExpr units(ForumConstraint constraint) {
        return units.get(constraint).build();
    }

    /** The penalty on one level, in score points: what the model minimizes there. */
    LinearExpr level(ScoreLevel level) {
        LinearExprBuilder sum = LinearExpr.newBuilder();
        for (ForumConstraint constraint : ForumConstraint.values()) {
            long points = level.of(weight(constraint));
            if (points != 0) {
                sum.addTerm(units(constraint), points);
            }
        }
        return sum.build();
    }

    /** The score of a solution, each constraint's units times its weight, as Timefold adds them up. */
    HardMediumSoftLongScore score(ToLongFunction<LinearArgument> value) {
        HardMediumSoftLongScore score = HardMediumSoftLongScore.ZERO;
        for (ForumConstraint constraint : ForumConstraint.values()) {
            score = score.subtract(scoreOf(constraint, value));
        }
        return score;
    }

    /** One constraint's part of the score, as a penalty (positive levels). */
    HardMediumSoftLongScore scoreOf(ForumConstraint constraint, ToLongFunction<LinearArgument> value) {
        return weight(constraint).multiply(value.applyAsLong(units(constraint)));
    }
}
