package org.forumplan.model.io;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.forumplan.model.problem.InvalidDatasetException;
import org.forumplan.model.problem.Problem;
import org.forumplan.model.problem.ProblemCollector;

/**
 * Reads a {@code forumplan/1} file into {@link DatasetJson}, strictly: JSON syntax, the format identifier, unknown
 * fields and wrong types. Each list element is bound on its own, so one reading reports a problem in every broken
 * element, not only the first. References and values are checked afterwards by {@code DatasetChecker}.
 */
public final class DatasetReader {

    private static final Map<String, DatasetList> LIST_FIELDS = new LinkedHashMap<>();
    private static final Map<String, Class<?>> OBJECT_FIELDS = new LinkedHashMap<>();

    static {
        OBJECT_FIELDS.put("forum", ForumJson.class);
        OBJECT_FIELDS.put("policy", PolicyJson.class);
        OBJECT_FIELDS.put("schedule", ScheduleJson.class);
        for (DatasetList list : DatasetList.values()) {
            if (list != DatasetList.ASSIGNMENTS) {
                LIST_FIELDS.put(list.path(), list);
            }
        }
    }

    /** Reads a file; I/O failures (missing, unreadable) are thrown as they are, content problems as a whole. */
    public DatasetJson read(Path file) throws IOException, InvalidDatasetException {
        byte[] bytes = Files.readAllBytes(file);
        String text;
        try {
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new InvalidDatasetException(Problem.error("", "the file is not UTF-8 text"));
        }
        return read(text);
    }

    public DatasetJson read(String content) throws InvalidDatasetException {
        return read(parseJson(content));
    }

    /**
     * JSON text as a tree, a syntax error placed by line and column; also for the other documents forumplan reads (a
     * {@code cosplib/1} conference).
     */
    public static JsonNode parseJson(String content) throws InvalidDatasetException {
        // Editors on Windows may start a UTF-8 file with a byte-order mark; it is not part of the JSON.
        String text = content.startsWith("\uFEFF") ? content.substring(1) : content;
        if (text.isBlank()) {
            throw new InvalidDatasetException(
                    Problem.error("", "the file is empty; expected a forumplan/1 JSON document"));
        }
        return parse(text);
    }

