package org.forumplan.model.selection;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.forumplan.model.analysis.GoalCost;
import org.forumplan.model.io.DatasetJson;
import org.forumplan.model.io.TestDocument;
import org.forumplan.model.load.DatasetLoader;
import org.forumplan.model.load.DatasetLoader.LoadedDataset;
import org.junit.jupiter.api.Test;

class GoalCostsTest {

    /**
     * Three places for workshops (two rooms, two timeslots, the main session in one), four proposals: three worth 100
     * (evaluation 5), one from a developing country worth 30. A third of the workshops from developing countries, at a
     * weight above the 70 the swap costs, takes the weak proposal in.
     */
    private static DatasetJson fourProposalsForThreePlaces() throws Exception {
        TestDocument document = TestDocument.minimal()
                .remove("sessions[0].people")
                .set("sessions[0].evaluation", 5.0)
                .set("policy.selection.minShare.developingCountry", 0.3)
                .set("policy.weights.Share short of target", "0hard/-200medium/0soft");
        for (int i = 2; i <= 4; i++) {
            document.copy("sessions[0]").set("sessions[%d].id".formatted(i), "WS%d".formatted(22 + i));
        }
        return document.set("sessions[4].evaluation", 1.0)
                .set("sessions[4].developingCountry", true)
                .read();
    }

    @Test
    void aShareThatTakesAWeakProposalInCostsTheValueOfTheStrongOneItDisplaces() throws Exception {
        LoadedDataset loaded = DatasetLoader.load(fourProposalsForThreePlaces());

        List<GoalCost> costs = GoalCosts.measure(loaded.document(), loaded.programme(), Duration.ofSeconds(2), 0);

        assertThat(costs).singleElement().satisfies(cost -> {
            assertThat(cost.goal()).isEqualTo("developing-country share");
            assertThat(cost.with()).isEqualTo("33.3%");
            assertThat(cost.without()).isEqualTo("0%");
            assertThat(cost.valueLeftOut()).isEqualTo(100);
            assertThat(cost.valueLeftOutWithout()).isEqualTo(30);
            assertThat(cost.valueGivenUp()).isEqualTo(70);
        });
    }

    @Test
    void noTimeOrNoGoalMeasuresNothing() throws Exception {
        LoadedDataset withGoal = DatasetLoader.load(fourProposalsForThreePlaces());
        LoadedDataset withoutGoal = DatasetLoader.load(TestDocument.minimal().read());

        assertThat(GoalCosts.measure(withGoal.document(), withGoal.programme(), Duration.ZERO, 0))
                .isEmpty();
        assertThat(GoalCosts.measure(withoutGoal.document(), withoutGoal.programme(), Duration.ofSeconds(1), 0))
                .isEmpty();
    }
}
