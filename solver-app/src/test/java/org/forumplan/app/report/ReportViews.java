package org.forumplan.app.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.forumplan.model.analysis.ProgrammeExplainer;
import org.forumplan.model.analysis.ProgrammeExplanation;
import org.forumplan.model.domain.Programme;
import org.forumplan.model.edit.OtherPlaces;
import org.forumplan.model.io.DatasetReader;
import org.forumplan.model.load.DatasetLoader;
import org.forumplan.model.load.DatasetLoader.LoadedDataset;
import org.forumplan.model.problem.InvalidDatasetException;

/** The {@link ProgrammeView}s the renderer tests share, built once per file as {@code forumplan report} builds them. */
final class ReportViews {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<Path, ProgrammeView> VIEWS = new HashMap<>();
    // Building the solver factory behind the explainer is the slow part; the explainer keeps no state between calls.
    private static final ProgrammeExplainer EXPLAINER = new ProgrammeExplainer();

    private ReportViews() {}

    static synchronized ProgrammeView of(Path solvedFile) {
        return VIEWS.computeIfAbsent(solvedFile, file -> {
            try {
                return view(DatasetLoader.load(file));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InvalidDatasetException e) {
                throw new IllegalStateException(file + " does not load: " + e.problems(), e);
            }
        });
    }

    /** The view of a solved file changed by a test (a hostile title, two sessions in one room). */
    static ObjectNode document(Path solvedFile) {
        try {
            return (ObjectNode) JSON.readTree(solvedFile.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ProgrammeView of(ObjectNode document) {
        try {
            return view(DatasetLoader.load(new DatasetReader().read(JSON.writeValueAsString(document))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InvalidDatasetException e) {
            throw new IllegalStateException("The changed dataset does not load: " + e.problems(), e);
        }
    }

    /** The view with each session's other places looked for, as {@code forumplan report} does for the HTML page. */
    static ProgrammeView withOtherPlaces(ObjectNode document) {
        try {
            Programme programme = DatasetLoader.load(new DatasetReader().read(JSON.writeValueAsString(document)))
                    .programme();
            ProgrammeExplanation explanation = EXPLAINER.explain(programme, null);
            OtherPlaces.Found found = new OtherPlaces()
                    .find(
                            programme,
                            ProgrammeViewBuilder.reviewOrder(programme, explanation),
                            3,
                            Duration.ofMinutes(5));
            return ProgrammeViewBuilder.build(programme, explanation, found);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InvalidDatasetException e) {
            throw new IllegalStateException("The changed dataset does not load: " + e.problems(), e);
        }
    }

    private static ProgrammeView view(LoadedDataset loaded) {
        String storedScore = loaded.document().schedule() == null
                ? null
                : loaded.document().schedule().score();
        return ProgrammeViewBuilder.build(loaded.programme(), EXPLAINER.explain(loaded.programme(), storedScore));
    }
}
