package org.forumplan.model.io;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.forumplan.model.problem.Problem;
import org.forumplan.model.problem.Suggestions;

/** Turns Jackson's binding errors into one-line problems that name the JSON path and what was expected. */
public final class JsonErrors {

    /** A field name that a JSON path can write after a dot. */
    private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private JsonErrors() {}

    /**
     * @param prefix the path of the node that was bound, e.g. {@code sessions[12]}
     * @param node that node, to say what was found at the failing path
     */
    public static Problem toProblem(String prefix, JsonNode node, JacksonException exception) {
        if (exception instanceof JsonMappingException mapping) {
            String path = prefix + pathOf(mapping.getPath());
            return Problem.error(path, describe(mapping, find(node, mapping.getPath())));
        }
        if (exception instanceof InputCoercionException) {
            return Problem.error(prefix, "a number is too large");
        }
        return Problem.error(prefix, UNREADABLE);
    }

    /** Said when Jackson fails in a way not foreseen here: its own words would name its internals, not the file's. */
    static final String UNREADABLE = "this value cannot be read; see the format in datasets/README.md";

    /** ".people[0].person" from Jackson's reference chain. */
    static String pathOf(List<JsonMappingException.Reference> references) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : references) {
            if (reference.getFieldName() != null) {
                path.append(fieldPath(reference.getFieldName()));
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    /** ".capacity", or ["Topic clash"] for a map key that is not a plain name. */
    static String fieldPath(String name) {
        return PLAIN_NAME.matcher(name).matches() ? "." + name : "[\"" + name + "\"]";
    }

    private static String describe(JsonMappingException exception, JsonNode found) {
        if (exception instanceof UnrecognizedPropertyException unknown) {
            List<String> known = unknown.getKnownPropertyIds().stream()
                    .map(Object::toString)
                    .sorted()
                    .toList();
            return "unknown field \"%s\"%s"
                    .formatted(unknown.getPropertyName(), hint(unknown.getPropertyName(), known));
        }
        if (exception instanceof InvalidFormatException invalid && invalid.getTargetType() != null) {
            Class<?> target = invalid.getTargetType();
            String given = String.valueOf(invalid.getValue());
            if (found != null && !found.isTextual()) {
                // A number or true where a text belongs: shown as written, not in the quotes of a text.
                return found.isNumber() && !Double.isFinite(found.asDouble())
                        ? "the number is too large"
                        : target.isEnum()
                                ? "expected %s, found %s".formatted(expected(target), describeNode(found))
                                : "%s is not %s".formatted(found, expected(target));
            }
            if (target.isEnum()) {
                List<String> accepted = Arrays.stream(target.getEnumConstants())
                        .map(Object::toString)
                        .map(JsonErrors::codeOf)
                        .toList();
                return "unknown value \"%s\"; expected one of %s%s"
                        .formatted(given, String.join(", ", accepted), Suggestions.didYouMean(given, accepted));
            }
            return "\"%s\" is not %s".formatted(given, expected(target));
        }
        if (exception instanceof MismatchedInputException mismatched && mismatched.getTargetType() != null) {
            return "expected %s, found %s".formatted(expected(mismatched.getTargetType()), describeNode(found));
        }
        if (exception.getCause() instanceof InputCoercionException) {
            return "the number %s is too large".formatted(found == null ? "" : found.asText());
        }
        return found == null
                ? UNREADABLE
                : "%s cannot be read here; see the format in datasets/README.md".formatted(describeNode(found));
    }

    static String hint(String given, Collection<String> known) {
        String suggestion = Suggestions.didYouMean(given, known);
        return suggestion.isEmpty() ? "; known fields: " + String.join(", ", known) : suggestion;
    }

    private static String codeOf(String enumName) {
        return enumName.toLowerCase(java.util.Locale.ROOT);
    }

    /** What a value of the target type looks like, in words. */
    static String expected(Class<?> target) {
        if (target == String.class) {
            return "a text";
        }
        if (target == Integer.class || target == int.class || target == Long.class || target == long.class) {
            return "a whole number";
        }
        if (target == Double.class || target == double.class) {
            return "a number";
        }
        if (target == Boolean.class || target == boolean.class) {
            return "true or false";
        }
        if (target == LocalDate.class) {
            return "a date YYYY-MM-DD";
        }
        if (target == LocalTime.class) {
            return "a time HH:MM";
        }
        if (target == Duration.class) {
            return "a duration such as PT30S";
        }
        if (Collection.class.isAssignableFrom(target)) {
            return "a list";
        }
        if (Map.class.isAssignableFrom(target)) {
            return "an object of names and values";
        }
        if (target.isEnum()) {
            return "one of "
                    + Arrays.stream(target.getEnumConstants())
                            .map(Object::toString)
                            .map(JsonErrors::codeOf)
                            .collect(Collectors.joining(", "));
        }
        return "an object";
    }

    static String describeNode(JsonNode node) {
        if (node == null || node.isMissingNode()) {
            return "nothing";
        }
        if (node.isNull()) {
            return "null";
        }
        if (node.isTextual()) {
            return "a text (\"%s\")".formatted(node.asText());
        }
        if (node.isIntegralNumber()) {
            return "a whole number (%s)".formatted(node.asText());
        }
        if (node.isNumber()) {
            return "a number (%s)".formatted(node.asText());
        }
        if (node.isBoolean()) {
            return node.asText();
        }
        if (node.isArray()) {
            return "a list";
        }
        return "an object";
    }

    private static JsonNode find(JsonNode node, List<JsonMappingException.Reference> references) {
        JsonNode current = node;
        for (JsonMappingException.Reference reference : references) {
            if (current == null) {
                return null;
            }
            current = reference.getFieldName() != null
                    ? current.get(reference.getFieldName())
                    : current.get(reference.getIndex());
        }
        return current;
    }
}
