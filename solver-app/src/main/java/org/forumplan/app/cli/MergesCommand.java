package org.forumplan.app.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.forumplan.model.io.DatasetMapper;
import org.forumplan.model.merge.MergeCandidate;
import org.forumplan.model.merge.MergeCandidates;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code forumplan merges DATASET}: the optional proposals alike enough to invite to merge, and why. */
@Command(
        name = "merges",
        mixinStandardHelpOptions = true,
        description = {
            "Lists optional proposals of one kind that are alike enough for the MAG to invite them to merge, most"
                    + " alike first, each with why and what a merge would free. Mandatory, pinned, main and"
                    + " exclusive sessions are left out.",
            "Two proposals are alike when they share a topic and either their titles are similar (0.5 or more), or"
                    + " a person or an organization is in both and a title word too. The similarity is a sum a"
                    + " reader can check: title similarity (the cosine of the titles' word counts, without words"
                    + " such as 'and' or 'internet', 0-1) + topic overlap (shared topics over all of the two's, 0-1)"
                    + " + 0.25 a shared person (two at most) + 0.25 for a shared organization (the sessions' or"
                    + " their people's). Three or more proposals form a group when every two are 1.75 alike or more.",
            "In a solved dataset, each candidate also says which clash the merge removes (two proposals running at"
                    + " once sharing a topic, person, organization or track) and what a proposal left out would"
                    + " bring in through one that is placed. Nothing is written; forumplan merge merges."
        },
        footer = {
            "",
            "Examples:",
            "  forumplan merges datasets/igf-2014-proposals.json --top 5",
            "  forumplan merges out/igf-2014-proposals.solved.json --format json"
        })
public class MergesCommand implements Callable<Integer> {

    @Parameters(
            index = "0",
            paramLabel = "DATASET",
            description = "A dataset (forumplan/1 JSON, a workbook or a CSV folder), solved or not.")
    Path dataset;

    @Option(
            names = "--top",
            paramLabel = "N",
            defaultValue = "10",
            description = "Candidates shown (default: ${DEFAULT-VALUE}).")
    int top;

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            defaultValue = "text",
            description = "text (for people) or json (an array, for tools) (default: ${DEFAULT-VALUE}).")
    TableFormat format;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (top < 1) {
            throw new UsageException("--top: " + top + " must be at least 1");
        }
        Path file = DatasetFiles.locate(dataset);
        List<MergeCandidate> candidates = MergeCandidates.find(DatasetFiles.load(file));
        List<MergeCandidate> shown = candidates.subList(0, Math.min(top, candidates.size()));
        PrintWriter out = spec.commandLine().getOut();
        out.print(format == TableFormat.JSON ? json(shown) : MergesText.render(file, candidates.size(), shown));
        out.flush();
        return ExitCode.OK;
    }

    private static String json(List<MergeCandidate> candidates) {
        try {
            return DatasetMapper.prettyWriter().writeValueAsString(candidates) + System.lineSeparator();
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
