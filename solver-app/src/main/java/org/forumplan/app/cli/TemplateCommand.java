package org.forumplan.app.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.forumplan.app.workbook.WorkbookTemplate;
import org.forumplan.app.workbook.Workbooks;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

@Command(
        name = "template",
        mixinStandardHelpOptions = true,
        description = {
            "Writes an empty forum workbook (.xlsx) in the layout import reads, with one example row in each"
                    + " sheet, to fill in for a new forum.",
            "The workbook goes to -o FILE, by default forum.xlsx in this folder."
        },
        footer = {"", "Example: forumplan template -o my-forum.xlsx"})
public class TemplateCommand implements Callable<Integer> {

    @Mixin
    OutputOptions outputOptions;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Path target = outputOptions.output != null ? outputOptions.output : Path.of("forum.xlsx");
        OutputFiles.checkBeforeWriting(target, outputOptions.force);
        OutputFiles.writeReport(Workbooks.toBytes(WorkbookTemplate.example()), target);
        spec.commandLine().getOut().println("Written: " + target);
        return ExitCode.OK;
    }
}
