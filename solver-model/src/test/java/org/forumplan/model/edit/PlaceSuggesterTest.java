package org.forumplan.model.edit;

import static org.assertj.core.api.Assertions.assertThat;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import java.util.List;
import java.util.Random;
import org.forumplan.model.domain.Placement;
import org.forumplan.model.domain.Programme;
import org.forumplan.model.domain.Session;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A suggestion's score is exactly the programme's score once the session is moved there. */
class PlaceSuggesterTest {

    private static Programme solved;
    private static SolutionManager<Programme, HardMediumSoftLongScore> solutionManager;

    @BeforeAll
    static void solveTheRegionalForumBriefly() throws Exception {
        SolvedRegionalForum forum = SolvedRegionalForum.solve();
        solved = forum.programme();
        solutionManager = forum.solutionManager();
    }

    @Test
    void everySuggestionScoresWhatTheMoveScores() {
        Random random = new Random(7);
        PlaceSuggester suggester = new PlaceSuggester();
        List<Session> movable = solved.getSessions().stream()
                .filter(session -> !session.isPinned())
                .toList();
        for (int i = 0; i < 6; i++) {
            Session session = movable.get(random.nextInt(movable.size()));
            Placement current = session.getPlacement();
            HardMediumSoftLongScore now = solutionManager.update(solved);

            List<PlaceSuggestion> places = suggester.suggest(solved, session);

            assertThat(session.getPlacement()).isSameAs(current);
            assertThat(places).hasSize(session.getPossiblePlacements().size());
            assertThat(places).isSortedAccordingTo((a, b) -> b.score().compareTo(a.score()));
            for (PlaceSuggestion place : places.subList(0, Math.min(12, places.size()))) {
                session.setPlacement(place.placement());
                assertThat(solutionManager.update(solved))
                        .as(session + " at " + place.placement())
                        .isEqualTo(place.score());
                assertThat(place.change()).isEqualTo(place.score().subtract(now));
            }
            session.setPlacement(current);
            if (current != null) {
                PlaceSuggestion stay = places.stream()
                        .filter(place -> place.placement() == current)
                        .findFirst()
                        .orElseThrow();
                assertThat(stay.change()).isEqualTo(HardMediumSoftLongScore.ZERO);
                assertThat(stay.constraints()).isEmpty();
            }
        }
    }

    @Test
    void aPlaceThatCostsMoreSaysWhichConstraintsAndWhy() {
        PlaceSuggester suggester = new PlaceSuggester();
        Session session = solved.getSessions().stream()
                .filter(candidate -> !candidate.isPinned() && candidate.isPlaced())
                .findFirst()
                .orElseThrow();

        PlaceSuggestion worst = suggester.suggest(solved, session).stream()
                .reduce((first, second) -> second)
                .orElseThrow();

        assertThat(worst.change().compareTo(HardMediumSoftLongScore.ZERO)).isNegative();
        HardMediumSoftLongScore total = worst.constraints().stream()
                .map(PlaceSuggestion.ConstraintChange::change)
                .reduce(HardMediumSoftLongScore.ZERO, HardMediumSoftLongScore::add);
        assertThat(total).isEqualTo(worst.change());
        assertThat(worst.constraints())
                .anySatisfy(constraint -> assertThat(constraint.reasons()).isNotEmpty());
    }

    @Test
    void aProposalTakingAnothersPlaceScoresWhatThatExchangeScores() {
        List<Session> placedProposals = solved.getSessions().stream()
                .filter(session -> !session.isMandatory() && !session.isPinned() && session.isPlaced())
                .toList();
        Session proposal = placedProposals.get(0);
        Placement own = proposal.getPlacement();
        proposal.setPlacement(null);
        try {
            PlaceSuggester.Replacement replacement =
                    new PlaceSuggester().bestReplacement(solved, proposal).orElseThrow();

            assertThat(proposal.isPlaced()).isFalse();
            assertThat(replacement.replaced().isMandatory()).isFalse();
            HardMediumSoftLongScore before = solutionManager.update(solved);
            Placement theirs = replacement.replaced().getPlacement();
            replacement.replaced().setPlacement(null);
            proposal.setPlacement(replacement.placement());
            assertThat(solutionManager.update(solved)).isEqualTo(replacement.score());
            assertThat(replacement.change()).isEqualTo(replacement.score().subtract(before));
            replacement.replaced().setPlacement(theirs);
        } finally {
            proposal.setPlacement(own);
            solutionManager.update(solved);
        }
    }
}
