package org.forumplan.app.cli;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.forumplan.model.domain.SessionKind;
import org.forumplan.model.generate.ForumGenerator;
import org.forumplan.model.generate.ForumGenerator.GeneratedForum;
import org.forumplan.model.generate.GeneratorSettings;
import org.forumplan.model.generate.Preset;
import org.forumplan.model.generate.SelectionGoals;
import org.forumplan.model.io.AssignmentJson;
import org.forumplan.model.io.DatasetJson;
import org.forumplan.model.io.ScheduleJson;
import org.forumplan.model.io.SessionJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code forumplan generate}: a synthetic forum of a given size and seed. */
@Command(
        name = "generate",
        mixinStandardHelpOptions = true,
        description = {
            "Generates a synthetic forum with the IGF's mix of session kinds, topics, tracks, people in several"
                    + " sessions, unavailability, feeders and BPF precedence, pinned main sessions and optional"
                    + " proposals beyond capacity.",
            "Deterministic: the same options give a byte-identical file. Feasible by construction: every mandatory"
                    + " session is first placed in a schedule without hard violations.",
            "The dataset goes to -o FILE, which is required."
        },
        footer = {
            "",
            "Examples:",
            "  forumplan generate -o my-forum.json",
            "  forumplan generate --preset regional --seed 7 -o regional.json",
            "  forumplan generate --sessions 1000 --days 6 --rooms 40 -o large.json"
        })
public class GenerateCommand implements Callable<Integer> {

    @Option(
            names = "--preset",
            paramLabel = "PRESET",
            defaultValue = "igf",
            description = "igf, regional or igf2016 (default: ${DEFAULT-VALUE}); sets the mix and default size.")
    Preset preset;

    @Option(names = "--sessions", paramLabel = "N", description = "Sessions in all (default: the preset's).")
    Integer sessions;

    @Option(names = "--days", paramLabel = "D", description = "Main days, besides a Day 0 (default: the preset's).")
    Integer days;

    @Option(names = "--rooms", paramLabel = "R", description = "Rooms of every kind (default: the preset's).")
    Integer rooms;

    @Option(
            names = "--seed",
            paramLabel = "S",
            defaultValue = "1",
            description = "The random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Mixin
    OutputOptions outputOptions;

    @Option(
            names = "--with-planted-schedule",
            description = "Also write the feasible schedule the forum was built around, as its schedule (a warm start,"
                    + " or a published programme to re-plan).")
    boolean withPlantedSchedule;

    @Option(
            names = "--selection-goals",
            description = "Set the selection goals the IGF 2014 MAG's choice implies (policy.selection: shares of"
                    + " developing-country, first-time and new-topic workshops, topic coverage, panels of three"
                    + " stakeholder groups, the proposals' speaker mix), as igf-2014-proposals does.")
    boolean selectionGoals;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Path output = outputOptions.output;
        if (output == null) {
            throw new UsageException("Missing required option: '--output=FILE'");
        }
        GeneratorSettings settings;
        GeneratedForum forum;
        try {
            settings = new GeneratorSettings(
                    preset,
                    sessions == null ? preset.defaultSessions() : sessions,
                    days == null ? preset.defaultDays() : days,
                    rooms == null ? preset.defaultRooms() : rooms,
                    seed);
            forum = ForumGenerator.generate(settings);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        OutputFiles.checkBeforeWriting(output, outputOptions.force);
        DatasetJson dataset = selectionGoals ? SelectionGoals.withIgf2014Goals(forum.dataset()) : forum.dataset();
        if (withPlantedSchedule) {
            Set<String> planted = forum.plantedSchedule().stream()
                    .map(AssignmentJson::session)
                    .collect(Collectors.toSet());
            List<String> unscheduled = dataset.sessions().stream()
                    .map(SessionJson::id)
                    .filter(id -> !planted.contains(id))
                    .toList();
            dataset = dataset.withSchedule(new ScheduleJson(null, null, forum.plantedSchedule(), unscheduled, null));
        }
        OutputFiles.writeOrRescue(dataset, output);
        spec.commandLine()
                .getOut()
                .printf(
                        "Generated %s: %d sessions (%s), %d rooms, %d timeslots, %d people; %d sessions placed in the"
                                + " planted schedule%n",
                        output,
                        dataset.sessions().size(),
                        byKind(dataset),
                        dataset.rooms().size(),
                        dataset.timeslots().size(),
                        dataset.people().size(),
                        forum.plantedSchedule().size());
        return ExitCode.OK;
    }

    private static String byKind(DatasetJson dataset) {
        Map<SessionKind, Long> counts = new EnumMap<>(SessionKind.class);
        for (SessionJson session : dataset.sessions()) {
            counts.merge(session.kind(), 1L, Long::sum);
        }
        return counts.entrySet().stream()
                .map(entry -> entry.getValue() + " " + entry.getKey().code())
                .collect(Collectors.joining(", "));
    }
}
