package org.forumplan.model.selection;

import java.util.Arrays;
import java.util.List;
import org.forumplan.model.analysis.SelectionReview;
import org.forumplan.model.domain.Selection;
import org.forumplan.model.domain.SelectionFlag;
import org.forumplan.model.domain.ShareTarget;
import org.forumplan.model.domain.SpeakerPool;
import org.forumplan.model.io.DatasetJson;
import org.forumplan.model.io.SelectionJson;
import org.forumplan.model.io.SelectionJson.MinShareJson;

/**
 * One goal of {@code policy.selection} that can be taken away on its own, to see what it costs: each share, topic
 * coverage, balanced panels, the speaker mix.
 */
public enum SelectionGoal {
    DEVELOPING_COUNTRY_SHARE("developing-country share"),
    FIRST_TIME_SHARE("first-time share"),
    NEW_TOPIC_SHARE("new-topic share"),
    TOPIC_COVERAGE("topic coverage"),
    BALANCED_PANELS("balanced panels"),
    SPEAKER_MIX("speaker mix");

    private final String label;

    SelectionGoal(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The goals the selection sets, in this order. */
    public static List<SelectionGoal> setIn(Selection selection) {
        return Arrays.stream(values()).filter(goal -> goal.isSetIn(selection)).toList();
    }

    public boolean isSetIn(Selection selection) {
        return switch (this) {
            case DEVELOPING_COUNTRY_SHARE, FIRST_TIME_SHARE, NEW_TOPIC_SHARE ->
                selection.shares().stream().anyMatch(share -> share.flag() == flag());
            case TOPIC_COVERAGE -> selection.topicCoverage();
            case BALANCED_PANELS -> selection.minStakeholderGroups() > 0;
            case SPEAKER_MIX -> selection.speakerMix();
        };
    }

    /** The dataset without this goal, its other goals kept. */
    public DatasetJson withoutIn(DatasetJson dataset) {
        return dataset.withPolicy(
                dataset.policy().withSelection(without(dataset.policy().selection())));
    }

    /** The dataset's goals without this one. */
    public SelectionJson without(SelectionJson goals) {
        MinShareJson shares = goals.minShare() == null ? new MinShareJson(null, null, null) : goals.minShare();
        return switch (this) {
            case DEVELOPING_COUNTRY_SHARE ->
                withShares(goals, new MinShareJson(null, shares.firstTime(), shares.newTopic()));
            case FIRST_TIME_SHARE ->
                withShares(goals, new MinShareJson(shares.developingCountry(), null, shares.newTopic()));
            case NEW_TOPIC_SHARE ->
                withShares(goals, new MinShareJson(shares.developingCountry(), shares.firstTime(), null));
            case TOPIC_COVERAGE ->
                new SelectionJson(goals.kinds(), shares, false, goals.minStakeholderGroups(), goals.speakerMix());
            case BALANCED_PANELS ->
                new SelectionJson(goals.kinds(), shares, goals.topicCoverage(), null, goals.speakerMix());
            case SPEAKER_MIX ->
                new SelectionJson(goals.kinds(), shares, goals.topicCoverage(), goals.minStakeholderGroups(), false);
        };
    }

    /** What the goal asks for, measured on a programme: "40%", "12 of 14 topics", "3 narrow panels", "gap 4 pts". */
    public String measure(SelectionReview review) {
        return switch (this) {
            case DEVELOPING_COUNTRY_SHARE, FIRST_TIME_SHARE, NEW_TOPIC_SHARE ->
                ShareTarget.percent(review.share(flag().key()).share());
            case TOPIC_COVERAGE ->
                "%d of %d topics, at most %d on one"
                        .formatted(review.topicsCovered(), review.topics().size(), review.deepestTopic());
            case BALANCED_PANELS ->
                "%d narrow panels".formatted(review.panels().narrow().size());
            case SPEAKER_MIX ->
                "widest gap %.1f pts by group, %.1f pts by region"
                        .formatted(
                                review.mix(SpeakerPool.Dimension.STAKEHOLDER_GROUP)
                                        .widestGap(),
                                review.mix(SpeakerPool.Dimension.REGION).widestGap());
        };
    }

    private SelectionFlag flag() {
        return switch (this) {
            case DEVELOPING_COUNTRY_SHARE -> SelectionFlag.DEVELOPING_COUNTRY;
            case FIRST_TIME_SHARE -> SelectionFlag.FIRST_TIME;
            case NEW_TOPIC_SHARE -> SelectionFlag.NEW_TOPIC;
            default -> throw new IllegalStateException(this + " is not a share");
        };
    }

    private static SelectionJson withShares(SelectionJson goals, MinShareJson shares) {
        return new SelectionJson(
                goals.kinds(), shares, goals.topicCoverage(), goals.minStakeholderGroups(), goals.speakerMix());
    }
}
