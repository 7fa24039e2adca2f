package org.forumplan.model.problem;

import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;

/** Finds the known name closest to a misspelt one, for "did you mean" hints. */
public final class Suggestions {

    private Suggestions() {}

    /**
     * The candidate with the smallest edit distance to {@code given}, ignoring case, if it is close enough to be a
     * plausible typo: at most a third of the longer name's characters differ.
     */
    public static Optional<String> closest(String given, Collection<String> candidates) {
        String needle = given.toLowerCase(Locale.ROOT);
        return candidates.stream()
                .min(Comparator.comparingInt(
                        (String candidate) -> editDistance(needle, candidate.toLowerCase(Locale.ROOT))))
                .filter(candidate -> {
                    int distance = editDistance(needle, candidate.toLowerCase(Locale.ROOT));
                    return distance <= Math.max(1, Math.max(needle.length(), candidate.length()) / 3);
                });
    }

    /** "; did you mean "capacity"?" or the empty string. */
    public static String didYouMean(String given, Collection<String> candidates) {
        return closest(given, candidates)
                .map(candidate -> "; did you mean \"" + candidate + "\"?")
                .orElse("");
    }

    /** Levenshtein distance: insertions, deletions and substitutions each cost 1. */
    static int editDistance(String left, String right) {
        int[] previous = new int[right.length() + 1];
        int[] current = new int[right.length() + 1];
        for (int j = 0; j <= right.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= left.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= right.length(); j++) {
                int substitution = previous[j - 1] + (left.charAt(i - 1) == right.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[right.length()];
    }
}