    /** Reads a document already parsed, or built by another reader (a workbook's). */
    public DatasetJson read(JsonNode root) throws InvalidDatasetException {
        if (!root.isObject()) {
            throw new InvalidDatasetException(Problem.error(
                    "",
                    "expected a JSON object with \"format\": \"forumplan/1\", found " + JsonErrors.describeNode(root)));
        }
        checkFormat(root);
        checkText(root);
        ProblemCollector problems = new ProblemCollector();
        Map<String, Object> bound = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> field : root.properties()) {
            String name = field.getKey();
            if (name.equals("format")) {
                continue;
            }
            if (LIST_FIELDS.containsKey(name)) {
                bound.put(name, bindList(LIST_FIELDS.get(name), field.getValue(), problems));
            } else if (name.equals("schedule")) {
                bound.put(name, bindSchedule(field.getValue(), problems));
            } else if (OBJECT_FIELDS.containsKey(name)) {
                bound.put(name, bindObject(name, field.getValue(), OBJECT_FIELDS.get(name), problems));
            } else {
                List<String> known = new ArrayList<>(List.of("format"));
                known.addAll(OBJECT_FIELDS.keySet());
                known.addAll(LIST_FIELDS.keySet());
                problems.error(name, "unknown field \"%s\"%s".formatted(name, JsonErrors.hint(name, known)));
            }
        }
        problems.throwIfErrors();
        return assemble(bound);
    }

    private static JsonNode parse(String text) throws InvalidDatasetException {
        // Our own parser, so that a problem its limits catch can still be placed by line and column.
        try (JsonParser parser = DatasetMapper.mapper().createParser(text)) {
            try {
                return DatasetMapper.mapper().readTree(parser);
            } catch (StreamConstraintsException e) {
                String what = e.getOriginalMessage().contains("esting depth")
                        ? "the JSON nests objects and lists more than 1000 deep; a forumplan dataset nests a few levels"
                        : "a value in the JSON is too long to be part of a forumplan dataset";
                throw new InvalidDatasetException(Problem.error("", where(parser.currentLocation()) + what));
            }
        } catch (JsonParseException e) {
            throw new InvalidDatasetException(Problem.error("", JsonSyntaxErrors.describe(text, e)));
        } catch (MismatchedInputException e) {
            // FAIL_ON_TRAILING_TOKENS: a second document, or stray text, after the first.
            throw new InvalidDatasetException(Problem.error(
                    "", where(e.getLocation()) + "unexpected content after the end of the JSON document"));
        } catch (JacksonException e) {
            throw new InvalidDatasetException(Problem.error("", where(e.getLocation()) + "this is not valid JSON"));
        } catch (IOException e) {
            throw new InvalidDatasetException(Problem.error("", "the JSON cannot be read"));
        }
    }

    private static String where(JsonLocation location) {
        return location == null || location.getLineNr() < 0
                ? ""
                : "line %d, column %d: ".formatted(location.getLineNr(), location.getColumnNr());
    }

    /**
     * Texts must be valid Unicode: an escaped lone surrogate such as \ud800 reads as text Java can hold but no file can
     * be written with.
     */
    private static void checkText(JsonNode root) throws InvalidDatasetException {
        UnpairedSurrogate found = unpairedSurrogate(root);
        if (found != null) {
            // The path is built on the way back from the bad text only: every node of a large dataset is visited.
            String path = found.path().startsWith(".") ? found.path().substring(1) : found.path();
            throw new InvalidDatasetException(Problem.error(
                    path, "the text holds an invalid Unicode character (an unpaired surrogate \\u%04x)".formatted((int)
                                    found.character())));
        }
    }

    /** A lone half of a surrogate pair, and the JSON path (relative to where it was looked for) of the text holding it. */
    private record UnpairedSurrogate(String path, char character) {
        UnpairedSurrogate under(String step) {
            return new UnpairedSurrogate(step + path, character);
        }
    }

    private static UnpairedSurrogate unpairedSurrogate(JsonNode node) {
        if (node.isTextual()) {
            String text = node.asText();
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                boolean paired = Character.isHighSurrogate(c)
                        ? i + 1 < text.length() && Character.isLowSurrogate(text.charAt(++i))
                        : !Character.isLowSurrogate(c);
                if (!paired) {
                    return new UnpairedSurrogate("", c);
                }
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                UnpairedSurrogate found = unpairedSurrogate(node.get(i));
                if (found != null) {
                    return found.under("[" + i + "]");
                }
            }
        } else if (node.isObject()) {
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                UnpairedSurrogate found = unpairedSurrogate(field.getValue());
                if (found != null) {
                    return found.under(JsonErrors.fieldPath(field.getKey()));
                }
            }
        }
        return null;
    }

    private static void checkFormat(JsonNode root) throws InvalidDatasetException {
        JsonNode format = root.get("format");
        if (format == null) {
            throw new InvalidDatasetException(
                    Problem.error("format", "missing; expected \"%s\"".formatted(DatasetJson.FORMAT)));
        }
        if (!format.isTextual() || !format.asText().equals(DatasetJson.FORMAT)) {
            throw new InvalidDatasetException(Problem.error(
                    "format",
                    "%s is not a supported format; expected \"%s\""
                            .formatted(
                                    format.isTextual() ? "\"" + format.asText() + "\"" : format.toString(),
                                    DatasetJson.FORMAT)));
        }
    }

    /** Binds each element on its own; the problems in an element name it by its id. */
    private static List<Object> bindList(DatasetList list, JsonNode node, ProblemCollector problems) {
        if (node.isNull()) {
            return null;
        }
        if (!node.isArray()) {
            problems.error(list.path(), "expected a list, found " + JsonErrors.describeNode(node));
            return null;
        }
        List<Object> elements = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            String path = list.path(i);
            JsonNode element = node.get(i);
            if (!element.isObject()) {
                problems.error(path, "expected an object, found " + JsonErrors.describeNode(element));
                continue;
            }
            problems.within(list.element(i, idOf(list, element)), () -> {
                Object value = bind(path, element, list.elementType(), problems);
                if (value != null) {
                    elements.add(value);
                }
            });
        }
        return elements;
    }

    /** The element's id as written, even when it is not a text (its own problem then says so). */
    private static String idOf(DatasetList list, JsonNode element) {
        JsonNode id = element.get(list.idField());
        if (id == null || id.isNull()) {
            return null;
        }
        return id.isTextual() ? id.asText() : id.toString();
    }

    /** The schedule, with its assignments bound one by one as the top-level lists are. */
    @SuppressWarnings("unchecked")
    private static ScheduleJson bindSchedule(JsonNode node, ProblemCollector problems) {
        if (!node.isObject()) {
            return (ScheduleJson) bindObject("schedule", node, ScheduleJson.class, problems);
        }
        ObjectNode rest = node.deepCopy();
        JsonNode assignmentsNode = rest.remove("assignments");
        ScheduleJson schedule = (ScheduleJson) bind("schedule", rest, ScheduleJson.class, problems);
        List<Object> assignments =
                assignmentsNode == null ? null : bindList(DatasetList.ASSIGNMENTS, assignmentsNode, problems);
        return schedule == null
                ? null
                : new ScheduleJson(
                        schedule.score(),
                        schedule.feasible(),
                        (List<AssignmentJson>) (List<?>) assignments,
                        schedule.unscheduled(),
                        schedule.solver());
    }

    private static Object bindObject(String name, JsonNode node, Class<?> type, ProblemCollector problems) {
        if (node.isNull()) {
            return null;
        }
        if (!node.isObject()) {
            problems.error(name, "expected an object, found " + JsonErrors.describeNode(node));
            return null;
        }
        return bind(name, node, type, problems);
    }

    private static Object bind(String path, JsonNode node, Class<?> type, ProblemCollector problems) {
        try {
            return DatasetMapper.mapper().treeToValue(node, type);
        } catch (JacksonException e) {
            problems.add(JsonErrors.toProblem(path, node, e));
            return null;
        } catch (IllegalArgumentException e) {
            problems.error(path, JsonErrors.UNREADABLE);
            return null;
        }
    }

    @SuppressWarnings("unchecked")
    private static DatasetJson assemble(Map<String, Object> bound) {
        return new DatasetJson(
                DatasetJson.FORMAT,
                (ForumJson) bound.get("forum"),
                (List<TimeslotJson>) bound.get("timeslots"),
                (List<RoomJson>) bound.get("rooms"),
                (List<TopicJson>) bound.get("topics"),
                (List<TrackJson>) bound.get("tracks"),
                (List<PersonJson>) bound.get("people"),
                (List<SessionJson>) bound.get("sessions"),
                (PolicyJson) bound.get("policy"),
                (List<PublishedJson>) bound.get("published"),
                (ScheduleJson) bound.get("schedule"));
    }
}
