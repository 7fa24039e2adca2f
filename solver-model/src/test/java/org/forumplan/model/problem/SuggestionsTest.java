package org.forumplan.model.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SuggestionsTest {

    private static final List<String> ROOM_FIELDS =
            List.of("id", "name", "capacity", "features", "kinds", "unavailable");

    @Test
    void oneLetterTypoSuggestsTheKnownName() {
        assertThat(Suggestions.closest("capcity", ROOM_FIELDS)).contains("capacity");
    }

    @Test
    void closestOfSeveralCandidatesWins() {
        assertThat(Suggestions.closest("d1-900", List.of("d1-1100", "d1-0900", "d2-0900")))
                .contains("d1-0900");
    }

    @Test
    void caseIsIgnoredButTheCandidateIsReturnedAsSpelt() {
        assertThat(Suggestions.closest("FLASH", List.of("regular", "flash"))).contains("flash");
        assertThat(Suggestions.closest("topic clash", List.of("Topic clash", "Track clash")))
                .contains("Topic clash");
    }

    @Test
    void unrelatedNameGetsNoSuggestion() {
        assertThat(Suggestions.closest("banana", ROOM_FIELDS)).isEmpty();
    }

    @Test
    void noCandidatesGiveNoSuggestion() {
        assertThat(Suggestions.closest("capacity", List.of())).isEmpty();
    }

    @ParameterizedTest(name = "{0} -> {1}: {2}")
    @CsvSource({
        // at most a third of the longer name's characters may differ
        "sessoins, sessions, true", // 2 edits in 8 characters
        "sesoins, sessions, true",
        "ssoins, sessions, false", // 3 edits in 8 characters
        "cir, cri, false", // a swap is 2 edits, more than 1 in 3 characters
        "ab, ac, true", // short names: 1 edit is always close enough
        "ab, xy, false"
    })
    void closeEnoughIsAtMostAThirdOfTheLongerName(String given, String candidate, boolean suggested) {
        assertThat(Suggestions.closest(given, List.of(candidate)).isPresent()).isEqualTo(suggested);
    }

    @Test
    void didYouMeanPhrasesTheSuggestionOrSaysNothing() {
        assertThat(Suggestions.didYouMean("capcity", ROOM_FIELDS)).isEqualTo("; did you mean \"capacity\"?");
        assertThat(Suggestions.didYouMean("banana", ROOM_FIELDS)).isEmpty();
    }

    @ParameterizedTest(name = "{0} / {1} = {2}")
    @CsvSource({
        "kitten, sitting, 3",
        "flaw, lawn, 2",
        "capcity, capacity, 1",
        "abc, abc, 0",
        "'', abc, 3",
        "abc, '', 3",
        "ab, ba, 2"
    })
    void editDistanceCountsInsertionsDeletionsAndSubstitutions(String left, String right, int distance) {
        assertThat(Suggestions.editDistance(left, right)).isEqualTo(distance);
        assertThat(Suggestions.editDistance(right, left)).isEqualTo(distance);
    }
}
