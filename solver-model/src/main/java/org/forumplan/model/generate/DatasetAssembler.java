package org.forumplan.model.generate;

import java.util.List;
import org.forumplan.model.domain.SessionKind;
import org.forumplan.model.generate.ForumGenerator.GeneratedForum;
import org.forumplan.model.generate.Venue.Slot;
import org.forumplan.model.io.AssignmentJson;
import org.forumplan.model.io.DatasetJson;
import org.forumplan.model.io.ForumJson;
import org.forumplan.model.io.PlacementJson;
import org.forumplan.model.io.PolicyJson;
import org.forumplan.model.io.RoomJson;
import org.forumplan.model.io.SessionJson;
import org.forumplan.model.io.SlotKinds;
import org.forumplan.model.io.TimeslotJson;
import org.forumplan.model.io.TrackJson;

/** Writes the venue, the people and the sessions as a dataset document, with the schedule they were planted in. */
final class DatasetAssembler {

    private static final List<TrackJson> TRACKS = List.of(
            new TrackJson("cb", "Capacity building"),
            new TrackJson("youth", "Youth"),
            new TrackJson("nri", "National and regional IGF initiatives"),
            new TrackJson("dc", "Dynamic coalitions"),
            new TrackJson("bpf", "Best practice forums"));

    private DatasetAssembler() {}

    static GeneratedForum assemble(GeneratorSettings settings, Venue venue, Planter planter, People people) {
        return new GeneratedForum(dataset(settings, venue, planter, people), planted(planter.drafts()));
    }

    private static DatasetJson dataset(GeneratorSettings settings, Venue venue, Planter planter, People people) {
        String name = switch (settings.preset()) {
            case REGIONAL -> "Synthetic Regional Internet Governance Forum";
            case IGF2016 -> "Synthetic forum with the IGF 2016 mix";
            case IGF -> "Synthetic Internet Governance Forum";
        };
        List<TimeslotJson> timeslots = venue.slots().stream()
                .map(slot -> new TimeslotJson(
                        slot.id(),
                        slot.date(),
                        slot.start(),
                        slot.end(),
                        List.of(
                                switch (slot.type()) {
                                    case DAY0 -> SlotKinds.DAY0;
                                    case REGULAR -> SlotKinds.REGULAR;
                                    case FLASH -> SlotKinds.FLASH;
                                }),
                        null))
                .toList();
        List<RoomJson> rooms = venue.rooms().stream()
                .map(room -> new RoomJson(
                        room.id(), room.name(), room.capacity(), room.features(), room.kinds(), planter.closures(room)))
                .toList();
        List<SessionJson> sessions =
                planter.drafts().stream().map(DatasetAssembler::session).toList();
        int workshopRooms = venue.roomsHosting(SessionKind.WORKSHOP).size();
        // At least as many in parallel as the planted schedule has, which must stay feasible.
        PolicyJson policy = new PolicyJson(
                Math.max(maxPlantedInParallel(venue, planter.drafts()), workshopRooms + 1),
                Math.max(2, workshopRooms * 3 / 4),
                null,
                null);
        return new DatasetJson(
                DatasetJson.FORMAT,
                new ForumJson(name, "Invented venue (seed %d)".formatted(settings.seed()), "UTC"),
                timeslots,
                rooms,
                Themes.topics(),
                TRACKS,
                people.toJson(),
                sessions,
                policy,
                null,
                null);
    }

    private static SessionJson session(Draft draft) {
        boolean workshop = draft.kind == SessionKind.WORKSHOP;
        return new SessionJson(
                draft.id,
                draft.title,
                draft.kind,
                draft.duration,
                draft.topics.isEmpty() ? null : draft.topics,
                draft.track,
                List.copyOf(draft.people),
                draft.organization,
                draft.attendance,
                draft.requiredFeatures,
                draft.mandatory,
                draft.evaluation,
                workshop ? draft.developingCountry : null,
                workshop ? draft.firstTime : null,
                workshop ? draft.newTopic : null,
                draft.preferred,
                draft.unavailable,
                draft.mustPrecede,
                draft.feeds,
                draft.exclusive ? Boolean.TRUE : null,
                draft.pinned
                        ? new PlacementJson(draft.room.id(), draft.firstSlot().id(), draft.run.size())
                        : null,
                null);
    }

    private static List<AssignmentJson> planted(List<Draft> drafts) {
        return drafts.stream()
                .filter(Draft::isPlanted)
                .map(draft -> new AssignmentJson(
                        draft.id,
                        draft.room.id(),
                        draft.firstSlot().id(),
                        draft.run.size(),
                        draft.firstSlot().date(),
                        draft.firstSlot().start(),
                        draft.lastSlot().end()))
                .toList();
    }

    private static int maxPlantedInParallel(Venue venue, List<Draft> drafts) {
        int max = 0;
        for (Slot slot : venue.slots()) {
            int running = (int) drafts.stream()
                    .filter(Draft::isPlanted)
                    .filter(draft -> draft.overlaps(slot))
                    .count();
            max = Math.max(max, running);
        }
        return max;
    }
}
