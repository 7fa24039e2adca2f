package org.forumplan.bench;

import ai.timefold.solver.persistence.common.api.domain.solution.SolutionFileIO;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.forumplan.model.domain.Programme;
import org.forumplan.model.load.DatasetLoader;
import org.forumplan.model.problem.InvalidDatasetException;

/** Lets the Benchmarker read {@code forumplan/1} datasets. Solved schedules are not written by benchmarks. */
public class ProgrammeFileIO implements SolutionFileIO<Programme> {

    @Override
    public String getInputFileExtension() {
        return "json";
    }

    @Override
    public Programme read(File inputSolutionFile) {
        try {
            return DatasetLoader.load(inputSolutionFile.toPath()).programme();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + inputSolutionFile, e);
        } catch (InvalidDatasetException e) {
            throw new IllegalArgumentException(inputSolutionFile + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void write(Programme solution, File outputSolutionFile) {
        throw new UnsupportedOperationException("Benchmarks do not write solved schedules; use forumplan solve.");
    }
}
