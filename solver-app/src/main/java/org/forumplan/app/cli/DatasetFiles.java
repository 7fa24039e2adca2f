package org.forumplan.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.forumplan.model.io.DatasetJson;
import org.forumplan.model.io.DatasetReader;
import org.forumplan.model.load.DatasetLoader;
import org.forumplan.model.load.DatasetLoader.LoadedDataset;
import org.forumplan.model.problem.InvalidDatasetException;
import org.forumplan.model.problem.Problem;
import org.forumplan.model.solver.ConstraintWeights;
import org.forumplan.model.validation.FeasibilityPrechecks;

/** Finds and loads the dataset files commands are given, turning failures into the commands' exit codes. */
final class DatasetFiles {

    /** The dataset {@code solve} uses when given none. */
    static final String DEFAULT_DATASET = "datasets/igf-2014-istanbul.json";

    /** Set by the launcher script to the repository, so the default dataset is found from any folder. */
    static final String HOME_PROPERTY = "forumplan.home";

    private DatasetFiles() {}

    /** The path as given if it exists, else resolved against forumplan's home folder when that has it. */
    static Path locate(Path given) {
        if (Files.exists(given) || given.isAbsolute()) {
            return given;
        }
        String home = System.getProperty(HOME_PROPERTY);
        if (home != null && Files.exists(Path.of(home).resolve(given))) {
            return Path.of(home).resolve(given);
        }
        return given;
    }

    static LoadedDataset load(Path file) {
        return load(file, read(file), new ConstraintWeights());
    }

    /** Checks and builds a dataset read with {@link #read}, once, with the weights over its own. */
    static LoadedDataset load(Path file, DatasetJson document, ConstraintWeights weights) {
        try {
            return DatasetLoader.load(document, weights);
        } catch (InvalidDatasetException e) {
            throw new DatasetProblemsException(file, e.problems());
        }
    }

    /** A solved dataset, for the commands that read one: its warnings printed, and a warning if it has no schedule. */
    static LoadedDataset loadSolved(Path file, PrintWriter err) {
        LoadedDataset loaded = load(file);
        ProblemPrinter.print(err, file, loaded.warnings());
        if (loaded.document().schedule() == null) {
            err.println(file + ": warning: no schedule in this file; only its pinned sessions are placed");
        }
        return loaded;
    }

    /** The stored score of a solved dataset, or null. */
    static String storedScore(LoadedDataset loaded) {
        return loaded.document().schedule() == null
                ? null
                : loaded.document().schedule().score();
    }

    /** Reads a dataset document, not yet checked. */
    static DatasetJson read(Path file) {
        try {
            return new DatasetReader().read(file);
        } catch (NoSuchFileException e) {
            throw new UsageException(file + ": no such file");
        } catch (AccessDeniedException e) {
            throw new UncheckedIOException(file + ": permission denied", e);
        } catch (IOException e) {
            if (Files.isDirectory(file)) {
                throw new UsageException(file + ": is a folder; expected a dataset file");
            }
            throw new UncheckedIOException(file + ": " + e.getMessage(), e);
        } catch (InvalidDatasetException e) {
            throw new DatasetProblemsException(file, e.problems());
        }
    }

    /**
     * Runs the feasibility pre-checks: warnings are printed, errors stop the command with every problem found.
     *
     * @return the warnings of loading and of the pre-checks
     */
    static List<Problem> precheck(Path file, LoadedDataset loaded) {
        List<Problem> problems = new ArrayList<>(loaded.warnings());
        problems.addAll(FeasibilityPrechecks.check(loaded.document(), loaded.programme()));
        if (problems.stream().anyMatch(Problem::isError)) {
            throw new DatasetProblemsException(file, problems);
        }
        return problems;
    }

    /** "out/igf-2014-istanbul.solved.json" for "datasets/igf-2014-istanbul.json". */
    static Path defaultOutput(Path input) {
        String name = input.getFileName().toString();
        String stem = name.endsWith(".solved.json")
                ? name.substring(0, name.length() - ".solved.json".length())
                : name.endsWith(".json") ? name.substring(0, name.length() - ".json".length()) : name;
        return Path.of("out", stem + ".solved.json");
    }
}
