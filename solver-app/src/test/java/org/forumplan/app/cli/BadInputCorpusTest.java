package org.forumplan.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.forumplan.app.cli.CommandRun.forumplan;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The bad-input corpus ({@code src/test/resources/org/forumplan/app/bad-inputs/}): small hand-edited datasets with one
 * mistake each, named for it. {@code forumplan validate} and {@code forumplan solve} must both reject each one with exit
 * code 2 and one line a problem, {@code FILE: WHERE: WHAT}, where WHERE is the JSON path (or the line and column of a
 * syntax error) and WHAT says what was expected; never a stack trace, and {@code solve} writes nothing.
 *
 * <p>Every file is a variant of one valid forum: timeslots d1-0900, d1-1100 and d1-1400 on one day; rooms main-hall (all
 * kinds, webcast and remote) and ws-01 (workshops and open forums); topics access and trust (cluster); track cb; people
 * p-1, p-2 (unavailable at d1-1400) and p-3; sessions MS-1 (main, pinned in main-hall at d1-0900), WS1 (mandatory, p-1
 * and p-2, must precede WS2) and WS2 (an optional 60-minute proposal with p-3); policy maxParallel 2 and one weight.
 */
class BadInputCorpusTest {

    private static final String FOLDER = "/org/forumplan/app/bad-inputs/";

    /**
     * One file of the corpus and what its error must say.
     *
     * @param where the JSON path the error names, {@code line N, column M} for a syntax error, or empty for the file
     * @param words what the message must contain (ignoring case): what was wrong and what was expected
     */
    record BadInput(String name, String where, List<String> words) {
        Path file() {
            return TestDatasets.resource(FOLDER + name + ".json");
        }

        @Override
        public String toString() {
            return name;
        }
    }

    private static BadInput bad(String name, String where, String... words) {
        return new BadInput(name, where, List.of(words));
    }

