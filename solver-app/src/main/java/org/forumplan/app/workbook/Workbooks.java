package org.forumplan.app.workbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.forumplan.model.io.DatasetJson;
import org.forumplan.model.io.DatasetReader;
import org.forumplan.model.problem.InvalidDatasetException;
import org.forumplan.model.problem.Problem;

/**
 * A dataset kept as a workbook ({@code .xlsx}) or a folder of CSV files: read into a {@code forumplan/1} document whose
 * problems, found by the same checks as a JSON dataset's, are reported at the cells they come from.
 */
public final class Workbooks {

    private Workbooks() {}

    /** The workbook of a dataset, as {@link WorkbookWriter} writes it. */
    public static byte[] toBytes(DatasetJson dataset) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            WorkbookWriter.write(dataset, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Whether a path names a workbook or a folder of CSV files rather than a JSON dataset. */
    public static boolean isWorkbook(Path path) {
        return isWorkbookFile(path) || Files.isDirectory(path);
    }

    /** Whether a file's name ends in {@code .xlsx}. */
    public static boolean isWorkbookFile(Path path) {
        return path.getFileName() != null
                && path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx");
    }

    /**
     * Reads and binds a workbook. Every problem of the layout and of the values is in one exception, at its cell.
     *
     * @throws IOException when the file cannot be read at all (missing, no permission)
     */
    public static WorkbookDataset read(Path path) throws IOException, InvalidDatasetException {
        List<Problem> problems = new ArrayList<>();
        List<Table> tables = Files.isDirectory(path) ? CsvTables.read(path) : XlsxTables.read(path, problems);
        if (tables.isEmpty() && Files.isDirectory(path)) {
            throw new InvalidDatasetException(Problem.error(
                    "",
                    "a folder without CSV files; expected a dataset file, a workbook or a folder of CSV files named like"
                            + " the sheets (sessions.csv, rooms.csv, ...)"));
        }
        WorkbookReader.Read read = WorkbookReader.read(tables);
        problems.addAll(read.problems());
        DatasetJson document = null;
        try {
            document = new DatasetReader().read(read.document());
        } catch (InvalidDatasetException e) {
            // A cell already reported (a bad value left out) would only be reported again as missing.
            Set<String> reported = problems.stream().map(Problem::path).collect(Collectors.toSet());
            e.problems().stream()
                    .map(read.locations()::locate)
                    .filter(problem -> !reported.contains(problem.path()))
                    .forEach(problems::add);
        }
        if (problems.stream().anyMatch(Problem::isError)) {
            throw new InvalidDatasetException(problems);
        }
        return new WorkbookDataset(document, read.locations(), problems);
    }
}
