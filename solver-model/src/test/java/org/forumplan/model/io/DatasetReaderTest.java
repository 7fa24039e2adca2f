package org.forumplan.model.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Named.named;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.forumplan.model.domain.Role;
import org.forumplan.model.domain.SessionKind;
import org.forumplan.model.problem.InvalidDatasetException;
import org.forumplan.model.problem.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DatasetReaderTest {

    @TempDir
    Path folder;

    @Test
    void validDocumentReadsIntoRecords() throws Exception {
        DatasetJson dataset = read(TestDocument.minimal().bytes());

        assertThat(dataset.format()).isEqualTo("forumplan/1");
        assertThat(dataset.timeslots().get(0).day()).isEqualTo(LocalDate.of(2014, 9, 2));
        assertThat(dataset.timeslots().get(0).start()).isEqualTo(LocalTime.of(9, 0));
        assertThat(dataset.timeslots().get(0).end()).isEqualTo(LocalTime.of(10, 30));
        SessionJson workshop = dataset.sessions().get(0);
        assertThat(workshop.kind()).isEqualTo(SessionKind.WORKSHOP);
        assertThat(workshop.durationMinutes()).isEqualTo(90);
        assertThat(workshop.people()).containsExactly(new ParticipantJson("p-017", Role.ORGANIZER));
    }

    @Test
    void absentFieldsStayNullSoThatDefaultsAreAppliedLater() throws Exception {
        DatasetJson dataset = read(TestDocument.minimal().bytes());

        SessionJson main = dataset.sessions().get(1);
        assertThat(main.topics()).isNull();
        assertThat(main.expectedAttendance()).isNull();
        assertThat(main.pinned()).isNull();
        assertThat(dataset.policy()).isNull();
        assertThat(dataset.schedule()).isNull();
    }

    @Test
    void wholeNumberIsAcceptedWhereAFractionBelongs() throws Exception {
        DatasetJson dataset =
                read(TestDocument.minimal().set("sessions[0].evaluation", 4).bytes());

        assertThat(dataset.sessions().get(0).evaluation()).isEqualTo(4.0);
    }

    static Stream<Arguments> badInputs() {
        String example = TestDocument.formatExampleText();
        String truncated = example.substring(0, example.indexOf("\"rooms\""));
        int truncatedLines = (int) truncated.lines().count();
        return Stream.of(
                bad(
                        "truncated JSON",
                        truncated.getBytes(StandardCharsets.UTF_8),
                        "",
                        "line " + truncatedLines + ", column",
                        "truncated"),
                bad("empty file", new byte[0], "", "empty"),
                bad("only white space", "  \n\t\n".getBytes(StandardCharsets.UTF_8), "", "empty"),
                bad("a list, not an object", "[]".getBytes(StandardCharsets.UTF_8), "", "expected a JSON object"),
                bad("a text, not an object", utf8("\"forumplan/1\""), "", "expected a JSON object"),
                bad("missing format", TestDocument.minimal().remove("format").bytes(), "format", "missing"),
                bad(
                        "another format",
                        TestDocument.minimal().set("format", "forumplan/2").bytes(),
                        "format",
                        "\"forumplan/2\" is not a supported format"),
                bad(
                        "format as a number",
                        TestDocument.minimal().set("format", 1).bytes(),
                        "format",
                        "not a supported format"),
                bad(
                        "unknown top-level field",
                        TestDocument.minimal()
                                .remove("tracks")
                                .setJson("trakcs", "[]")
                                .bytes(),
                        "trakcs",
                        "unknown field \"trakcs\"; did you mean \"tracks\"?"),
                bad(
                        "misspelt field in a list element",
                        TestDocument.minimal()
                                .remove("rooms[0].capacity")
                                .set("rooms[0].capcity", 500)
                                .bytes(),
                        "rooms[0].capcity",
                        "unknown field \"capcity\"; did you mean \"capacity\"?"),
                bad(
                        "misspelt field in a nested object",
                        TestDocument.minimal()
                                .setJson("sessions[1].pinned", "{\"room\": \"main-hall\", \"timeslot\": \"d1-0900\"}")
                                .set("sessions[1].pinned.spam", 1)
                                .bytes(),
                        "sessions[1].pinned.spam",
                        "did you mean \"span\"?"),
                bad(
                        "number given as text",
                        TestDocument.minimal()
                                .set("sessions[0].durationMinutes", "90")
                                .bytes(),
                        "sessions[0].durationMinutes",
                        "expected a whole number"),
                bad(
                        "fraction where a whole number belongs",
                        TestDocument.minimal()
                                .set("sessions[0].durationMinutes", 90.5)
                                .bytes(),
                        "sessions[0].durationMinutes",
                        "whole number"),
                bad(
                        "text where true or false belongs",
                        TestDocument.minimal()
                                .set("sessions[1].mandatory", "yes")
                                .bytes(),
                        "sessions[1].mandatory",
                        "true or false"),
                bad(
                        "number where a text belongs",
                        TestDocument.minimal().set("sessions[0].title", 42).bytes(),
                        "sessions[0].title",
                        "not a text"),
                bad(
                        "text where a list belongs",
                        TestDocument.minimal()
                                .set("sessions[0].topics", "child-protection")
                                .bytes(),
                        "sessions[0].topics",
                        "expected a list"),
                bad(
                        "text where an object belongs",
                        TestDocument.minimal().set("forum", "Test Forum").bytes(),
                        "forum",
                        "expected an object"),
                bad(
                        "list element that is not an object",
                        TestDocument.minimal().set("rooms[1]", 42).bytes(),
                        "rooms[1]",
                        "expected an object"),
                bad(
                        "unknown session kind",
                        TestDocument.minimal()
                                .set("sessions[0].kind", "wrkshop")
                                .bytes(),
                        "sessions[0].kind",
                        "unknown value \"wrkshop\"",
                        "did you mean \"workshop\"?"),
                bad(
                        "unknown role",
                        TestDocument.minimal()
                                .set("sessions[0].people[0].role", "speeker")
                                .bytes(),
                        "sessions[0].people[0].role",
                        "unknown value \"speeker\"",
                        "did you mean \"speaker\"?"),
                bad(
                        "unknown room feature",
                        TestDocument.minimal()
                                .set("rooms[0].features[1]", "remot")
                                .bytes(),
                        "rooms[0].features[1]",
                        "unknown value \"remot\"",
                        "did you mean \"remote\"?"),
                bad(
                        "unknown stakeholder group",
                        TestDocument.minimal()
                                .set("people[0].stakeholderGroup", "academic")
                                .bytes(),
                        "people[0].stakeholderGroup",
                        "did you mean \"academia\"?"),
                bad(
                        "unknown topic policy",
                        TestDocument.minimal().set("topics[0].policy", "clustr").bytes(),
                        "topics[0].policy",
                        "did you mean \"cluster\"?"),
                bad(
                        "invalid date",
                        TestDocument.minimal()
                                .set("timeslots[0].day", "2014-13-01")
                                .bytes(),
                        "timeslots[0].day",
                        "\"2014-13-01\" is not a date YYYY-MM-DD"),
                bad(
                        "invalid time",
                        TestDocument.minimal()
                                .set("timeslots[1].start", "25:00")
                                .bytes(),
                        "timeslots[1].start",
                        "\"25:00\" is not a time HH:MM"),
                bad(
                        "invalid duration",
                        TestDocument.minimal()
                                .setJson("schedule", "{\"solver\": {\"timeSpent\": \"30s\"}}")
                                .bytes(),
                        "schedule.solver.timeSpent",
                        "a duration such as PT30S"),
                bad(
                        "duplicate key inside an object",
                        utf8(TestDocument.minimal()
                                .json()
                                .replace("\"capacity\":500", "\"capacity\":500,\"capacity\":50")),
                        "",
                        "line 1, column",
                        "duplicate field 'capacity'"),
                bad(
                        "number too large for a whole number",
                        TestDocument.minimal()
                                .setJson("rooms[0].capacity", "99999999999")
                                .bytes(),
                        "rooms[0].capacity",
                        "99999999999 is too large"),
                bad(
                        "number too large even for a long",
                        TestDocument.minimal()
                                .setJson("schedule", "{\"solver\": {\"seed\": 99999999999999999999999}}")
                                .bytes(),
                        "schedule.solver.seed",
                        "too large"),
                bad("bytes that are not UTF-8", new byte[] {'{', '"', (byte) 0xC3, '(', '"', '}'}, "", "not UTF-8"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInputs")
    void badInputIsOneProblemNamingItsPath(byte[] content, String path, List<String> messageParts) throws IOException {
        InvalidDatasetException thrown = catchThrowableOfType(InvalidDatasetException.class, () -> read(content));

        assertThat(thrown).as("the reader rejects the document").isNotNull();
        assertThat(thrown.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.isError()).isTrue();
            assertThat(problem.path()).isEqualTo(path);
            assertThat(problem.message()).contains(messageParts);
            assertThat(problem.message())
                    .as("a plain one-line message, no parser internals")
                    .doesNotContain("\n", "com.fasterxml", "Source:", "`");
        });
    }

    static Stream<Arguments> notJson() {
        return Stream.of(
                notJson("NaN", "\"capacity\":500", "\"capacity\":NaN", "NaN is not a number in JSON; write a number"),
                notJson("Infinity", "\"capacity\":500", "\"capacity\":Infinity", "Infinity is not a number in JSON"),
                notJson("-Infinity", "\"capacity\":500", "\"capacity\":-Infinity", "-Infinity is not a number"),
                notJson("a plus sign", "\"capacity\":500", "\"capacity\":+500", "plus sign; write 500"),
                notJson("a leading zero", "\"capacity\":500", "\"capacity\":0500", "cannot start with 0; write 500"),
                notJson("no digit before the point", "\"capacity\":500", "\"capacity\":.5", "write 0.5"),
                notJson("no digit after the point", "\"capacity\":500", "\"capacity\":5.", "a digit after it"),
                notJson("an exponent without digits", "\"capacity\":500", "\"capacity\":5e", "exponent needs digits"),
                notJson("a hexadecimal number", "\"capacity\":500", "\"capacity\":0x1F4", "0x1F4 is not a JSON number"),
                notJson("a tab in a text", "\"Main Hall\"", "\"Main\tHall\"", "write it as \\t"),
                notJson("a line break in a text", "\"Main Hall\"", "\"Main\nHall\"", "cannot run over a line break"),
                notJson("a control character in a text", "\"Main Hall\"", "\"Main\u0001Hall\"", "U+0001"),
                notJson("an unknown escape", "\"Main Hall\"", "\"Main\\qHall\"", "\\q is not an escape"),
                notJson("a broken unicode escape", "\"Main Hall\"", "\"Main\\u00G9\"", "four hexadecimal digits"),
                notJson("a block comment", "\"capacity\":500", "\"capacity\":500 /* seats */", "comments"),
                notJson("a line comment", "\"capacity\":500", "\"capacity\":500, // seats\n", "comments"),
                notJson("a hash comment", "\"capacity\":500,", "\"capacity\":500,\n# seats\n", "comments"),
                notJson("a trailing comma in an object", "\"capacity\":500", "\"capacity\":500,}", "remove the comma"),
                notJson("a trailing comma in a list", "\"remote\"]", "\"remote\",]", "remove the comma"),
                notJson("a text in single quotes", "\"main-hall\"", "'main-hall'", "not single quotes"),
                notJson("a name in single quotes", "\"capacity\"", "'capacity'", "not single quotes"),
                notJson("a name without quotes", "\"capacity\"", "capacity", "capacity needs double quotes"),
                notJson("a text without quotes", "\"capacity\":500", "\"capacity\":many", "many is not a JSON value"),
                notJson("True with a capital", "\"capacity\":500", "\"capacity\":True", "write true, in lower case"),
                notJson("typographic quotes", "\"capacity\"", "\u201ccapacity\u201d", "typographic quote"),
                notJson(
                        "a duplicate key",
                        "\"capacity\":500",
                        "\"capacity\":500,\"capacity\":50",
                        "duplicate field 'capacity'"),
                notJson("a missing comma", "\"capacity\":500,", "\"capacity\":500 ", "is a comma missing?"),
                notJson("a missing colon", "\"capacity\":500", "\"capacity\" 500", "expected ':'"),
                notJson("a missing value", "\"capacity\":500", "\"capacity\":", "a value is missing"),
                notJson("a list closed as an object", "\"remote\"]", "\"remote\"}", "expected ']'"),
                notJson("one brace too many", "\"mandatory\":true}]}", "\"mandatory\":true}]}}", "nothing to close"),
                arguments(
                        named(
                                "a text left open at the end",
                                TestDocument.minimal()
                                        .json()
                                        .substring(
                                                0, TestDocument.minimal().json().indexOf("Main Hall") + 4)),
                        "closing quote"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("notJson")
    void textThatIsNotJsonIsSaidInPlainWordsWithItsLineAndColumn(String json, String messagePart) {
        InvalidDatasetException thrown = catchThrowableOfType(InvalidDatasetException.class, () -> read(utf8(json)));

        assertThat(thrown).as("the reader rejects the document").isNotNull();
        assertThat(thrown.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.path()).isEmpty();
            assertThat(problem.message()).matches("line \\d+, column \\d+: .+").contains(messagePart);
            assertThat(problem.message())
                    .as("no words of the JSON library")
                    .doesNotContain("JsonReadFeature", "JsonParser", "com.fasterxml", "`")
                    .doesNotContainIgnoringCase("feature")
                    .doesNotContainIgnoringCase("token")
                    .doesNotContainIgnoringCase("enable")
                    .doesNotContainIgnoringCase("code ");
        });
    }

    @Test
    void aNumberThatIsNotANumberIsPlacedWhereItStarts() {
        String json = TestDocument.formatExampleText().replace("\"capacity\": 800", "\"capacity\": NaN");
        String before = json.substring(0, json.indexOf("NaN"));
        int line = (int) before.chars().filter(c -> c == '\n').count() + 1;
        int column = before.length() - before.lastIndexOf('\n');

        InvalidDatasetException thrown = catchThrowableOfType(InvalidDatasetException.class, () -> read(utf8(json)));

        assertThat(thrown.problems())
                .extracting(Problem::message)
                .containsExactly("line %d, column %d: NaN is not a number in JSON; write a number such as 90"
                        .formatted(line, column));
    }

    @Test
    void brokenElementsAreAllReportedInOneReading() {
        TestDocument document = TestDocument.minimal()
                .set("sessions[0].durationMinutes", "90")
                .set("sessions[1].kind", "mian")
                .set("rooms[1].capacity", "100");

        assertThatThrownBy(document::read)
                .isInstanceOfSatisfying(
                        InvalidDatasetException.class,
                        thrown -> assertThat(thrown.problems())
                                .extracting(Problem::path)
                                .containsExactly(
                                        "rooms[1].capacity", "sessions[0].durationMinutes", "sessions[1].kind"));
    }

    @Test
    void exceptionMessageListsEveryProblemOnItsOwnLine() {
        TestDocument document =
                TestDocument.minimal().set("sessions[0].kind", "wrkshop").set("sessions[1].kind", "mian");

        assertThatThrownBy(document::read)
                .hasMessageStartingWith("sessions[0].kind: session \"WS23\": unknown value \"wrkshop\"")
                .hasMessageContaining("\nsessions[1].kind: session \"MS-IANA\": unknown value \"mian\"");
    }

    @Test
    void aProblemInAListElementNamesItsId() {
        TestDocument document = TestDocument.minimal()
                .set("timeslots[1].start", "25:00")
                .set("rooms[1].id", 7)
                .remove("people[1].id")
                .set("people[1].country", 7)
                .setJson(
                        "schedule",
                        "{\"assignments\": [{\"session\": \"WS23\", \"room\": \"ws-01\", \"timeslot\": \"d1-0900\"},"
                                + " {\"session\": \"MS-IANA\", \"room\": \"main-hall\", \"timeslot\": \"d1-1100\","
                                + " \"span\": \"1\"}]}");

        assertThatThrownBy(document::read)
                .isInstanceOfSatisfying(
                        InvalidDatasetException.class,
                        thrown -> assertThat(thrown.problems())
                                .extracting(Problem::toString)
                                .containsExactly(
                                        "timeslots[1].start: timeslot \"d1-1100\": \"25:00\" is not a time HH:MM",
                                        "rooms[1].id: 7 is not a text",
                                        "people[1].country: person without an id: 7 is not a text",
                                        "schedule.assignments[1].span: assigned session \"MS-IANA\": expected a whole"
                                                + " number, found a text (\"1\")"));
    }

    @Test
    void contentAfterTheDocumentIsReportedPlainlyWithItsLine() {
        byte[] twoDocuments = utf8(TestDocument.minimal().json() + "\n{}\n");

        InvalidDatasetException thrown = catchThrowableOfType(InvalidDatasetException.class, () -> read(twoDocuments));

        assertThat(thrown).isNotNull();
        assertThat(thrown.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.path()).isEmpty();
            assertThat(problem.message()).contains("line 2");
            assertThat(problem.message()).doesNotContain("com.fasterxml", "DeserializationFeature", "`");
        });
    }

    @Test
    void missingFileIsAnInputOutputErrorNotAProblem() {
        assertThatThrownBy(() -> new DatasetReader().read(folder.resolve("nowhere.json")))
                .isInstanceOf(NoSuchFileException.class);
    }

    private DatasetJson read(byte[] content) throws IOException, InvalidDatasetException {
        Path file = folder.resolve("dataset.json");
        Files.write(file, content);
        return new DatasetReader().read(file);
    }

    /** The minimal document with {@code from} replaced by {@code to}. */
    private static Arguments notJson(String name, String from, String to, String messagePart) {
        String json = TestDocument.minimal().json();
        if (!json.contains(from)) {
            throw new IllegalArgumentException("the minimal document has no " + from);
        }
        return arguments(
                named(name, json.replaceFirst(Pattern.quote(from), Matcher.quoteReplacement(to))), messagePart);
    }

    private static Arguments bad(String name, byte[] content, String path, String... messageParts) {
        return arguments(named(name, content), path, List.of(messageParts));
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
