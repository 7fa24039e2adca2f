package org.forumplan.model.analysis;

import java.util.List;

/**
 * Why an optional proposal is out of the programme.
 *
 * @param value what leaving it out costs (the Proposal unscheduled penalty)
 * @param possiblePlacements places that fit its kind, duration, features and availability
 * @param freePlacements of those, places where it would break no hard constraint right now
 * @param blockers what stands in the way of the other places, each with how many places it blocks
 * @param holders the placed sessions in the rooms and times it could take that the reason names: at most five
 *     mandatory ones, five of equal or higher value and five of lower value, mandatory first, then highest value first
 * @param holderCount how many placed sessions hold those rooms and times in all
 * @param reason the diagnosis in one sentence
 */
public record ProposalDiagnosis(
        String sessionId,
        String title,
        int value,
        Double evaluation,
        int possiblePlacements,
        int freePlacements,
        List<Blocker> blockers,
        List<Holder> holders,
        int holderCount,
        String reason) {

    /** One reason a place is not open to the proposal, and how many places it closes. */
    public record Blocker(String reason, int places) {}

    /**
     * A placed session sitting in a room and time the proposal could take.
     *
     * @param value its proposal value, or null for a mandatory session
     */
    public record Holder(String sessionId, boolean mandatory, Integer value) {}
}