    static Stream<BadInput> corpus() {
        return Stream.of(
                // The document as a whole
                bad("truncated", "line 10, column 30", "the JSON ends early", "truncated"),
                bad("empty", "", "the file is empty", "expected a forumplan/1 JSON document"),
                bad("not-an-object", "", "expected a JSON object", "found a list"),
                bad("not-utf8", "", "not UTF-8"),
                bad("trailing-content", "line 31, column 1", "'}' has nothing to close"),
                bad("deeply-nested", "line 3, column", "nest", "1000"),
                bad("wrong-format", "format", "\"forumplan/2\" is not a supported format", "expected \"forumplan/1\""),
                bad("missing-format", "format", "missing", "expected \"forumplan/1\""),
                bad("duplicate-key", "line 11, column 76", "duplicate field 'capacity'"),
                // Misspelt fields: the closest known name is suggested
                bad("capcity-typo", "rooms[1].capcity", "unknown field \"capcity\"", "did you mean \"capacity\"?"),
                bad("trakcs-typo", "trakcs", "unknown field \"trakcs\"", "did you mean \"tracks\"?"),
                bad("mandatroy-typo", "sessions[2].mandatroy", "unknown field", "did you mean \"mandatory\"?"),
                // Values of the wrong type
                bad("duration-as-text", "sessions[2].durationMinutes", "expected a whole number", "found a text"),
                bad("title-as-number", "sessions[2].title", "not a text"),
                bad("mandatory-as-text", "sessions[2].mandatory", "expected true or false", "\"no\""),
                bad("topics-as-text", "sessions[2].topics", "expected a list", "\"trust\""),
                bad("capacity-with-fraction", "rooms[0].capacity", "500.5", "not a whole number"),
                bad("session-null", "sessions[0]", "expected an object", "null"),
                bad("assignment-null", "schedule.assignments[0]", "expected", "null"),
                // Dangling references
                bad("unknown-person", "sessions[2].people[0].person", "unknown person \"p-4\""),
                bad("unknown-topic", "sessions[2].topics[0]", "unknown topic \"trsut\""),
                bad("unknown-track", "sessions[1].track", "unknown track \"capacity-building\""),
                bad(
                        "unknown-room",
                        "sessions[0].pinned.room",
                        "unknown room \"main-hal\"",
                        "did you mean \"main-hall\""),
                bad("unknown-timeslot", "people[1].unavailable[0]", "unknown timeslot \"d1-1500\""),
                bad("unknown-session", "sessions[1].mustPrecede[0]", "unknown session \"WS3\""),
                bad("unknown-published-session", "published[0].session", "unknown session \"WS9\""),
                // Duplicate ids
                bad("duplicate-session-id", "sessions[3].id", "duplicate id \"WS2\"", "first at sessions[2]"),
                bad("duplicate-room-id", "rooms[1].id", "duplicate id \"main-hall\"", "first at rooms[0]"),
                bad("duplicate-timeslot-id", "timeslots[2].id", "duplicate id \"d1-1100\"", "first at timeslots[1]"),
                // Dates and times
                bad("month-13", "timeslots[1].day", "\"2014-13-01\" is not a date YYYY-MM-DD"),
                bad("february-30", "timeslots[1].day", "\"2014-02-30\" is not a date YYYY-MM-DD"),
                bad("year-0", "timeslots[1].day", "not a plausible forum day", "1900 to 2999"),
                bad("time-25-00", "timeslots[2].start", "\"25:00\" is not a time HH:MM"),
                bad("time-24-00", "timeslots[2].end", "\"24:00\" is not a time HH:MM"),
                bad("time-with-seconds", "timeslots[2].start", "\"14:00:00\" is not a time HH:MM"),
                bad("end-before-start", "timeslots[2].end", "13:30 is not after the start 14:00"),
                bad("end-equals-start", "timeslots[2].end", "14:00 is not after the start 14:00"),
                bad("unknown-time-zone", "forum.timeZone", "\"Europe/Istambul\" is not a time zone"),
                // Durations, capacities and very large numbers
                bad("zero-duration", "sessions[2].durationMinutes", "0 is out of range", "1 to 1440 minutes"),
                bad("negative-duration", "sessions[2].durationMinutes", "-60 is out of range", "1 to 1440 minutes"),
                bad("duration-longer-than-a-day", "sessions[2].durationMinutes", "2147483647 is out of range"),
                bad("zero-capacity", "rooms[1].capacity", "0 is out of range", "seats"),
                bad("negative-capacity", "rooms[1].capacity", "-100 is out of range", "seats"),
                bad("capacity-too-large-for-int", "rooms[1].capacity", "99999999999 is too large"),
                bad("span-too-large-for-int", "sessions[0].pinned.span", "3000000000 is too large"),
                bad("pinned-span-zero", "sessions[0].pinned.span", "0 is out of range", "timeslots"),
                bad("evaluation-out-of-scale", "sessions[2].evaluation", "outside the MAG's scale", "1 to 5"),
                bad("evaluation-infinite", "sessions[2].evaluation", "outside the MAG's scale", "1 to 5"),
                bad("max-parallel-zero", "policy.maxParallel", "0 is out of range"),
                // Unknown kinds, roles, features and other names
                bad("unknown-kind", "sessions[2].kind", "unknown value \"worksop\"", "did you mean \"workshop\"?"),
                bad("unknown-role", "sessions[2].people[0].role", "\"moderater\"", "did you mean \"moderator\"?"),
                bad("unknown-feature", "rooms[0].features[1]", "unknown value \"remot\"", "did you mean \"remote\"?"),
                bad("unknown-slot-kind", "timeslots[2].kinds[0]", "\"regualr\"", "did you mean \"regular\"?"),
                bad("unknown-stakeholder-group", "people[0].stakeholderGroup", "did you mean \"academia\"?"),
                bad("unknown-topic-policy", "topics[1].policy", "did you mean \"cluster\"?"),
                // Weights
                bad(
                        "weight-unknown-name",
                        "policy.weights[\"Topic clsh\"]",
                        "unknown constraint \"Topic clsh\"",
                        "did you mean \"Topic clash\"?"),
                bad("weight-unparsable", "policy.weights[\"Topic clash\"]", "\"-20 soft\" is not a score", "e.g."),
                bad("weight-as-number", "policy.weights[\"Topic clash\"]", "not a text"),
                bad("weight-mixed-signs", "policy.weights[\"Topic clash\"]", "mixes signs"),
                bad("weight-too-large", "policy.weights[\"Mandatory session unscheduled\"]", "too large"),
                // Text
                bad("unpaired-surrogate", "sessions[2].title", "\\ud800"),
                bad("empty-title", "sessions[2].title", "empty", "expected a text"),
                bad("merged-from-blank", "sessions[2].mergedFrom[1]", "empty", "expected a text"),
                // "p-3\n": the id is echoed in the message, which must stay on one line
                bad("line-break-in-reference", "sessions[2].people[0].person", "unknown person"),
                // Precedence
                bad("precedence-cycle", "sessions[1].mustPrecede", "precedence cycle", "WS1 -> WS2 -> WS1"),
                bad("precedes-itself", "sessions[1].mustPrecede", "cannot precede itself"),
                // Pins
                bad(
                        "two-pins-in-one-room-and-slot",
                        "sessions[2].pinned",
                        "WS1 and WS2 are both pinned",
                        "11:00-12:30",
                        "in room ws-01"),
                bad("person-pinned-twice-at-once", "sessions[2].pinned", "WS1 and WS2 are both pinned", "p-2"),
                bad("pinned-beside-exclusive", "sessions[2].pinned", "MS-1 and WS2", "MS-1 is exclusive"),
                bad("pinned-in-unavailable-room", "sessions[0].pinned", "main-hall", "the room is unavailable"),
                bad("pinned-in-room-of-other-kind", "sessions[0].pinned.room", "\"ws-01\" does not host main sessions"),
                // Sessions that cannot take place
                bad("fits-nowhere", "sessions[1]", "has no possible placement", "interpretation"),
                bad("longer-than-any-run-of-timeslots", "sessions[1]", "has no possible placement", "400 minutes"),
                bad(
                        "person-cannot-attend-all",
                        "people[0]",
                        "p-1 cannot attend all of their 4 mandatory sessions",
                        "WS1, WS3, WS4, WS5"),
                bad("too-many-mandatory-workshops", "sessions", "6 mandatory workshops", "at most 5"));
    }

