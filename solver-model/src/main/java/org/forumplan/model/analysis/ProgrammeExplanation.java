package org.forumplan.model.analysis;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * Everything {@code forumplan explain} says about a programme: its score recomputed from the data, the constraints
 * that cost, the sessions that cost most, and why each optional proposal is out.
 *
 * @param storedScore the score the file claimed, or null; shown only to point out a difference
 * @param constraints constraints that cost anything, worst first
 * @param sessions every session involved in a match, costliest first
 * @param unscheduledMandatory mandatory sessions without a placement
 * @param selection how far the programme meets the dataset's selection goals; null when it sets none
 */
public record ProgrammeExplanation(
        String forumName,
        HardMediumSoftLongScore score,
        String storedScore,
        List<ConstraintExplanation> constraints,
        List<SessionCost> sessions,
        List<String> unscheduledMandatory,
        List<ProposalDiagnosis> unscheduledProposals,
        String verdict,
        SelectionReview selection) {

    /** This explanation with another review of the selection, e.g. one with the goals' costs measured. */
    public ProgrammeExplanation withSelection(SelectionReview review) {
        return new ProgrammeExplanation(
                forumName,
                score,
                storedScore,
                constraints,
                sessions,
                unscheduledMandatory,
                unscheduledProposals,
                verdict,
                review);
    }

    @JsonProperty("feasible")
    public boolean feasible() {
        return score.isFeasible();
    }
}
