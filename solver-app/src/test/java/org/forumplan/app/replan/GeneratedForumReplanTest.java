package org.forumplan.app.replan;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.forumplan.model.generate.ForumGenerator;
import org.forumplan.model.generate.ForumGenerator.GeneratedForum;
import org.forumplan.model.generate.GeneratorSettings;
import org.forumplan.model.generate.Preset;
import org.forumplan.model.io.AssignmentJson;
import org.forumplan.model.io.DatasetJson;
import org.forumplan.model.io.ScheduleJson;
import org.forumplan.model.io.SessionJson;
import org.junit.jupiter.api.BeforeAll;

/**
 * Re-planning a generated regional forum (70 sessions over three days in nine rooms, with more proposals than places,
 * so that a displaced session can only take a proposal's place) after the changes of {@link ReplanScenarios}. The
 * programme announced is the generator's planted schedule, improved by a short solve.
 */
class GeneratedForumReplanTest extends ReplanScenarios {

    private static DatasetJson announced;

    @BeforeAll
    static void announce() {
        GeneratedForum forum = ForumGenerator.generate(GeneratorSettings.of(Preset.REGIONAL, 2026));
        Set<String> planted =
                forum.plantedSchedule().stream().map(AssignmentJson::session).collect(Collectors.toSet());
        List<String> unplanted = forum.dataset().sessions().stream()
                .map(SessionJson::id)
                .filter(id -> !planted.contains(id))
                .toList();
        DatasetJson withPlanted =
                forum.dataset().withSchedule(new ScheduleJson(null, null, forum.plantedSchedule(), unplanted, null));
        announced = ReplanRuns.solve(withPlanted, 40_000);
    }

    @Override
    DatasetJson announced() {
        return announced;
    }
}
