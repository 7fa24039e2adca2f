package org.forumplan.model.edit;

import static org.assertj.core.api.Assertions.assertThat;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import java.time.Duration;
import java.util.List;
import org.forumplan.model.domain.Placement;
import org.forumplan.model.domain.Programme;
import org.forumplan.model.domain.Session;
import org.forumplan.model.io.TestDocument;
import org.forumplan.model.load.DatasetLoader;
import org.forumplan.model.solver.ForumSolver;
import org.forumplan.model.solver.SolverSettings;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Other places for many sessions at once: each exact, none breaking a hard constraint, bounded by the time given. */
class OtherPlacesTest {

    private static Programme solved;
    private static SolutionManager<Programme, HardMediumSoftLongScore> solutionManager;

    @BeforeAll
    static void solveTheRegionalForumBriefly() throws Exception {
        SolvedRegionalForum forum = SolvedRegionalForum.solve();
        solved = forum.programme();
        solutionManager = forum.solutionManager();
    }

    @Test
    void eachPlacedSessionGetsItsBestOtherPlacesEachScoringWhatTheMoveScores() {
        List<Session> placed = solved.getSessions().stream()
                .filter(session -> session.isPlaced() && !session.isPinned())
                .limit(5)
                .toList();
        HardMediumSoftLongScore now = solutionManager.update(solved);

        OtherPlaces.Found found = new OtherPlaces().find(solved, placed, 3, Duration.ofMinutes(5));

        assertThat(found.complete()).isTrue();
        assertThat(found.options())
                .containsOnlyKeys(placed.stream().map(Session::getId).toList());
        for (Session session : placed) {
            Placement current = session.getPlacement();
            List<OtherPlaces.Option> options = found.options().get(session.getId());
            assertThat(options).hasSizeLessThanOrEqualTo(3);
            assertThat(options).isSortedAccordingTo((a, b) -> b.change().compareTo(a.change()));
            for (OtherPlaces.Option option : options) {
                assertThat(option.placement()).isNotSameAs(current);
                assertThat(option.replaced()).isNull();
                session.setPlacement(option.placement());
                HardMediumSoftLongScore there = solutionManager.update(solved);
                session.setPlacement(current);
                assertThat(there.subtract(now)).isEqualTo(option.change());
                assertThat(option.change().hardScore()).isNotNegative();
            }
        }
        assertThat(solutionManager.update(solved)).isEqualTo(now);
    }

    @Test
    void aProposalWithNoFreePlaceIsOfferedThePlaceItWouldBestTake() throws Exception {
        // Five workshops of different value for the one workshop room at two times: three are out.
        TestDocument document = TestDocument.minimal().set("sessions[0].evaluation", 5);
        for (int copy = 0; copy < 4; copy++) {
            document.copy("sessions[0]")
                    .set("sessions[%d].id".formatted(2 + copy), "WS" + (24 + copy))
                    .set("sessions[%d].evaluation".formatted(2 + copy), 4 - copy);
        }
        Programme problem = DatasetLoader.load(document.read()).programme();
        ForumSolver solver = new ForumSolver(
                SolverSettings.withTimeLimit(Duration.ofMinutes(1)).withStepLimit(200), problem);
        Programme full =
                solver.solve(problem, progress -> {}, Duration.ofMinutes(1)).best();
        List<Session> leftOut = full.getSessions().stream()
                .filter(session -> !session.isPlaced())
                .toList();
        assertThat(leftOut).extracting(Session::getId).containsExactlyInAnyOrder("WS25", "WS26", "WS27");
        Session best = leftOut.stream()
                .filter(session -> session.getId().equals("WS25"))
                .findFirst()
                .orElseThrow();
        HardMediumSoftLongScore before = solver.solutionManager().update(full);

        List<OtherPlaces.Option> options = new OtherPlaces()
                .find(full, List.of(best), 3, Duration.ofMinutes(5))
                .options()
                .get("WS25");

        assertThat(options).hasSize(1);
        OtherPlaces.Option option = options.get(0);
        // The less valuable placed workshop makes room: WS24 (evaluation 4) for WS25 (evaluation 3) costs 20 medium.
        assertThat(option.replaced().getId()).isEqualTo("WS24");
        assertThat(option.placement()).isSameAs(option.replaced().getPlacement());
        option.replaced().setPlacement(null);
        best.setPlacement(option.placement());
        assertThat(solver.solutionManager().update(full).subtract(before)).isEqualTo(option.change());
        assertThat(option.change().mediumScore()).isEqualTo(-20);
    }

    @Test
    void noTimeMeansNoSessionLookedAtAndPinnedSessionsAreNeverAsked() {
        List<Session> sessions = solved.getSessions();
        long movable = sessions.stream().filter(session -> !session.isPinned()).count();

        OtherPlaces.Found found = new OtherPlaces().find(solved, sessions, 3, Duration.ZERO);

        assertThat(found.options()).isEmpty();
        assertThat(found.asked()).isEqualTo(movable).isLessThan(sessions.size());
        assertThat(found.complete()).isFalse();
    }
}
