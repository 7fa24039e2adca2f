package org.forumplan.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.forumplan.model.domain.Session;
import org.forumplan.model.load.DatasetLoader;
import org.forumplan.model.load.DatasetLoader.LoadedDataset;
import org.forumplan.model.load.DatasetPins;
import org.forumplan.model.problem.InvalidDatasetException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code forumplan pin FILE SESSION...}: pins sessions where the schedule has them, or unpins them. */
@Command(
        name = "pin",
        mixinStandardHelpOptions = true,
        description = {
            "Pins sessions at their placement in FILE's schedule, so that no later solve moves them (a solve still"
                    + " counts them in every constraint); with --unpin, lets them move again.",
            "Unlike the other commands, pin edits a dataset on purpose: it rewrites FILE in place, in one step (a"
                    + " reader never sees half a file), unless -o names another file. FILE is checked as solve would"
                    + " check it before anything is written."
        },
        footer = {
            "",
            "Examples:",
            "  forumplan pin out/igf-2014-istanbul.solved.json WS23 WS185",
            "  forumplan pin out/igf-2014-istanbul.solved.json WS23 --unpin",
            "  forumplan pin announced.json OF-ICANN -o pinned.json"
        })
public class PinCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE", description = "A solved dataset; it is rewritten unless -o is given.")
    Path file;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "SESSION", description = "The ids of the sessions.")
    List<String> sessions;

    @Option(names = "--unpin", description = "Remove the sessions' pins; their scheduled placement stays.")
    boolean unpin;

    @Mixin
    OutputOptions outputOptions;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        LoadedDataset loaded = DatasetFiles.load(file);
        Path output = outputOptions.output;
        Path target = output == null ? file : output;
        if (output != null && !OutputFiles.sameFile(file, output)) {
            OutputFiles.checkBeforeWriting(output, outputOptions.force);
        }
        DatasetPins.Edit edit;
        try {
            edit = unpin
                    ? DatasetPins.unpin(loaded.document(), sessions)
                    : DatasetPins.pin(loaded.document(), sessions);
        } catch (IllegalArgumentException e) {
            throw new UsageException(file + ": " + e.getMessage());
        }
        LoadedDataset edited = check(edit);
        Map<String, Session> byId = edited.programme().getSessions().stream()
                .collect(Collectors.toMap(Session::getId, Function.identity()));
        for (String id : edit.changed()) {
            out.println(
                    unpin
                            ? "Unpinned " + id
                            : "Pinned %s at %s"
                                    .formatted(id, byId.get(id).getPlacement().describe()));
        }
        for (String id : edit.unchanged()) {
            out.println(unpin ? id + " was not pinned" : id + " was already pinned there");
        }
        if (edit.changed().isEmpty() && output == null) {
            out.println("Nothing to change; " + file + " is left as it was");
        } else {
            OutputFiles.writeDataset(edit.document(), target, "pin");
            out.println("Written: " + target);
        }
        out.flush();
        return ExitCode.OK;
    }

    /** The edited document, read back as solve would read it: pins that clash are refused before anything is written. */
    private LoadedDataset check(DatasetPins.Edit edit) {
        LoadedDataset edited;
        try {
            edited = DatasetLoader.load(edit.document());
        } catch (InvalidDatasetException e) {
            throw new DatasetProblemsException(file, e.problems());
        }
        DatasetFiles.precheck(file, edited);
        return edited;
    }
}
