package org.forumplan.app.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.forumplan.app.report.ConferenceReport;
import org.forumplan.app.report.ProgrammeView;
import org.forumplan.app.report.ProgrammeViewBuilder;
import org.forumplan.app.report.ReportFormat;
import org.forumplan.model.analysis.ProgrammeExplainer;
import org.forumplan.model.analysis.ProgrammeExplanation;
import org.forumplan.model.conference.domain.Conference;
import org.forumplan.model.conference.io.ConferenceJson;
import org.forumplan.model.conference.score.ObjectiveBreakdown;
import org.forumplan.model.conference.solver.ConferenceSolver;
import org.forumplan.model.domain.Programme;
import org.forumplan.model.edit.OtherPlaces;
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
            "The HTML page also offers, on each session's card, its best other places (and for each proposal left"
                    + " out its best place, or the proposal it would best replace), each with the score change:"
                    + " exact, and about 5 s for IGF 2014; sessions that cost most are looked at first, and the"
                    + " search stops after --other-places-time.",
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

    @Option(
            names = "--other-places",
            paramLabel = "N",
            defaultValue = "3",
            description = "Other places offered per session in the HTML page; 0 for none (default: ${DEFAULT-VALUE}).")
    int otherPlaces;

    @Option(
            names = "--other-places-time",
            paramLabel = "DURATION",
            defaultValue = "30s",
            converter = DurationConverter.class,
            description = "Time after which no further session is looked at for other places (default:"
                    + " ${DEFAULT-VALUE}).")
    Duration otherPlacesTime;

    @Mixin
    OutputOptions outputOptions;

    @Mixin
    GoalCostOptions goalCosts;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (otherPlaces < 0) {
            throw new UsageException("--other-places: " + otherPlaces + " must be 0 or more");
        }
        Path file = DatasetFiles.locate(schedule);
        Path output = outputOptions.output;
        Path target = output == null ? format.besides(file) : output;
        OutputFiles.checkBeforeSolving(file, target, outputOptions.force || output == null);
        if (ConferenceFiles.isConference(file)) {
            return reportConference(file, target);
        }
        LoadedDataset loaded = DatasetFiles.loadSolved(file, spec.commandLine().getErr());
        ProgrammeExplanation explanation =
                new ProgrammeExplainer().explain(loaded.programme(), DatasetFiles.storedScore(loaded));
        if (format.showsSelection()) {
            explanation =
                    goalCosts.measure(loaded, explanation, spec.commandLine().getErr());
        }
        ProgrammeView view = ProgrammeViewBuilder.build(
                loaded.programme(), explanation, otherPlaces(loaded.programme(), explanation));
        OutputFiles.writeReport(format.render(view), target);
        ProgrammeView.Coverage coverage = view.otherPlaces();
        if (!coverage.complete()) {
            spec.commandLine()
                    .getErr()
                    .printf(
                            "Other places: %d of %d sessions looked at within %d s (--other-places-time)%n",
                            coverage.done(), coverage.asked(), otherPlacesTime.toSeconds());
        }
        spec.commandLine().getOut().println("Written: " + target);
        spec.commandLine().getOut().flush();
        return ExitCode.OK;
    }

    /** A CoSPLib conference: its sessions' grids and the objective term by term. */
    private int reportConference(Path file, Path target) {
        if (!ConferenceReport.supports(format)) {
            throw new UsageException(file + " is a CoSPLib conference: its report is html, xlsx, md or csv");
        }
        ConferenceJson document = ConferenceFiles.read(file);
        Conference conference = ConferenceFiles.build(file, document);
        if (format == ReportFormat.XLSX) {
            ConferenceFiles.requireSolution(file, conference);
        }
        ObjectiveBreakdown breakdown = ObjectiveBreakdown.of(conference, ConferenceSolver.scoring());
        OutputFiles.writeReport(ConferenceReport.render(format, document, conference, breakdown), target);
        spec.commandLine().getOut().println("Written: " + target);
        spec.commandLine().getOut().flush();
        return ExitCode.OK;
    }

    /** Only the HTML page shows them, and they take time: none for the other formats. */
    private OtherPlaces.Found otherPlaces(Programme programme, ProgrammeExplanation explanation) {
        if (format != ReportFormat.HTML || otherPlaces == 0) {
            return OtherPlaces.Found.NONE;
        }
        spec.commandLine()
                .getErr()
                .printf(
                        "Looking for each session's other places (at most %d s; --other-places 0 skips this)%n",
                        otherPlacesTime.toSeconds());
        spec.commandLine().getErr().flush();
        return new OtherPlaces()
                .find(
                        programme,
                        ProgrammeViewBuilder.reviewOrder(programme, explanation),
                        otherPlaces,
                        otherPlacesTime);
    }
}
