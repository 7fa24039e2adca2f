package org.forumplan.model.conference.io;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.forumplan.model.io.DatasetMapper;
import org.forumplan.model.io.DatasetReader;
import org.forumplan.model.io.JsonErrors;
import org.forumplan.model.problem.InvalidDatasetException;
import org.forumplan.model.problem.Problem;

/**
 * Reads and writes {@code cosplib/1} documents with the one Jackson configuration forumplan has: strict on input
 * (unknown fields, wrong types), stable on output.
 */
public final class ConferenceDocuments {

    private ConferenceDocuments() {}

    /** Whether a parsed JSON document says it is a conference. */
    public static boolean isConference(JsonNode root) {
        return root.isObject()
                && ConferenceJson.FORMAT.equals(root.path("format").asText());
    }

    /**
     * Whether a JSON file says it is a conference; false for anything unreadable, which its reader then reports. Every
     * forum command asks this first, so only the top-level {@code format} is looked for, token by token, and nothing
     * else of the file is built (a 4,000-session forum is 4.5 MB).
     */
    public static boolean isConference(Path file) {
        try (JsonParser parser = DatasetMapper.mapper().createParser(file.toFile())) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return false;
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                if (field.equals("format")) {
                    return value == JsonToken.VALUE_STRING && ConferenceJson.FORMAT.equals(parser.getText());
                }
                parser.skipChildren();
            }
            return false;
        } catch (IOException e) {
            return false;
        }
    }

    public static ConferenceJson read(Path file) throws IOException, InvalidDatasetException {
        return read(DatasetReader.parseJson(Files.readString(file, StandardCharsets.UTF_8)));
    }

    public static ConferenceJson read(JsonNode root) throws InvalidDatasetException {
        if (!isConference(root)) {
            throw new InvalidDatasetException(
                    Problem.error("format", "expected \"" + ConferenceJson.FORMAT + "\" for a conference"));
        }
        try {
            return DatasetMapper.mapper().treeToValue(root, ConferenceJson.class);
        } catch (JacksonException e) {
            Problem problem = JsonErrors.toProblem("", root, e);
            // The path is relative to the document, so it starts with the dot that would follow a prefix.
            String path = problem.path().startsWith(".") ? problem.path().substring(1) : problem.path();
            throw new InvalidDatasetException(Problem.error(path, problem.message()));
        }
    }

    public static String toJson(ConferenceJson document) {
        try {
            return DatasetMapper.prettyWriter().writeValueAsString(document) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
