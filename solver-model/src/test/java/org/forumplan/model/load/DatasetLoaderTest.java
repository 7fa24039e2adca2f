package org.forumplan.model.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import org.forumplan.model.domain.Session;
import org.forumplan.model.io.TestDocument;
import org.forumplan.model.problem.InvalidDatasetException;
import org.forumplan.model.problem.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DatasetLoaderTest {

    @Test
    void checkerErrorsStopTheLoadBeforeTheBuild() throws Exception {
        TestDocument document = TestDocument.minimal()
                .set("sessions[0].people[0].person", "p-999")
                .set("rooms[0].capacity", 0);

        Throwable thrown = catchThrowable(() -> DatasetLoader.load(document.read()));

        assertThat(thrown)
                .isInstanceOfSatisfying(
                        InvalidDatasetException.class,
                        invalid -> assertThat(invalid.problems())
                                .extracting(Problem::path)
                                .containsExactly("rooms[0].capacity", "sessions[0].people[0].person"));
    }

    @Test
    void warningsArePassedOnWithTheProgramme() throws Exception {
        TestDocument document =
                TestDocument.minimal().set("policy.maxParallel", 2).set("policy.targetParallel", 3);

        DatasetLoader.LoadedDataset loaded = DatasetLoader.load(document.read());

        assertThat(loaded.programme().getSessions()).hasSize(2);
        assertThat(loaded.warnings()).extracting(Problem::path).containsExactly("policy.targetParallel");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"rooms[0].features[0]", "rooms[0].kinds[0]", "sessions[0].requiredFeatures[0]"})
    void nullInsideAListIsAProblemNotACrash(String path) throws Exception {
        TestDocument document = TestDocument.minimal().set(path, null);

        Throwable thrown = catchThrowable(() -> DatasetLoader.load(document.read()));

        assertThat(thrown)
                .isInstanceOfSatisfying(
                        InvalidDatasetException.class,
                        invalid -> assertThat(invalid.problems())
                                .extracting(Problem::path)
                                .containsExactly(path));
    }

    @Test
    void dayTooFarInTheFutureIsAProblemNotACrash() throws Exception {
        // 9014 for 2014: the forum's minute clock is an int, which ends in the year 6053.
        TestDocument document = TestDocument.minimal().set("timeslots[0].day", "9014-09-02");

        Throwable thrown = catchThrowable(() -> DatasetLoader.load(document.read()));

        assertThat(thrown)
                .isInstanceOfSatisfying(
                        InvalidDatasetException.class,
                        invalid -> assertThat(invalid.problems())
                                .extracting(Problem::path)
                                .contains("timeslots[0].day"));
    }

    @Test
    void igfDatasetLoadsWithItsPublishedPlacements() throws Exception {
        DatasetLoader.LoadedDataset loaded =
                DatasetLoader.load(TestDocument.datasetsFolder().resolve("igf-2014-istanbul.json"));

        assertThat(loaded.warnings()).isEmpty();
        assertThat(loaded.programme().getSessions())
                .hasSize(146)
                .filteredOn(session -> session.getPublishedPlacement() != null)
                .hasSize(8);
        assertThat(loaded.programme().getSessions())
                .filteredOn(Session::isPinned)
                .allSatisfy(
                        session -> assertThat(session.getPossiblePlacements()).containsExactly(session.getPlacement()));
    }
}
