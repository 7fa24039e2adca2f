package org.forumplan.model.domain;

import java.util.Locale;

/**
 * The people of one stakeholder group, or of one region, as the proposals of the selection's kinds bring them: the
 * programme's speaker mix is measured against these pools, so that it stays near the proposals' own mix.
 *
 * @param name the group's code ({@code civil_society}) or the region as the dataset writes it
 * @param proposed how many places on panels the proposals give people of the pool: a person on two proposals counts
 *     twice
 */
public record SpeakerPool(Dimension dimension, String name, int proposed) {

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

    /** The share of the pool's proposed panel places that so many placed fill, in millionths. */
    public long placedMillionths(long placed) {
        return placed * 1_000_000L / proposed;
    }

    /** "civil society", "Africa". */
    public String label() {
        return dimension == Dimension.STAKEHOLDER_GROUP ? name.replace('_', ' ') : name;
    }
}
