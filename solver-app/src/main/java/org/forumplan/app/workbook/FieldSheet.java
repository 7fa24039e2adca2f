package org.forumplan.app.workbook;

import static org.forumplan.app.workbook.CellKind.LIST;
import static org.forumplan.app.workbook.CellKind.NUMBER;
import static org.forumplan.app.workbook.CellKind.TEXT;
import static org.forumplan.app.workbook.CellKind.WHOLE_NUMBER;
import static org.forumplan.app.workbook.CellKind.YES_NO;

import java.util.List;
import java.util.Optional;

/**
 * The sheets of name/value rows (a {@code field} and a {@code value} column, the header row optional): the forum and
 * its policy, and the result of a solve. A row's field is the JSON path it sets, from the top of the document.
 */
enum FieldSheet {
    FORUM(
            "Forum",
            new Column("forum.name", "Name", TEXT, "Name of the forum"),
            new Column("forum.venue", "Venue", TEXT, "Where it takes place"),
            new Column("forum.timeZone", "Time zone", TEXT, "An IANA zone such as Europe/Istanbul"),
            new Column("policy.maxParallel", "Most sessions at once", WHOLE_NUMBER, "A hard limit, or blank"),
            new Column("policy.targetParallel", "Target sessions at once", WHOLE_NUMBER, "A soft target, or blank"),
            new Column(
                    "policy.selection.kinds",
                    "Selection kinds",
                    LIST,
                    "Session kinds the selection goals are about; blank for workshops"),
            new Column(
                    "policy.selection.minShare.developingCountry",
                    "Least share from developing countries",
                    NUMBER,
                    "0 to 1 of the placed sessions of those kinds, e.g. 0.35, or blank"),
            new Column(
                    "policy.selection.minShare.firstTime",
                    "Least share of first-time organisers",
                    NUMBER,
                    "0 to 1, or blank"),
            new Column("policy.selection.minShare.newTopic", "Least share on new topics", NUMBER, "0 to 1, or blank"),
            new Column(
                    "policy.selection.topicCoverage",
                    "Topic coverage",
                    YES_NO,
                    "Each further session on a topic worth less than the one before"),
            new Column(
                    "policy.selection.minStakeholderGroups",
                    "Least stakeholder groups per panel",
                    WHOLE_NUMBER,
                    "1 to 6, or blank"),
            new Column(
                    "policy.selection.speakerMix",
                    "Speaker mix",
                    YES_NO,
                    "Keep speakers by stakeholder group and region near the proposals' mix")),
    RESULT(
            "Result",
            new Column("schedule.score", "Score", TEXT, "The schedule's score (written by solve)"),
            new Column("schedule.feasible", "Feasible", YES_NO, "No hard rule broken (written by solve)"),
            new Column("schedule.unscheduled", "Unscheduled", LIST, "Sessions left out (written by solve)"),
            new Column("schedule.solver.version", "Solver version", TEXT, "forumplan's version (written by solve)"),
            new Column("schedule.solver.seed", "Seed", WHOLE_NUMBER, "The random seed (written by solve)"),
            new Column("schedule.solver.timeSpent", "Time spent", TEXT, "ISO-8601 duration (written by solve)"),
            new Column("schedule.solver.interrupted", "Interrupted", YES_NO, "Stopped by Ctrl-C (written by solve)"));

    private final String sheetName;
    private final List<Column> rows;

    FieldSheet(String sheetName, Column... rows) {
        this.sheetName = sheetName;
        this.rows = List.of(rows);
    }

    String sheetName() {
        return sheetName;
    }

    List<Column> rows() {
        return rows;
    }

    /** A row named by its field ({@code timeZone}, {@code forum.timeZone}) or its label ({@code Time zone}). */
    Optional<Column> rowNamed(String name) {
        return rows.stream()
                .filter(row ->
                        row.isNamedBy(name) || Column.normalized(name).equals(Column.normalized(lastStep(row.field()))))
                .findFirst();
    }

    private static String lastStep(String field) {
        return field.substring(field.lastIndexOf('.') + 1);
    }

    static Optional<FieldSheet> named(String sheetName) {
        for (FieldSheet sheet : values()) {
            if (sheet.sheetName.equalsIgnoreCase(sheetName.trim())) {
                return Optional.of(sheet);
            }
        }
        return Optional.empty();
    }
}