    @Test
    void corpusHasAtLeastThirtyFilesAndEachIsInTheTable() throws IOException {
        Set<String> listed = corpus().map(BadInput::name).collect(Collectors.toSet());
        Set<String> files;
        try (Stream<Path> paths = Files.list(TestDatasets.resource(FOLDER))) {
            files = paths.map(path -> path.getFileName().toString())
                    .map(name -> name.substring(0, name.length() - ".json".length()))
                    .collect(Collectors.toSet());
        }

        assertThat(files).hasSizeGreaterThanOrEqualTo(30).isEqualTo(listed);
        assertThat(corpus().map(BadInput::name)).doesNotHaveDuplicates();
    }

    @ParameterizedTest(name = "validate {0}")
    @MethodSource("corpus")
    void validateRejectsWithExitTwoAndOneLineNamingTheFileThePathAndWhatWasExpected(BadInput input) {
        CommandRun run = forumplan("validate", input.file().toString());

        assertRejected(run, input);
    }

    @ParameterizedTest(name = "solve {0}")
    @MethodSource("corpus")
    void solveRejectsTheSameWayAndWritesNothing(BadInput input, @TempDir Path folder) throws IOException {
        Path output = folder.resolve("solved.json");

        CommandRun run = forumplan(
                "solve",
                input.file().toString(),
                "--no-progress",
                "--step-limit",
                "10",
                "--time-limit",
                "1s",
                "-o",
                output.toString());

        try {
            assertRejected(run, input);
            try (Stream<Path> written = Files.list(folder)) {
                assertThat(written).as("files written by solve").isEmpty();
            }
        } finally {
            RescueFiles.deleteAfter(run);
        }
    }

    private static void assertRejected(CommandRun run, BadInput input) {
        String file = input.file().toString();
        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.out()).as(run.toString()).isEmpty();
        assertThat(run.errLines())
                .as(run.toString())
                .isNotEmpty()
                .allSatisfy(line -> assertThat(line)
                        .startsWith(file + ": ")
                        .doesNotContain("Exception", "\tat ", "Caused by")
                        .as("no parser internals")
                        .doesNotContain("com.fasterxml", "StreamReadConstraints", "`"));
        String prefix = file + ": " + input.where();
        assertThat(run.errLines())
                .as("a line naming %s and saying %s%n%s", input.where(), input.words(), run)
                .anySatisfy(line -> {
                    assertThat(line).startsWith(prefix);
                    if (!input.where().isEmpty() && !input.where().startsWith("line ")) {
                        // sessions[1] is not sessions[10]: the path ends where the message starts.
                        assertThat(line).startsWith(prefix + ": ");
                    }
                    input.words().forEach(word -> assertThat(line).containsIgnoringCase(word));
                });
    }
}
