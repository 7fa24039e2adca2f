package org.forumplan.model.replan;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.forumplan.model.domain.Person;
import org.forumplan.model.domain.Placement;
import org.forumplan.model.domain.Session;

/**
 * Whether a placement a session once had (announced, or to pin) still fits it, and if not, why in words: for the notes
 * of re-planning, where an announced placement is dropped rather than refused.
 */
final class PlacementFit {

    private PlacementFit() {}

    /** Whether the placement is one of the session's possible placements, which the builder computed at load. */
    static boolean fits(Session session, Placement placement) {
        for (Placement possible : session.getPossiblePlacements()) {
            if (possible == placement) {
                return true;
            }
        }
        return false;
    }

    /**
     * Why a placement is not among the session's possible placements: "room ws-05 is unavailable then", "Alice Aydın
     * (p-alice) is unavailable then", "pinned session MS-IANA holds the room then".
     *
     * @param pinned the sessions pinned so far, whose rooms, people and exclusive times rule places out
     */
    static String whyNot(Session session, Placement placement, List<Session> pinned) {
        List<String> reasons = new ArrayList<>();
        if (placement.roomUnavailableMinutes() > 0) {
            reasons.add("room %s is unavailable then".formatted(placement.roomId()));
        }
        List<Person> away = session.getPeople().stream()
                .filter(person -> person.unavailableMinutes(placement.startMinute(), placement.endMinute()) > 0)
                .toList();
        if (!away.isEmpty()) {
            reasons.add(names(away) + (away.size() == 1 ? " is" : " are") + " unavailable then");
        }
        if (session.ownUnavailableMinutes(placement) > 0) {
            reasons.add("the session itself is unavailable then");
        }
        if (session.missingFeatureCount(placement) > 0) {
            reasons.add("room %s lacks a feature the session requires".formatted(placement.roomId()));
        }
        clash(session, placement, pinned).ifPresent(reasons::add);
        return reasons.isEmpty() ? "it no longer fits the session's kind and length" : String.join("; ", reasons);
    }

    /**
     * The first pinned session that rules the placement out for this session: in its room at that time, exclusive at
     * that time, or with one of its people at that time.
     */
    static Optional<String> clash(Session session, Placement placement, List<Session> pinned) {
        for (Session pin : pinned) {
            if (pin == session || !pin.getPlacement().overlaps(placement)) {
                continue;
            }
            if (pin.roomId().equals(placement.roomId())) {
                return Optional.of("pinned session %s holds the room then".formatted(pin.getId()));
            }
            if (pin.isExclusive() || session.isExclusive()) {
                return Optional.of(
                        "exclusive session %s runs then".formatted(pin.isExclusive() ? pin.getId() : session.getId()));
            }
            List<Person> shared = session.sharedPeople(pin);
            if (!shared.isEmpty()) {
                return Optional.of("%s %s in pinned session %s then"
                        .formatted(names(shared), shared.size() == 1 ? "is" : "are", pin.getId()));
            }
        }
        return Optional.empty();
    }

    private static String names(List<Person> people) {
        return people.stream().map(Person::describe).collect(Collectors.joining(", "));
    }
}
