package org.forumplan.app.workbook;

import java.util.List;
import java.util.Map;

/**
 * One sheet of a workbook, or one CSV file, as rows of cells: the first row is the header.
 *
 * @param name the sheet's name ({@code Sessions}); a CSV file's name without {@code .csv}
 * @param rows the rows that are not blank, in order
 */
record Table(String name, List<Row> rows) {

    /**
     * @param number the row's number as the spreadsheet shows it, from 1
     * @param cells the non-blank cells by column index, from 0
     */
    record Row(int number, Map<Integer, CellValue> cells) {}
}
