package org.forumplan.app.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.forumplan.app.report.ProgrammeView;
import org.forumplan.app.report.ProgrammeViewBuilder;
import org.forumplan.app.report.ReportFormat;
import org.forumplan.model.analysis.ProgrammeExplainer;
import org.forumplan.model.analysis.ProgrammeExplanation;
import org.forumplan.model.load.DatasetLoader.LoadedDataset;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code forumplan report SCHEDULE}: the programme for people who review it, as a page, a sheet or a calendar. */
@Command(
        name = "report",
        mixinStandardHelpOptions = true,
        description = {
            "Writes a solved dataset as a review document for the MAG and the Secretariat: the timetable per day,"
                    + " the conflicts that remain and why each unscheduled session is out.",
            "html: one self-contained page (filters, search, charts; opens from disk or as an e-mail attachment,"
                    + " loads nothing from the network), xlsx: a spreadsheet, md: Markdown for e-mail and wikis,"
                    + " csv: one row per session, ics: a calendar with one event per scheduled session.",
            "The report goes to -o FILE, or by default next to SCHEDULE, its name with the format's extension,"
                    + " replaced on each run."
        },
        footer = {
            "",
            "Examples:",
            "  forumplan report out/igf-2014-istanbul.solved.json",
            "  forumplan report proposal-1.json --format xlsx -o for-the-mag.xlsx",
            "  forumplan report proposal-1.json --format ics    # a calendar to publish"
        })
public class ReportCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "SCHEDULE", description = "A solved dataset (the output of solve).")
    Path schedule;

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            defaultValue = "html",
            description = "html, xlsx, md, csv or ics (default: ${DEFAULT-VALUE}).")
    ReportFormat format;

    @Mixin
    OutputOptions outputOptions;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Path file = DatasetFiles.locate(schedule);
        Path output = outputOptions.output;
        Path target = output == null ? format.besides(file) : output;
        OutputFiles.checkBeforeSolving(file, target, outputOptions.force || output == null);
        LoadedDataset loaded = DatasetFiles.loadSolved(file, spec.commandLine().getErr());
        ProgrammeExplanation explanation =
                new ProgrammeExplainer().explain(loaded.programme(), DatasetFiles.storedScore(loaded));
        ProgrammeView view = ProgrammeViewBuilder.build(loaded.programme(), explanation);
        OutputFiles.writeReport(format.render(view), target);
        spec.commandLine().getOut().println("Written: " + target);
        spec.commandLine().getOut().flush();
        return ExitCode.OK;
    }
}
