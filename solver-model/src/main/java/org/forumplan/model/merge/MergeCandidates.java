package org.forumplan.model.merge;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.forumplan.model.domain.Person;
import org.forumplan.model.domain.Placement;
import org.forumplan.model.domain.Session;
import org.forumplan.model.domain.Topic;
import org.forumplan.model.domain.Track;
import org.forumplan.model.io.SessionJson;
import org.forumplan.model.load.DatasetLoader.LoadedDataset;

/**
 * The optional proposals of a dataset worth merging ({@code forumplan merges}), most alike first: every pair that
 * {@link PairSimilarity#suggestsMerging()}, and groups of three or more where every two are at least {@link
 * ProposalSimilarity#GROUP_SIMILARITY} alike. A pair inside such a group is not listed again on its own. In a solved
 * dataset, each candidate also says which clashes merging removes and what a proposal left out would bring in.
 */
public final class MergeCandidates {

    private final ProposalSimilarity similarity;
    private final Map<String, SessionJson> documentSessions;
    private final Map<String, Integer> positions = new HashMap<>();
    private final Map<String, Session> sessions;

    private MergeCandidates(LoadedDataset dataset) {
        similarity = new ProposalSimilarity(dataset.document());
        List<SessionJson> all = dataset.document().sessions();
        documentSessions = all.stream().collect(Collectors.toMap(SessionJson::id, Function.identity()));
        for (int index = 0; index < all.size(); index++) {
            positions.put(all.get(index).id(), index);
        }
        sessions = dataset.programme().getSessions().stream()
                .collect(Collectors.toMap(Session::getId, Function.identity()));
    }

    /** Every candidate of the dataset, most alike first; ties in the dataset's order. */
    public static List<MergeCandidate> find(LoadedDataset dataset) {
        return new MergeCandidates(dataset).find(dataset.document().sessions());
    }

    private List<MergeCandidate> find(List<SessionJson> all) {
        List<SessionJson> proposals =
                all.stream().filter(Mergeable::isMergeable).toList();
        List<PairSimilarity> suggested = new ArrayList<>();
        for (int[] pair : sameSubjectPairs(proposals)) {
            SessionJson first = proposals.get(pair[0]);
            SessionJson second = proposals.get(pair[1]);
            if (first.kind() == second.kind()) {
                PairSimilarity similar = similarity.compare(first, second);
                if (similar.suggestsMerging()) {
                    suggested.add(similar);
                }
            }
        }
        suggested.sort(Comparator.comparingDouble(PairSimilarity::similarity)
                .reversed()
                .thenComparing(pair -> positions.get(pair.first())));
        Map<String, List<String>> groupOf = groups(suggested);
        List<MergeCandidate> candidates = new ArrayList<>();
        groupOf.values().stream()
                .distinct()
                .filter(group -> group.size() > 2)
                .forEach(group -> candidates.add(group(group)));
        for (PairSimilarity pair : suggested) {
            List<String> group = groupOf.get(pair.first());
            if (group == null || group.size() == 2 || group != groupOf.get(pair.second())) {
                candidates.add(candidate(List.of(pair.first(), pair.second()), List.of(pair)));
            }
        }
        candidates.sort(Comparator.comparingDouble(MergeCandidate::similarity)
                .reversed()
                .thenComparing(candidate -> positions.get(candidate.ids().get(0))));
        return candidates;
    }

    /**
     * The pairs of proposals (as indexes, the first lower) that share a topic, or that both have none: only these can
     * suggest merging, and a forum of thousands of proposals has a few dozen topics, so most pairs are never compared.
     */
    private static List<int[]> sameSubjectPairs(List<SessionJson> proposals) {
        Map<String, List<Integer>> byTopic = new HashMap<>();
        for (int index = 0; index < proposals.size(); index++) {
            for (String topic : topicsOrNone(proposals.get(index))) {
                byTopic.computeIfAbsent(topic, any -> new ArrayList<>()).add(index);
            }
        }
        List<int[]> pairs = new ArrayList<>();
        for (int index = 0; index < proposals.size(); index++) {
            Set<Integer> others = new TreeSet<>();
            for (String topic : topicsOrNone(proposals.get(index))) {
                for (int other : byTopic.get(topic)) {
                    if (other > index) {
                        others.add(other);
                    }
                }
            }
            for (int other : others) {
                pairs.add(new int[] {index, other});
            }
        }
        return pairs;
    }

    /** The session's topics; for a session without any, one empty name that groups it with the others without. */
    private static List<String> topicsOrNone(SessionJson session) {
        return session.topics() == null || session.topics().isEmpty() ? List.of("") : session.topics();
    }

    /**
     * Groups grown from the closest pairs down: a proposal joins a group only if it is close to every member, so a
     * group never chains proposals that are each like the next but not like the first. Each proposal is in one group
     * at most.
     *
     * @return each grouped proposal's group
     */
    private Map<String, List<String>> groups(List<PairSimilarity> suggested) {
        Map<String, List<String>> groupOf = new HashMap<>();
        for (PairSimilarity pair : suggested) {
            if (!isClose(pair)) {
                break;
            }
            List<String> first = groupOf.get(pair.first());
            List<String> second = groupOf.get(pair.second());
            if (first == null && second == null) {
                List<String> group = new ArrayList<>(List.of(pair.first(), pair.second()));
                groupOf.put(pair.first(), group);
                groupOf.put(pair.second(), group);
            } else if (first == null || second == null) {
                List<String> group = first == null ? second : first;
                String joining = first == null ? pair.first() : pair.second();
                if (group.stream().allMatch(member -> isClose(compare(joining, member)))) {
                    group.add(joining);
                    groupOf.put(joining, group);
                }
            }
        }
        return groupOf;
    }

