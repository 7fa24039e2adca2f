package org.forumplan.model.load;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.forumplan.model.domain.Person;
import org.forumplan.model.domain.Selection;
import org.forumplan.model.domain.SelectionFlag;
import org.forumplan.model.domain.SessionKind;
import org.forumplan.model.domain.ShareTarget;
import org.forumplan.model.domain.SpeakerPool;
import org.forumplan.model.io.ParticipantJson;
import org.forumplan.model.io.PolicyJson;
import org.forumplan.model.io.SelectionJson;
import org.forumplan.model.io.SessionJson;

/** The selection's goals from {@code policy.selection}, with the proposals' own speaker mix when it is a goal. */
final class SelectionBuilder {

    private SelectionBuilder() {}

    /** The dataset's goals; {@link Selection#NONE} when it sets none. The dataset is checked. */
    static Selection build(PolicyJson policy, List<SessionJson> sessions, Map<String, Person> people) {
        SelectionJson json = policy == null ? null : policy.selection();
        if (json == null) {
            return Selection.NONE;
        }
        Set<SessionKind> kinds = json.kinds() == null || json.kinds().isEmpty()
                ? Set.of(SessionKind.WORKSHOP)
                : EnumSet.copyOf(json.kinds());
        boolean speakerMix = Boolean.TRUE.equals(json.speakerMix());
        return new Selection(
                kinds,
                shares(json.minShare()),
                Boolean.TRUE.equals(json.topicCoverage()),
                json.minStakeholderGroups() == null ? 0 : json.minStakeholderGroups(),
                speakerMix,
                speakerMix ? pools(kinds, sessions, people) : List.of());
    }

    private static List<ShareTarget> shares(SelectionJson.MinShareJson minShare) {
        List<ShareTarget> shares = new ArrayList<>();
        if (minShare != null) {
            add(shares, SelectionFlag.DEVELOPING_COUNTRY, minShare.developingCountry());
            add(shares, SelectionFlag.FIRST_TIME, minShare.firstTime());
            add(shares, SelectionFlag.NEW_TOPIC, minShare.newTopic());
        }
        return shares;
    }

    private static void add(List<ShareTarget> shares, SelectionFlag flag, Double minShare) {
        // A share of 0 asks for nothing.
        if (minShare != null && minShare > 0) {
            shares.add(new ShareTarget(flag, minShare));
        }
    }

    /** Each stakeholder group and region with the panel places the proposals of the kinds give its people. */
    private static List<SpeakerPool> pools(
            Set<SessionKind> kinds, List<SessionJson> sessions, Map<String, Person> people) {
        Map<String, Integer> byGroup = new TreeMap<>();
        Map<String, Integer> byRegion = new TreeMap<>();
        for (SessionJson session : sessions) {
            if (!kinds.contains(session.kind()) || session.people() == null) {
                continue;
            }
            Set<Person> onPanel = new LinkedHashSet<>();
            for (ParticipantJson participant : session.people()) {
                onPanel.add(people.get(participant.person()));
            }
            for (Person person : onPanel) {
                if (person.stakeholderGroup() != null) {
                    byGroup.merge(person.stakeholderGroup().code(), 1, Integer::sum);
                }
                if (person.region() != null) {
                    byRegion.merge(person.region(), 1, Integer::sum);
                }
            }
        }
        List<SpeakerPool> pools = new ArrayList<>();
        addPools(pools, SpeakerPool.Dimension.STAKEHOLDER_GROUP, byGroup);
        addPools(pools, SpeakerPool.Dimension.REGION, byRegion);
        return pools;
    }

    private static void addPools(
            List<SpeakerPool> pools, SpeakerPool.Dimension dimension, Map<String, Integer> counts) {
        double mean =
                counts.values().stream().mapToInt(Integer::intValue).average().orElse(0);
        counts.forEach((name, count) -> pools.add(new SpeakerPool(dimension, name, count, mean)));
    }
}
