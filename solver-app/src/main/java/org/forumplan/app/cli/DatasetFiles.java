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
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.forumplan.app.workbook.ProposalIntake;
import org.forumplan.app.workbook.WorkbookDataset;
import org.forumplan.app.workbook.Workbooks;
import org.forumplan.model.domain.Programme;
import org.forumplan.model.domain.Session;
import org.forumplan.model.io.DatasetJson;
import org.forumplan.model.io.DatasetReader;
import org.forumplan.model.load.DatasetLoader;
import org.forumplan.model.load.DatasetLoader.LoadedDataset;
import org.forumplan.model.problem.InvalidDatasetException;
import org.forumplan.model.problem.Problem;
import org.forumplan.model.problem.Suggestions;
import org.forumplan.model.solver.ConstraintWeights;
import org.forumplan.model.validation.FeasibilityPrechecks;

/** Finds and loads the dataset files commands are given, turning failures into the commands' exit codes. */
final class DatasetFiles {

    /** The dataset {@code solve} uses when given none. */
    static final String DEFAULT_DATASET = "datasets/igf-2014-istanbul.json";

    /** Set by the launcher script to the repository, so the default dataset is found from any folder. */
    static final String HOME_PROPERTY = "forumplan.home";

    /**
     * The cells of the workbooks read in this run, by file: a problem found in a workbook's document (by JSON path) is
     * printed at the cell its value came from.
     */
    private static final Map<Path, WorkbookDataset> WORKBOOKS = new ConcurrentHashMap<>();

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
        ProblemPrinter.print(err, file, workbookWarnings(file));
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

    /** Reads a dataset document, not yet checked: a JSON dataset, a workbook or a folder of CSV files. */
    static DatasetJson read(Path file) {
        try {
            if (Workbooks.isWorkbook(file)) {
                WorkbookDataset workbook = Workbooks.read(file);
                WORKBOOKS.put(file, workbook);
                return workbook.document();
            }
            WORKBOOKS.remove(file);
            return new DatasetReader().read(file);
        } catch (NoSuchFileException e) {
            throw new UsageException(file + ": no such file");
        } catch (AccessDeniedException e) {
            throw new UncheckedIOException(file + ": permission denied", e);
        } catch (IOException e) {
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
        List<Problem> problems = new ArrayList<>(workbookWarnings(file));
        problems.addAll(loaded.warnings());
        problems.addAll(FeasibilityPrechecks.check(loaded.document(), loaded.programme()));
        if (problems.stream().anyMatch(Problem::isError)) {
            throw new DatasetProblemsException(file, problems);
        }
        return problems;
    }

    /**
     * Adds the sessions of a submission system's export to a dataset; later problems of the merged document are printed
     * at the export's cells (those of the dataset keep their JSON paths).
     */
    static ProposalIntake.Intake addSessions(Path base, Path proposals, boolean replace) {
        DatasetJson document = read(base);
        try {
            ProposalIntake.Intake intake = ProposalIntake.addSessions(document, proposals, replace);
            WORKBOOKS.put(proposals, new WorkbookDataset(intake.merged(), intake.locations(), intake.warnings()));
            return intake;
        } catch (NoSuchFileException e) {
            throw new UsageException(proposals + ": no such file");
        } catch (IOException e) {
            throw new UncheckedIOException(proposals + ": " + e.getMessage(), e);
        } catch (InvalidDatasetException e) {
            throw new DatasetProblemsException(proposals, e.problems());
        }
    }

    /** Problems found in a file's document, at the cells of the workbook it was read from (as they are for JSON). */
    static List<Problem> located(Path file, List<Problem> problems) {
        WorkbookDataset workbook = WORKBOOKS.get(file);
        return workbook == null ? problems : workbook.locate(problems);
    }

    private static List<Problem> workbookWarnings(Path file) {
        WorkbookDataset workbook = WORKBOOKS.get(file);
        return workbook == null ? List.of() : workbook.warnings();
    }

    /** "out/igf-2014-istanbul.solved.json" for "datasets/igf-2014-istanbul.json" (or its workbook). */
    static Path defaultOutput(Path input) {
        String stem = stem(input);
        if (stem.endsWith(".solved")) {
            stem = stem.substring(0, stem.length() - ".solved".length());
        }
        return Path.of("out", stem + ".solved.json");
    }

    /** "forum.json" beside "forum.xlsx", "forum.solved.xlsx" beside "forum.solved.json". */
    static Path besides(Path input, String extension) {
        Path name = Path.of(stem(input) + extension);
        return input.getParent() == null ? name : input.getParent().resolve(name);
    }

    private static String stem(Path input) {
        String name = input.getFileName().toString();
        for (String extension : List.of(".json", ".xlsx", ".csv")) {
            if (name.toLowerCase(java.util.Locale.ROOT).endsWith(extension)) {
                return name.substring(0, name.length() - extension.length());
            }
        }
        return name;
    }

    /**
     * The session of that id; an id that is not there is a usage error naming the closest one.
     *
     * @param prefix what the message starts with, e.g. the option that named the session
     */
    static Session session(Programme programme, String id, Path file, String prefix) {
        return programme.getSessions().stream()
                .filter(candidate -> candidate.getId().equals(id))
                .findFirst()
                .orElseThrow(() -> new UsageException("%sno session \"%s\" in %s%s"
                        .formatted(
                                prefix,
                                id,
                                file,
                                Suggestions.didYouMean(
                                        id,
                                        programme.getSessions().stream()
                                                .map(Session::getId)
                                                .toList()))));
    }
}