    private static boolean isClose(PairSimilarity pair) {
        return pair.suggestsMerging() && pair.similarity() >= ProposalSimilarity.GROUP_SIMILARITY;
    }

    /** The two compared in the dataset's order, so that a pair reads the same wherever it is listed. */
    private PairSimilarity compare(String one, String other) {
        boolean inOrder = positions.get(one) < positions.get(other);
        return similarity.compare(
                documentSessions.get(inOrder ? one : other), documentSessions.get(inOrder ? other : one));
    }

    /** A group as a candidate, every two of its members compared. */
    private MergeCandidate group(List<String> members) {
        List<String> ids =
                members.stream().sorted(Comparator.comparing(positions::get)).toList();
        List<PairSimilarity> pairs = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            for (int j = i + 1; j < ids.size(); j++) {
                pairs.add(compare(ids.get(i), ids.get(j)));
            }
        }
        return candidate(ids, pairs);
    }

    /**
     * @param ids in the dataset's order
     * @param pairs every two of them, compared
     */
    private MergeCandidate candidate(List<String> ids, List<PairSimilarity> pairs) {
        List<MergeCandidate.ClashRemoved> clashes = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            for (int j = i + 1; j < ids.size(); j++) {
                clash(sessions.get(ids.get(i)), sessions.get(ids.get(j))).ifPresent(clashes::add);
            }
        }
        List<SessionJson> proposals = ids.stream().map(documentSessions::get).toList();
        return new MergeCandidate(
                proposals.stream()
                        .map(proposal ->
                                new MergeCandidate.Proposal(proposal.id(), proposal.title(), placement(proposal.id())))
                        .toList(),
                proposals.get(0).kind(),
                pairs.stream().mapToDouble(PairSimilarity::similarity).min().orElseThrow(),
                ids.size() - 1,
                proposals.stream().mapToInt(SessionJson::durationMinutes).max().orElseThrow(),
                pairs,
                clashes,
                broughtIn(ids));
    }

    private String placement(String id) {
        Placement placement = sessions.get(id).getPlacement();
        return placement == null ? null : placement.describe();
    }

    /** What two placed proposals running at once share, as the clash constraints see it; empty if nothing. */
    private static Optional<MergeCandidate.ClashRemoved> clash(Session first, Session second) {
        if (!first.isPlaced() || !second.isPlaced() || !first.overlaps(second)) {
            return Optional.empty();
        }
        List<String> topics =
                first.sharedSpreadTopics(second).stream().map(Topic::id).toList();
        List<String> people =
                first.sharedPeople(second).stream().map(Person::id).toList();
        String organization = first.hasOrganization()
                        && Objects.equals(
                                first.getFacts().organization(),
                                second.getFacts().organization())
                ? first.getFacts().organization()
                : null;
        Track track = first.getFacts().track();
        String sharedTrack = track != null && track.equals(second.getFacts().track()) ? track.id() : null;
        if (topics.isEmpty() && people.isEmpty() && organization == null && sharedTrack == null) {
            return Optional.empty();
        }
        return Optional.of(new MergeCandidate.ClashRemoved(
                first.getId(),
                second.getId(),
                first.overlapMinutes(second),
                topics,
                people,
                organization,
                sharedTrack));
    }

    /** For each proposal left out, when another of the group is placed: what it would bring into the programme. */
    private List<MergeCandidate.BroughtIn> broughtIn(List<String> ids) {
        List<String> placed =
                ids.stream().filter(id -> sessions.get(id).isPlaced()).toList();
        if (placed.isEmpty()) {
            return List.of();
        }
        Set<String> peopleIn = new LinkedHashSet<>();
        Set<String> topicsIn = new LinkedHashSet<>();
        placed.forEach(id -> {
            peopleIn.addAll(peopleOf(documentSessions.get(id)));
            topicsIn.addAll(topicsOf(documentSessions.get(id)));
        });
        List<MergeCandidate.BroughtIn> broughtIn = new ArrayList<>();
        for (String id : ids) {
            if (!placed.contains(id)) {
                SessionJson leftOut = documentSessions.get(id);
                broughtIn.add(new MergeCandidate.BroughtIn(
                        id,
                        placed.get(0),
                        peopleOf(leftOut).stream()
                                .filter(person -> !peopleIn.contains(person))
                                .toList(),
                        topicsOf(leftOut).stream()
                                .filter(topic -> !topicsIn.contains(topic))
                                .toList()));
            }
        }
        return broughtIn;
    }

    private static List<String> peopleOf(SessionJson session) {
        return session.people() == null
                ? List.of()
                : session.people().stream()
                        .map(participant -> participant.person())
                        .toList();
    }

    private static List<String> topicsOf(SessionJson session) {
        return session.topics() == null ? List.of() : session.topics();
    }
}
