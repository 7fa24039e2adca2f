package org.forumplan.model.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Named.named;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.PathType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.forumplan.model.analysis.ScoreExplainer;
import org.forumplan.model.domain.Programme;
import org.forumplan.model.domain.Role;
import org.forumplan.model.domain.RoomFeature;
import org.forumplan.model.domain.SessionKind;
import org.forumplan.model.domain.StakeholderGroup;
import org.forumplan.model.domain.TopicPolicy;
import org.forumplan.model.load.ProgrammeBuilder;
import org.forumplan.model.load.ScheduleExporter;
import org.forumplan.model.problem.InvalidDatasetException;
import org.forumplan.model.problem.Problem;
import org.forumplan.model.solver.ConstraintWeights;
import org.forumplan.model.validation.DatasetChecker;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The JSON Schema of {@code forumplan/1} ({@code datasets/schema/forumplan-1.schema.json}): it is a valid draft 2020-12
 * schema, it accepts every committed dataset, the format's example and a solved file, it rejects broken documents at
 * the path where {@code forumplan validate} reports them, and it stays in step with the Java records and enums.
 */
class SchemaTest {

    private static final Path SCHEMA_FILE =
            TestDocument.datasetsFolder().resolve("schema").resolve("forumplan-1.schema.json");

    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(
            SpecificationVersion.DRAFT_2020_12,
            builder -> builder.schemaRegistryConfig(SchemaRegistryConfig.builder()
                    .pathType(PathType.JSON_POINTER)
                    .build()));

    private static final JsonNode SCHEMA_NODE = readTree(SCHEMA_FILE);

    private static final Schema SCHEMA = REGISTRY.getSchema(SCHEMA_NODE);

    // ************************************************************************
    // Documents that must pass
    // ************************************************************************

