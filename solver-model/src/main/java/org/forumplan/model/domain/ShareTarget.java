package org.forumplan.model.domain;

/**
 * A minimum share of the placed sessions of the selection's kinds that carry a flag, e.g. at least 35% of the workshops
 * from developing countries.
 *
 * @param minShare between 0 (exclusive) and 1
 */
public record ShareTarget(SelectionFlag flag, double minShare) {

    /** How many of so many placed sessions must carry the flag: the share, rounded up. */
    public int needed(int placed) {
        // The epsilon keeps 0.1 x 30 = 3.0000000000000004 at 3.
        return (int) Math.ceil(minShare * placed - 1e-9);
    }

    /** How many flagged sessions the programme lacks, 0 when it meets the target. */
    public int shortfall(int placed, int flagged) {
        return Math.max(0, needed(placed) - flagged);
    }

    /** "35% of workshops from developing or transitional economy countries". */
    public String describe(String kinds) {
        return "%s of %s %s".formatted(percent(minShare), kinds, flag.description());
    }

    /** "35%", or "33.3%" when a whole number would hide the target. */
    public static String percent(double share) {
        double percent = share * 100;
        return Math.abs(percent - Math.rint(percent)) < 1e-9
                ? "%d%%".formatted(Math.round(percent))
                : "%.1f%%".formatted(percent);
    }
}
