package org.forumplan.model.generate;

import java.util.ArrayList;
import java.util.List;
import org.forumplan.model.domain.RoomFeature;
import org.forumplan.model.domain.SessionKind;
import org.forumplan.model.generate.Venue.Room;
import org.forumplan.model.generate.Venue.Slot;
import org.forumplan.model.io.ParticipantJson;

/**
 * A session while it is generated: planted first, then described, then written out. Mutable, because each step fills
 * in its own fields and reads those of the steps before it.
 */
final class Draft {
    final String id;
    final SessionKind kind;
    final int duration;
    final boolean mandatory;

    // Set by the planter. Room and run stay null for a proposal that found no place.
    Room room;
    List<Slot> run;
    boolean pinned;
    boolean exclusive;
    List<String> mustPrecede;
    String feeds;

    // Set by the describer, the people by People; a main session's title and topics by the planter.
    String title;
    List<String> topics = List.of();
    String track;
    final List<ParticipantJson> people = new ArrayList<>();
    String organization;
    int attendance;
    List<RoomFeature> requiredFeatures;
    List<String> preferred;
    List<String> unavailable;
    Double evaluation;
    boolean developingCountry;
    boolean firstTime;
    boolean newTopic;

    Draft(String id, SessionKind kind, int duration, boolean mandatory) {
        this.id = id;
        this.kind = kind;
        this.duration = duration;
        this.mandatory = mandatory;
    }

    boolean isPlanted() {
        return run != null;
    }

    Slot firstSlot() {
        return run.get(0);
    }

    Slot lastSlot() {
        return run.get(run.size() - 1);
    }

    int startMinute() {
        return firstSlot().startMinute();
    }

    int endMinute() {
        return lastSlot().endMinute();
    }

    /** Whether the planted session runs at any time of the slot. */
    boolean overlaps(Slot slot) {
        return startMinute() < slot.endMinute() && slot.startMinute() < endMinute();
    }
}
