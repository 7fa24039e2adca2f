package org.forumplan.model.validation;

import java.util.List;
import java.util.Map;
import org.forumplan.model.constraints.ForumConstraint;
import org.forumplan.model.domain.Programme;
import org.forumplan.model.domain.Room;
import org.forumplan.model.domain.Selection;
import org.forumplan.model.domain.Session;
import org.forumplan.model.domain.ShareTarget;
import org.forumplan.model.domain.SpeakerPool;
import org.forumplan.model.domain.StakeholderGroup;
import org.forumplan.model.domain.Timeslot;
import org.forumplan.model.io.DatasetJson;
import org.forumplan.model.io.SelectionJson;
import org.forumplan.model.problem.Problem;
import org.forumplan.model.problem.ProblemCollector;
import org.forumplan.model.solver.ConstraintWeights;

/**
 * Checks of {@code policy.selection}: its values on their own (errors), and whether the forum can meet its goals at all
 * (warnings that name the shortfall, since a goal the forum cannot meet still steers the solver, at a cost).
 */
final class SelectionChecks {

    private static final String PATH = "policy.selection";

    private SelectionChecks() {}

    /** The values' ranges. */
    static void checkValues(SelectionJson selection, ProblemCollector problems) {
        if (selection.kinds() != null && selection.kinds().isEmpty()) {
            problems.error(PATH + ".kinds", "empty; leave it out for workshops");
        }
        if (selection.minShare() != null) {
            share(problems, "developingCountry", selection.minShare().developingCountry());
            share(problems, "firstTime", selection.minShare().firstTime());
            share(problems, "newTopic", selection.minShare().newTopic());
        }
        Integer groups = selection.minStakeholderGroups();
        int allGroups = StakeholderGroup.values().length;
        if (groups != null && (groups < 1 || groups > allGroups)) {
            problems.error(
                    PATH + ".minStakeholderGroups",
                    "%d is out of range; expected 1 to %d stakeholder groups".formatted(groups, allGroups));
        }
    }

    private static void share(ProblemCollector problems, String key, Double share) {
        if (share != null && !(share >= 0 && share <= 1)) {
            problems.error(
                    PATH + ".minShare." + key,
                    "%s is out of range; expected a share from 0 to 1, e.g. 0.35 for 35%%".formatted(share));
        }
    }

    /** Weights the dataset gives the constraint of a goal it does not set: they have no effect. */
    static List<Problem> checkWeights(DatasetJson document, Selection selection) {
        ProblemCollector problems = new ProblemCollector();
        Map<String, String> weights =
                document.policy() == null || document.policy().weights() == null
                        ? Map.of()
                        : document.policy().weights();
        ConstraintWeights.offForGoalsNotSet(selection).asMap().keySet().stream()
                .map(ForumConstraint::constraintName)
                .filter(weights::containsKey)
                .sorted()
                .forEach(name -> problems.warning(
                        "policy.weights[\"%s\"]".formatted(name),
                        "no effect: policy.selection does not set the goal this constraint is for"));
        return problems.problems();
    }

    /** Goals the forum cannot meet, or can meet only by leaving places empty. */
    static List<Problem> checkReach(Programme programme) {
        ProblemCollector problems = new ProblemCollector();
        Selection selection = programme.getSelection();
        if (!selection.isSet()) {
            return problems.problems();
        }
        List<Session> chosen =
                programme.getSessions().stream().filter(Session::isInSelection).toList();
        String kinds = selection.kindsLabel();
        if (chosen.isEmpty()) {
            problems.warning(
                    PATH + ".kinds", "the dataset has no %s, so no goal of the selection applies".formatted(kinds));
            return problems.problems();
        }
        int places = places(programme, selection);
        for (ShareTarget target : selection.shares()) {
            shareReach(problems, target, chosen, kinds, Math.min(places, chosen.size()));
        }
        if (selection.topicCoverage()
                && chosen.stream().allMatch(session -> session.getTopics().isEmpty())) {
            problems.warning(
                    PATH + ".topicCoverage", "no %s has a topic, so there is nothing to cover".formatted(kinds));
        }
        long unjudged = chosen.stream()
                .filter(session -> session.getPeople().stream().allMatch(person -> person.stakeholderGroup() == null))
                .count();
        if (selection.minStakeholderGroups() > 0 && unjudged > 0) {
            problems.warning(
                    PATH + ".minStakeholderGroups",
                    "%d of the %d %s have nobody with a stakeholder group; their panels are not judged"
                            .formatted(unjudged, chosen.size(), kinds));
        }
        if (selection.speakerMix()) {
            for (SpeakerPool.Dimension dimension : SpeakerPool.Dimension.values()) {
                if (selection.speakerPools().stream().noneMatch(pool -> pool.dimension() == dimension)) {
                    problems.warning(
                            PATH + ".speakerMix",
                            "nobody on the %s has a %s, so the mix by %s is not measured"
                                    .formatted(kinds, dimension.label(), dimension.label()));
                }
            }
        }
        return problems.problems();
    }

    /**
     * Unreachable when even the flagged sessions with the mandatory unflagged ones fall short; reachable only by leaving
     * places empty when a programme of the flagged sessions' largest size is smaller than the places there are.
     */
    private static void shareReach(
            ProblemCollector problems, ShareTarget target, List<Session> chosen, String kinds, int places) {
        String path = PATH + ".minShare." + target.flag().key();
        long flagged = chosen.stream().filter(target.flag()::isSetOn).count();
        // Mandatory and pinned sessions are placed whatever the selection.
        long mandatoryUnflagged = chosen.stream()
                .filter(session -> (session.isMandatory() || session.isPinned())
                        && !target.flag().isSetOn(session))
                .count();
        double best = flagged + mandatoryUnflagged == 0 ? 0 : (double) flagged / (flagged + mandatoryUnflagged);
        if (best + 1e-9 < target.minShare()) {
            problems.warning(
                    path,
                    ("unreachable: %d of the %d %s are %s and %d unflagged ones are mandatory or pinned, so the share is at most"
                                    + " %s, short of %s")
                            .formatted(
                                    flagged,
                                    chosen.size(),
                                    kinds,
                                    target.flag().description(),
                                    mandatoryUnflagged,
                                    ShareTarget.percent(best),
                                    ShareTarget.percent(target.minShare())));
            return;
        }
        long largest = (long) Math.floor(flagged / target.minShare() + 1e-9);
        if (largest < places) {
            problems.warning(
                    path,
                    ("only %d of the %d %s are %s: %s of them is met only with at most %d placed, of about %d"
                                    + " places; %d more flagged proposals would fill them")
                            .formatted(
                                    flagged,
                                    chosen.size(),
                                    kinds,
                                    target.flag().description(),
                                    ShareTarget.percent(target.minShare()),
                                    largest,
                                    places,
                                    target.needed(places) - flagged));
        }
    }

    /** About how many of the selection's sessions fit at once: one per room and timeslot that host their kinds. */
    private static int places(Programme programme, Selection selection) {
        int places = 0;
        for (Room room : programme.getRooms()) {
            if (selection.kinds().stream().noneMatch(room::hosts)) {
                continue;
            }
            for (Timeslot timeslot : programme.getTimeslots()) {
                boolean hostsAKind = selection.kinds().stream().anyMatch(timeslot::hosts);
                if (hostsAKind && room.unavailableMinutes(timeslot.startMinute(), timeslot.endMinute()) == 0) {
                    places++;
                }
            }
        }
        return places;
    }
}
