package org.forumplan.app.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.forumplan.app.workbook.Workbooks;
import org.forumplan.model.load.DatasetLoader.LoadedDataset;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "export",
        mixinStandardHelpOptions = true,
        subcommands = ExportCosplibCommand.class,
        description = {
            "Writes a dataset as a workbook (.xlsx) planners can edit and import again: a sheet for the forum and"
                    + " each list, readable headers with a comment on each, the header row frozen, drop-down lists of"
                    + " kinds, rooms, timeslots, topics, tracks, people and sessions; a solved dataset also gets its"
                    + " Schedule and Result sheets.",
            "The workbook goes to -o FILE, by default beside the dataset with the extension .xlsx."
        },
        footer = {"", "Example: forumplan export datasets/igf-2014-istanbul.json -o igf-2014.xlsx"})
public class ExportCommand implements Callable<Integer> {

    @Parameters(
            index = "0",
            arity = "0..1",
            paramLabel = "DATASET",
            description = "The dataset (forumplan/1 JSON, or a workbook).")
    Path dataset;

    @Mixin
    OutputOptions outputOptions;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (dataset == null) {
            throw new UsageException("Missing required parameter: 'DATASET' (or the subcommand cosplib)");
        }
        Path file = DatasetFiles.locate(dataset);
        Path target = outputOptions.output != null ? outputOptions.output : DatasetFiles.besides(file, ".xlsx");
        if (target.toAbsolutePath().normalize().equals(file.toAbsolutePath().normalize())) {
            throw new UsageException(target + " is the dataset itself; give another -o FILE");
        }
        OutputFiles.checkBeforeWriting(target, outputOptions.force);
        LoadedDataset loaded = DatasetFiles.load(file);
        OutputFiles.writeReport(Workbooks.toBytes(loaded.document()), target);
        spec.commandLine().getOut().println("Written: " + target);
        return ExitCode.OK;
    }
}
