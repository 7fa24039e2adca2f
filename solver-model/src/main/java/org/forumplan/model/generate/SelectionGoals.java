package org.forumplan.model.generate;

import java.util.List;
import org.forumplan.model.domain.SessionKind;
import org.forumplan.model.io.DatasetJson;
import org.forumplan.model.io.SelectionJson;
import org.forumplan.model.io.SelectionJson.MinShareJson;

/**
 * The selection goals the IGF 2014 MAG's choice implies (its fact sheet: 40% of the workshops from developing countries,
 * 16% by first-time organisers; new topics "given some priority", 10% here), with topic coverage, panels of three
 * stakeholder groups and the proposals' speaker mix: what {@code igf-2014-proposals} sets, for generated forums too.
 */
public final class SelectionGoals {

    public static final SelectionJson IGF_2014 =
            new SelectionJson(List.of(SessionKind.WORKSHOP), new MinShareJson(0.4, 0.16, 0.1), true, 3, true);

    private SelectionGoals() {}

    /** The dataset with these goals as its {@code policy.selection}. */
    public static DatasetJson withIgf2014Goals(DatasetJson dataset) {
        return dataset.withPolicy(dataset.policy().withSelection(IGF_2014));
    }
}
