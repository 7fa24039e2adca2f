package org.forumplan.model.load;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.forumplan.model.domain.Programme;
import org.forumplan.model.io.DatasetJson;
import org.forumplan.model.io.DatasetReader;
import org.forumplan.model.load.ProgrammeBuilder.UnfitPlacement;
import org.forumplan.model.problem.InvalidDatasetException;
import org.forumplan.model.problem.Problem;
import org.forumplan.model.problem.ProblemCollector;
import org.forumplan.model.solver.ConstraintWeights;
import org.forumplan.model.validation.DatasetChecker;

/** Reads, checks and builds a dataset in one call: what every command that takes a dataset does first. */
public final class DatasetLoader {

    /**
     * A dataset ready to solve.
     *
     * @param document the document as read, to write back with a schedule
     * @param warnings problems that do not stop the dataset from being used
     */
    public record LoadedDataset(DatasetJson document, Programme programme, List<Problem> warnings) {}

    private DatasetLoader() {}

    public static LoadedDataset load(Path file) throws IOException, InvalidDatasetException {
        return load(new DatasetReader().read(file));
    }

    public static LoadedDataset load(DatasetJson document) throws InvalidDatasetException {
        return load(document, new ConstraintWeights(), null);
    }

    /**
     * @param weights weights over the dataset's own ({@code solve --weight}), applied once by the builder
     */
    public static LoadedDataset load(DatasetJson document, ConstraintWeights weights) throws InvalidDatasetException {
        return load(document, weights, null);
    }

    /**
     * Checks and builds the document once.
     *
     * @param weights weights over the dataset's own ({@code solve --weight}), applied once by the builder
     * @param unfitPublished when not null, {@code published} placements the grid cannot hold are handed here and left
     *     out of the programme instead of being errors (see {@link ProgrammeBuilder#build(DatasetJson,
     *     ConstraintWeights, Consumer)})
     */
    public static LoadedDataset load(
            DatasetJson document, ConstraintWeights weights, Consumer<UnfitPlacement> unfitPublished)
            throws InvalidDatasetException {
        ProblemCollector problems = new ProblemCollector();
        problems.addAll(DatasetChecker.check(document));
        problems.throwIfErrors();
        Programme programme = ProgrammeBuilder.build(document, weights, unfitPublished);
        return new LoadedDataset(document, programme, problems.problems());
    }
}
