package org.forumplan.app.replan;

import java.io.IOException;
import org.forumplan.app.cli.TestDatasets;
import org.forumplan.model.io.DatasetJson;
import org.forumplan.model.io.DatasetReader;
import org.forumplan.model.problem.InvalidDatasetException;
import org.junit.jupiter.api.BeforeAll;

/**
 * Re-planning IGF 2014 (146 sessions, all mandatory, 12 pinned) after the changes of {@link ReplanScenarios}. The
 * programme announced is the reference dataset solved once, from scratch.
 */
class Igf2014ReplanTest extends ReplanScenarios {

    private static DatasetJson announced;

    @BeforeAll
    static void announce() throws IOException, InvalidDatasetException {
        announced = ReplanRuns.solve(new DatasetReader().read(TestDatasets.igf2014()), 40_000);
    }

    @Override
    DatasetJson announced() {
        return announced;
    }
}
