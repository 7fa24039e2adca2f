package org.forumplan.model.load;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.forumplan.model.domain.Placement;
import org.forumplan.model.domain.SessionFacts;

/**
 * Works out a session's value range for the problem builder: the placements that fit its kind, duration and features,
 * where its room, its people and the session itself are available, and that no pin of the dataset rules out (its room,
 * its people, or an exclusive session at that time). Sessions with nothing of their own to exclude share one list per
 * kind of fit.
 */
final class PossiblePlacements {

    /** A session the dataset pins, and where. */
    record Pin(SessionFacts session, Placement placement) {}

    private final PlacementCatalog catalog;
    private final List<Pin> pins;
    // Keyed by the catalog's shared lists, so that sessions of one kind of fit share the filtered list too.
    private final Map<List<Placement>, List<Placement>> openPlacements = new IdentityHashMap<>();

    PossiblePlacements(PlacementCatalog catalog, List<Pin> pins) {
        this.catalog = catalog;
        this.pins = List.copyOf(pins);
    }

    /** The placements that fit the session's kind, duration and features, before availability and pins narrow them. */
    List<Placement> fitting(SessionFacts session) {
        return catalog.fitting(session.kind(), session.durationMinutes(), session.requiredFeatures());
    }

    /** The placements the session may take. */
    List<Placement> of(SessionFacts session) {
        List<Placement> fitting = fitting(session);
        List<Placement> open = openPlacements.computeIfAbsent(
                fitting,
                unused -> fitting.stream()
                        .filter(placement -> placement.roomUnavailableMinutes() == 0)
                        .filter(placement -> pins.stream().noneMatch(pin -> blocksEveryone(pin, placement)))
                        .toList());
        List<Pin> pinnedWithItsPeople = pins.stream()
                .filter(pin -> session.sharedPeopleCount(pin.session()) > 0)
                .toList();
        if (!session.hasPeopleWithUnavailability()
                && session.unavailableTimeslots().isEmpty()
                && pinnedWithItsPeople.isEmpty()) {
            return open;
        }
        return open.stream()
                .filter(placement -> session.peopleUnavailableMinutes(placement) == 0)
                .filter(placement -> session.ownUnavailableMinutes(placement) == 0)
                .filter(placement -> pinnedWithItsPeople.stream()
                        .noneMatch(pin -> pin.placement().overlaps(placement)))
                .toList();
    }

    /** A pinned session in the room at that time, or an exclusive one at that time anywhere. */
    private static boolean blocksEveryone(Pin pin, Placement placement) {
        return pin.placement().overlaps(placement)
                && (pin.session().exclusive() || pin.placement().roomId().equals(placement.roomId()));
    }
}
