package org.forumplan.model.selection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.forumplan.model.domain.SessionKind;
import org.forumplan.model.io.SelectionJson;
import org.forumplan.model.io.SelectionJson.MinShareJson;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SelectionGoalTest {

    private static final SelectionJson EVERY_GOAL = new SelectionJson(
            List.of(SessionKind.WORKSHOP, SessionKind.OPEN_FORUM), new MinShareJson(0.4, 0.16, 0.1), true, 3, true);

    @ParameterizedTest
    @EnumSource(SelectionGoal.class)
    void takingAGoalAwayKeepsTheKindsAndEveryOtherGoal(SelectionGoal goal) {
        SelectionJson without = goal.without(EVERY_GOAL);

        assertThat(without.kinds()).isEqualTo(EVERY_GOAL.kinds());
        assertThat(without.minShare().developingCountry())
                .isEqualTo(goal == SelectionGoal.DEVELOPING_COUNTRY_SHARE ? null : 0.4);
        assertThat(without.minShare().firstTime()).isEqualTo(goal == SelectionGoal.FIRST_TIME_SHARE ? null : 0.16);
        assertThat(without.minShare().newTopic()).isEqualTo(goal == SelectionGoal.NEW_TOPIC_SHARE ? null : 0.1);
        assertThat(without.topicCoverage()).isEqualTo(goal != SelectionGoal.TOPIC_COVERAGE);
        assertThat(without.minStakeholderGroups()).isEqualTo(goal == SelectionGoal.BALANCED_PANELS ? null : 3);
        assertThat(without.speakerMix()).isEqualTo(goal != SelectionGoal.SPEAKER_MIX);
    }

    @ParameterizedTest
    @EnumSource(SelectionGoal.class)
    void goalsWithoutSharesLoseNothingElse(SelectionGoal goal) {
        SelectionJson noShares = new SelectionJson(null, null, true, 2, true);

        SelectionJson without = goal.without(noShares);

        assertThat(without.kinds()).isNull();
        assertThat(without.minShare().developingCountry()).isNull();
    }
}
