package org.forumplan.model.constraints;

import static org.forumplan.model.constraints.TestForum.ALICE;
import static org.forumplan.model.constraints.TestForum.BOB;
import static org.forumplan.model.constraints.TestForum.CIR;
import static org.forumplan.model.constraints.TestForum.HUMAN_RIGHTS;
import static org.forumplan.model.constraints.TestForum.LATE_MORNING;
import static org.forumplan.model.constraints.TestForum.MORNING;
import static org.forumplan.model.constraints.TestForum.ROOM_A;
import static org.forumplan.model.constraints.TestForum.ROOM_B;
import static org.forumplan.model.constraints.TestForum.place;
import static org.forumplan.model.constraints.TestForum.unplaced;
import static org.forumplan.model.constraints.TestForum.withPeople;
import static org.forumplan.model.constraints.TestForum.withTopics;

import ai.timefold.solver.test.api.score.stream.ConstraintVerifier;
import java.util.List;
import java.util.Set;
import org.forumplan.model.constraints.justifications.ForumJustification;
import org.forumplan.model.domain.Person;
import org.forumplan.model.domain.Programme;
import org.forumplan.model.domain.Selection;
import org.forumplan.model.domain.SelectionFlag;
import org.forumplan.model.domain.Session;
import org.forumplan.model.domain.SessionFacts;
import org.forumplan.model.domain.SessionFactsBuilder;
import org.forumplan.model.domain.SessionKind;
import org.forumplan.model.domain.ShareTarget;
import org.forumplan.model.domain.SpeakerPool;
import org.forumplan.model.domain.StakeholderGroup;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The selection's constraints (policy.selection), each with a violating and a non-violating case and the exact penalty
 * (the match weight, before the constraint's weight). Sessions are workshops of a selection about workshops unless a
 * test says otherwise.
 */
class SelectionConstraintsTest {

    private static final Person GOV = person("p-gov", StakeholderGroup.GOVERNMENT, "Africa");
    private static final Person CIVIL = person("p-civil", StakeholderGroup.CIVIL_SOCIETY, "Africa");
    private static final Person TECH = person("p-tech", StakeholderGroup.TECHNICAL_COMMUNITY, "Asia-Pacific");
    private static final Person UNKNOWN = new Person("p-unknown", "Nobody Known", null, null, null, null, List.of());

    private final ConstraintVerifier<ForumConstraintProvider, Programme> verifier =
            ConstraintVerifier.build(new ForumConstraintProvider(), Programme.class, Session.class);

    private static Person person(String id, StakeholderGroup group, String region) {
        return new Person(id, id, "Example", group, "XX", region, List.of());
    }

    private static Selection selection(
            List<ShareTarget> shares, boolean coverage, int minGroups, List<SpeakerPool> pools) {
        return new Selection(Set.of(SessionKind.WORKSHOP), shares, coverage, minGroups, !pools.isEmpty(), pools);
    }

    private static SessionFactsBuilder workshop(String id, Selection selection) {
        return TestForum.workshop(id).selection(selection);
    }

    private static SessionFactsBuilder openForum(String id, Selection selection) {
        return SessionFacts.builder(id, "Open forum " + id, SessionKind.OPEN_FORUM, 90)
                .selection(selection);
    }

    @Nested
    class ShareShortOfTarget {

        private final ShareTarget half = new ShareTarget(SelectionFlag.DEVELOPING_COUNTRY, 0.5);
        private final Selection selection = selection(List.of(half), false, 0, List.of());

        @Test
        void placedWorkshopsBelowTheShareArePenalisedPerMissingFlaggedSession() {
            // Three placed workshops, none flagged: half of three is 2 (rounded up), all missing. The unplaced flagged
            // workshop and the open forum, not a kind of the selection, do not count.
            verifier.verifyThat((provider, factory) -> SelectionConstraints.shareShortOfTarget(factory))
                    .given(
                            half,
                            place(workshop("WS1", selection), ROOM_A, MORNING),
                            place(workshop("WS2", selection), ROOM_B, MORNING),
                            place(workshop("WS3", selection), ROOM_A, LATE_MORNING),
                            unplaced(workshop("WS4", selection).developingCountry(true)),
                            place(openForum("OF1", selection).developingCountry(true), ROOM_B, LATE_MORNING))
                    .penalizesBy(2);
        }

        @Test
        void aProgrammeMeetingTheShareCostsNothing() {
            verifier.verifyThat((provider, factory) -> SelectionConstraints.shareShortOfTarget(factory))
                    .given(
                            half,
                            place(workshop("WS1", selection).developingCountry(true), ROOM_A, MORNING),
                            place(workshop("WS2", selection), ROOM_B, MORNING))
                    .penalizesBy(0);
        }

        @Test
        void eachTargetCountsItsOwnFlag() {
            ShareTarget firstTime = new ShareTarget(SelectionFlag.FIRST_TIME, 0.5);
            Selection both = selection(List.of(half, firstTime), false, 0, List.of());
            // Two placed, one from a developing country, neither first-time: the first-time share lacks 1.
            verifier.verifyThat((provider, factory) -> SelectionConstraints.shareShortOfTarget(factory))
                    .given(
                            half,
                            firstTime,
                            place(workshop("WS1", both).developingCountry(true), ROOM_A, MORNING),
                            place(workshop("WS2", both), ROOM_B, MORNING))
                    .penalizesBy(1);
        }

        @Test
        void theShortfallIsWordedWithTheShares() {
            verifier.verifyThat((provider, factory) -> SelectionConstraints.shareShortOfTarget(factory))
                    .given(
                            half,
                            place(workshop("WS1", selection), ROOM_A, MORNING),
                            place(workshop("WS2", selection), ROOM_B, MORNING))
                    .justifiesWith(ForumJustification.of(
                            List.of(),
                            "0 of 2 placed sessions (0%) are from developing or transitional economy countries; 50%"
                                    + " needs 1: 1 short"));
        }
    }

    @Nested
    class TopicCoverageMissed {

        private final Selection selection = selection(List.of(), true, 0, List.of());

        @Test
        void aTopicsProposalsLeftOutCostWhatTheyWouldAddEachLessThanTheOneBefore() {
            // CIR: 1 of 4 placed, the 2nd, 3rd and 4th would add 30 + 20 + 15. Human rights: its one proposal placed.
            // The open forum on CIR is not of the selection's kinds.
            verifier.verifyThat((provider, factory) -> SelectionConstraints.topicCoverageMissed(factory))
                    .given(
                            place(withTopics(workshop("WS1", selection), CIR, HUMAN_RIGHTS), ROOM_A, MORNING),
                            unplaced(withTopics(workshop("WS2", selection), CIR)),
                            unplaced(withTopics(workshop("WS3", selection), CIR)),
                            unplaced(withTopics(workshop("WS4", selection), CIR)),
                            unplaced(withTopics(openForum("OF1", selection), CIR)))
                    .penalizesBy(65);
        }

        @Test
        void aTopicWithNothingPlacedMissesItsFirstSessionsWholeValue() {
            verifier.verifyThat((provider, factory) -> SelectionConstraints.topicCoverageMissed(factory))
                    .given(
                            unplaced(withTopics(workshop("WS1", selection), CIR)),
                            unplaced(withTopics(workshop("WS2", selection), CIR)))
                    .penalizesBy(90);
        }

        @Test
        void everyProposalPlacedCostsNothing() {
            verifier.verifyThat((provider, factory) -> SelectionConstraints.topicCoverageMissed(factory))
                    .given(
                            place(withTopics(workshop("WS1", selection), CIR), ROOM_A, MORNING),
                            place(withTopics(workshop("WS2", selection), CIR), ROOM_B, MORNING))
                    .penalizesBy(0);
        }

        @Test
        void withoutTheGoalNoTopicIsCounted() {
            Selection none = selection(List.of(), false, 0, List.of());
            verifier.verifyThat((provider, factory) -> SelectionConstraints.topicCoverageMissed(factory))
                    .given(unplaced(withTopics(workshop("WS1", none), CIR)))
                    .penalizesBy(0);
        }
    }

    @Nested
    class NarrowPanel {

        private final Selection selection = selection(List.of(), false, 3, List.of());

        @Test
        void aPlacedPanelOfFewerGroupsThanAskedIsPenalisedPerMissingGroup() {
            // WS1: academia only (Alice and Bob), 2 missing; WS2: government and civil society, 1 missing.
            verifier.verifyThat((provider, factory) -> SelectionConstraints.narrowPanel(factory))
                    .given(
                            place(withPeople(workshop("WS1", selection), ALICE, BOB), ROOM_A, MORNING),
                            place(withPeople(workshop("WS2", selection), GOV, CIVIL), ROOM_B, MORNING))
                    .penalizesBy(3);
        }

        @Test
        void balancedUnplacedOrUnknownPanelsCostNothing() {
            verifier.verifyThat((provider, factory) -> SelectionConstraints.narrowPanel(factory))
                    .given(
                            place(withPeople(workshop("WS1", selection), GOV, CIVIL, TECH), ROOM_A, MORNING),
                            unplaced(withPeople(workshop("WS2", selection), ALICE)),
                            place(withPeople(workshop("WS3", selection), UNKNOWN), ROOM_B, MORNING),
                            place(withPeople(openForum("OF1", selection), ALICE), ROOM_A, LATE_MORNING))
                    .penalizesBy(0);
        }

        @Test
        void theGroupsAreNamed() {
            verifier.verifyThat((provider, factory) -> SelectionConstraints.narrowPanel(factory))
                    .given(place(withPeople(workshop("WS2", selection), GOV, CIVIL), ROOM_B, MORNING))
                    .justifiesWith(ForumJustification.of(
                            List.of("WS2"),
                            "WS2's people span 2 stakeholder groups (government, civil society); 3 are asked"));
        }
    }

    @Nested
    class SpeakerMix {

        // Each group and region has two proposed panel places: WS1 and WS2 for government, WS3 and WS4 for civil
        // society; everyone is from Africa.
        private final SpeakerPool government =
                new SpeakerPool(SpeakerPool.Dimension.STAKEHOLDER_GROUP, "government", 2, 2);
        private final SpeakerPool civilSociety =
                new SpeakerPool(SpeakerPool.Dimension.STAKEHOLDER_GROUP, "civil_society", 2, 2);
        private final SpeakerPool africa = new SpeakerPool(SpeakerPool.Dimension.REGION, "Africa", 4, 4);
        private final Selection selection = selection(List.of(), false, 0, List.of(government, civilSociety, africa));

        private Session panel(String id, Person person, boolean placed) {
            SessionFactsBuilder workshop = withPeople(workshop(id, selection), person);
            return placed ? place(workshop, ROOM_A, id.equals("WS1") ? MORNING : LATE_MORNING) : unplaced(workshop);
        }

        /** The pools, then WS1 (placed) and WS2 for government, WS3 (placed or not) and WS4 for civil society. */
        private Object[] forum(boolean civilSocietyPlaced) {
            return new Object[] {
                government,
                civilSociety,
                africa,
                panel("WS1", GOV, true),
                panel("WS2", GOV, false),
                panel("WS3", CIVIL, civilSocietyPlaced),
                panel("WS4", CIVIL, false)
            };
        }

        @Test
        void groupsPlacedAtUnequalRatesArePenalisedByTheirUnfairness() {
            // Government 1 of 2 placed (half its pool: 1 speaker of the mean pool of 2), civil society none (0, there
            // by
            // the complement): the root of the summed squared deviations from the mean 0.5 is 0.707 speakers, 7 tenths.
            verifier.verifyThat((provider, factory) -> SelectionConstraints.speakerMixByStakeholderGroup(factory))
                    .given(forum(false))
                    .penalizesBy(7);
        }

        @Test
        void groupsPlacedAtEqualRatesCostNothing() {
            verifier.verifyThat((provider, factory) -> SelectionConstraints.speakerMixByStakeholderGroup(factory))
                    .given(forum(true))
                    .penalizesBy(0);
        }

        @Test
        void oneRegionAloneIsAlwaysInBalance() {
            verifier.verifyThat((provider, factory) -> SelectionConstraints.speakerMixByRegion(factory))
                    .given(forum(false))
                    .penalizesBy(0);
        }
    }
}
