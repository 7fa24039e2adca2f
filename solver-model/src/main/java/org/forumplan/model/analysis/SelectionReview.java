package org.forumplan.model.analysis;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.forumplan.model.domain.Person;
import org.forumplan.model.domain.Programme;
import org.forumplan.model.domain.Selection;
import org.forumplan.model.domain.Session;
import org.forumplan.model.domain.SpeakerPool;
import org.forumplan.model.domain.Topic;

/**
 * How far a programme meets the selection's goals, in the numbers a MAG member checks: each share against its target,
 * the topics covered and how deep, the panels by stakeholder groups, and the speakers' mix against the proposals'.
 *
 * @param kinds the kinds the goals are about, e.g. "workshops"
 * @param proposed the sessions of those kinds, placed or not
 * @param placed the placed ones
 * @param costs what each goal costs in proposal value; empty until measured ({@code GoalCosts})
 */
public record SelectionReview(
        String kinds,
        int proposed,
        int placed,
        List<Share> shares,
        List<TopicDepth> topics,
        Panels panels,
        List<Mix> mixes,
        List<GoalCost> costs) {

    /**
     * A share of flagged sessions against its target.
     *
     * @param needed the flagged sessions the target needs among the placed ones
     */
    public record Share(String flag, String description, double target, int flagged, int placed, int needed) {

        @JsonProperty("share")
        public double share() {
            return placed == 0 ? 0 : (double) flagged / placed;
        }

        /** The flagged sessions missing, 0 when the target is met. */
        @JsonProperty("short")
        public int shortBy() {
            return Math.max(0, needed - flagged);
        }

        @JsonProperty("met")
        public boolean met() {
            return shortBy() == 0;
        }
    }

    /** A topic's proposals of the selection's kinds, and how many of them are placed. */
    public record TopicDepth(String topicId, String name, int proposed, int placed) {}

    /**
     * The placed sessions by how many stakeholder groups their people span.
     *
     * @param minGroups the goal, 0 for none
     * @param byGroupCount number of groups to placed sessions spanning that many; 0 when nobody's group is known
     * @param narrow the placed sessions below the goal, by id
     */
    public record Panels(int minGroups, Map<Integer, Integer> byGroupCount, List<String> narrow) {}

    /** The speakers of the proposals and of the programme by stakeholder group or by region. */
    public record Mix(SpeakerPool.Dimension dimension, List<MixRow> rows) {

        /** The largest gap between a row's share of the programme and of the proposals, in percentage points. */
        @JsonProperty("widestGap")
        public double widestGap() {
            return rows.stream()
                    .mapToDouble(row -> Math.abs(row.placedShare() - row.proposedShare()) * 100)
                    .max()
                    .orElse(0);
        }
    }

    /** One stakeholder group or region: its panel places among the proposals and in the programme. */
    public record MixRow(String name, int proposed, int placed, double proposedShare, double placedShare) {}

    /** The programme's review against its own selection goals; null when it sets none. */
    public static SelectionReview of(Programme programme) {
        return programme.getSelection().isSet() ? of(programme, programme.getSelection()) : null;
    }

    /** The programme's review against these goals (a programme solved without one of them is measured by all). */
    public static SelectionReview of(Programme programme, Selection goals) {
        List<Session> chosen = programme.getSessions().stream()
                .filter(session -> goals.covers(session.getKind()))
                .toList();
        List<Session> placed = chosen.stream().filter(Session::isPlaced).toList();
        List<Share> shares = goals.shares().stream()
                .map(target -> new Share(
                        target.flag().key(),
                        target.flag().description(),
                        target.minShare(),
                        (int) placed.stream().filter(target.flag()::isSetOn).count(),
                        placed.size(),
                        target.needed(placed.size())))
                .toList();
        return new SelectionReview(
                goals.kindsLabel(),
                chosen.size(),
                placed.size(),
                shares,
                topics(chosen),
                panels(placed, goals.minStakeholderGroups()),
                List.of(
                        mix(
                                SpeakerPool.Dimension.STAKEHOLDER_GROUP,
                                chosen,
                                person -> person.stakeholderGroup() == null
                                        ? null
                                        : person.stakeholderGroup().code().replace('_', ' ')),
                        mix(SpeakerPool.Dimension.REGION, chosen, Person::region)),
                List.of());
    }

    /** This review with the goals' costs. */
    public SelectionReview withCosts(List<GoalCost> measured) {
        return new SelectionReview(kinds, proposed, placed, shares, topics, panels, mixes, List.copyOf(measured));
    }

    /** How many topics have a placed session, of those the proposals are on. */
    @JsonProperty("topicsCovered")
    public long topicsCovered() {
        return topics.stream().filter(topic -> topic.placed() > 0).count();
    }

    /** The most placed sessions on one topic. */
    @JsonProperty("deepestTopic")
    public int deepestTopic() {
        return topics.stream().mapToInt(TopicDepth::placed).max().orElse(0);
    }

    public Share share(String flag) {
        return shares.stream()
                .filter(share -> share.flag().equals(flag))
                .findFirst()
                .orElseThrow();
    }

    public Mix mix(SpeakerPool.Dimension dimension) {
        return mixes.stream()
                .filter(mix -> mix.dimension() == dimension)
                .findFirst()
                .orElseThrow();
    }

    /** Topics by placed sessions, deepest first, then by name. */
    private static List<TopicDepth> topics(List<Session> chosen) {
        Map<Topic, int[]> counts = new TreeMap<>(Comparator.comparing(Topic::id));
        for (Session session : chosen) {
            for (Topic topic : session.getTopics()) {
                int[] count = counts.computeIfAbsent(topic, ignored -> new int[2]);
                count[0]++;
                if (session.isPlaced()) {
                    count[1]++;
                }
            }
        }
        List<TopicDepth> topics = new ArrayList<>();
        counts.forEach((topic, count) -> topics.add(new TopicDepth(topic.id(), topic.name(), count[0], count[1])));
        topics.sort(Comparator.comparingInt(TopicDepth::placed).reversed().thenComparing(TopicDepth::name));
        return List.copyOf(topics);
    }

    private static Panels panels(List<Session> placed, int minGroups) {
        Map<Integer, Integer> byGroupCount = new TreeMap<>();
        List<String> narrow = new ArrayList<>();
        for (Session session : placed) {
            int groups = session.getFacts().stakeholderGroupCount();
            byGroupCount.merge(groups, 1, Integer::sum);
            if (Selection.missingStakeholderGroups(groups, minGroups) > 0) {
                narrow.add(session.getId());
            }
        }
        return new Panels(minGroups, byGroupCount, List.copyOf(narrow));
    }

    /** Each person once per session, counted by the value the dimension gives them; unknown values left out. */
    private static Mix mix(SpeakerPool.Dimension dimension, List<Session> chosen, Function<Person, String> valueOf) {
        Map<String, int[]> counts = new TreeMap<>();
        for (Session session : chosen) {
            for (Person person : session.getPeople()) {
                String value = valueOf.apply(person);
                if (value != null) {
                    int[] count = counts.computeIfAbsent(value, ignored -> new int[2]);
                    count[0]++;
                    if (session.isPlaced()) {
                        count[1]++;
                    }
                }
            }
        }
        int allProposed = counts.values().stream().mapToInt(count -> count[0]).sum();
        int allPlaced = counts.values().stream().mapToInt(count -> count[1]).sum();
        List<MixRow> rows = new ArrayList<>();
        counts.forEach((name, count) -> rows.add(new MixRow(
                name,
                count[0],
                count[1],
                allProposed == 0 ? 0 : (double) count[0] / allProposed,
                allPlaced == 0 ? 0 : (double) count[1] / allPlaced)));
        return new Mix(dimension, List.copyOf(rows));
    }
}
