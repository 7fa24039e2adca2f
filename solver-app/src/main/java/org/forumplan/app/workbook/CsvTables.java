package org.forumplan.app.workbook;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Reads a folder of CSV files named like the sheets ({@code sessions.csv}, {@code rooms.csv}) as tables: every cell is
 * text, UTF-8, comma separated, quoted as spreadsheets export it. Problems name the file's row and column as a sheet's
 * cell: {@code sessions!F14}.
 */
final class CsvTables {

    private static final CsvMapper CSV =
            CsvMapper.builder().enable(CsvParser.Feature.WRAP_AS_ARRAY).build();

    private CsvTables() {}

    static List<Table> read(Path folder) throws IOException {
        List<Path> files;
        try (Stream<Path> listed = Files.list(folder)) {
            files = listed.filter(file -> file.getFileName()
                            .toString()
                            .toLowerCase(Locale.ROOT)
                            .endsWith(".csv"))
                    .sorted()
                    .toList();
        }
        List<Table> tables = new ArrayList<>();
        for (Path file : files) {
            tables.add(readFile(file));
        }
        return tables;
    }

    /** One file; its table is named after the file ({@code sessions} for {@code sessions.csv}). */
    static Table readFile(Path file) throws IOException {
        String fileName = file.getFileName().toString();
        String name = fileName.substring(0, fileName.length() - ".csv".length());
        List<Table.Row> rows = new ArrayList<>();
        try (MappingIterator<String[]> lines = CSV.readerFor(String[].class).readValues(file.toFile())) {
            int number = 0;
            while (lines.hasNext()) {
                String[] line = lines.next();
                // The record's number, as a spreadsheet numbers the rows (a cell spanning lines counts once).
                number++;
                Map<Integer, CellValue> cells = new LinkedHashMap<>();
                for (int column = 0; column < line.length; column++) {
                    String text = column == 0 && rows.isEmpty() ? withoutByteOrderMark(line[0]) : line[column];
                    if (!text.isBlank()) {
                        cells.put(column, new CellValue.Text(CellRefs.of(name, column, number), text.strip()));
                    }
                }
                if (!cells.isEmpty()) {
                    rows.add(new Table.Row(number, cells));
                }
            }
        }
        return new Table(name, rows);
    }

    /** Spreadsheets saving "CSV UTF-8" start the file with one. */
    private static String withoutByteOrderMark(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
}
