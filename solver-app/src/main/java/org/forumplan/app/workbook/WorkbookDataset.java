package org.forumplan.app.workbook;

import java.util.List;
import org.forumplan.model.io.DatasetJson;
import org.forumplan.model.problem.Problem;

/**
 * A dataset read from a workbook: its document, and the cells its values came from.
 *
 * @param warnings what reading it found worth saying that does not stop it (an unknown sheet), at their cells
 */
public record WorkbookDataset(DatasetJson document, CellLocations locations, List<Problem> warnings) {

    /** Problems found in the document (by JSON path), at the cells their values came from. */
    public List<Problem> locate(List<Problem> problems) {
        return problems.stream().map(locations::locate).toList();
    }
}
