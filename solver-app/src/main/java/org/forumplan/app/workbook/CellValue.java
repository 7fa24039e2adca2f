package org.forumplan.app.workbook;

/** What a non-blank cell holds, with its reference as spreadsheets write it ({@code Sessions!F14}). */
sealed interface CellValue {

    String ref();

    record Text(String ref, String text) implements CellValue {}

    record Number(String ref, double value) implements CellValue {}

    /** A number shown as a date or time: days since 1900 (Excel's serial), the fraction being the time of day. */
    record DateTime(String ref, double serial) implements CellValue {}

    record Bool(String ref, boolean value) implements CellValue {}

    /** A formula whose result is an error, such as {@code #REF!}. */
    record Failed(String ref, String error) implements CellValue {}
}
