package org.forumplan.app.workbook;

/** How a workbook cell holds a value of the dataset, both ways. */
enum CellKind {
    /** Text; a number typed into it is read as its digits ({@code 42}, not {@code 42.0}). */
    TEXT,
    /** A whole number: a numeric cell or numeric text, {@code 90.0} being 90. */
    WHOLE_NUMBER,
    /** A number: a numeric cell or numeric text. */
    NUMBER,
    /** TRUE/FALSE, {@code yes}/{@code no}, {@code x}/blank, {@code 1}/{@code 0}. */
    YES_NO,
    /** A date cell or text {@code YYYY-MM-DD}. */
    DATE,
    /** A time cell or text {@code HH:MM}. */
    TIME,
    /** Items separated by {@code ;} or {@code ,}. */
    LIST,
    /** A session's people: {@code p-001 (speaker); p-002 (moderator)}, an item without a role being a speaker. */
    PEOPLE,
    /** The people of one role, by id or unique name, separated by {@code ;} or {@code ,}. */
    ROLE
}
