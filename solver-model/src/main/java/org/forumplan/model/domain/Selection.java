package org.forumplan.model.domain;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The MAG's goals for the selection as a whole ({@code policy.selection}): which kinds of session it is about, minimum
 * shares of flagged proposals, topic coverage, balanced panels and the programme's speaker mix. Each goal that is set
 * switches a constraint of the catalogue on; {@link #NONE} sets none.
 *
 * @param kinds the session kinds the goals are about, workshops unless the dataset says otherwise
 * @param minStakeholderGroups the fewest stakeholder groups a session's people should span, 0 for no goal
 * @param speakerPools the proposals' own speaker mix, empty unless the speaker mix is a goal
 */
public record Selection(
        Set<SessionKind> kinds,
        List<ShareTarget> shares,
        boolean topicCoverage,
        int minStakeholderGroups,
        boolean speakerMix,
        List<SpeakerPool> speakerPools) {

    /** What the first placed session on a topic adds to its coverage; the k-th adds 1/k of it. */
    public static final int FIRST_SESSION_COVERAGE = 60;

    public static final Selection NONE =
            new Selection(Set.of(SessionKind.WORKSHOP), List.of(), false, 0, false, List.of());

    public Selection {
        kinds = Set.copyOf(kinds);
        shares = List.copyOf(shares);
        speakerPools = List.copyOf(speakerPools);
    }

    /** Whether any goal is set. */
    public boolean isSet() {
        return !shares.isEmpty() || topicCoverage || minStakeholderGroups > 0 || speakerMix;
    }

    public boolean covers(SessionKind kind) {
        return kinds.contains(kind);
    }

    public Optional<SpeakerPool> pool(SpeakerPool.Dimension dimension, String name) {
        return speakerPools.stream()
                .filter(pool -> pool.dimension() == dimension && pool.name().equals(name))
                .findFirst();
    }

    /** "workshops", "workshops and open forums", for sentences. */
    public String kindsLabel() {
        List<String> labels =
                kinds.stream().sorted().map(kind -> kind.label() + "s").toList();
        if (labels.size() == 1) {
            return labels.get(0);
        }
        return String.join(", ", labels.subList(0, labels.size() - 1)) + " and " + labels.get(labels.size() - 1);
    }

    /**
     * The stakeholder groups a panel lacks: none for a panel none of whose people has a known group (unknown is not
     * narrow), nor without a goal.
     */
    public static int missingStakeholderGroups(int groups, int minStakeholderGroups) {
        return groups == 0 ? 0 : Math.max(0, minStakeholderGroups - groups);
    }

    /** What the k-th placed session on a topic adds to its coverage: 60, 30, 20, 15, 12, 10, ... */
    public static long coverageOfKth(int k) {
        return Math.round((double) FIRST_SESSION_COVERAGE / k);
    }

    /** The coverage a topic misses with so many of its proposals placed: what the ones left out would add. */
    public static long coverageMissed(int proposed, int placed) {
        long missed = 0;
        for (int k = placed + 1; k <= proposed; k++) {
            missed += coverageOfKth(k);
        }
        return missed;
    }
}
