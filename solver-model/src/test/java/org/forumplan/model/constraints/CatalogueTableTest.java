package org.forumplan.model.constraints;

import static org.assertj.core.api.Assertions.assertThat;

import ai.timefold.solver.core.api.domain.solution.ConstraintWeightOverrides;
import java.nio.file.Files;
import java.nio.file.Path;
import org.forumplan.model.analysis.ScoreExplainer;
import org.forumplan.model.domain.Programme;
import org.forumplan.model.load.DatasetLoader;
import org.forumplan.model.solver.ConstraintWeights;
import org.junit.jupiter.api.Test;

/** The README's constraint table is the catalogue's, so the two cannot drift apart. */
class CatalogueTableTest {

    private static final String START = "<!-- constraint-table:start -->\n";
    private static final String END = "<!-- constraint-table:end -->";

    @Test
    void readmeShowsTheCatalogueExactly() throws Exception {
        Path readme = Path.of(System.getProperty("forumplan.root", "..")).resolve("README.md");
        String text = Files.readString(readme);
        int start = text.indexOf(START);
        int end = text.indexOf(END);
        assertThat(start).as("README.md has the marker %s", START.strip()).isNotNegative();
        assertThat(end).as("README.md has the marker %s", END).isGreaterThan(start);
        assertThat(text.substring(start + START.length(), end))
                .as("the table between the markers in README.md; replace it with the expected text")
                .isEqualTo(CatalogueTable.markdown());
    }

    @Test
    void everyConstraintHasAUniqueNameAndCode() {
        assertThat(ForumConstraint.values())
                .extracting(ForumConstraint::constraintName)
                .doesNotHaveDuplicates();
        assertThat(ForumConstraint.values()).extracting(ForumConstraint::code).doesNotHaveDuplicates();
    }

    @Test
    void everyCatalogueConstraintIsDefinedByTheProviderUnderItsName() throws Exception {
        Programme programme = DatasetLoader.load(Path.of(CatalogueTableTest.class
                        .getResource("/org/forumplan/model/solver/small-forum.json")
                        .toURI()))
                .programme();
        // At the catalogue's weights: the builder switches off the selection's constraints this forum sets no goal for.
        programme.setConstraintWeightOverrides(ConstraintWeightOverrides.none());
        var analysis = new ScoreExplainer().analyze(programme);
        assertThat(analysis.constraintAnalyses())
                .extracting(constraint -> constraint.constraintRef().constraintName())
                .containsExactlyInAnyOrderElementsOf(ConstraintWeights.constraintNames());
    }
}
