package org.forumplan.model.io;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import org.forumplan.model.domain.RoomFeature;
import org.forumplan.model.domain.SessionKind;

/**
 * {@code rooms[]}.
 *
 * @param kinds session kinds the room may host; absent means all
 * @param unavailable ids of timeslots when the room cannot be used
 */
@JsonPropertyOrder({"id", "name", "capacity", "features", "kinds", "unavailable"})
public record RoomJson(
        String id,
        String name,
        Integer capacity,
        List<RoomFeature> features,
        List<SessionKind> kinds,
        List<String> unavailable) {}
