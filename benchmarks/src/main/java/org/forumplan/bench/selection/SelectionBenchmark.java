package org.forumplan.bench.selection;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.forumplan.model.analysis.SelectionReview;
import org.forumplan.model.domain.Programme;
import org.forumplan.model.domain.Selection;
import org.forumplan.model.domain.SpeakerPool;
import org.forumplan.model.io.DatasetJson;
import org.forumplan.model.load.DatasetLoader;
import org.forumplan.model.problem.InvalidDatasetException;
import org.forumplan.model.selection.GoalCosts;
import org.forumplan.model.selection.SelectionGoal;
import org.forumplan.model.solver.ForumSolver;
import org.forumplan.model.solver.SolveOutcome;
import org.forumplan.model.solver.SolverSettings;

/**
 * Each selection goal's effect on a forum: the forum solved from scratch with every goal it sets, without each one in
 * turn, and with none, for the same time and seed; every programme measured against all the goals (shares reached,
 * topics covered, narrow panels, speaker mix) and by the proposal value it leaves out.
 */
public final class SelectionBenchmark {

    private static final Duration PROGRESS_INTERVAL = Duration.ofSeconds(5);

    private final Duration timeLimit;
    private final long seed;
    private final Consumer<String> progress;

    public SelectionBenchmark(Duration timeLimit, long seed, Consumer<String> progress) {
        this.timeLimit = timeLimit;
        this.seed = seed;
        this.progress = progress;
    }

    /** @throws IllegalArgumentException when the dataset sets no selection goal */
    public List<GoalEffect> run(String name, DatasetJson document) throws InvalidDatasetException {
        Programme withEvery = build(document);
        Selection goals = withEvery.getSelection();
        List<SelectionGoal> set = SelectionGoal.setIn(goals);
        if (set.isEmpty()) {
            throw new IllegalArgumentException(name + " sets no selection goal (policy.selection)");
        }
        Map<String, DatasetJson> variants = new LinkedHashMap<>();
        variants.put("every goal", document);
        for (SelectionGoal goal : set) {
            variants.put("without " + goal.label(), goal.withoutIn(document));
        }
        variants.put("no goal", document.withPolicy(document.policy().withSelection(null)));
        List<GoalEffect> effects = new ArrayList<>();
        for (Map.Entry<String, DatasetJson> variant : variants.entrySet()) {
            progress.accept("%s, %s: solving for %d s".formatted(name, variant.getKey(), timeLimit.toSeconds()));
            Programme problem = build(variant.getValue());
            SolveOutcome outcome = new ForumSolver(
                            new SolverSettings(timeLimit, null, null, null, null, seed, null, null), problem)
                    .solve(problem, ignored -> {}, PROGRESS_INTERVAL);
            effects.add(effect(name, variant.getKey(), outcome, goals));
        }
        return effects;
    }

    private static GoalEffect effect(String dataset, String variant, SolveOutcome outcome, Selection goals) {
        Programme best = outcome.best();
        SelectionReview review = SelectionReview.of(best, goals);
        Map<String, Double> shares = new LinkedHashMap<>();
        review.shares().forEach(share -> shares.put(share.flag(), Math.round(share.share() * 1000) / 10.0));
        return new GoalEffect(
                dataset,
                variant,
                best.getScore().toString(),
                review.placed(),
                review.proposed(),
                GoalCosts.valueLeftOut(best),
                shares,
                review.topicsCovered(),
                review.topics().size(),
                review.deepestTopic(),
                review.panels().narrow().size(),
                review.mix(SpeakerPool.Dimension.STAKEHOLDER_GROUP).widestGap(),
                review.mix(SpeakerPool.Dimension.REGION).widestGap(),
                outcome.scoreCalculationSpeed());
    }

    private static Programme build(DatasetJson document) throws InvalidDatasetException {
        return DatasetLoader.load(document).programme();
    }
}
