package org.forumplan.model.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ContainerNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One edit of a JSON document of the kind a hand-editing planner makes: a value removed, duplicated, renamed, replaced
 * by one of another type or out of range, or ids swapped. The node and the replacement are chosen by index (modulo the
 * number there are), so that a test can draw edits as plain numbers and a failing one shrinks to a small case.
 *
 * @param node index of the value to edit, in document order (the root is not counted)
 * @param choice index of the replacement, the new name or the other node, depending on the kind
 */
record JsonMutation(Kind kind, int node, int choice) {

    enum Kind {
        /** Removes a field or a list element. */
        REMOVE,
        /** Appends a copy of a list element to its list, or copies a field under a misspelt name. */
        DUPLICATE,
        /** Renames a field: a typo or another field's name. */
        RENAME,
        /** Replaces a value with one of {@link #REPLACEMENTS}. */
        REPLACE,
        /** Swaps the texts of two text values (ids and references among them). */
        SWAP_TEXTS,
        /** Copies another text value of the document over this one (a reference to the wrong thing). */
        COPY_TEXT
    }

    /** Values of every type, and the out-of-range, unparsable and extreme ones. */
    static final List<String> REPLACEMENTS = List.of(
            "null",
            "true",
            "0",
            "-1",
            "2147483648",
            "-99999999999999999999999",
            "1.5",
            "1e400",
            "\"\"",
            "\" \"",
            "\"x\"",
            "\"2014-13-01\"",
            "\"24:00\"",
            "\"0hard/0medium/-1soft\"",
            "[]",
            "[null]",
            "{}",
            "{\"id\": null}");

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    private static final List<String> FIELD_NAMES = List.of(
            "id",
            "name",
            "capacity",
            "capcity",
            "day",
            "start",
            "end",
            "kinds",
            "kind",
            "durationMinutes",
            "people",
            "person",
            "role",
            "room",
            "timeslot",
            "span",
            "session",
            "sessions",
            "mandatory",
            "pinned",
            "weights",
            "assignments",
            "unscheduled",
            "format");

    /** Where a value sits: in an object under a name, or in a list at an index. */
    private record Place(ContainerNode<?> parent, String name, int index, JsonNode value) {}

    /** The document with the edit applied, as JSON text. */
    static String apply(String json, List<JsonMutation> mutations) {
        JsonNode root = parse(json);
        for (JsonMutation mutation : mutations) {
            mutation.applyTo(root);
        }
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** How many values the document has, the root not counted. */
    static int countValues(String json) {
        return places(parse(json)).size();
    }

    /** Says what the edit does to the document, e.g. {@code REPLACE sessions[2].people[0] with null}. */
    String describe(String json) {
        List<Place> places = places(parse(json));
        if (places.isEmpty()) {
            return kind + " (nothing to edit)";
        }
        String where = paths(parse(json)).get(Math.floorMod(node, places.size()));
        return switch (kind) {
            case REPLACE ->
                "REPLACE %s with %s".formatted(where, REPLACEMENTS.get(Math.floorMod(choice, REPLACEMENTS.size())));
            case RENAME -> "RENAME %s (choice %d)".formatted(where, choice);
            default -> "%s %s (choice %d)".formatted(kind, where, choice);
        };
    }

    private void applyTo(JsonNode root) {
        List<Place> places = places(root);
        if (places.isEmpty()) {
            return;
        }
        Place place = places.get(Math.floorMod(node, places.size()));
        switch (kind) {
            case REMOVE -> remove(place);
            case DUPLICATE -> duplicate(place);
            case RENAME -> rename(place);
            case REPLACE -> set(place, parse(REPLACEMENTS.get(Math.floorMod(choice, REPLACEMENTS.size()))));
            case SWAP_TEXTS -> swapTexts(place, places);
            case COPY_TEXT -> copyText(place, places);
        }
    }

    private static void remove(Place place) {
        if (place.parent() instanceof ObjectNode object) {
            object.remove(place.name());
        } else {
            ((ArrayNode) place.parent()).remove(place.index());
        }
    }

    private void duplicate(Place place) {
        if (place.parent() instanceof ArrayNode list) {
            list.add(place.value().deepCopy());
        } else {
            ((ObjectNode) place.parent()).set(typo(place.name()), place.value().deepCopy());
        }
    }

    private void rename(Place place) {
        if (!(place.parent() instanceof ObjectNode object)) {
            return;
        }
        String newName = Math.floorMod(choice, 2) == 0
                ? typo(place.name())
                : FIELD_NAMES.get(Math.floorMod(choice / 2, FIELD_NAMES.size()));
        // Rebuilt in order, so that the renamed field stays where it was.
        Map<String, JsonNode> fields = new LinkedHashMap<>();
        object.properties().forEach(field -> fields.put(field.getKey(), field.getValue()));
        object.removeAll();
        fields.forEach((name, value) -> object.set(name.equals(place.name()) ? newName : name, value));
    }

    /** Drops, doubles or swaps a letter, as fingers do. */
    private String typo(String name) {
        if (name.length() < 2) {
            return name + name;
        }
        int at = Math.floorMod(choice / 2, name.length() - 1);
        return switch (Math.floorMod(choice / 7, 3)) {
            case 0 -> name.substring(0, at) + name.substring(at + 1);
            case 1 -> name.substring(0, at + 1) + name.charAt(at) + name.substring(at + 1);
            default -> name.substring(0, at) + name.charAt(at + 1) + name.charAt(at) + name.substring(at + 2);
        };
    }

    private void swapTexts(Place place, List<Place> places) {
        List<Place> texts =
                places.stream().filter(other -> other.value().isTextual()).toList();
        if (!place.value().isTextual() || texts.isEmpty()) {
            return;
        }
        Place other = texts.get(Math.floorMod(choice, texts.size()));
        JsonNode value = place.value();
        set(place, other.value());
        set(other, value);
    }

    private void copyText(Place place, List<Place> places) {
        List<Place> texts =
                places.stream().filter(other -> other.value().isTextual()).toList();
        if (texts.isEmpty()) {
            return;
        }
        set(place, texts.get(Math.floorMod(choice, texts.size())).value().deepCopy());
    }

    private static void set(Place place, JsonNode value) {
        if (place.parent() instanceof ObjectNode object) {
            object.set(place.name(), value);
        } else {
            ((ArrayNode) place.parent()).set(place.index(), value);
        }
    }

    private static List<Place> places(JsonNode root) {
        List<Place> places = new ArrayList<>();
        collect(root, places, new ArrayList<>(), "");
        return places;
    }

    private static List<String> paths(JsonNode root) {
        List<String> paths = new ArrayList<>();
        collect(root, new ArrayList<>(), paths, "");
        return paths;
    }

    private static void collect(JsonNode node, List<Place> places, List<String> paths, String path) {
        if (node instanceof ObjectNode object) {
            object.properties().forEach(field -> {
                String fieldPath = path.isEmpty() ? field.getKey() : path + "." + field.getKey();
                places.add(new Place(object, field.getKey(), -1, field.getValue()));
                paths.add(fieldPath);
                collect(field.getValue(), places, paths, fieldPath);
            });
        } else if (node instanceof ArrayNode list) {
            for (int i = 0; i < list.size(); i++) {
                String elementPath = path + "[" + i + "]";
                places.add(new Place(list, null, i, list.get(i)));
                paths.add(elementPath);
                collect(list.get(i), places, paths, elementPath);
            }
        }
    }

    private static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not JSON: " + json, e);
        }
    }
}
