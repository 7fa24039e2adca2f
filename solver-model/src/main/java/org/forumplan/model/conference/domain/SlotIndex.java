package org.forumplan.model.conference.domain;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Every slot by its cell, start and length, so that a move can find the slot a submission would take elsewhere. */
public final class SlotIndex {

    private final Map<Long, Slot> slots = new HashMap<>();

    public SlotIndex(List<List<Slot>> slotsOfEachLength) {
        slotsOfEachLength.forEach(list ->
                list.forEach(slot -> slots.put(key(slot.cell(), slot.start(), slot.length()), slot)));
    }

    /** The slot of that cell, start and length, or null where the session is too short for it. */
    public Slot at(Cell cell, int start, int length) {
        return slots.get(key(cell, start, length));
    }

    private static long key(Cell cell, int start, int length) {
        return ((long) cell.index() << 32) | ((long) start << 12) | length;
    }
}
