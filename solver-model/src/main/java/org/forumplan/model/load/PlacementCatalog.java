package org.forumplan.model.load;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.forumplan.model.domain.Placement;
import org.forumplan.model.domain.Room;
import org.forumplan.model.domain.RoomFeature;
import org.forumplan.model.domain.SessionKind;
import org.forumplan.model.domain.Timeslot;

/**
 * Creates placements, one object per room and run of timeslots, shared by every session that may use it, and lists
 * the placements that fit a kind of session.
 */
public final class PlacementCatalog {

    // The whole run, not only start and span: two kinds may chain different timeslots after the same start.
    private record Key(String roomId, List<Timeslot> run) {}

    private record Fit(SessionKind kind, int durationMinutes, Set<RoomFeature> features) {}

    private final TimeGrid grid;
    private final List<Room> rooms;
    private final Map<Key, Placement> placements = new HashMap<>();
    private final Map<Fit, List<Placement>> fitting = new HashMap<>();

    public PlacementCatalog(TimeGrid grid, List<Room> rooms) {
        this.grid = grid;
        this.rooms = List.copyOf(rooms);
    }

    /**
     * Every placement in a room that hosts the kind and has the features, starting at a timeslot that hosts the kind,
     * spanning the fewest timeslots that cover the duration. Room availability is not considered here.
     */
    public List<Placement> fitting(SessionKind kind, int durationMinutes, Set<RoomFeature> features) {
        return fitting.computeIfAbsent(new Fit(kind, durationMinutes, Set.copyOf(features)), fit -> {
            List<Placement> result = new ArrayList<>();
            for (Room room : rooms) {
                if (!room.hosts(kind) || !room.features().containsAll(features)) {
                    continue;
                }
                for (Timeslot start : grid.hosting(kind)) {
                    grid.run(start, kind, durationMinutes, null).ifPresent(run -> result.add(placement(room, run)));
                }
            }
            return List.copyOf(result);
        });
    }

    /**
     * The placement of a session of this kind and duration in the room from the start timeslot.
     *
     * @param span the number of timeslots, or null for the fewest that cover the duration
     * @return empty if the day has no such run of timeslots hosting the kind
     */
    public Optional<Placement> find(Room room, Timeslot start, SessionKind kind, int durationMinutes, Integer span) {
        return grid.run(start, kind, durationMinutes, span).map(run -> placement(room, run));
    }

    private Placement placement(Room room, List<Timeslot> run) {
        Key key = new Key(room.id(), List.copyOf(run));
        return placements.computeIfAbsent(key, unused -> {
            int start = run.get(0).startMinute();
            int end = run.get(run.size() - 1).endMinute();
            return new Placement(room, run, grid.periodsWithin(start, end));
        });
    }
}
