package org.forumplan.app.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.forumplan.model.conference.domain.Conference;
import org.forumplan.model.domain.Programme;
import org.forumplan.model.load.DatasetLoader.LoadedDataset;
import org.forumplan.model.problem.Problem;
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
            "Then diagnoses what would make any schedule break a hard constraint: sessions that fit nowhere (and"
                    + " why), pins that clash, precedence cycles, people who cannot attend all their sessions, more"
                    + " mandatory sessions of a kind than places; and warns of soft risks such as a parallel target"
                    + " that cannot be met. Exit 2 when a problem makes the dataset unusable or infeasible.",
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
        if (ConferenceFiles.isConference(file)) {
            return validateConference(file);
        }
        LoadedDataset loaded = DatasetFiles.load(file);
        List<Problem> warnings = DatasetFiles.precheck(file, loaded);
        ProblemPrinter.print(spec.commandLine().getErr(), file, warnings);
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
                        warnings.isEmpty() ? "" : "; %d warning(s)".formatted(warnings.size()));
        return ExitCode.OK;
    }

    /** A CoSPLib conference: read and built as solve reads it, every problem at its place. */
    private int validateConference(Path file) {
        Conference conference = ConferenceFiles.build(file, ConferenceFiles.read(file));
        spec.commandLine()
                .getOut()
                .printf(
                        "%s: valid CoSPLib conference: %d submissions, %d tracks, %d sessions, %d rooms%n",
                        file,
                        conference.getSubmissions().size(),
                        conference.getTracks().size(),
                        conference.getSessions().size(),
                        conference.getRooms().size());
        return ExitCode.OK;
    }
}
