package org.forumplan.model.domain;

/**
 * Forum-wide limits on how many sessions run at once. Constraint weights are not here: they are Timefold's
 * {@code ConstraintWeightOverrides} on {@link Programme}.
 *
 * @param maxParallel the most sessions at any one time (hard), 0 for no limit
 * @param targetParallel the number of parallel sessions above which the load counts against the programme (soft), 0
 *     for no target
 */
public record Policy(int maxParallel, int targetParallel) {

    public static final Policy NONE = new Policy(0, 0);

    public boolean hasMax() {
        return maxParallel > 0;
    }

    public boolean hasTarget() {
        return targetParallel > 0;
    }
}
