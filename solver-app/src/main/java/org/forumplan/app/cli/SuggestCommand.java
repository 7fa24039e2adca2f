package org.forumplan.app.cli;

import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import org.forumplan.app.explain.ScoreText;
import org.forumplan.model.domain.Placement;
import org.forumplan.model.domain.Programme;
import org.forumplan.model.domain.Session;
import org.forumplan.model.edit.PlaceSuggester;
import org.forumplan.model.edit.PlaceSuggestion;
import org.forumplan.model.load.DatasetLoader;
import org.forumplan.model.load.DatasetLoader.LoadedDataset;
import org.forumplan.model.load.DatasetPins;
import org.forumplan.model.problem.InvalidDatasetException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code forumplan suggest SCHEDULE SESSION}: the best places for one session, everything else staying put. */
@Command(
        name = "suggest",
        mixinStandardHelpOptions = true,
        description = {
            "The best places for one session of a solved dataset (placed or not), everything else staying where it"
                    + " is: for each, the room, day and time, span, the score the whole programme would have there,"
                    + " the change from now, and each constraint whose cost changes, in words. A pinned session's"
                    + " places are those it could have unpinned.",
            "Places that break a hard constraint are left out unless --include-infeasible, which marks them."
        },
        footer = {
            "",
            "Examples:",
            "  forumplan suggest out/igf-2014-istanbul.solved.json WS23",
            "  forumplan suggest out/igf-2014-istanbul.solved.json WS23 --top 10 --format json"
        })
public class SuggestCommand implements Callable<Integer> {

    private static final JsonMapper JSON =
            JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    @Parameters(index = "0", paramLabel = "SCHEDULE", description = "A solved dataset (the output of solve).")
    Path schedule;

    @Parameters(index = "1", paramLabel = "SESSION", description = "The id of the session.")
    String sessionId;

    @Option(
            names = "--top",
            paramLabel = "N",
            defaultValue = "5",
            description = "Places shown (default: ${DEFAULT-VALUE}).")
    int top;

    @Option(names = "--include-infeasible", description = "Also list places that break a hard constraint.")
    boolean includeInfeasible;

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            defaultValue = "text",
            description = "text or json (default: ${DEFAULT-VALUE}).")
    Format format;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    enum Format {
        TEXT,
        JSON
    }

    @Override
    public Integer call() throws Exception {
        if (top < 1) {
            throw new UsageException("--top: " + top + " must be at least 1");
        }
        Path file = DatasetFiles.locate(schedule);
        // Building the solver factory behind the suggester takes as long as reading the dataset; on a second core,
        // both are done in the time of one.
        CompletableFuture<PlaceSuggester> suggesterBeingBuilt = CompletableFuture.supplyAsync(PlaceSuggester::new);
        LoadedDataset loaded = DatasetFiles.loadSolved(file, spec.commandLine().getErr());
        Programme programme = loaded.programme();
        if (DatasetFiles.session(programme, sessionId, file, "").isPinned()) {
            // Where it could go unpinned: the same programme with its pin lifted.
            programme = unpinned(loaded, file);
        }
        Session session = DatasetFiles.session(programme, sessionId, file, "");
        Placement current = session.getPlacement();
        PlaceSuggester suggester = suggesterBeingBuilt.join();
        List<PlaceSuggestion> places = suggester.suggest(programme, session).stream()
                .filter(place -> place.placement() != current)
                .filter(place -> includeInfeasible || !place.breaksHardConstraint())
                .limit(top)
                .toList();
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.TEXT
                && current == null
                && !session.isMandatory()
                && places.stream().allMatch(PlaceSuggestion::breaksHardConstraint)) {
            out.print(text(session, places));
            out.println(suggester
                    .bestReplacement(programme, session)
                    .map(replacement -> "No free place; best in %s's place, %s, which would then be left out: %s (%s)"
                            .formatted(
                                    replacement.replaced().getId(),
                                    describe(replacement.placement()),
                                    replacement.score(),
                                    ScoreText.signed(replacement.change())))
                    .orElse("No free place, and no placed proposal's place it could take."));
            out.flush();
            return ExitCode.OK;
        }
        out.print(format == Format.JSON ? json(places) : text(session, places));
        out.flush();
        return ExitCode.OK;
    }

    private Programme unpinned(LoadedDataset loaded, Path file) {
        try {
            return DatasetLoader.load(DatasetPins.unpin(loaded.document(), List.of(sessionId))
                            .document())
                    .programme();
        } catch (InvalidDatasetException e) {
            throw new DatasetProblemsException(file, e.problems());
        }
    }

    private static String text(Session session, List<PlaceSuggestion> places) {
        StringBuilder text = new StringBuilder();
        text.append("%s (%s) is %s%s%n"
                .formatted(
                        session.getId(),
                        session.getTitle(),
                        session.isPlaced() ? "at " + session.getPlacement().describe() : "not scheduled",
                        session.isPinned() ? ", pinned" : ""));
        if (places.isEmpty()) {
            text.append("No %s without breaking a hard constraint (--include-infeasible lists them).%n"
                    .formatted(session.isPlaced() ? "other place" : "place"));
        }
        int rank = 1;
        for (PlaceSuggestion place : places) {
            text.append("%d. %s%s: %s (%s)%n"
                    .formatted(
                            rank++,
                            describe(place.placement()),
                            place.breaksHardConstraint() ? " [breaks a hard constraint]" : "",
                            place.score(),
                            ScoreText.signed(place.change())));
            for (PlaceSuggestion.ConstraintChange constraint : place.constraints()) {
                text.append("   %s %s".formatted(constraint.name(), ScoreText.signed(constraint.change())));
                text.append(constraint.reasons().isEmpty() ? "" : ": " + String.join("; ", constraint.reasons()));
                text.append(System.lineSeparator());
            }
        }
        return text.toString();
    }

    private static String describe(Placement placement) {
        return "%s (%s%s)"
                .formatted(
                        placement.describe(),
                        placement.startTimeslot().id(),
                        placement.span() > 1 ? ", span " + placement.span() : "");
    }

    private static String json(List<PlaceSuggestion> places) throws Exception {
        ArrayNode array = JSON.createArrayNode();
        for (PlaceSuggestion place : places) {
            ObjectNode node = array.addObject();
            node.put("room", place.placement().roomId());
            node.put("timeslot", place.placement().startTimeslot().id());
            node.put("span", place.placement().span());
            node.put("score", place.score().toString());
            node.put("change", place.change().toString());
            node.put("breaksHardConstraint", place.breaksHardConstraint());
            ArrayNode constraints = node.putArray("constraints");
            for (PlaceSuggestion.ConstraintChange constraint : place.constraints()) {
                ObjectNode entry = constraints.addObject();
                entry.put("name", constraint.name());
                entry.put("change", constraint.change().toString());
                constraint.reasons().forEach(entry.putArray("reasons")::add);
            }
        }
        return JSON.writeValueAsString(array) + System.lineSeparator();
    }
}
