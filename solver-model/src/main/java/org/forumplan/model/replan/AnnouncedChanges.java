package org.forumplan.model.replan;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.forumplan.model.domain.Placement;
import org.forumplan.model.domain.Programme;
import org.forumplan.model.domain.Session;

/**
 * What re-planning did to an announced programme: of the sessions it placed, which are now at another time, which only
 * in another room, which are left out and which are no longer in the forum. Times are compared as intervals and rooms
 * by id, as {@link org.forumplan.model.analysis.ProgrammeDiff} does, so the counts agree with what {@code forumplan diff} lists.
 *
 * @param announced the sessions the announced programme places that the re-planned forum still has
 * @param changedTime ids of announced sessions placed at another time (perhaps in another room too)
 * @param changedRoomOnly ids of announced sessions at their announced time in another room
 * @param leftOut ids of announced sessions the re-planned programme does not place
 * @param removed ids of announced sessions no longer in the re-planned forum (cancelled, merged)
 */
public record AnnouncedChanges(
        int announced,
        List<String> changedTime,
        List<String> changedRoomOnly,
        List<String> leftOut,
        List<String> removed) {

    public static AnnouncedChanges compare(Programme announcedProgramme, Programme replanned) {
        Map<String, Session> now = replanned.getSessions().stream()
                .collect(Collectors.toMap(Session::getId, Function.identity(), (first, second) -> first));
        int announced = 0;
        List<String> changedTime = new ArrayList<>();
        List<String> changedRoomOnly = new ArrayList<>();
        List<String> leftOut = new ArrayList<>();
        List<String> removed = new ArrayList<>();
        for (Session before : announcedProgramme.getSessions()) {
            if (!before.isPlaced()) {
                continue;
            }
            Session after = now.get(before.getId());
            if (after == null) {
                removed.add(before.getId());
                continue;
            }
            announced++;
            Placement from = before.getPlacement();
            Placement to = after.getPlacement();
            if (to == null) {
                leftOut.add(before.getId());
            } else if (from.startMinute() != to.startMinute() || from.endMinute() != to.endMinute()) {
                changedTime.add(before.getId());
            } else if (!from.roomId().equals(to.roomId())) {
                changedRoomOnly.add(before.getId());
            }
        }
        return new AnnouncedChanges(
                announced,
                List.copyOf(changedTime),
                List.copyOf(changedRoomOnly),
                List.copyOf(leftOut),
                List.copyOf(removed));
    }

    /** Announced sessions placed somewhere else: at another time, or only in another room. */
    public int moved() {
        return changedTime.size() + changedRoomOnly.size();
    }

    /**
     * "Announced sessions moved: 9 of 112 (2 changed time, 7 changed room only)", followed by the announced sessions
     * left out and those no longer in the forum, when there are any.
     */
    public String summary() {
        StringBuilder text =
                new StringBuilder("Announced sessions moved: %d of %d (%d changed time, %d changed room only)"
                        .formatted(moved(), announced, changedTime.size(), changedRoomOnly.size()));
        if (!leftOut.isEmpty()) {
            text.append("; %d left out (%s)".formatted(leftOut.size(), String.join(", ", leftOut)));
        }
        if (!removed.isEmpty()) {
            text.append("; %d no longer in the dataset (%s)".formatted(removed.size(), String.join(", ", removed)));
        }
        return text.toString();
    }
}
