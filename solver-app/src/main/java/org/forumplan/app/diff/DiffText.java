package org.forumplan.app.diff;

import org.forumplan.model.analysis.ProgrammeDifference;
import org.forumplan.model.analysis.ProgrammeDifference.SessionChange;

/** Wording both diff formats share. */
final class DiffText {

    private DiffText() {}

    /** "274 in both: 230 unchanged, 40 moved, 2 newly scheduled, 2 dropped; 0 added, 0 removed". */
    static String counts(ProgrammeDifference difference) {
        int inBoth = difference.unchanged()
                + difference.moved().size()
                + difference.newlyScheduled().size()
                + difference.dropped().size();
        return "%d in both: %d unchanged, %d moved, %d newly scheduled, %d dropped; %d added, %d removed"
                .formatted(
                        inBoth,
                        difference.unchanged(),
                        difference.moved().size(),
                        difference.newlyScheduled().size(),
                        difference.dropped().size(),
                        difference.added().size(),
                        difference.removed().size());
    }

    /** "mandatory workshop" or "workshop proposal". */
    static String what(SessionChange change) {
        String kind = change.kind().replace('_', ' ');
        return change.mandatory() ? "mandatory " + kind : kind + " proposal";
    }

    static String placement(SessionChange change) {
        return change.placement() == null ? "unscheduled" : change.placement();
    }
}
