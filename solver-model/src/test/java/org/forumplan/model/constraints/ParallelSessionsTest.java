package org.forumplan.model.constraints;

import static org.assertj.core.api.Assertions.assertThat;
import static org.forumplan.model.constraints.TestForum.ALICE;
import static org.forumplan.model.constraints.TestForum.BOB;
import static org.forumplan.model.constraints.TestForum.CHILD_PROTECTION;
import static org.forumplan.model.constraints.TestForum.CIR;
import static org.forumplan.model.constraints.TestForum.HUMAN_RIGHTS;
import static org.forumplan.model.constraints.TestForum.flash;
import static org.forumplan.model.constraints.TestForum.mainSession;
import static org.forumplan.model.constraints.TestForum.withPeople;
import static org.forumplan.model.constraints.TestForum.withTopics;
import static org.forumplan.model.constraints.TestForum.workshop;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.forumplan.model.build.DatasetLoader;
import org.forumplan.model.constraints.ParallelSessions.Clash;
import org.forumplan.model.domain.Session;
import org.forumplan.model.domain.Topic;
import org.forumplan.model.domain.TopicPolicy;
import org.forumplan.model.io.DatasetReader;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What the sessions running in one period have in common. The sessions here are not placed: {@link ParallelSessions}
 * is handed the sessions of one period and looks only at what they hold.
 */
class ParallelSessionsTest {

    private static final Function<Session, List<Topic>> TOPICS = Session::getSpreadTopics;

    @Nested
    class Sharing {

        @Test
        void eachValueHeldByTwoOrMoreSessionsIsOneClashWithExactlyThoseSessions() {
            Session ws1 = withTopics(workshop("WS1"), CIR, HUMAN_RIGHTS);
            Session ws2 = withTopics(workshop("WS2"), CIR);
            Session ws3 = withTopics(workshop("WS3"), HUMAN_RIGHTS, CIR);
            Session ws4 = workshop("WS4");

            List<Clash<Topic>> clashes = ParallelSessions.sharing(List.of(ws1, ws2, ws3, ws4), TOPICS);

            assertThat(bySharedValue(clashes))
                    .containsOnlyKeys(CIR, HUMAN_RIGHTS)
                    .hasEntrySatisfying(CIR, sessions -> assertThat(sessions).containsExactlyInAnyOrder(ws1, ws2, ws3))
                    .hasEntrySatisfying(
                            HUMAN_RIGHTS, sessions -> assertThat(sessions).containsExactlyInAnyOrder(ws1, ws3));
        }

        @Test
        void aValueHeldByOneSessionIsNoClash() {
            Session ws1 = withTopics(workshop("WS1"), CIR, HUMAN_RIGHTS);
            Session ws2 = withTopics(workshop("WS2"), HUMAN_RIGHTS);
            Session ws3 = withPeople(workshop("WS3"), ALICE);

            List<Clash<Topic>> clashes = ParallelSessions.sharing(List.of(ws1, ws2, ws3), TOPICS);

            assertThat(clashes).singleElement().satisfies(clash -> {
                assertThat(clash.shared()).isSameAs(HUMAN_RIGHTS);
                assertThat(clash.sessions()).containsExactlyInAnyOrder(ws1, ws2);
            });
        }

        @Test
        void sessionsSharingNothingOrRunningAloneNeverClash() {
            Session alone = withTopics(workshop("WS1"), CIR);

            assertThat(ParallelSessions.sharing(List.of(), TOPICS)).isEmpty();
            assertThat(ParallelSessions.sharing(List.of(alone), TOPICS)).isEmpty();
            assertThat(ParallelSessions.sharing(
                            List.of(alone, withTopics(workshop("WS2"), HUMAN_RIGHTS), workshop("WS3")), TOPICS))
                    .isEmpty();
        }

        @Test
        void peopleInSeveralSessionsAreSharedPerPerson() {
            Session ws1 = withPeople(workshop("WS1"), ALICE, BOB);
            Session ws2 = withPeople(workshop("WS2"), BOB);
            Session fl1 = withPeople(flash("FL1"), ALICE);

            assertThat(bySharedValue(ParallelSessions.sharing(List.of(ws1, ws2, fl1), Session::getPeople)))
                    .containsOnlyKeys(ALICE, BOB)
                    .hasEntrySatisfying(ALICE, sessions -> assertThat(sessions).containsExactlyInAnyOrder(ws1, fl1))
                    .hasEntrySatisfying(BOB, sessions -> assertThat(sessions).containsExactlyInAnyOrder(ws1, ws2));
        }

