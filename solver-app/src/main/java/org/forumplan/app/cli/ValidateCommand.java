package org.forumplan.app.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.forumplan.model.build.DatasetLoader.LoadedDataset;
import org.forumplan.model.domain.Programme;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code forumplan validate DATASET}: checks a dataset without solving it. */
@Command(
        name = "validate",
        mixinStandardHelpOptions = true,
        description = {
            "Checks a dataset: the JSON format, unknown fields, types, duplicate ids, references between ids,"
                    + " values in range, and that pinned, published and scheduled placements fit.",
            "Prints every problem on its own line as FILE: JSON-PATH: MESSAGE."
        },
        footer = {"", "Example: forumplan validate datasets/igf-2014-istanbul.json"})
public class ValidateCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "DATASET", description = "The dataset file (forumplan/1 JSON).")
    Path dataset;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Path file = DatasetFiles.locate(dataset);
        LoadedDataset loaded = DatasetFiles.load(file);
        ProblemPrinter.print(spec.commandLine().getErr(), file, loaded.warnings());
        Programme programme = loaded.programme();
        spec.commandLine()
                .getOut()
                .printf(
                        "%s: valid: %d sessions (%d pinned), %d rooms, %d timeslots, %d people%s%n",
                        file,
                        programme.getSessions().size(),
                        programme.getSessions().stream()
                                .filter(session -> session.isPinned())
                                .count(),
                        programme.getRooms().size(),
                        programme.getTimeslots().size(),
                        programme.getPeople().size(),
                        loaded.warnings().isEmpty()
                                ? ""
                                : "; %d warning(s)".formatted(loaded.warnings().size()));
        return ExitCode.OK;
    }
}
