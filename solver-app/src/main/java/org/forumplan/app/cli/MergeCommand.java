package org.forumplan.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.forumplan.model.analysis.ProgrammeExplainer;
import org.forumplan.model.io.DatasetJson;
import org.forumplan.model.io.SessionJson;
import org.forumplan.model.load.DatasetLoader;
import org.forumplan.model.load.DatasetLoader.LoadedDataset;
import org.forumplan.model.load.ScheduleExporter;
import org.forumplan.model.merge.ProposalMerger;
import org.forumplan.model.problem.InvalidDatasetException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code forumplan merge DATASET A B}: one session made of two proposals, every reference to them moved to it. */
@Command(
        name = "merge",
        mixinStandardHelpOptions = true,
        description = {
            "Merges two optional proposals of one kind into one session, as the MAG asks of similar workshops"
                    + " (forumplan merges finds them). The session has the people, topics, required features,"
                    + " unavailable timeslots and precedences of both; the longer duration; the larger expected"
                    + " attendance (their audiences overlap); the better evaluation; each diversity flag if either"
                    + " has it; the preferred timeslots both share (A's if none); A's organization and track; the"
                    + " title \"A's / B's\" (one of them if it contains the other); and mergedFrom, the ids of the"
                    + " proposals it was made of. A person in both keeps their role in A.",
            "The session takes A's place in the file and both proposals are gone: another session's mustPrecede or"
                    + " feeds naming either now names it, and so does A's published place (or B's); a second"
                    + " published place leaves the announced programme. In a solved file, the merged session is"
                    + " unscheduled until the next solve, and the schedule is scored again. Every change is printed.",
            "Mandatory, pinned, main and exclusive sessions do not merge, nor two kinds, nor two proposals feeding"
                    + " different main sessions (exit 2). Like pin, merge rewrites DATASET in place in one step (a"
                    + " reader never sees half a file) unless -o names another file."
        },
        footer = {
            "",
            "Examples:",
            "  forumplan merge proposals.json WS81 WS104 -o merged.json",
            "  forumplan merge out/igf-2014-proposals.solved.json WS12 WS185 --id WS12"
        })
public class MergeCommand implements Callable<Integer> {

    @Parameters(
            index = "0",
            paramLabel = "DATASET",
            description = "A dataset (JSON or workbook), solved or not; rewritten unless -o is given.")
    Path dataset;

    @Parameters(index = "1", paramLabel = "A", description = "The first proposal: the merged session keeps its place.")
    String first;

    @Parameters(index = "2", paramLabel = "B", description = "The second proposal.")
    String second;

    @Option(
            names = "--id",
            paramLabel = "NEW",
            description = "The merged session's id (default: A+B); it may be A or B.")
    String id;

    @Mixin
    OutputOptions outputOptions;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Path file = DatasetFiles.locate(dataset);
        Path output = outputOptions.output;
        if (output != null && !OutputFiles.sameFile(file, output)) {
            OutputFiles.checkBeforeWriting(output, outputOptions.force);
        }
        LoadedDataset before = DatasetFiles.load(file);
        ProposalMerger.Merge merge;
        try {
            merge = ProposalMerger.merge(before.document(), first, second, id);
        } catch (IllegalArgumentException e) {
            throw new UsageException(file + ": " + e.getMessage());
        }
        DatasetJson written = scored(file, merge.document());
        PrintWriter out = spec.commandLine().getOut();
        SessionJson merged = merge.merged();
        out.printf(
                "Merged %s and %s into %s: \"%s\" (%s, %d minutes, %d people, topics %s)%n",
                first,
                second,
                merged.id(),
                merged.title(),
                merged.kind().label(),
                merged.durationMinutes(),
                merged.people() == null ? 0 : merged.people().size(),
                merged.topics() == null || merged.topics().isEmpty() ? "none" : String.join(", ", merged.topics()));
        merge.moved().forEach(line -> out.println("moved: " + line));
        merge.notes().forEach(line -> out.println("note: " + line));
        Path target = output == null ? file : output;
        OutputFiles.writeDataset(written, target, "merge");
        out.println("Written: " + target);
        out.flush();
        return ExitCode.OK;
    }

    /**
     * The merged document checked as solve would read it; a solved one with its schedule scored again, since the
     * stored score counted the two proposals.
     */
    private static DatasetJson scored(Path file, DatasetJson merged) {
        LoadedDataset loaded;
        try {
            loaded = DatasetLoader.load(merged);
        } catch (InvalidDatasetException e) {
            throw new DatasetProblemsException(file, e.problems());
        }
        DatasetFiles.precheck(file, loaded);
        if (merged.schedule() == null) {
            return merged;
        }
        new ProgrammeExplainer().costs(loaded.programme());
        return ScheduleExporter.withSchedule(
                merged, loaded.programme(), merged.schedule().solver());
    }
}