    static Stream<Path> committedDatasets() throws IOException {
        try (Stream<Path> files = Files.list(TestDocument.datasetsFolder())) {
            return files
                    .filter(Files::isRegularFile)
                    .filter(file -> file.getFileName().toString().endsWith(".json"))
                    .sorted()
                    .toList()
                    .stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("committedDatasets")
    void committedDatasetMatchesTheSchema(Path dataset) {
        assertThat(errors(readTree(dataset))).isEmpty();
    }

    @Test
    void formatExampleMatchesTheSchema() {
        assertThat(errors(readTree(TestDocument.formatExamplePath()))).isEmpty();
    }

    @Test
    void solvedFileAsWrittenBySolveMatchesTheSchema() throws Exception {
        DatasetJson example = new DatasetReader().read(TestDocument.formatExamplePath());
        Programme programme = ProgrammeBuilder.build(example);
        programme.setScore(new ScoreExplainer().analyze(programme).score());
        SolverRunJson run = new SolverRunJson("forumplan test", -7L, Duration.ofMillis(1500), true);

        String solved = DatasetWriter.toJson(ScheduleExporter.withSchedule(example, programme, run));

        assertThat(solved)
                .as("the written schedule has every field of the format")
                .contains(
                        "\"score\": \"",
                        "\"feasible\": ",
                        "\"span\": 2",
                        "\"day\": \"2014-09-02\"",
                        "\"end\": \"18:00\"",
                        "\"unscheduled\": [",
                        "\"timeSpent\": \"PT1.5S\"",
                        "\"interrupted\": true");
        assertThat(errors(DatasetMapper.mapper().readTree(solved))).isEmpty();
    }

    // ************************************************************************
    // Documents that must fail, where forumplan validate reports them
    // ************************************************************************

    static Stream<Arguments> brokenDocuments() {
        return Stream.of(
                broken(
                        "misspelt field",
                        doc -> doc.set("rooms[0].capcity", 500),
                        "/rooms/0/capcity",
                        "additionalProperties"),
                broken(
                        "misspelt top-level field",
                        doc -> doc.remove("tracks").setJson("trakcs", "[]"),
                        "/trakcs",
                        "additionalProperties"),
                broken(
                        "misspelt field in a nested object",
                        doc -> doc.setJson("sessions[1].pinned", "{\"room\": \"main-hall\", \"timeslot\": \"d1-0900\"}")
                                .set("sessions[1].pinned.spam", 1),
                        "/sessions/1/pinned/spam",
                        "additionalProperties"),
                broken(
                        "unknown field in a schedule",
                        doc -> doc.setJson(
                                "schedule",
                                "{\"assignments\": [{\"session\": \"WS23\", \"rooom\": \"ws-01\", \"timeslot\":"
                                        + " \"d1-0900\"}]}"),
                        "/schedule/assignments/0/rooom",
                        "additionalProperties"),
                broken("another format", doc -> doc.set("format", "forumplan/2"), "/format", "const"),
                broken(
                        "unknown session kind",
                        doc -> doc.set("sessions[0].kind", "wrkshop"),
                        "/sessions/0/kind",
                        "enum"),
                broken(
                        "unknown role",
                        doc -> doc.set("sessions[0].people[0].role", "chair"),
                        "/sessions/0/people/0/role",
                        "enum"),
                broken(
                        "unknown room feature",
                        doc -> doc.set("rooms[0].features[1]", "wifi"),
                        "/rooms/0/features/1",
                        "enum"),
                broken(
                        "unknown slot kind",
                        doc -> doc.set("timeslots[0].kinds[0]", "lunch"),
                        "/timeslots/0/kinds/0",
                        "enum"),
                broken(
                        "unknown stakeholder group",
                        doc -> doc.set("people[0].stakeholderGroup", "academic"),
                        "/people/0/stakeholderGroup",
                        "enum"),
                broken(
                        "unknown topic policy",
                        doc -> doc.set("topics[0].policy", "clustr"),
                        "/topics/0/policy",
                        "enum"),
                broken(
                        "unknown constraint in the weights",
                        doc -> doc.set("policy.weights", Map.of("Topic clashes", "0hard/0medium/-20soft")),
                        "/policy/weights/Topic clashes",
                        "propertyNames"),
                broken(
                        "weight with mixed signs",
                        doc -> doc.set("policy.weights", Map.of("Topic clash", "0hard/-1medium/20soft")),
                        "/policy/weights/Topic clash",
                        "pattern"),
                broken(
                        "time without a leading zero",
                        doc -> doc.set("timeslots[0].start", "9:00"),
                        "/timeslots/0/start",
                        "pattern"),
                broken(
                        "time with seconds",
                        doc -> doc.set("timeslots[0].end", "10:30:00"),
                        "/timeslots/0/end",
                        "pattern"),
                broken("hour 25", doc -> doc.set("timeslots[1].start", "25:00"), "/timeslots/1/start", "pattern"),
                broken("month 13", doc -> doc.set("timeslots[0].day", "2014-13-01"), "/timeslots/0/day", "pattern"),
                broken(
                        "implausible year",
                        doc -> doc.set("timeslots[0].day", "1800-09-02"),
                        "/timeslots/0/day",
                        "pattern"),
                broken(
                        "duration of 0",
                        doc -> doc.set("sessions[0].durationMinutes", 0),
                        "/sessions/0/durationMinutes",
                        "minimum"),
                broken(
                        "duration over a day",
                        doc -> doc.set("sessions[0].durationMinutes", 1441),
                        "/sessions/0/durationMinutes",
                        "maximum"),
                broken(
                        "number given as text",
                        doc -> doc.set("sessions[0].durationMinutes", "90"),
                        "/sessions/0/durationMinutes",
                        "type"),
                broken(
                        "fraction where a whole number belongs",
                        doc -> doc.set("sessions[0].durationMinutes", 90.5),
                        "/sessions/0/durationMinutes",
                        "type"),
                broken("capacity of 0", doc -> doc.set("rooms[0].capacity", 0), "/rooms/0/capacity", "minimum"),
                broken(
                        "evaluation above 5",
                        doc -> doc.set("sessions[0].evaluation", 6),
                        "/sessions/0/evaluation",
                        "maximum"),
                broken(
                        "span of 0",
                        doc -> doc.setJson(
                                "sessions[1].pinned",
                                "{\"room\": \"main-hall\", \"timeslot\": \"d1-0900\", \"span\": 0}"),
                        "/sessions/1/pinned/span",
                        "minimum"),
                broken(
                        "no parallel session allowed",
                        doc -> doc.set("policy.maxParallel", 0),
                        "/policy/maxParallel",
                        "minimum"),
                broken("blank title", doc -> doc.set("sessions[0].title", " "), "/sessions/0/title", "pattern"),
                broken("track as a number", doc -> doc.set("sessions[0].track", 42), "/sessions/0/track", "type"),
                broken(
                        "timeslot hosting nothing",
                        doc -> doc.set("timeslots[0].kinds", List.of()),
                        "/timeslots/0/kinds",
                        "minItems"),
                broken(
                        "score that is not a score",
                        doc -> doc.setJson("schedule", "{\"score\": \"great\"}"),
                        "/schedule/score",
                        "pattern"),
                broken(
                        "time spent that is not a duration",
                        doc -> doc.setJson("schedule", "{\"solver\": {\"timeSpent\": \"30s\"}}"),
                        "/schedule/solver/timeSpent",
                        "pattern"),
                broken("missing title", doc -> doc.remove("sessions[0].title"), "/sessions/0/title", "required"),
                broken("missing time zone", doc -> doc.remove("forum.timeZone"), "/forum/timeZone", "required"),
                broken("missing slot kinds", doc -> doc.remove("timeslots[1].kinds"), "/timeslots/1/kinds", "required"),
                broken("missing capacity", doc -> doc.remove("rooms[1].capacity"), "/rooms/1/capacity", "required"),
                broken(
                        "missing role",
                        doc -> doc.remove("sessions[0].people[0].role"),
                        "/sessions/0/people/0/role",
                        "required"),
                broken(
                        "pin without a timeslot",
                        doc -> doc.setJson("sessions[1].pinned", "{\"room\": \"main-hall\"}"),
                        "/sessions/1/pinned/timeslot",
                        "required"),
                broken("missing rooms", doc -> doc.remove("rooms"), "/rooms", "required"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenDocuments")
    void brokenDocumentIsRejectedAtItsPath(TestDocument document, String pointer, String keyword) {
        List<Error> errors = errors(readTree(document.json()));

        assertThat(errors).as("schema errors").anySatisfy(error -> {
            assertThat(error.getKeyword()).isEqualTo(keyword);
            assertThat(pointerOf(error)).isEqualTo(pointer);
        });
        assertThat(forumplanProblems(document))
                .as("forumplan rejects the document at the same path")
                .extracting(Problem::path)
                .contains(javaPath(pointer));
    }

    @Test
    void minimalTestDocumentMatchesTheSchemaSoThatEachBrokenOneFailsForItsOwnReason() {
        assertThat(errors(readTree(TestDocument.minimal().json()))).isEmpty();
    }

    // ************************************************************************
    // The schema itself
    // ************************************************************************

    @Test
    void schemaIsValidDraft202012() {
        Schema metaSchema = REGISTRY.getSchema(SchemaLocation.of(SpecificationVersion.DRAFT_2020_12.getDialectId()));

        assertThat(metaSchema.validate(SCHEMA_NODE)).isEmpty();
        assertThat(SCHEMA_NODE.path("$schema").asText()).isEqualTo(SpecificationVersion.DRAFT_2020_12.getDialectId());
        assertThat(SCHEMA_NODE.path("$id").asText()).endsWith("/forumplan-1.schema.json");
        SCHEMA.initializeValidators();
    }

    @Test
    void everyPropertyIsDescribedAndEveryObjectIsClosed() {
        List<String> undescribed = new ArrayList<>();
        List<String> open = new ArrayList<>();
        walk(SCHEMA_NODE, "", (node, path) -> {
            node.path("properties").properties().forEach(property -> {
                if (!property.getValue().hasNonNull("description")) {
                    undescribed.add(path + "/properties/" + property.getKey());
                }
            });
            if (node.path("type").asText().equals("object")
                    && !node.path("additionalProperties").isObject()
                    && !(node.path("additionalProperties").isBoolean()
                            && !node.path("additionalProperties").asBoolean())) {
                open.add(path);
            }
        });

        assertThat(undescribed).as("properties without a description").isEmpty();
        assertThat(open).as("objects that accept unknown fields").isEmpty();
    }

    static Stream<Arguments> vocabularies() {
        return Stream.of(
                vocabulary("sessionKind", codes(SessionKind.values(), SessionKind::code)),
                vocabulary("role", codes(Role.values(), Role::code)),
                vocabulary("roomFeature", codes(RoomFeature.values(), RoomFeature::code)),
                vocabulary("stakeholderGroup", codes(StakeholderGroup.values(), StakeholderGroup::code)),
                vocabulary("topicPolicy", codes(TopicPolicy.values(), TopicPolicy::code)),
                vocabulary(
                        "slotKind", SlotKinds.knownTokens().stream().distinct().toList()),
                vocabulary("constraintName", ConstraintWeights.constraintNames()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vocabularies")
    void enumMatchesTheJavaVocabulary(String definition, List<String> javaValues) {
        List<String> schemaValues = new ArrayList<>();
        SCHEMA_NODE.path("$defs").path(definition).path("enum").forEach(value -> schemaValues.add(value.asText()));

        assertThat(schemaValues).containsExactlyInAnyOrderElementsOf(javaValues);
    }

    static Stream<Arguments> recordTypes() {
        return Stream.of(
                fieldsOf("#", DatasetJson.class),
                fieldsOf("forum", ForumJson.class),
                fieldsOf("timeslot", TimeslotJson.class),
                fieldsOf("room", RoomJson.class),
                fieldsOf("topic", TopicJson.class),
                fieldsOf("track", TrackJson.class),
                fieldsOf("person", PersonJson.class),
                fieldsOf("session", SessionJson.class),
                fieldsOf("participant", ParticipantJson.class),
                fieldsOf("pin", PlacementJson.class),
                fieldsOf("policy", PolicyJson.class),
                fieldsOf("selection", SelectionJson.class),
                fieldsOf("minShare", SelectionJson.MinShareJson.class),
                fieldsOf("publishedPlacement", PublishedJson.class),
                fieldsOf("schedule", ScheduleJson.class),
                fieldsOf("assignment", AssignmentJson.class),
                fieldsOf("solverRun", SolverRunJson.class));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("recordTypes")
    void definitionHasTheFieldsOfItsRecord(String definition, Class<? extends Record> type) {
        JsonNode node =
                definition.equals("#") ? SCHEMA_NODE : SCHEMA_NODE.path("$defs").path(definition);
        List<String> properties = new ArrayList<>();
        node.path("properties").fieldNames().forEachRemaining(properties::add);

        assertThat(properties)
                .containsExactlyElementsOf(Arrays.stream(type.getRecordComponents())
                        .map(component -> component.getName())
                        .toList());
    }

    // ************************************************************************
    // Helpers
    // ************************************************************************

    private static List<Error> errors(JsonNode document) {
        return SCHEMA.validate(document);
    }

    /** Where the error is: for a missing or unknown field, the field's own pointer, as forumplan reports it. */
    private static String pointerOf(Error error) {
        String location = error.getInstanceLocation().toString();
        boolean namesAField =
                List.of("required", "additionalProperties", "propertyNames").contains(error.getKeyword());
        return namesAField ? location + "/" + error.getProperty() : location;
    }

    /** "/sessions/0/people/1/role" as forumplan writes it: "sessions[0].people[1].role". */
    private static String javaPath(String pointer) {
        StringBuilder path = new StringBuilder();
        for (String step : pointer.substring(1).split("/")) {
            if (step.matches("\\d+")) {
                path.append('[').append(step).append(']');
            } else {
                path.append(path.isEmpty() ? step : JsonErrors.fieldPath(step));
            }
        }
        return path.toString();
    }

    /** The errors the reader or, once the document reads, the checker finds. */
    private static List<Problem> forumplanProblems(TestDocument document) {
        try {
            return DatasetChecker.check(document.read()).stream()
                    .filter(Problem::isError)
                    .toList();
        } catch (InvalidDatasetException e) {
            return e.problems();
        }
    }

    private interface NodeVisitor {
        void visit(JsonNode node, String path);
    }

    private static void walk(JsonNode node, String path, NodeVisitor visitor) {
        if (node.isObject()) {
            visitor.visit(node, path);
            node.properties().forEach(field -> walk(field.getValue(), path + "/" + field.getKey(), visitor));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(node.get(i), path + "/" + i, visitor);
            }
        }
    }

    private static Arguments broken(
            String name, Function<TestDocument, TestDocument> edit, String pointer, String keyword) {
        return arguments(named(name, edit.apply(TestDocument.minimal())), pointer, keyword);
    }

    private static Arguments vocabulary(String definition, List<String> javaValues) {
        return arguments(definition, javaValues);
    }

    private static Arguments fieldsOf(String definition, Class<? extends Record> type) {
        return arguments(definition, type);
    }

    private static <E> List<String> codes(E[] values, Function<E, String> code) {
        return Arrays.stream(values).map(code).toList();
    }

    private static JsonNode readTree(Path file) {
        try {
            return DatasetMapper.mapper().readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode readTree(String json) {
        try {
            return DatasetMapper.mapper().readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
