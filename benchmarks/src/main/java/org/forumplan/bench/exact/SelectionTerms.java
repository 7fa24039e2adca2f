package org.forumplan.bench.exact;

import static org.forumplan.model.constraints.ForumConstraint.NARROW_PANEL;
import static org.forumplan.model.constraints.ForumConstraint.SHARE_SHORT_OF_TARGET;
import static org.forumplan.model.constraints.ForumConstraint.SPEAKER_MIX_BY_REGION;
import static org.forumplan.model.constraints.ForumConstraint.SPEAKER_MIX_BY_STAKEHOLDER_GROUP;
import static org.forumplan.model.constraints.ForumConstraint.TOPIC_COVERAGE_MISSED;

import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.IntVar;
import com.google.ortools.sat.LinearExpr;
import com.google.ortools.sat.LinearExprBuilder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.forumplan.model.constraints.ForumConstraint;
import org.forumplan.model.domain.Selection;
import org.forumplan.model.domain.Session;
import org.forumplan.model.domain.ShareTarget;
import org.forumplan.model.domain.Topic;

/**
 * The selection's goals in the exact model: a share's shortfall (what the share needs of the number placed, a table
 * on that number, less the flagged ones placed), topic coverage (a table on the number placed, as for clashes) and narrow panels (a
 * constant per placement), each exactly as the constraint provider counts it. The speaker mix is a square root of
 * squares, which the model does not state: it must weigh 0 to compare.
 */
final class SelectionTerms {

    private final CpModel model;
    private final Choices choices;
    private final Penalties penalties;
    private final List<Session> chosen;

    private SelectionTerms(CpModel model, Choices choices, Penalties penalties) {
        this.model = model;
        this.choices = choices;
        this.penalties = penalties;
        this.chosen = choices.sessions().stream().filter(Session::isInSelection).toList();
    }

    /** @throws IllegalArgumentException when the speaker mix counts */
    static void state(CpModel model, Choices choices, Penalties penalties, Selection selection) {
        requireOff(penalties, SPEAKER_MIX_BY_STAKEHOLDER_GROUP, selection.speakerMix());
        requireOff(penalties, SPEAKER_MIX_BY_REGION, selection.speakerMix());
        SelectionTerms terms = new SelectionTerms(model, choices, penalties);
        if (penalties.counts(SHARE_SHORT_OF_TARGET)) {
            selection.shares().forEach(terms::shortfall);
        }
        if (penalties.counts(TOPIC_COVERAGE_MISSED)) {
            terms.coverage();
        }
        if (penalties.counts(NARROW_PANEL)) {
            terms.narrowPanels();
        }
    }

    /** The flagged sessions missing: at least what the share needs of those placed less those flagged, and 0. */
    private void shortfall(ShareTarget target) {
        LinearExprBuilder placed = LinearExpr.newBuilder();
        LinearExprBuilder flagged = LinearExpr.newBuilder();
        for (Session session : chosen) {
            placed.add(choices.placed(session));
            if (target.flag().isSetOn(session)) {
                flagged.add(choices.placed(session));
            }
        }
        // How many the share needs of so many placed, as a table on the count: the constraint's own rounding.
        int most = chosen.size();
        IntVar count = model.newIntVar(0, most, "");
        model.addEquality(count, placed.build());
        long[] table = new long[most + 1];
        for (int k = 0; k <= most; k++) {
            table[k] = target.needed(k);
        }
        IntVar needed = model.newIntVar(0, table[most], "");
        model.addElement(count, table, needed);
        IntVar shortfall = model.newIntVar(0, most, "");
        model.addGreaterOrEqual(shortfall, LinearExpr.newBuilder().add(needed).addTerm(flagged.build(), -1));
        penalties.add(SHARE_SHORT_OF_TARGET, shortfall, 1);
    }

    /** Per topic, what its proposals left out would add: a table on how many are placed. */
    private void coverage() {
        Map<Topic, List<Session>> byTopic = new LinkedHashMap<>();
        for (Session session : chosen) {
            session.getCoverageTopics()
                    .forEach(topic -> byTopic.computeIfAbsent(topic, ignored -> new ArrayList<>())
                            .add(session));
        }
        byTopic.forEach((topic, sessions) -> {
            int proposed = sessions.size();
            IntVar count = model.newIntVar(0, proposed, "");
            LinearExprBuilder placed = LinearExpr.newBuilder();
            sessions.forEach(session -> placed.add(choices.placed(session)));
            model.addEquality(count, placed.build());
            long[] table = new long[proposed + 1];
            for (int k = 0; k <= proposed; k++) {
                table[k] = Selection.coverageMissed(proposed, k);
            }
            IntVar missed = model.newIntVar(0, table[0], "");
            model.addElement(count, table, missed);
            penalties.add(TOPIC_COVERAGE_MISSED, missed, 1);
        });
    }

    private void narrowPanels() {
        for (Session session : chosen) {
            if (session.getMissingStakeholderGroups() > 0) {
                penalties.add(NARROW_PANEL, choices.placed(session), session.getMissingStakeholderGroups());
            }
        }
    }

    private static void requireOff(Penalties penalties, ForumConstraint constraint, boolean goalSet) {
        if (goalSet && penalties.counts(constraint)) {
            throw new IllegalArgumentException(("the exact model does not state \"%s\" (a square root of squares);"
                            + " give it weight 0 to compare")
                    .formatted(constraint.constraintName()));
        }
    }
}
