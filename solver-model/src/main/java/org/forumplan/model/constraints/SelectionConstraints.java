package org.forumplan.model.constraints;

import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.conditionally;
import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.countBi;
import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.loadBalance;
import static org.forumplan.model.constraints.ForumConstraint.NARROW_PANEL;
import static org.forumplan.model.constraints.ForumConstraint.SHARE_SHORT_OF_TARGET;
import static org.forumplan.model.constraints.ForumConstraint.SPEAKER_MIX_BY_REGION;
import static org.forumplan.model.constraints.ForumConstraint.SPEAKER_MIX_BY_STAKEHOLDER_GROUP;
import static org.forumplan.model.constraints.ForumConstraint.TOPIC_COVERAGE_MISSED;

import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import ai.timefold.solver.core.api.score.stream.common.LoadBalance;
import java.math.RoundingMode;
import org.forumplan.model.constraints.justifications.ForumJustification;
import org.forumplan.model.domain.Selection;
import org.forumplan.model.domain.Session;
import org.forumplan.model.domain.ShareTarget;
import org.forumplan.model.domain.SpeakerPool;

/**
 * The medium constraints of the MAG's selection goals ({@code policy.selection}), part of
 * {@link ForumConstraintProvider}: each is weighed 0, and so not evaluated, unless the dataset sets its goal
 * ({@code ConstraintWeights.offForGoalsNotSet}). They judge the programme as a whole (shares, topics, the speakers'
 * mix) where the provider's other constraints judge sessions and their neighbours.
 */
final class SelectionConstraints {

    private SelectionConstraints() {}

    /**
     * The MAG gives space to developing countries, first-time organisers and new topics: at least a share of the placed
     * sessions of the selection's kinds carries each flag it names. Penalty: per flag, the flagged sessions missing
     * from the share, rounded up, so the solver weighs each against the proposal value it would give up.
     */
    static Constraint shareShortOfTarget(ConstraintFactory factory) {
        return factory.forEach(Session.class)
                .filter(Session::isInSelection)
                .join(ShareTarget.class)
                .groupBy(
                        (session, target) -> target,
                        countBi(),
                        conditionally((session, target) -> target.flag().isSetOn(session), countBi()))
                .filter((target, placed, flagged) -> target.shortfall(placed, flagged) > 0)
                .penalizeLong(
                        SHARE_SHORT_OF_TARGET.defaultWeight(),
                        (target, placed, flagged) -> target.shortfall(placed, flagged))
                .justifyWith((target, placed, flagged, score) -> ForumJustification.shareShort(target, placed, flagged))
                .asConstraint(SHARE_SHORT_OF_TARGET.constraintName());
    }

    /**
     * The selection covers as many topics as it can before it deepens one: the k-th placed session on a topic adds
     * 1/k of what the first adds ({@link Selection#coverageOfKth}). Penalty: per topic, what its proposals left out
     * would add, so a topic's first session is worth most.
     */
    static Constraint topicCoverageMissed(ConstraintFactory factory) {
        return factory.forEachIncludingUnassigned(Session.class)
                .filter(Session::hasCoverageTopics)
                .flatten(Session::getCoverageTopics)
                .groupBy(
                        (session, topic) -> topic,
                        countBi(),
                        conditionally((session, topic) -> session.isPlaced(), countBi()))
                .filter((topic, proposed, placed) -> placed < proposed)
                .penalizeLong(
                        TOPIC_COVERAGE_MISSED.defaultWeight(),
                        (topic, proposed, placed) -> Selection.coverageMissed(proposed, placed))
                .justifyWith(
                        (topic, proposed, placed, score) -> ForumJustification.coverageMissed(topic, proposed, placed))
                .asConstraint(TOPIC_COVERAGE_MISSED.constraintName());
    }

    /**
     * Panels are diverse: a placed session's people span at least the selection's number of stakeholder groups.
     * Penalty: the groups missing. A session none of whose people has a known group is not judged.
     */
    static Constraint narrowPanel(ConstraintFactory factory) {
        return factory.forEach(Session.class)
                .filter(session -> session.getMissingStakeholderGroups() > 0)
                .penalizeLong(NARROW_PANEL.defaultWeight(), Session::getMissingStakeholderGroups)
                .justifyWith((session, score) -> ForumJustification.narrowPanel(session))
                .asConstraint(NARROW_PANEL.constraintName());
    }

    /**
     * The programme's speakers by stakeholder group stay near the proposals' own mix: each group's proposed panel
     * places are placed at the same rate. Penalty: Timefold's unfairness of those rates, in tenths of a speaker
     * ({@link SpeakerPool#load}).
     */
    static Constraint speakerMixByStakeholderGroup(ConstraintFactory factory) {
        return speakerMix(factory, SPEAKER_MIX_BY_STAKEHOLDER_GROUP, SpeakerPool.Dimension.STAKEHOLDER_GROUP);
    }

    /** As {@link #speakerMixByStakeholderGroup}, by region. */
    static Constraint speakerMixByRegion(ConstraintFactory factory) {
        return speakerMix(factory, SPEAKER_MIX_BY_REGION, SpeakerPool.Dimension.REGION);
    }

    /**
     * The placed panel places of each pool of a dimension, a pool with none placed included (the complement), balanced
     * by the share of the pool's proposed places they fill: equal shares are the proposals' own mix.
     */
    private static Constraint speakerMix(
            ConstraintFactory factory, ForumConstraint constraint, SpeakerPool.Dimension dimension) {
        return factory.forEach(Session.class)
                .filter(Session::hasSpeakerPools)
                .flatten(Session::getSpeakerPools)
                .groupBy((session, pool) -> pool, countBi())
                .complement(SpeakerPool.class, pool -> 0)
                .filter((pool, placed) -> pool.dimension() == dimension)
                .groupBy(loadBalance((pool, placed) -> pool, (pool, placed) -> pool.load(placed)))
                .penalizeLong(constraint.defaultWeight(), SelectionConstraints::tenthsOfASpeaker)
                .justifyWith((balance, score) -> ForumJustification.speakerMix(dimension, balance))
                .asConstraint(constraint.constraintName());
    }

    private static long tenthsOfASpeaker(LoadBalance<SpeakerPool> balance) {
        // Loads are in ten-thousandths of a speaker, for precision; the penalty is in tenths.
        return balance.unfairness()
                .movePointLeft(3)
                .setScale(0, RoundingMode.HALF_UP)
                .longValue();
    }
}
