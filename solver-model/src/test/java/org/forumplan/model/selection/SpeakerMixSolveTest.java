package org.forumplan.model.selection;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.forumplan.model.domain.Programme;
import org.forumplan.model.domain.Session;
import org.forumplan.model.io.TestDocument;
import org.forumplan.model.load.DatasetLoader;
import org.forumplan.model.solver.ForumSolver;
import org.forumplan.model.solver.SolverSettings;
import org.junit.jupiter.api.Test;

/** The speaker mix on a small forum: balance never pays for leaving the programme empty. */
class SpeakerMixSolveTest {

    @Test
    void aSmallForumWithTheSpeakerMixStillPlacesItsProposals() throws Exception {
        // Three places for workshops (two rooms, two timeslots, the main session in one) and three proposals whose
        // people come from three stakeholder groups and regions: placing any of them unbalances the mix a little.
        TestDocument document = TestDocument.minimal()
                .set("people[0].stakeholderGroup", "government")
                .set("people[0].region", "Africa")
                .set("people[1].stakeholderGroup", "civil_society")
                .set("people[1].region", "Asia-Pacific")
                .setJson("sessions[0].people[1]", "{\"person\": \"p-018\", \"role\": \"speaker\"}")
                .copy("sessions[0]")
                .set("sessions[2].id", "WS24")
                .setJson("sessions[2].people", "[{\"person\": \"p-017\", \"role\": \"moderator\"}]")
                .copy("sessions[0]")
                .set("sessions[3].id", "WS25")
                .setJson("sessions[3].people", "[{\"person\": \"p-018\", \"role\": \"moderator\"}]")
                .set("policy.selection.speakerMix", true);
        Programme problem = DatasetLoader.load(document.read()).programme();

        Programme solved = new ForumSolver(SolverSettings.withTimeLimit(Duration.ofSeconds(2)), problem)
                .solve(problem, progress -> {}, Duration.ofSeconds(1))
                .best();

        assertThat(solved.getSessions()).allMatch(Session::isPlaced);
    }
}
