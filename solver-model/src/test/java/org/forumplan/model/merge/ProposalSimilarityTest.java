package org.forumplan.model.merge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.forumplan.model.merge.Proposals.workshop;

import java.util.List;
import org.forumplan.model.io.DatasetJson;
import org.forumplan.model.io.TestDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Why two proposals are alike, part by part, on hand-made proposals of the minimal test forum. */
class ProposalSimilarityTest {

    private static final String NEUTRALITY = "net-neutrality";
    private static final String ACCESS = "access";

    private ProposalSimilarity similarity;

    @BeforeEach
    void peopleWithOrganizations() throws Exception {
        DatasetJson document = TestDocument.minimal()
                .set("people[0].organization", "ISOC")
                .set("people[1].organization", "ISOC")
                .setJson("people[2]", "{\"id\": \"p-019\", \"name\": \"C. Speaker\", \"organization\": \"ITU\"}")
                .read();
        similarity = new ProposalSimilarity(document);
    }

    @Test
    void similarTitlesOnOneTopicSuggestMergingWithTheirReasons() {
        PairSimilarity pair = similarity.compare(
                workshop("WS81", "Network Neutrality in Emerging Markets", List.of(NEUTRALITY), List.of(), null),
                workshop("WS104", "Net Neutrality in Emerging Markets", List.of(NEUTRALITY), List.of(), null));

        assertThat(pair.title()).isEqualTo(0.75);
        assertThat(pair.topics()).isEqualTo(1.0);
        assertThat(pair.similarity()).isEqualTo(1.75);
        assertThat(pair.suggestsMerging()).isTrue();
        assertThat(pair.reasons()).containsExactly("shared topic: net-neutrality", "title similarity 0.75");
        assertThat(pair.terms()).isEqualTo("1.75 = title 0.75 + topics 1.00");
    }

    @Test
    void topicOverlapIsSharedTopicsOverAllTopicsOfTheTwo() {
        PairSimilarity pair = similarity.compare(
                workshop("WS1", "Zero-rating and Access", List.of(ACCESS, NEUTRALITY), List.of(), null),
                workshop("WS2", "Zero-rating in Africa", List.of(NEUTRALITY, "growth"), List.of(), null));

        assertThat(pair.topics()).isEqualTo(0.33);
        assertThat(pair.sharedTopics()).containsExactly(NEUTRALITY);
    }

    @Test
    void aSharedTopicAloneDoesNotSuggestMerging() {
        PairSimilarity pair = similarity.compare(
                workshop("WS1", "Spectrum for Rural Areas", List.of(ACCESS), List.of(), null),
                workshop("WS2", "Community Networks", List.of(ACCESS), List.of(), null));

        assertThat(pair.title()).isZero();
        assertThat(pair.suggestsMerging()).isFalse();
    }

    @Test
    void identicalTitlesOnDifferentTopicsDoNotSuggestMerging() {
        PairSimilarity pair = similarity.compare(
                workshop("WS1", "Community Networks", List.of(ACCESS), List.of(), null),
                workshop("WS2", "Community Networks", List.of("growth"), List.of(), null));

        assertThat(pair.title()).isEqualTo(1.0);
        assertThat(pair.suggestsMerging()).isFalse();
    }

    @Test
    void aSharedPersonCountsOnceNotAlsoAsTheirOrganization() {
        PairSimilarity pair = similarity.compare(
                workshop("WS1", "Spectrum for Rural Broadband", List.of(ACCESS), List.of("p-017"), null),
                workshop("WS2", "Broadband Mapping", List.of(ACCESS), List.of("p-017", "p-019"), null));

        assertThat(pair.sharedPeople()).containsExactly("p-017");
        assertThat(pair.sharedOrganizations()).isEmpty();
        assertThat(pair.title()).isEqualTo(0.41);
        assertThat(pair.similarity()).isEqualTo(1.66);
        assertThat(pair.suggestsMerging())
                .as("someone behind both, and a title word in common")
                .isTrue();
        assertThat(pair.reasons()).contains("shared person p-017");
    }

    @Test
    void peopleOfOneOrganizationMakeItShared() {
        PairSimilarity pair = similarity.compare(
                workshop("WS1", "Spectrum for Rural Broadband", List.of(ACCESS), List.of("p-017"), null),
                workshop("WS2", "Broadband Mapping", List.of(ACCESS), List.of("p-018"), "Open Net"));

        assertThat(pair.sharedPeople()).isEmpty();
        assertThat(pair.sharedOrganizations()).containsExactly("ISOC");
        assertThat(pair.reasons()).contains("both from ISOC");
        assertThat(pair.terms()).isEqualTo("1.66 = title 0.41 + topics 1.00 + shared organization 0.25");
    }

    @Test
    void someoneBehindBothWithoutATitleWordInCommonDoesNotSuggestMerging() {
        PairSimilarity pair = similarity.compare(
                workshop("WS1", "Spectrum Auctions", List.of(ACCESS), List.of("p-017"), "ISOC"),
                workshop("WS2", "Community Networks", List.of(ACCESS), List.of("p-017"), "ISOC"));

        assertThat(pair.similarity()).isEqualTo(1.5);
        assertThat(pair.suggestsMerging()).isFalse();
    }

    @Test
    void onlyThePeopleCountedAddUp() {
        PairSimilarity pair = similarity.compare(
                workshop("WS1", "Community Networks", List.of(ACCESS), List.of("p-017", "p-018", "p-019"), null),
                workshop("WS2", "Community Networks", List.of(ACCESS), List.of("p-017", "p-018", "p-019"), null));

        assertThat(pair.sharedPeople()).hasSize(3);
        assertThat(pair.similarity())
                .isEqualTo(1
                        + 1
                        + ProposalSimilarity.MOST_SHARED_PEOPLE_COUNTED * ProposalSimilarity.WEIGHT_PER_SHARED_PERSON);
    }

    @Test
    void trackLabelsFormatWordsAndJoiningWordsAreNotTitleWords() {
        PairSimilarity pair = similarity.compare(
                workshop("WS1", "[CB] Workshop: The Internet and the Youth", List.of(ACCESS), List.of(), null),
                workshop("WS2", "[CB] Workshop: Internet for Children Online", List.of(ACCESS), List.of(), null));

        assertThat(TitleWords.of("[CB] Workshop: The Internet and the Youth")).containsOnlyKeys("youth");
        assertThat(pair.title()).isZero();
    }

    @Test
    void proposalsWithoutTopicsMergeOnTheirTitles() {
        PairSimilarity pair = similarity.compare(
                workshop("WS1", "Community Networks in Africa", null, List.of(), null),
                workshop("WS2", "Community Networks for Africa", null, List.of(), null));

        assertThat(pair.topics()).isZero();
        assertThat(pair.suggestsMerging()).isTrue();
    }
}
