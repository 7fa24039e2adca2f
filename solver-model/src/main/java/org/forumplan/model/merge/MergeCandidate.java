package org.forumplan.model.merge;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.ArrayList;
import java.util.List;
import org.forumplan.model.domain.SessionKind;

/**
 * Proposals the MAG could invite to merge: why they are alike, and what merging them would free.
 *
 * @param proposals the proposals, in the dataset's order
 * @param kind their kind: only proposals of one kind merge
 * @param similarity how alike the least alike two of them are ({@link ProposalSimilarity}); for a pair, theirs
 * @param placesFreed the places a merge leaves to other proposals: one fewer than the proposals
 * @param placeMinutes how long each freed place is: the merged session takes the longest proposal's duration
 * @param pairs every two of the proposals, compared
 * @param clashesRemoved in a solved dataset, proposals of the group that run at the same time and share a topic, a
 *     person, an organization or a track: a clash the merge removes
 * @param broughtIn in a solved dataset, proposals of the group left out, whose people and topics the merged session
 *     brings into a placed one
 */
@JsonPropertyOrder({
    "proposals",
    "kind",
    "similarity",
    "placesFreed",
    "placeMinutes",
    "pairs",
    "clashesRemoved",
    "broughtIn"
})
public record MergeCandidate(
        List<Proposal> proposals,
        SessionKind kind,
        double similarity,
        int placesFreed,
        int placeMinutes,
        List<PairSimilarity> pairs,
        List<ClashRemoved> clashesRemoved,
        List<BroughtIn> broughtIn) {

    /**
     * @param placement where the schedule has it ("ws-02, Wed 3 Sep 09:00-10:30"), or null
     */
    public record Proposal(String id, String title, String placement) {}

    /**
     * Two proposals that run at the same time and share something that makes it a clash.
     *
     * @param minutes how long they overlap
     * @param topics the {@code spread} topics both have (a {@code cluster} topic is meant to run in parallel)
     * @param people the people in both: a person booked twice
     * @param organization the organization of both sessions, or null
     * @param track the track of both, or null
     */
    public record ClashRemoved(
            String first,
            String second,
            int minutes,
            List<String> topics,
            List<String> people,
            String organization,
            String track) {

        /** "WS12 and WS185 overlap 90 minutes sharing topic iana-transition and person p-017: merging removes it". */
        @JsonProperty("description")
        public String describe() {
            List<String> shared = new ArrayList<>();
            if (!topics.isEmpty()) {
                shared.add((topics.size() == 1 ? "topic " : "topics ") + String.join(", ", topics));
            }
            if (!people.isEmpty()) {
                shared.add((people.size() == 1 ? "person " : "people ") + String.join(", ", people));
            }
            if (organization != null) {
                shared.add("organization " + organization);
            }
            if (track != null) {
                shared.add("track " + track);
            }
            return "%s and %s run at the same time (%d minutes) and share %s: merging removes that clash"
                    .formatted(first, second, minutes, String.join(", ", shared));
        }
    }

    /**
     * A proposal left out of the schedule, merged into one that is placed.
     *
     * @param session the proposal left out
     * @param into the placed proposal it would merge into
     * @param people its people the placed one does not have
     * @param topics its topics the placed one does not have
     */
    public record BroughtIn(String session, String into, List<String> people, List<String> topics) {

        /** "WS185 is left out; merged into WS12, it brings in p-201, p-202 and topic cir". */
        @JsonProperty("description")
        public String describe() {
            List<String> brought = new ArrayList<>();
            if (!people.isEmpty()) {
                brought.add(String.join(", ", people));
            }
            if (!topics.isEmpty()) {
                brought.add((topics.size() == 1 ? "topic " : "topics ") + String.join(", ", topics));
            }
            return brought.isEmpty()
                    ? "%s is left out; its people and topics are all in %s already".formatted(session, into)
                    : "%s is left out; merged into %s, it brings in %s"
                            .formatted(session, into, String.join(" and ", brought));
        }
    }

    /** The proposals' ids, in the dataset's order. */
    public List<String> ids() {
        return proposals.stream().map(Proposal::id).toList();
    }
}
