package org.forumplan.app.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.forumplan.app.workbook.Workbooks;
import org.forumplan.model.io.DatasetJson;
import org.forumplan.model.load.DatasetLoader.LoadedDataset;
import org.forumplan.model.problem.Problem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "import",
        mixinStandardHelpOptions = true,
        description = {
            "Reads a forum kept as a workbook (.xlsx, the layout of datasets/README.md) or as a folder of CSV files"
                    + " named like its sheets (sessions.csv, rooms.csv, ...), checks it as validate does, and writes"
                    + " it as a forumplan/1 dataset.",
            "Every problem is printed on its own line at its sheet and cell, e.g."
                    + " forum.xlsx: Sessions!F14: unknown person \"Jon Doe\"; did you mean \"John Doe\"?; nothing is"
                    + " written when there is one.",
            "The dataset goes to -o FILE, by default beside the workbook with the extension .json."
        },
        footer = {"", "Examples:", "  forumplan import forum.xlsx", "  forumplan import proposals-folder -o forum.json"
        })
public class ImportCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "WORKBOOK", description = "The workbook (.xlsx) or folder of CSV files.")
    Path workbook;

    @Mixin
    OutputOptions outputOptions;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Path file = DatasetFiles.locate(workbook);
        if (!Workbooks.isWorkbook(file)) {
            throw new UsageException(file + ": expected a workbook (.xlsx) or a folder of CSV files");
        }
        Path target = outputOptions.output != null ? outputOptions.output : DatasetFiles.besides(file, ".json");
        OutputFiles.checkBeforeWriting(target, outputOptions.force);
        LoadedDataset loaded = DatasetFiles.load(file);
        List<Problem> warnings = DatasetFiles.precheck(file, loaded);
        ProblemPrinter.print(spec.commandLine().getErr(), file, warnings);
        DatasetJson document = loaded.document();
        OutputFiles.writeOrRescue(document, target);
        spec.commandLine()
                .getOut()
                .printf(
                        "Imported %s: %d sessions, %d rooms, %d timeslots, %d people; written: %s%n",
                        file,
                        document.sessions() == null ? 0 : document.sessions().size(),
                        document.rooms() == null ? 0 : document.rooms().size(),
                        document.timeslots() == null ? 0 : document.timeslots().size(),
                        document.people() == null ? 0 : document.people().size(),
                        target);
        return ExitCode.OK;
    }
}
