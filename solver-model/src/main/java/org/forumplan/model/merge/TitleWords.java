package org.forumplan.model.merge;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.commons.text.similarity.CosineSimilarity;

/**
 * A title as the words that say what it is about, counted: lower case, split at anything that is not a letter or a
 * digit, without a bracketed label such as {@code [CB]} (a track's tag, shared by every session of the track) and
 * without {@link #STOP_WORDS}. Two titles compare by the cosine of their word counts (Apache Commons Text): 1 for the
 * same words, 0 for none in common.
 */
final class TitleWords {

    /**
     * Words that say nothing of what a proposal is about: the English words that join a title together, the words
     * for a session's format (how it is held), and the three that nearly every title of an internet governance forum
     * has. Two titles that share only these are not alike.
     */
    static final Set<String> STOP_WORDS = Set.of(("a about after against ahead all an and are as at be before between"
                    + " beyond by can do does for from how in into is it its of on or our over than that the their"
                    + " them they this through to toward towards under us versus vs we what when where which who why"
                    + " with within without"
                    + " flash forum panel roundtable session workshop"
                    + " digital internet online")
            .split(" "));

    private static final Pattern BRACKETED_LABEL = Pattern.compile("\\[[^\\]]*]");
    private static final Pattern NOT_A_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final CosineSimilarity COSINE = new CosineSimilarity();

    private TitleWords() {}

    /** The title's words that count, each with how often it occurs. */
    static Map<CharSequence, Integer> of(String title) {
        Map<CharSequence, Integer> counts = new HashMap<>();
        if (title == null) {
            return counts;
        }
        String text = BRACKETED_LABEL.matcher(title.toLowerCase(Locale.ROOT)).replaceAll(" ");
        for (String word : NOT_A_WORD.split(text)) {
            if (!word.isEmpty() && !STOP_WORDS.contains(word)) {
                counts.merge(word, 1, Integer::sum);
            }
        }
        return counts;
    }

    /**
     * The cosine of two titles' word counts, 0 to 1, to two decimals (the precision shown, so that the sums shown add
     * up); 0 when either has no word that counts.
     */
    static double similarity(Map<CharSequence, Integer> first, Map<CharSequence, Integer> second) {
        if (first.isEmpty() || second.isEmpty()) {
            return 0;
        }
        return ProposalSimilarity.rounded(COSINE.cosineSimilarity(first, second));
    }
}
