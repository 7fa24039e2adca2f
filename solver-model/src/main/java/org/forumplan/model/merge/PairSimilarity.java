package org.forumplan.model.merge;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How alike two proposals are, part by part; {@link ProposalSimilarity} says how the parts add up and when they are
 * enough to suggest a merge.
 *
 * @param first the id of the proposal listed first in the dataset
 * @param second the id of the other
 * @param suggestsMerging whether they are on the same subject (a shared topic, or neither has one) and have similar
 *     titles ({@link ProposalSimilarity#SIMILAR_TITLE}), or a person or organization and a title word in common
 * @param similarity the parts added up: {@link ProposalSimilarity#similarity}
 * @param title the cosine of the titles' word counts ({@link TitleWords}), 0 to 1
 * @param topics the Jaccard index of the topic ids: shared topics over all topics of the two, 0 to 1
 * @param sharedTopics the topic ids both have
 * @param sharedPeople the person ids both have, in any role
 * @param sharedOrganizations the organizations both have: a session's own organization or one of its people's
 */
@JsonPropertyOrder({
    "first",
    "second",
    "suggestsMerging",
    "similarity",
    "title",
    "topics",
    "sharedTopics",
    "sharedPeople",
    "sharedOrganizations",
    "reasons"
})
public record PairSimilarity(
        String first,
        String second,
        boolean suggestsMerging,
        double similarity,
        double title,
        double topics,
        List<String> sharedTopics,
        List<String> sharedPeople,
        List<String> sharedOrganizations) {

    /** Why the two are alike, in words, strongest first: "shared topics: trust", "title similarity 0.91", ... */
    @JsonProperty("reasons")
    public List<String> reasons() {
        List<String> reasons = new ArrayList<>();
        if (!sharedTopics.isEmpty()) {
            reasons.add("shared topic%s: %s"
                    .formatted(sharedTopics.size() == 1 ? "" : "s", String.join(", ", sharedTopics)));
        }
        if (title > 0) {
            reasons.add("title similarity " + shown(title));
        }
        if (!sharedPeople.isEmpty()) {
            reasons.add("shared %s %s"
                    .formatted(sharedPeople.size() == 1 ? "person" : "people", String.join(", ", sharedPeople)));
        }
        if (!sharedOrganizations.isEmpty()) {
            reasons.add("both from " + String.join(", ", sharedOrganizations));
        }
        return reasons;
    }

    /**
     * The similarity as the sum it is, term by term: "1.91 = title 0.91 + topics 1.00 + 1 shared person 0.25 + shared
     * organization 0.25"; terms that add nothing are left out.
     */
    public String terms() {
        List<String> terms = new ArrayList<>();
        terms.add("title " + shown(title));
        terms.add("topics " + shown(topics));
        int people = Math.min(sharedPeople.size(), ProposalSimilarity.MOST_SHARED_PEOPLE_COUNTED);
        if (people > 0) {
            terms.add("%d shared %s %s"
                    .formatted(
                            people,
                            people == 1 ? "person" : "people",
                            shown(people * ProposalSimilarity.WEIGHT_PER_SHARED_PERSON)));
        }
        if (!sharedOrganizations.isEmpty()) {
            terms.add("shared organization " + shown(ProposalSimilarity.WEIGHT_OF_SHARED_ORGANIZATION));
        }
        return shown(similarity) + " = " + String.join(" + ", terms);
    }

    /** "0.75": the precision the reasons and the README give. */
    static String shown(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }
}