        /** Each fact exists once per problem, so two distinct objects are two values even when they are equal. */
        @Test
        void valuesAreComparedByEquality() {
            // Organizations are plain strings, one copy per session: equal values must be one value.
            Topic cir = new Topic("cir", "Critical Internet Resources", TopicPolicy.SPREAD);
            Topic anotherCir = new Topic("cir", "Critical Internet Resources", TopicPolicy.SPREAD);
            Session ws1 = withTopics(workshop("WS1"), cir);
            Session ws2 = withTopics(workshop("WS2"), anotherCir);
            Session ws3 = withTopics(workshop("WS3"), cir);

            List<Clash<Topic>> clashes = ParallelSessions.sharing(List.of(ws1, ws2, ws3), TOPICS);

            assertThat(clashes).singleElement().satisfies(clash -> {
                assertThat(clash.shared()).isEqualTo(cir);
                assertThat(clash.sessions()).containsExactlyInAnyOrder(ws1, ws2, ws3);
            });
        }

        /**
         * A session that lists a topic twice (the dataset checker lets {@code "topics": ["cir", "cir"]} through) is
         * still one session: alone it clashes with nobody, and beside another session on the topic it is one pair.
         */
        @Test
        void aSessionListingAValueTwiceIsStillOneSession() {
            Session twice = withTopics(workshop("WS1"), CIR, CIR);
            Session other = withTopics(workshop("WS2"), CIR);

            assertThat(ParallelSessions.sharing(List.of(twice, workshop("WS3")), TOPICS))
                    .as("a session alone on its topic")
                    .isEmpty();
            assertThat(ParallelSessions.sharing(List.of(twice, other), TOPICS))
                    .singleElement()
                    .satisfies(clash -> {
                        assertThat(clash.sessions()).containsExactlyInAnyOrder(twice, other);
                        assertThat(clash.pairs()).isEqualTo(1);
                    });
        }

        /**
         * Organizations are names, not facts: each session read from a dataset holds its own copy of the text, so two
         * sessions of one organization must share it by name for Organization clash to see them.
         */
        @Test
        void sessionsOfOneOrganizationReadFromADatasetShareIt() throws Exception {
            List<Session> sessions = DatasetLoader.load(new DatasetReader().read(TWO_SESSIONS_OF_ONE_ORGANIZATION))
                    .programme()
                    .getSessions();

            assertThat(ParallelSessions.sharing(sessions, Session::organizationAsList))
                    .singleElement()
                    .satisfies(clash -> {
                        assertThat(clash.shared()).isEqualTo("Example Registry");
                        assertThat(clash.sessions()).extracting(Session::getId).containsExactlyInAnyOrder("WS1", "WS2");
                    });
        }
    }

    @Nested
    class Pairs {

        @ParameterizedTest(name = "{0} sessions make {1} pairs")
        @CsvSource({"2, 1", "3, 3", "4, 6", "5, 10", "12, 66"})
        void everyTwoSessionsOfAClashAreOnePair(int sessions, long pairs) {
            List<Session> running = IntStream.rangeClosed(1, sessions)
                    .mapToObj(i -> workshop("WS" + i))
                    .toList();

            assertThat(new Clash<>(CIR, running).pairs()).isEqualTo(pairs);
        }

        @Test
        void threeSessionsOnATopicAreThreePairs() {
            List<Session> running = List.of(
                    withTopics(workshop("WS1"), CIR),
                    withTopics(workshop("WS2"), CIR),
                    withTopics(workshop("WS3"), CIR));

            assertThat(ParallelSessions.sharing(running, TOPICS))
                    .singleElement()
                    .extracting(Clash::pairs)
                    .isEqualTo(3L);
        }
    }

    @Nested
    class BesideExclusive {

        @Test
        void everyOtherRunningSessionCompetesWithTheExclusiveOne() {
            Session opening = exclusive(mainSession("MS-OPENING"));
            Session ws1 = workshop("WS1");
            Session fl1 = flash("FL1");

            List<Clash<Session>> clashes = ParallelSessions.besideExclusive(List.of(ws1, opening, fl1));

            assertThat(clashes).singleElement().satisfies(clash -> {
                assertThat(clash.shared()).isSameAs(opening);
                assertThat(clash.sessions()).containsExactlyInAnyOrder(ws1, fl1);
            });
        }

