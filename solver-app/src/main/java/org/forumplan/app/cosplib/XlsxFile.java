package org.forumplan.app.cosplib;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.EmptyFileException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.forumplan.model.problem.InvalidDatasetException;
import org.forumplan.model.problem.Problem;

/** Opening an {@code .xlsx} file, with a planner's message, not POI's, when it is not one. */
final class XlsxFile {

    private static final String NOT_A_WORKBOOK =
            "not an Excel workbook (.xlsx); save the spreadsheet as Excel Workbook";

    private XlsxFile() {}

    /**
     * The whole workbook, to read.
     *
     * @throws InvalidDatasetException when the file is not a workbook
     * @throws IOException when the file cannot be read at all (missing, no permission)
     */
    static Workbook open(Path file) throws IOException, InvalidDatasetException {
        try (InputStream in = Files.newInputStream(file)) {
            return WorkbookFactory.create(in);
        } catch (EmptyFileException e) {
            throw new InvalidDatasetException(Problem.error("", "the file is empty; expected an .xlsx workbook"));
        } catch (IllegalArgumentException e) {
            // UnsupportedFileFormatException (another Office format, not a ZIP) is one too.
            throw new InvalidDatasetException(Problem.error("", NOT_A_WORKBOOK));
        } catch (IOException e) {
            if (Files.isRegularFile(file)) {
                throw new InvalidDatasetException(Problem.error("", NOT_A_WORKBOOK));
            }
            throw e;
        }
    }

    /**
     * The names of the sheets, read from the workbook's index alone, without its cells; empty when the file is not an
     * {@code .xlsx} workbook or cannot be read.
     */
    static List<String> sheetNames(Path file) {
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        OPCPackage opened = null;
        try {
            opened = OPCPackage.open(file.toFile(), PackageAccess.READ);
            List<String> names = new ArrayList<>();
            XSSFReader.SheetIterator sheets = new XSSFReader(opened).getSheetIterator();
            while (sheets.hasNext()) {
                sheets.next().close();
                names.add(sheets.getSheetName());
            }
            return names;
        } catch (IOException | OpenXML4JException | RuntimeException e) {
            // Whatever POI finds wrong with the file, it is not a workbook to read as one.
            return List.of();
        } finally {
            if (opened != null) {
                // A package opened to read is let go without saving.
                opened.revert();
            }
        }
    }
}
