package org.forumplan.model.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ContainerNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.forumplan.model.problem.InvalidDatasetException;
import org.forumplan.model.problem.Problem;
import org.forumplan.model.validation.DatasetChecker;

/**
 * A {@code forumplan/1} document for tests: a small valid document (or the format's example) edited by JSON path, so
 * each test shows only what it changes, e.g. {@code TestDocument.minimal().set("rooms[0].capacity", 0)}.
 *
 * <p>Paths are the ones problems are reported with: {@code sessions[0].people[1].person}. Setting a path creates missing
 * objects on the way ({@code sessions[0].pinned.room}); an index equal to a list's size appends.
 */
public final class TestDocument {

    /** The example document of FORMAT.md, on the test classpath. */
    public static final String FORMAT_EXAMPLE = "/org/forumplan/model/format-example.json";

    /**
     * Two regular timeslots, two rooms (one with webcast and remote), one topic, one track, two people, and two
     * sessions: the workshop WS23 (90 minutes, organised by p-017) and the main session MS-IANA (90 minutes, mandatory).
     */
    private static final String MINIMAL = """
            {
              "format": "forumplan/1",
              "forum": { "name": "Test Forum", "venue": "Test Venue", "timeZone": "Europe/Istanbul" },
              "timeslots": [
                { "id": "d1-0900", "day": "2014-09-02", "start": "09:00", "end": "10:30", "kinds": ["regular"] },
                { "id": "d1-1100", "day": "2014-09-02", "start": "11:00", "end": "12:30", "kinds": ["regular"] }
              ],
              "rooms": [
                { "id": "main-hall", "name": "Main Hall", "capacity": 500, "features": ["webcast", "remote"] },
                { "id": "ws-01", "name": "Workshop Room 1", "capacity": 100, "features": [] }
              ],
              "topics": [ { "id": "child-protection", "name": "Online child protection" } ],
              "tracks": [ { "id": "capacity-building", "name": "Capacity building" } ],
              "people": [
                { "id": "p-017", "name": "A. Speaker" },
                { "id": "p-018", "name": "B. Speaker" }
              ],
              "sessions": [
                { "id": "WS23", "title": "Workshop 23", "kind": "workshop", "durationMinutes": 90,
                  "topics": ["child-protection"], "track": "capacity-building",
                  "people": [ { "person": "p-017", "role": "organizer" } ] },
                { "id": "MS-IANA", "title": "IANA Transition", "kind": "main", "durationMinutes": 90, "mandatory": true }
              ]
            }
            """;

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern STEP = Pattern.compile("([^.\\[\\]]+)|\\[(\\d+)]");

    private final ObjectNode root;

    private TestDocument(ObjectNode root) {
        this.root = root;
    }

    /** The small valid document described above. */
    public static TestDocument minimal() {
        return new TestDocument((ObjectNode) parse(MINIMAL));
    }

    /** A dataset file, to edit in memory: the file is left as it is. */
    public static TestDocument copyOf(Path file) {
        try {
            return new TestDocument((ObjectNode) JSON.readTree(file.toFile()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** FORMAT.md's example: valid, with pins, a published placement and a schedule. */
    public static TestDocument formatExample() {
        return new TestDocument((ObjectNode) parse(formatExampleText()));
    }

    public static String formatExampleText() {
        try (InputStream in = TestDocument.class.getResourceAsStream(FORMAT_EXAMPLE)) {
            if (in == null) {
                throw new IllegalStateException(FORMAT_EXAMPLE + " is not on the test classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Path formatExamplePath() {
        URL url = TestDocument.class.getResource(FORMAT_EXAMPLE);
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The committed datasets: Surefire passes the folder as {@code forumplan.datasets}; an IDE runs in the module. */
    public static Path datasetsFolder() {
        String configured = System.getProperty("forumplan.datasets");
        return configured == null ? Path.of("..", "datasets") : Path.of(configured);
    }

    /** Sets a value: a text, number, boolean, list or map becomes the JSON value; null becomes JSON null. */
    public TestDocument set(String path, Object value) {
        return setNode(path, value == null ? NullNode.getInstance() : JSON.valueToTree(value));
    }

    /** Sets a value given as JSON text, e.g. {@code setJson("sessions[0].pinned", "{\"room\": \"ws-01\"}")}. */
    public TestDocument setJson(String path, String json) {
        return setNode(path, parse(json));
    }

    /** Appends a deep copy of a list element to its list, e.g. to make a duplicate id. */
    public TestDocument copy(String elementPath) {
        List<Object> steps = steps(elementPath);
        ArrayNode list = (ArrayNode) navigate(steps.subList(0, steps.size() - 1), false);
        list.add(list.get((Integer) steps.get(steps.size() - 1)).deepCopy());
        return this;
    }

    public TestDocument remove(String path) {
        List<Object> steps = steps(path);
        ContainerNode<?> parent = navigate(steps.subList(0, steps.size() - 1), false);
        Object last = steps.get(steps.size() - 1);
        if (last instanceof Integer index) {
            ((ArrayNode) parent).remove(index);
        } else {
            ((ObjectNode) parent).remove((String) last);
        }
        return this;
    }

    /** The document as one line of JSON. */
    public String json() {
        try {
            return JSON.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public byte[] bytes() {
        return json().getBytes(StandardCharsets.UTF_8);
    }

    /** Reads the document with the strict reader. */
    public DatasetJson read() throws InvalidDatasetException {
        return new DatasetReader().read(json());
    }

    /** Reads the document and lists what the checker finds in it. */
    public List<Problem> problems() throws InvalidDatasetException {
        return DatasetChecker.check(read());
    }

    private TestDocument setNode(String path, JsonNode value) {
        List<Object> steps = steps(path);
        ContainerNode<?> parent = navigate(steps, true);
        Object last = steps.get(steps.size() - 1);
        if (last instanceof Integer index) {
            ArrayNode list = (ArrayNode) parent;
            if (index == list.size()) {
                list.add(value);
            } else {
                list.set(index, value);
            }
        } else {
            ((ObjectNode) parent).set((String) last, value);
        }
        return this;
    }

    /** The container holding the last step; with {@code create}, missing containers on the way are added. */
    private ContainerNode<?> navigate(List<Object> steps, boolean create) {
        ContainerNode<?> current = root;
        for (int i = 0; i < steps.size() - (create ? 1 : 0); i++) {
            Object step = steps.get(i);
            boolean nextIsIndex = i + 1 < steps.size() && steps.get(i + 1) instanceof Integer;
            JsonNode next = step instanceof Integer index ? current.get(index) : current.get((String) step);
            if (next == null || next.isNull()) {
                if (!create || step instanceof Integer) {
                    throw new IllegalArgumentException("no " + step + " in " + steps);
                }
                next = nextIsIndex ? JSON.createArrayNode() : JSON.createObjectNode();
                ((ObjectNode) current).set((String) step, next);
            }
            current = (ContainerNode<?>) next;
        }
        return current;
    }

    private static List<Object> steps(String path) {
        List<Object> steps = new ArrayList<>();
        Matcher matcher = STEP.matcher(path);
        while (matcher.find()) {
            steps.add(matcher.group(1) != null ? matcher.group(1) : Integer.valueOf(matcher.group(2)));
        }
        return steps;
    }

    private static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("bad JSON in a test: " + json, e);
        }
    }
}
