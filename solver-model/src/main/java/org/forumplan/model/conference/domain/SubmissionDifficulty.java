package org.forumplan.model.conference.domain;

import java.util.Comparator;

/** The longest submissions are the hardest to place, then those with most conflicts; the reference breaks ties. */
public class SubmissionDifficulty implements Comparator<Submission> {

    private static final Comparator<Submission> ORDER = Comparator.comparingInt(Submission::getLength)
            .thenComparingInt(Submission::conflictCount)
            .thenComparing(Submission::getReference, Comparator.reverseOrder());

    @Override
    public int compare(Submission first, Submission second) {
        return ORDER.compare(first, second);
    }
}
