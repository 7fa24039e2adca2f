package org.forumplan.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.forumplan.app.cli.CommandRun.forumplan;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.forumplan.app.audit.ScheduleAudit;
import org.forumplan.app.audit.ScheduleAudit.Rule;
import org.forumplan.app.audit.ScheduleAudit.Violation;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Datasets that pass every pre-check but have no schedule without a hard violation: {@code solve} exits with 1, still
 * writes the schedule, and lists each broken hard constraint with the sessions and people involved, so that a planner
 * can act on it. What is broken is found by the independent audit of the written file, not taken from the solver.
 *
 * <ul>
 *   <li>person-triangle: three mandatory workshops, two timeslots, two rooms, each pair sharing a person;
 *   <li>precedence-chain: A before B before C, all mandatory, in two timeslots.
 * </ul>
 */
class HardConstraintsBrokenTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The catalogue's name of the constraint each audited rule stands for. */
    private static final Map<Rule, String> CONSTRAINT = Map.of(
            Rule.ROOM_CONFLICT, "Room conflict",
            Rule.PERSON_CONFLICT, "Person conflict",
            Rule.ROOM_UNAVAILABLE, "Room unavailable",
            Rule.PERSON_UNAVAILABLE, "Person unavailable",
            Rule.ROOM_FEATURE, "Missing room feature",
            Rule.EXCLUSIVE, "Exclusive session competition",
            Rule.PRECEDENCE, "Precedence",
            Rule.PARALLEL_LIMIT, "Parallel limit",
            Rule.MANDATORY_UNSCHEDULED, "Mandatory session unscheduled",
            Rule.SESSION_UNAVAILABLE, "Session unavailable");

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"person-triangle-forum", "precedence-chain-forum"})
    void solveExitsOneAndListsEachBrokenHardConstraintWithTheIdsInvolved(String name, @TempDir Path folder)
            throws IOException {
        Path input = TestDatasets.resource("/org/forumplan/app/" + name + ".json");
        Path output = folder.resolve(name + ".solved.json");
        assertThat(forumplan("validate", input.toString()).exitCode())
                .as("passes every pre-check")
                .isEqualTo(ExitCode.OK);

        CommandRun run = forumplan(
                "solve",
                input.toString(),
                "--step-limit",
                "50",
                "--time-limit",
                "10s",
                "--no-progress",
                "-o",
                output.toString());

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCode.HARD_CONSTRAINTS_BROKEN);
        assertThat(run.out()).contains("NOT feasible", "Written: " + output);
        List<Violation> violations = ScheduleAudit.audit(output);
        assertThat(violations).as("the audit finds the schedule infeasible").isNotEmpty();
        List<String> listed = brokenHardConstraintLines(run);
        JsonNode dataset = JSON.readTree(output.toFile());
        for (Violation violation : violations) {
            String constraint = CONSTRAINT.get(violation.rule());
            List<String> ids = idsIn(violation.detail(), dataset);
            assertThat(ids).as("ids in %s", violation).isNotEmpty();
            assertThat(listed)
                    .as("a line for %s naming %s in%n%s", violation, ids, run.out())
                    .anySatisfy(line -> {
                        assertThat(line).startsWith("  " + constraint + ": ");
                        ids.forEach(id -> assertThat(line).containsPattern("\\b" + Pattern.quote(id) + "\\b"));
                    });
        }
    }

    /** The lines under "Hard constraints still broken:" in the summary. */
    private static List<String> brokenHardConstraintLines(CommandRun run) {
        List<String> lines = run.outLines();
        int heading = lines.indexOf("Hard constraints still broken:");
        assertThat(heading)
                .as("a list of broken hard constraints in%n%s", run.out())
                .isNotNegative();
        List<String> listed = new ArrayList<>();
        for (String line : lines.subList(heading + 1, lines.size())) {
            if (!line.startsWith("  ")) {
                break;
            }
            listed.add(line);
        }
        return listed;
    }

    /** The session and person ids a violation's text names. */
    private static List<String> idsIn(String text, JsonNode dataset) {
        List<String> ids = new ArrayList<>();
        for (String list : List.of("sessions", "people")) {
            for (JsonNode element : dataset.path(list)) {
                String id = element.get("id").asText();
                if (Pattern.compile("\\b" + Pattern.quote(id) + "\\b")
                        .matcher(text)
                        .find()) {
                    ids.add(id);
                }
            }
        }
        return ids;
    }
}
