package org.forumplan.app.report;

import org.forumplan.model.domain.SessionKind;

/**
 * The colour of each session kind, one place for the HTML page and the spreadsheet: a light fill that black text reads
 * well on, and a darker accent of the same hue for borders and legends.
 */
enum KindColours {
    MAIN(SessionKind.MAIN, "#f7cfcf", "#b22222"),
    WORKSHOP(SessionKind.WORKSHOP, "#d3e5f8", "#1f5f9f"),
    OPEN_FORUM(SessionKind.OPEN_FORUM, "#d6efd0", "#2e7d32"),
    DYNAMIC_COALITION(SessionKind.DYNAMIC_COALITION, "#eadcf6", "#6a3d9a"),
    BEST_PRACTICE_FORUM(SessionKind.BEST_PRACTICE_FORUM, "#fde3bd", "#c56a00"),
    FLASH(SessionKind.FLASH, "#fff3a8", "#8d7a00"),
    PRE_EVENT(SessionKind.PRE_EVENT, "#e3e3e3", "#555555"),
    NRI(SessionKind.NRI, "#c9ece6", "#00796b"),
    OTHER(SessionKind.OTHER, "#f0e2d2", "#795548");

    private final SessionKind kind;
    private final String fill;
    private final String accent;

    KindColours(SessionKind kind, String fill, String accent) {
        this.kind = kind;
        this.fill = fill;
        this.accent = accent;
    }

    static KindColours of(SessionKind kind) {
        for (KindColours colours : values()) {
            if (colours.kind == kind) {
                return colours;
            }
        }
        throw new IllegalArgumentException("No colours for " + kind);
    }

    SessionKind kind() {
        return kind;
    }

    /** "#d3e5f8". */
    String fill() {
        return fill;
    }

    String accent() {
        return accent;
    }

    /** The fill as red, green and blue bytes, for the spreadsheet. */
    byte[] fillRgb() {
        return new byte[] {
            (byte) Integer.parseInt(fill.substring(1, 3), 16),
            (byte) Integer.parseInt(fill.substring(3, 5), 16),
            (byte) Integer.parseInt(fill.substring(5, 7), 16)
        };
    }
}
