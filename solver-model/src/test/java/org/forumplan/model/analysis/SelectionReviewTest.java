package org.forumplan.model.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.util.List;
import java.util.Map;
import org.forumplan.model.analysis.SelectionReview.MixRow;
import org.forumplan.model.analysis.SelectionReview.TopicDepth;
import org.forumplan.model.domain.Programme;
import org.forumplan.model.domain.SpeakerPool;
import org.forumplan.model.io.TestDocument;
import org.forumplan.model.load.DatasetLoader;
import org.junit.jupiter.api.Test;

class SelectionReviewTest {

    /**
     * WS23 (placed, from a developing country, on child protection, p-017 government in Africa and p-018 civil society
     * in Africa) and WS24 (left out, on child protection and access, p-019 academia in Asia).
     */
    private static Programme twoWorkshopsOnePlaced() throws Exception {
        TestDocument document = TestDocument.minimal()
                .set("people[0].stakeholderGroup", "government")
                .set("people[0].region", "Africa")
                .set("people[1].stakeholderGroup", "civil_society")
                .set("people[1].region", "Africa")
                .setJson("people[2]", "{\"id\": \"p-019\", \"stakeholderGroup\": \"academia\", \"region\": \"Asia\"}")
                .setJson("topics[1]", "{\"id\": \"access\", \"name\": \"Access\"}")
                .set("sessions[0].developingCountry", true)
                .setJson("sessions[0].people[1]", "{\"person\": \"p-018\", \"role\": \"speaker\"}")
                .copy("sessions[0]")
                .set("sessions[2].id", "WS24")
                .set("sessions[2].developingCountry", false)
                .set("sessions[2].topics", List.of("child-protection", "access"))
                .setJson("sessions[2].people", "[{\"person\": \"p-019\", \"role\": \"speaker\"}]")
                .set("policy.selection.minShare.developingCountry", 0.5)
                .set("policy.selection.minStakeholderGroups", 3)
                .setJson("schedule", """
                        {"assignments": [{"session": "WS23", "room": "ws-01", "timeslot": "d1-0900"},
                          {"session": "MS-IANA", "room": "main-hall", "timeslot": "d1-0900"}],
                         "unscheduled": ["WS24"]}""");
        return DatasetLoader.load(document.read()).programme();
    }

    @Test
    void sharesTopicsPanelsAndMixAreCountedAmongTheSelectionsKinds() throws Exception {
        SelectionReview review = SelectionReview.of(twoWorkshopsOnePlaced());

        assertThat(review.kinds()).isEqualTo("workshops");
        assertThat(review.proposed()).isEqualTo(2);
        assertThat(review.placed()).isEqualTo(1);
        assertThat(review.shares()).singleElement().satisfies(share -> {
            assertThat(share.flagged()).isEqualTo(1);
            assertThat(share.placed()).isEqualTo(1);
            assertThat(share.needed()).isEqualTo(1);
            assertThat(share.met()).isTrue();
        });
        assertThat(review.topics())
                .containsExactly(
                        new TopicDepth("child-protection", "Online child protection", 2, 1),
                        new TopicDepth("access", "Access", 1, 0));
        assertThat(review.topicsCovered()).isEqualTo(1);
        assertThat(review.panels().byGroupCount()).isEqualTo(Map.of(2, 1));
        assertThat(review.panels().narrow()).containsExactly("WS23");
        assertThat(review.mix(SpeakerPool.Dimension.STAKEHOLDER_GROUP).rows())
                .containsExactly(
                        new MixRow("academia", 1, 0, 1 / 3.0, 0),
                        new MixRow("civil society", 1, 1, 1 / 3.0, 0.5),
                        new MixRow("government", 1, 1, 1 / 3.0, 0.5));
        assertThat(review.mix(SpeakerPool.Dimension.REGION).rows())
                .containsExactly(new MixRow("Africa", 2, 2, 2 / 3.0, 1), new MixRow("Asia", 1, 0, 1 / 3.0, 0));
        assertThat(review.mix(SpeakerPool.Dimension.REGION).widestGap()).isCloseTo(33.33, offset(0.01));
    }

    @Test
    void aProgrammeWithoutGoalsHasNoReview() throws Exception {
        assertThat(SelectionReview.of(
                        DatasetLoader.load(TestDocument.minimal().read()).programme()))
                .isNull();
    }
}
