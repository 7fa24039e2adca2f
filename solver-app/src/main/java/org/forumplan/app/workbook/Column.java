package org.forumplan.app.workbook;

import java.util.Locale;

/**
 * A column of a sheet.
 *
 * @param field the JSON field the column holds, dotted for a field of a nested object ({@code pinned.room}); for a
 *     {@link CellKind#ROLE} column, the role
 * @param label the header forumplan writes, e.g. {@code Duration (minutes)}
 * @param kind how its cells are read and written
 * @param note what the column holds, written as the header's comment
 */
record Column(String field, String label, CellKind kind, String note) {

    /** Whether a header names this column: its field or its label, ignoring case, spaces and punctuation. */
    boolean isNamedBy(String header) {
        String given = normalized(header);
        return given.equals(normalized(field)) || given.equals(normalized(label));
    }

    /** "durationminutes" for "Duration (minutes)", "duration_minutes" and "durationMinutes". */
    static String normalized(String header) {
        return header.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }
}
