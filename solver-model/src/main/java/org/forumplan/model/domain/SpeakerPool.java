package org.forumplan.model.domain;

import java.util.Locale;

/**
 * The people of one stakeholder group, or of one region, as the proposals of the selection's kinds bring them: the
 * programme's speaker mix is measured against these pools, so that it stays near the proposals' own mix.
 *
 * @param name the group's code ({@code civil_society}) or the region as the dataset writes it
 * @param proposed how many places on panels the proposals give people of the pool: a person on two proposals counts
 *     twice
 * @param meanProposed the mean of {@code proposed} over the pools of the dimension, which turns a pool's placed share
 *     into speakers (see {@link #load})
 */
public record SpeakerPool(Dimension dimension, String name, int proposed, double meanProposed) {

    /** What a pool groups people by. */
    public enum Dimension {
        STAKEHOLDER_GROUP,
        REGION;

        /** "stakeholder group", "region". */
        public String label() {
            return name().toLowerCase(Locale.ROOT).replace('_', ' ');
        }
    }

    public SpeakerPool {
        if (proposed < 1) {
            throw new IllegalArgumentException("A pool has at least one proposed panel place: " + name);
        }
    }

    /**
     * So many placed speakers of the pool as its load in the balance, in ten-thousandths of a speaker: the pool's
     * placed share times the mean pool. Equal loads are the proposals' own mix, and the balance's unfairness then
     * counts speakers away from it, whatever the forum's size: an empty programme is not "fair" at no cost, as shares
     * alone would make it, since every speaker placed is worth far more than the few tenths its pool drifts.
     */
    public long load(long placed) {
        return Math.round(placed * meanProposed * 10_000 / proposed);
    }

    /** "civil society", "Africa". */
    public String label() {
        return dimension == Dimension.STAKEHOLDER_GROUP ? name.replace('_', ' ') : name;
    }
}