        @Test
        void twoExclusiveSessionsAreOnePair() {
            Session opening = exclusive(mainSession("MS-OPENING"));
            Session closing = exclusive(mainSession("MS-CLOSING"));
            Session ws1 = workshop("WS1");

            List<Clash<Session>> clashes = ParallelSessions.besideExclusive(List.of(opening, ws1, closing));

            List<List<Session>> pairs = new ArrayList<>();
            for (Clash<Session> clash : clashes) {
                clash.sessions().forEach(other -> pairs.add(List.of(clash.shared(), other)));
            }
            assertThat(pairs)
                    .as("each competing pair once")
                    .hasSize(3)
                    .anySatisfy(pair -> assertThat(pair).containsExactlyInAnyOrder(opening, closing))
                    .anySatisfy(pair -> assertThat(pair).containsExactly(opening, ws1))
                    .anySatisfy(pair -> assertThat(pair).containsExactly(closing, ws1));
        }

        @Test
        void anExclusiveSessionAloneOrNoExclusiveSessionIsNoClash() {
            assertThat(ParallelSessions.besideExclusive(List.of(exclusive(mainSession("MS-OPENING")))))
                    .isEmpty();
            assertThat(ParallelSessions.besideExclusive(List.of(mainSession("MS1"), workshop("WS1"), flash("FL1"))))
                    .isEmpty();
        }
    }

    @Nested
    class BesideMainSessions {

        @Test
        void everyOtherRunningSessionCompetesWithAMainSession() {
            Session main = mainSession("MS1");
            Session ws1 = workshop("WS1");
            Session fl1 = flash("FL1");

            List<Clash<Session>> clashes = ParallelSessions.besideMainSessions(List.of(ws1, main, fl1));

            assertThat(clashes).singleElement().satisfies(clash -> {
                assertThat(clash.shared()).isSameAs(main);
                assertThat(clash.sessions()).containsExactlyInAnyOrder(ws1, fl1);
            });
        }

        /** Competing with an exclusive main session is the hard Exclusive session competition's business. */
        @Test
        void exclusiveMainSessionsAreSkipped() {
            Session opening = exclusive(mainSession("MS-OPENING"));

            assertThat(ParallelSessions.besideMainSessions(List.of(opening, workshop("WS1"), flash("FL1"))))
                    .isEmpty();
        }

        @Test
        void aMainSessionAloneOrNoMainSessionIsNoClash() {
            assertThat(ParallelSessions.besideMainSessions(List.of(mainSession("MS1"))))
                    .isEmpty();
            assertThat(ParallelSessions.besideMainSessions(
                            List.of(withTopics(workshop("WS1"), CHILD_PROTECTION), workshop("WS2"))))
                    .isEmpty();
        }
    }

    private static <T> Map<T, List<Session>> bySharedValue(List<Clash<T>> clashes) {
        assertThat(clashes)
                .as("one clash per shared value")
                .extracting(Clash::shared)
                .doesNotHaveDuplicates();
        return clashes.stream().collect(Collectors.toMap(Clash::shared, Clash::sessions));
    }

    private static Session exclusive(Session session) {
        session.setExclusive(true);
        return session;
    }

    private static final String TWO_SESSIONS_OF_ONE_ORGANIZATION = """
            {
              "format": "forumplan/1",
              "forum": { "name": "Organization test forum", "timeZone": "UTC" },
              "timeslots": [ { "id": "t1", "day": "2025-06-02", "start": "09:00", "end": "10:30", "kinds": ["regular"] } ],
              "rooms": [ { "id": "r1", "capacity": 50 }, { "id": "r2", "capacity": 50 } ],
              "sessions": [
                { "id": "WS1", "title": "First", "kind": "workshop", "durationMinutes": 90,
                  "organization": "Example Registry" },
                { "id": "WS2", "title": "Second", "kind": "workshop", "durationMinutes": 90,
                  "organization": "Example Registry" },
                { "id": "WS3", "title": "Third", "kind": "workshop", "durationMinutes": 90,
                  "organization": "Example University" }
              ]
            }
            """;
}
