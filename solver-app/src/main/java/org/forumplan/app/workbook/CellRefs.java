package org.forumplan.app.workbook;

import org.apache.poi.ss.util.CellReference;

/** Cell references as spreadsheets write them. */
final class CellRefs {

    private CellRefs() {}

    /** "Sessions!F14" for column index 5 of row 14; a sheet name with a space is quoted: "'My sheet'!A1". */
    static String of(String sheet, int column, int rowNumber) {
        return new CellReference(sheet, rowNumber - 1, column, false, false).formatAsString();
    }
}
