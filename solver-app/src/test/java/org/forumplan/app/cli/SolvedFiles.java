package org.forumplan.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** Reads what tests need from a solved dataset as plain JSON, independent of the code under test. */
final class SolvedFiles {

    private static final ObjectMapper JSON = new ObjectMapper();

    private SolvedFiles() {}

    /** The schedule's assignments by session id. */
    static Map<String, JsonNode> assignments(Path file) throws IOException {
        return assignmentsOf(JSON.readTree(file.toFile()));
    }

    /** The schedule's assignments by session id. */
    static Map<String, JsonNode> assignmentsOf(JsonNode document) {
        Map<String, JsonNode> byId = new HashMap<>();
        document.get("schedule")
                .get("assignments")
                .forEach(assignment -> byId.put(assignment.get("session").asText(), assignment));
        return byId;
    }
}
