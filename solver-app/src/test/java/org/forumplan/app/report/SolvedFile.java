package org.forumplan.app.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a solved file says, read as a plain JSON tree: the reference the reports are checked against, sharing no code
 * with them.
 *
 * @param placements every assignment by session id
 * @param unscheduled the sessions without a placement
 * @param titles every session's title by id
 * @param roomNames every room's name by id
 */
record SolvedFile(
        String forumName,
        String timeZone,
        Map<String, Placement> placements,
        List<String> unscheduled,
        Map<String, String> titles,
        Map<String, String> roomNames) {

    /** One assignment: room id, day (yyyy-mm-dd), start and end (HH:MM). */
    record Placement(String room, String day, String start, String end) {}

    private static final ObjectMapper JSON = new ObjectMapper();

    static SolvedFile read(Path file) {
        JsonNode root;
        try {
            root = JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, Placement> placements = new LinkedHashMap<>();
        for (JsonNode assignment : root.path("schedule").path("assignments")) {
            placements.put(
                    assignment.get("session").asText(),
                    new Placement(
                            assignment.get("room").asText(),
                            assignment.get("day").asText(),
                            assignment.get("start").asText(),
                            assignment.get("end").asText()));
        }
        List<String> unscheduled = new ArrayList<>();
        root.path("schedule").path("unscheduled").forEach(id -> unscheduled.add(id.asText()));
        Map<String, String> titles = new LinkedHashMap<>();
        root.get("sessions")
                .forEach(session -> titles.put(
                        session.get("id").asText(), session.get("title").asText()));
        Map<String, String> roomNames = new LinkedHashMap<>();
        root.get("rooms")
                .forEach(room ->
                        roomNames.put(room.get("id").asText(), room.path("name").asText()));
        return new SolvedFile(
                root.get("forum").get("name").asText(),
                root.get("forum").get("timeZone").asText(),
                placements,
                unscheduled,
                titles,
                roomNames);
    }
}
