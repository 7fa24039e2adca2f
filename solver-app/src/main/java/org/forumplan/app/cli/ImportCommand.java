package org.forumplan.app.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.forumplan.app.workbook.ProposalIntake;
import org.forumplan.app.workbook.Workbooks;
import org.forumplan.model.io.DatasetJson;
import org.forumplan.model.load.DatasetLoader.LoadedDataset;
import org.forumplan.model.problem.Problem;
import org.forumplan.model.solver.ConstraintWeights;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "import",
        mixinStandardHelpOptions = true,
        subcommands = ImportCosplibCommand.class,
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

    @Parameters(
            index = "0",
            arity = "0..1",
            paramLabel = "WORKBOOK",
            description = "The workbook (.xlsx) or folder of CSV files.")
    Path workbook;

    @Option(
            names = "--add-sessions",
            paramLabel = "PROPOSALS",
            description = "Instead: add the sessions of a submission system's export (a CSV file, or a workbook's"
                    + " Sessions sheet) to the dataset --into names. Its columns are the Sessions columns, people"
                    + " named by id or name; a person not in the dataset is added with an id made from the name;"
                    + " columns forumplan does not know are left out with one warning.")
    Path addSessions;

    @Option(
            names = "--into",
            paramLabel = "DATASET",
            description = "With --add-sessions: the dataset the sessions join; it is replaced unless -o FILE is given.")
    Path into;

    @Option(
            names = "--replace",
            description = "With --add-sessions: a session whose id the dataset has already is replaced (otherwise an"
                    + " error).")
    boolean replace;

    @Mixin
    OutputOptions outputOptions;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (addSessions != null || into != null) {
            return addSessions();
        }
        if (workbook == null) {
            throw new UsageException("Missing required parameter: 'WORKBOOK' (or --add-sessions with --into)");
        }
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

    private int addSessions() {
        if (addSessions == null || into == null || workbook != null) {
            throw new UsageException("--add-sessions PROPOSALS and --into DATASET go together, without a WORKBOOK");
        }
        Path base = DatasetFiles.locate(into);
        Path target = outputOptions.output != null ? outputOptions.output : base;
        if (outputOptions.output != null) {
            OutputFiles.checkBeforeWriting(target, outputOptions.force);
        }
        ProposalIntake.Intake intake = DatasetFiles.addSessions(base, addSessions, replace);
        LoadedDataset loaded = DatasetFiles.load(addSessions, intake.merged(), new ConstraintWeights());
        List<Problem> warnings = DatasetFiles.precheck(addSessions, loaded);
        ProblemPrinter.print(spec.commandLine().getErr(), addSessions, warnings);
        OutputFiles.writeOrRescue(intake.merged(), target);
        spec.commandLine()
                .getOut()
                .printf(
                        "Added %d sessions from %s (%d of them replaced), %d new people%s; written: %s%n",
                        intake.added().size(),
                        addSessions,
                        intake.replaced(),
                        intake.newPeople().size(),
                        intake.newPeople().isEmpty()
                                ? ""
                                : " (" + String.join(", ", intake.newPeople().keySet()) + ")",
                        target);
        return ExitCode.OK;
    }
}
