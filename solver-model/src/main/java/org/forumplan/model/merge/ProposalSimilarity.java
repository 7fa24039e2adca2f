package org.forumplan.model.merge;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.forumplan.model.io.DatasetJson;
import org.forumplan.model.io.ParticipantJson;
import org.forumplan.model.io.PersonJson;
import org.forumplan.model.io.SessionJson;

/**
 * How alike two proposals of a dataset are, as a sum of parts a reader can check: the title similarity (0 to 1), the
 * topic overlap (0 to 1), {@value #WEIGHT_PER_SHARED_PERSON} for each shared person up to {@value
 * #MOST_SHARED_PEOPLE_COUNTED}, and {@value #WEIGHT_OF_SHARED_ORGANIZATION} when they share an organization; at most
 * 3. Two proposals are worth merging when they share a topic and, besides, have similar titles, or the same people or
 * organization behind them and a title word in common ({@link PairSimilarity#suggestsMerging()}).
 */
public final class ProposalSimilarity {

    /**
     * Titles this alike share about half their words (after {@link TitleWords} drops the joining ones): "Net Neutrality
     * in Emerging Markets" and "Network Neutrality in Emerging Markets" are 0.75; titles that share one subject word,
     * such as "Privacy Education for Teenagers" and "Privacy of Health Data Online", stay below 0.5.
     */
    public static final double SIMILAR_TITLE = 0.5;

    /**
     * A person in both proposals is a reason to merge (the MAG asks proposers with two workshops on one subject to
     * merge them) but weighs less than the subject: a quarter of a fully similar title.
     */
    public static final double WEIGHT_PER_SHARED_PERSON = 0.25;

    /** Beyond two, more shared people say little more: a panel of regulars is still one subject. */
    public static final int MOST_SHARED_PEOPLE_COUNTED = 2;

    /** An organization in both counts as one shared person: it may merge its own proposals easily. */
    public static final double WEIGHT_OF_SHARED_ORGANIZATION = 0.25;

    /**
     * Three or more proposals are one group only when every two of them are at least this alike: the same topics
     * (1) and three quarters of their title words (0.75), or the equivalent with people and organizations: near
     * copies of one proposal. A lower bar would chain proposals that are each like the next but not like the first,
     * and rank a group of near copies by its one loosely related member.
     */
    public static final double GROUP_SIMILARITY = 1.75;

    private final Map<String, String> organizationOfPerson = new HashMap<>();
    private final Map<String, Profile> profiles = new HashMap<>();

    /** What a proposal is compared by, worked out once. */
    private record Profile(
            Map<CharSequence, Integer> titleWords, Set<String> topics, Set<String> people, String organization) {}

    /** For the proposals of this dataset: its people's organizations count as the proposals'. */
    public ProposalSimilarity(DatasetJson document) {
        if (document.people() != null) {
            for (PersonJson person : document.people()) {
                if (person.organization() != null && !person.organization().isBlank()) {
                    organizationOfPerson.put(person.id(), person.organization().trim());
                }
            }
        }
    }

    public PairSimilarity compare(SessionJson first, SessionJson second) {
        Profile one = profile(first);
        Profile other = profile(second);
        List<String> sharedTopics = shared(one.topics(), other.topics());
        Set<String> allTopics = new LinkedHashSet<>(one.topics());
        allTopics.addAll(other.topics());
        double topics = allTopics.isEmpty() ? 0 : rounded((double) sharedTopics.size() / allTopics.size());
        double title = TitleWords.similarity(one.titleWords(), other.titleWords());
        List<String> sharedPeople = shared(one.people(), other.people());
        Set<String> sharedPeopleSet = Set.copyOf(sharedPeople);
        List<String> sharedOrganizations =
                shared(organizations(one, sharedPeopleSet), organizations(other, sharedPeopleSet));
        boolean sharedOrganization = !sharedOrganizations.isEmpty();
        boolean sameSubject = !sharedTopics.isEmpty() || allTopics.isEmpty();
        return new PairSimilarity(
                first.id(),
                second.id(),
                suggestsMerging(sameSubject, title, sharedPeople.size(), sharedOrganization),
                similarity(title, topics, sharedPeople.size(), sharedOrganization),
                title,
                topics,
                sharedTopics,
                sharedPeople,
                sharedOrganizations);
    }

    /** The parts added up, as the class comment says. */
    static double similarity(double title, double topics, int sharedPeople, boolean sharedOrganization) {
        return rounded(title
                + topics
                + WEIGHT_PER_SHARED_PERSON * Math.min(sharedPeople, MOST_SHARED_PEOPLE_COUNTED)
                + (sharedOrganization ? WEIGHT_OF_SHARED_ORGANIZATION : 0));
    }

    /**
     * Rounded to two decimals, as the parts are shown: a ranking by what is shown, and sums that add up (no 1.0000001
     * of floating point).
     */
    static double rounded(double value) {
        return Math.round(value * 100) / 100.0;
    }

    /**
     * Whether two proposals are worth merging: on the same subject (a shared topic, or neither has one), and either
     * with similar titles, or with someone behind both (a person or an organization) and a title word in common. A
     * topic alone is not enough: a forum has dozens of workshops per topic, and the same people speak in several.
     */
    static boolean suggestsMerging(boolean sameSubject, double title, int sharedPeople, boolean sharedOrganization) {
        return sameSubject && (title >= SIMILAR_TITLE || title > 0 && (sharedPeople > 0 || sharedOrganization));
    }

    private Profile profile(SessionJson session) {
        return profiles.computeIfAbsent(
                session.id(),
                id -> new Profile(
                        TitleWords.of(session.title()),
                        session.topics() == null ? Set.of() : new LinkedHashSet<>(session.topics()),
                        session.people() == null
                                ? Set.of()
                                : session.people().stream()
                                        .map(ParticipantJson::person)
                                        .collect(Collectors.toCollection(LinkedHashSet::new)),
                        session.organization() == null || session.organization().isBlank()
                                ? null
                                : session.organization().trim()));
    }

    /**
     * The session's organization and those of its people who are not in the other session: a shared person's
     * organization is in both sessions already through the person, and counted once, as the person.
     */
    private Set<String> organizations(Profile profile, Set<String> sharedPeople) {
        Set<String> organizations = new LinkedHashSet<>();
        if (profile.organization() != null) {
            organizations.add(profile.organization());
        }
        for (String person : profile.people()) {
            String organization = organizationOfPerson.get(person);
            if (organization != null && !sharedPeople.contains(person)) {
                organizations.add(organization);
            }
        }
        return organizations;
    }

    private static List<String> shared(Set<String> first, Set<String> second) {
        List<String> shared = new ArrayList<>();
        for (String item : first) {
            if (second.contains(item)) {
                shared.add(item);
            }
        }
        return shared;
    }
}
