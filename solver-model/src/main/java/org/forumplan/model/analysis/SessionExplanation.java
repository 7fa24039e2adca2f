package org.forumplan.model.analysis;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import java.util.List;

/**
 * Everything {@code explain --session} says about one session.
 *
 * @param placement e.g. "ws-02, Wed 3 Sep 09:00-10:30", or null when unplaced
 * @param cost what the matches it is involved in cost together
 * @param constraints the constraints it is involved in, with only its own matches
 * @param diagnosis why it is out, for an unplaced optional proposal; else null
 */
public record SessionExplanation(
        String sessionId,
        String title,
        String kind,
        boolean mandatory,
        boolean pinned,
        Integer proposalValue,
        String placement,
        int possiblePlacements,
        HardMediumSoftLongScore cost,
        List<ConstraintExplanation> constraints,
        ProposalDiagnosis diagnosis) {}
