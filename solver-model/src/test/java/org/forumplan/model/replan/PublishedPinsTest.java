package org.forumplan.model.replan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.forumplan.model.replan.AnnouncedForum.MORNING;
import static org.forumplan.model.replan.AnnouncedForum.announced;
import static org.forumplan.model.replan.AnnouncedForum.changed;

import java.time.LocalDate;
import java.util.List;
import org.forumplan.model.domain.Programme;
import org.forumplan.model.domain.Session;
import org.forumplan.model.problem.InvalidDatasetException;
import org.forumplan.model.problem.Problem;
import org.forumplan.model.replan.PublishedPins.Pinning;
import org.forumplan.model.solver.ConstraintWeights;
import org.junit.jupiter.api.Test;

/** {@code solve --pin-published --freeze-before DATE}: the days already held stay as announced. */
class PublishedPinsTest {

    private static final LocalDate SECOND_DAY = LocalDate.of(2014, 9, 3);

    @Test
    void announcedSessionsOfDaysBeforeTheDateArePinnedWhereAnnounced() throws InvalidDatasetException {
        Programme programme = replanned(changed());

        Pinning pinning = PublishedPins.pinBefore(programme, SECOND_DAY);

        assertThat(pinning).isEqualTo(new Pinning(5, 5, List.of()));
        assertThat(pinnedIds(programme)).containsExactly("WS1", "WS2", "WS3", "WS4", "WS5");
        assertThat(programme.getSessions()).filteredOn(Session::isPinned).allSatisfy(session -> {
            assertThat(session.getPlacement()).isSameAs(session.getPublishedPlacement());
            assertThat(session.getPossiblePlacements()).containsExactly(session.getPublishedPlacement());
        });
    }

    @Test
    void nothingIsPinnedBeforeTheFirstDay() throws InvalidDatasetException {
        Programme programme = replanned(changed());

        assertThat(PublishedPins.pinBefore(programme, LocalDate.of(2014, 9, 2)))
                .isEqualTo(new Pinning(0, 0, List.of()));
        assertThat(pinnedIds(programme)).isEmpty();
    }

    @Test
    void aSessionWhosePlaceNoLongerFitsStaysMovableWithAWarning() throws InvalidDatasetException {
        Programme programme = replanned(changed().roomUnavailable("ws-02", MORNING));

        Pinning pinning = PublishedPins.pinBefore(programme, SECOND_DAY);

        assertThat(pinning.pinned()).isEqualTo(4);
        assertThat(pinning.warnings())
                .containsExactly(Problem.warning(
                        "sessions[1]",
                        "WS2 is not pinned at its announced place ws-02, Tue 2 Sep 09:00-10:30: it no longer fits"
                                + " there (room ws-02 is unavailable then)"));
        assertThat(pinnedIds(programme)).doesNotContain("WS2");
    }

    @Test
    void twoAnnouncedPlacesThatNowClashAreNotBothPinned() throws InvalidDatasetException {
        // Alice joins WS2, which runs beside her own WS1.
        Programme programme = replanned(changed().addPerson("WS2", "p-alice"));

        Pinning pinning = PublishedPins.pinBefore(programme, SECOND_DAY);

        assertThat(pinning.warnings())
                .extracting(Problem::message)
                .containsExactly("WS2 is not pinned at its announced place ws-02, Tue 2 Sep 09:00-10:30: it would clash"
                        + " there: Alice Aydın (p-alice) is in pinned session WS1 then");
        assertThat(pinnedIds(programme)).containsExactly("WS1", "WS3", "WS4", "WS5");
    }

    @Test
    void aSessionTheDatasetPinsElsewhereKeepsItsPin() throws InvalidDatasetException {
        Programme programme = replanned(changed().pin("WS3", "ws-03", "d2-0900"));

        Pinning pinning = PublishedPins.pinBefore(programme, SECOND_DAY);

        assertThat(pinning.warnings())
                .extracting(Problem::message)
                .containsExactly("WS3 is not pinned at its announced place ws-01, Tue 2 Sep 11:00-12:30: the dataset"
                        + " pins it at ws-03, Wed 3 Sep 09:00-10:30");
    }

    private static Programme replanned(AnnouncedForum forum) throws InvalidDatasetException {
        return Replanner.from(forum.document(), announced(), new ConstraintWeights())
                .loaded()
                .programme();
    }

    private static List<String> pinnedIds(Programme programme) {
        return programme.getSessions().stream()
                .filter(Session::isPinned)
                .map(Session::getId)
                .sorted()
                .toList();
    }
}
