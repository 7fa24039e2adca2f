package org.forumplan.model.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.forumplan.model.analysis.ExplainForum.CORNER;
import static org.forumplan.model.analysis.ExplainForum.FLASH_SLOT;
import static org.forumplan.model.analysis.ExplainForum.LATE_MORNING;
import static org.forumplan.model.analysis.ExplainForum.MORNING;
import static org.forumplan.model.analysis.ExplainForum.NEXT_MORNING;
import static org.forumplan.model.analysis.ExplainForum.PLENARY;
import static org.forumplan.model.analysis.ExplainForum.ROOM_A;
import static org.forumplan.model.analysis.ExplainForum.ROOM_B;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import java.util.List;
import org.forumplan.model.constraints.ScoreLevel;
import org.forumplan.model.domain.Programme;
import org.forumplan.model.domain.Session;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * {@link ProgrammeExplainer} on small programmes placed by hand ({@link ExplainForum}: a morning 09:00-10:30 cut into
 * three periods by a flash slot 09:30-10:00, a late morning 11:00-12:30, the next morning; rooms A and B for workshops,
 * the plenary for main sessions). Every programme here costs only what its test sets up.
 */
class ProgrammeExplainerTest {

    private static final String CIR_CLASH_IN_THE_MORNING =
            "WS1 and WS2 both on Critical Internet Resources, Mon 2 Jun 09:00-10:30";

    /** WS1 and WS2 on the same topic side by side all morning: a Topic clash of 90 minutes. */
    private static ExplainForum topicClashInTheMorning() {
        return new ExplainForum()
                .workshop("WS1")
                .topics("cir")
                .at(ROOM_A, MORNING)
                .workshop("WS2")
                .topics("cir")
                .at(ROOM_B, MORNING);
    }

    @Nested
    class Score {

        @Test
        void theScoreIsRecomputedAndAWrongStoredScoreIsOnlyReportedAsTheFiles() {
            ProgrammeExplanation explanation =
                    topicClashInTheMorning().storedScore("0hard/0medium/0soft").explain();

            assertThat(explanation.score()).isEqualTo(score("0hard/0medium/-90soft"));
            assertThat(explanation.storedScore()).isEqualTo("0hard/0medium/0soft");
            assertThat(explanation.feasible()).isTrue();
        }

        @Test
        void aScoreLeftOnTheProgrammeIsNotTrusted() {
            Programme programme = topicClashInTheMorning().programme();
            programme.setScore(score("0hard/0medium/0soft"));

            ProgrammeExplanation explanation = new ProgrammeExplainer().explain(programme, null);

            assertThat(explanation.score()).isEqualTo(score("0hard/0medium/-90soft"));
            assertThat(explanation.storedScore()).isNull();
        }

        @Test
        void theScoreIsTheSumOfTheConstraintsThatCost() {
            ProgrammeExplanation explanation = hardMediumAndSoftCosts().explain();

            assertThat(explanation.constraints().stream()
                            .map(ConstraintExplanation::score)
                            .reduce(HardMediumSoftLongScore.ZERO, HardMediumSoftLongScore::add))
                    .isEqualTo(explanation.score())
                    .isEqualTo(score("-90hard/-80medium/-90soft"));
        }
    }

    /**
     * A room conflict (WS1 and WS2 in room A all morning), a proposal left out (WS5, evaluation 4) and a topic clash
     * (WS3 and WS4 in the late morning).
     */
    private static ExplainForum hardMediumAndSoftCosts() {
        return new ExplainForum()
                .workshop("WS1")
                .mandatory()
                .at(ROOM_A, MORNING)
                .workshop("WS2")
                .mandatory()
                .at(ROOM_A, MORNING)
                .workshop("WS3")
                .topics("cir")
                .at(ROOM_A, LATE_MORNING)
                .workshop("WS4")
                .topics("cir")
                .at(ROOM_B, LATE_MORNING)
                .workshop("WS5")
                .evaluation(4.0)
                .unplaced();
    }

    @Nested
    class Constraints {

        @Test
        void onlyConstraintsThatCostAreListedWorstFirst() {
            ProgrammeExplanation explanation = hardMediumAndSoftCosts().explain();

            assertThat(explanation.constraints())
                    .extracting(
                            ConstraintExplanation::code,
                            ConstraintExplanation::name,
                            ConstraintExplanation::level,
                            ConstraintExplanation::score,
                            ConstraintExplanation::matchCount)
                    .containsExactly(
                            tuple("H1", "Room conflict", ScoreLevel.HARD, score("-90hard/0medium/0soft"), 1),
                            tuple("M1", "Proposal unscheduled", ScoreLevel.MEDIUM, score("0hard/-80medium/0soft"), 1),
                            tuple("S1", "Topic clash", ScoreLevel.SOFT, score("0hard/0medium/-90soft"), 1));
        }

        @Test
        void aProgrammeThatCostsNothingHasNoConstraints() {
            ProgrammeExplanation explanation = new ExplainForum()
                    .workshop("WS1")
                    .topics("cir")
                    .at(ROOM_A, MORNING)
                    .workshop("WS2")
                    .topics("cir")
                    .at(ROOM_A, LATE_MORNING)
                    .explain();

            assertThat(explanation.score()).isEqualTo(HardMediumSoftLongScore.ZERO);
            assertThat(explanation.constraints()).isEmpty();
            assertThat(explanation.sessions()).isEmpty();
        }

        @Test
        void theWeightInUseIsTheDatasetsAndAConstraintSwitchedOffIsNotListed() {
            ProgrammeExplanation explanation = hardMediumAndSoftCosts()
                    .weight("Topic clash", "0hard/0medium/-20soft")
                    .weight("Room conflict", "0hard/0medium/0soft")
                    .explain();

            assertThat(explanation.constraints())
                    .extracting(
                            ConstraintExplanation::name, ConstraintExplanation::weight, ConstraintExplanation::score)
                    .containsExactly(
                            tuple(
                                    "Proposal unscheduled",
                                    score("0hard/-1medium/0soft"),
                                    score("0hard/-80medium/0soft")),
                            tuple("Topic clash", score("0hard/0medium/-20soft"), score("0hard/0medium/-1800soft")));
            assertThat(explanation.score()).isEqualTo(score("0hard/-80medium/-1800soft"));
        }

        @Test
        void matchesSayInWordsWhichSessionsAndWhen() {
            ProgrammeExplanation explanation = hardMediumAndSoftCosts().explain();

            assertThat(explanation.constraints())
                    .flatExtracting(ConstraintExplanation::matches)
                    .extracting(MatchExplanation::sessionIds, MatchExplanation::description, MatchExplanation::score)
                    .containsExactly(
                            tuple(
                                    List.of("WS1", "WS2"),
                                    "WS1 and WS2 both in room-a, Mon 2 Jun 09:00-10:30",
                                    score("-90hard/0medium/0soft")),
                            tuple(
                                    List.of("WS5"),
                                    "WS5 is left out (proposal value 80)",
                                    score("0hard/-80medium/0soft")),
                            tuple(
                                    List.of("WS3", "WS4"),
                                    "WS3 and WS4 both on Critical Internet Resources, Mon 2 Jun 11:00-12:30",
                                    score("0hard/0medium/-90soft")));
        }

        @Test
        void matchesOfAConstraintAreWorstFirst() {
            // Three sessions on one topic (three pairs) for 90 minutes, two for 90, a flash session for 30.
            ProgrammeExplanation explanation = new ExplainForum()
                    .flash("FL1")
                    .topics("cir")
                    .at(CORNER, FLASH_SLOT)
                    .workshop("WS1")
                    .topics("cir")
                    .at(ROOM_A, MORNING)
                    .workshop("WS2")
                    .topics("cir")
                    .at(ROOM_A, NEXT_MORNING)
                    .workshop("WS3")
                    .topics("cir")
                    .at(ROOM_B, NEXT_MORNING)
                    .mainSession("MS1")
                    .topics("cir")
                    .at(PLENARY, LATE_MORNING)
                    .workshop("WS4")
                    .topics("cir")
                    .at(ROOM_A, LATE_MORNING)
                    .workshop("WS5")
                    .topics("cir")
                    .at(ROOM_B, LATE_MORNING)
                    .explain();

            assertThat(constraint(explanation, "Topic clash").matches())
                    .extracting(MatchExplanation::score, MatchExplanation::description)
                    .containsExactly(
                            tuple(
                                    score("0hard/0medium/-270soft"),
                                    "MS1, WS4 and WS5 all on Critical Internet Resources, Mon 2 Jun 11:00-12:30"),
                            tuple(
                                    score("0hard/0medium/-90soft"),
                                    "WS2 and WS3 both on Critical Internet Resources, Tue 3 Jun 09:00-10:30"),
                            tuple(
                                    score("0hard/0medium/-30soft"),
                                    "FL1 and WS1 both on Critical Internet Resources, Mon 2 Jun 09:30-10:00"));
        }

        /** A topic's clashes are one match; its lines share the match's score by their pair-minutes, whatever the weight. */
        @Test
        void aWeightedClashMatchIsSplitIntoLinesThatAddUpToIt() {
            ProgrammeExplanation explanation = new ExplainForum()
                    .workshop("WS1")
                    .topics("cir")
                    .at(ROOM_A, MORNING)
                    .workshop("WS2")
                    .topics("cir")
                    .at(ROOM_B, MORNING)
                    .workshop("WS3")
                    .topics("cir")
                    .at(ROOM_A, LATE_MORNING)
                    .workshop("WS4")
                    .topics("cir")
                    .at(ROOM_B, LATE_MORNING)
                    .mainSession("MS1")
                    .topics("cir")
                    .at(PLENARY, LATE_MORNING)
                    .weight("Topic clash", "-1hard/0medium/-7soft")
                    .explain();

            ConstraintExplanation topicClash = constraint(explanation, "Topic clash");
            assertThat(topicClash.score()).isEqualTo(score("-360hard/0medium/-2520soft"));
            assertThat(topicClash.matches())
                    .extracting(MatchExplanation::score, MatchExplanation::description)
                    .containsExactly(
                            tuple(
                                    score("-270hard/0medium/-1890soft"),
                                    "MS1, WS3 and WS4 all on Critical Internet Resources, Mon 2 Jun 11:00-12:30"),
                            tuple(score("-90hard/0medium/-630soft"), CIR_CLASH_IN_THE_MORNING));
        }
    }

    @Nested
    class ClashCutIntoPeriods {

        @Test
        void aClashCutByAFlashSlotIsOneMatchOverTheWholeTimeWithTheSummedScore() {
            Programme programme = topicClashInTheMorning().programme();
            assertThat(session(programme, "WS1").periods())
                    .as("the flash slot cuts the morning into periods")
                    .hasSize(3);

            ProgrammeExplanation explanation = new ProgrammeExplainer().explain(programme, null);

            assertThat(constraint(explanation, "Topic clash").matches())
                    .singleElement()
                    .satisfies(match -> {
                        assertThat(match.description()).isEqualTo(CIR_CLASH_IN_THE_MORNING);
                        assertThat(match.score()).isEqualTo(score("0hard/0medium/-90soft"));
                        assertThat(match.sessionIds()).containsExactly("WS1", "WS2");
                    });
        }

        @Test
        void aPersonConflictWithAFlashSessionIsItsHalfHour() {
            ProgrammeExplanation explanation = new ExplainForum()
                    .workshop("WS1")
                    .people("p-alice")
                    .at(ROOM_A, MORNING)
                    .flash("FL1")
                    .people("p-alice")
                    .at(CORNER, FLASH_SLOT)
                    .explain();

            assertThat(constraint(explanation, "Person conflict").matches())
                    .extracting(MatchExplanation::description, MatchExplanation::score)
                    .containsExactly(tuple(
                            "FL1 and WS1 both with Alice Aydın (p-alice), Mon 2 Jun 09:30-10:00",
                            score("-30hard/0medium/0soft")));
        }

        /**
         * A flash session on the same topic in the flash slot makes the middle period a clash of three, but WS1 and
         * WS2 still clash all morning: that is one line, not a line before the flash session and one after it.
         */
        @Test
        void aFlashSessionJoiningAClashInTheMiddleIsShownForItsHalfHour() {
            ProgrammeExplanation explanation = topicClashInTheMorning()
                    .flash("FL1")
                    .topics("cir")
                    .at(CORNER, FLASH_SLOT)
                    .explain();

            ConstraintExplanation topicClash = constraint(explanation, "Topic clash");
            assertThat(topicClash.score())
                    .as("WS1 with WS2 for 90 minutes, FL1 with each of them for 30")
                    .isEqualTo(score("0hard/0medium/-150soft"));
            assertThat(topicClash.matches().stream()
                            .map(MatchExplanation::score)
                            .reduce(HardMediumSoftLongScore.ZERO, HardMediumSoftLongScore::add))
                    .as("the lines add up to the constraint")
                    .isEqualTo(topicClash.score());
            // Lines join only while they are about the same sessions: the flash session's half hour is its own.
            assertThat(topicClash.matches())
                    .extracting(MatchExplanation::description)
                    .anyMatch(description ->
                            description.startsWith("FL1, WS1 and WS2 all on") && description.endsWith("09:30-10:00"))
                    .anyMatch(description ->
                            description.startsWith("WS1 and WS2 both on") && description.endsWith("09:00-09:30"))
                    .anyMatch(description ->
                            description.startsWith("WS1 and WS2 both on") && description.endsWith("10:00-10:30"));
        }

        /** The break between two timeslots is not part of the clash: one line for each stretch. */
        @Test
        void aClashOnBothSidesOfABreakIsOneLinePerStretch() {
            ProgrammeExplanation explanation = new ExplainForum()
                    .workshop("WS1")
                    .topics("cir")
                    .minutes(180)
                    .at(ROOM_A, MORNING)
                    .workshop("WS2")
                    .topics("cir")
                    .minutes(180)
                    .at(ROOM_B, MORNING)
                    .explain();

            assertThat(constraint(explanation, "Topic clash").matches())
                    .extracting(MatchExplanation::description, MatchExplanation::score)
                    .containsExactlyInAnyOrder(
                            tuple(CIR_CLASH_IN_THE_MORNING, score("0hard/0medium/-90soft")),
                            tuple(
                                    "WS1 and WS2 both on Critical Internet Resources, Mon 2 Jun 11:00-12:30",
                                    score("0hard/0medium/-90soft")));
        }
    }

    /**
     * WS1 shares room A with WS2 (Room conflict) and a topic with WS3 (Topic clash) all morning; WS6 and WS7 clash on
     * another topic in the late morning; WS4 is left out; WS5 costs nothing.
     */
    private static ExplainForum sessionsThatCost() {
        return new ExplainForum()
                .workshop("WS1")
                .topics("cir")
                .at(ROOM_A, MORNING)
                .workshop("WS2")
                .at(ROOM_A, MORNING)
                .workshop("WS3")
                .topics("cir")
                .at(ROOM_B, MORNING)
                .workshop("WS4")
                .unplaced()
                .workshop("WS5")
                .at(ROOM_A, NEXT_MORNING)
                .workshop("WS6")
                .topics("rights")
                .at(ROOM_A, LATE_MORNING)
                .workshop("WS7")
                .topics("rights")
                .at(ROOM_B, LATE_MORNING);
    }

    @Nested
    class SessionCosts {

        @Test
        void eachSessionCostsTheMatchesItIsInCostliestFirst() {
            ProgrammeExplanation explanation = sessionsThatCost().explain();

            assertThat(explanation.sessions())
                    .extracting(SessionCost::sessionId, SessionCost::title, SessionCost::score, SessionCost::matchCount)
                    .containsExactly(
                            tuple("WS1", "Session WS1", score("-90hard/0medium/-90soft"), 2),
                            tuple("WS2", "Session WS2", score("-90hard/0medium/0soft"), 1),
                            tuple("WS4", "Session WS4", score("0hard/-60medium/0soft"), 1),
                            tuple("WS3", "Session WS3", score("0hard/0medium/-90soft"), 1),
                            tuple("WS6", "Session WS6", score("0hard/0medium/-90soft"), 1),
                            tuple("WS7", "Session WS7", score("0hard/0medium/-90soft"), 1));
        }

        @Test
        void aSessionExplainedAloneHasOnlyItsOwnMatchesAndItsPlacement() {
            SessionExplanation ws1 = sessionsThatCost().explainSession("WS1");

            assertThat(ws1.sessionId()).isEqualTo("WS1");
            assertThat(ws1.title()).isEqualTo("Session WS1");
            assertThat(ws1.kind()).isEqualTo("workshop");
            assertThat(ws1.mandatory()).isFalse();
            assertThat(ws1.pinned()).isFalse();
            assertThat(ws1.proposalValue()).isEqualTo(60);
            assertThat(ws1.placement()).isEqualTo("room-a, Mon 2 Jun 09:00-10:30");
            assertThat(ws1.possiblePlacements())
                    .as("rooms A and B at three times")
                    .isEqualTo(6);
            assertThat(ws1.cost()).isEqualTo(score("-90hard/0medium/-90soft"));
            assertThat(ws1.constraints())
                    .extracting(ConstraintExplanation::name, ConstraintExplanation::score)
                    .containsExactly(
                            tuple("Room conflict", score("-90hard/0medium/0soft")),
                            tuple("Topic clash", score("0hard/0medium/-90soft")));
            assertThat(ws1.constraints())
                    .flatExtracting(ConstraintExplanation::matches)
                    .extracting(MatchExplanation::description)
                    .containsExactly(
                            "WS1 and WS2 both in room-a, Mon 2 Jun 09:00-10:30",
                            "WS1 and WS3 both on Critical Internet Resources, Mon 2 Jun 09:00-10:30");
            assertThat(ws1.diagnosis()).isNull();
        }

        @Test
        void anUnplacedProposalExplainedAloneSaysWhyItIsOut() {
            SessionExplanation ws4 = sessionsThatCost().explainSession("WS4");

            assertThat(ws4.placement()).isNull();
            assertThat(ws4.cost()).isEqualTo(score("0hard/-60medium/0soft"));
            assertThat(ws4.constraints())
                    .flatExtracting(ConstraintExplanation::matches)
                    .extracting(MatchExplanation::description)
                    .containsExactly("WS4 is left out (proposal value 60)");
            assertThat(ws4.diagnosis()).isNotNull();
            assertThat(ws4.diagnosis().sessionId()).isEqualTo("WS4");
            assertThat(ws4.diagnosis().reason()).contains("a longer solve may place it");
        }

        @Test
        void aSessionsConstraintsAreListedWorstForItFirst() {
            // The forum pays more for topic clashes (WS1-WS3 and WS6-WS7) than for rooms too small (WS1 alone), but WS1
            // pays more for its room than for its topic.
            ExplainForum forum = new ExplainForum()
                    .workshop("WS1")
                    .topics("cir")
                    .attendance(130)
                    .at(ROOM_A, MORNING)
                    .workshop("WS3")
                    .topics("cir")
                    .at(ROOM_B, MORNING)
                    .workshop("WS6")
                    .topics("rights")
                    .at(ROOM_A, LATE_MORNING)
                    .workshop("WS7")
                    .topics("rights")
                    .at(ROOM_B, LATE_MORNING);

            assertThat(forum.explain().constraints())
                    .extracting(ConstraintExplanation::name)
                    .containsSubsequence("Topic clash", "Room too small");
            assertThat(forum.explainSession("WS1").constraints())
                    .extracting(ConstraintExplanation::name)
                    .containsExactly("Room too small", "Topic clash");
        }

        @Test
        void aSessionThatCostsNothingExplainedAloneHasNoConstraints() {
            SessionExplanation ws5 = sessionsThatCost().explainSession("WS5");

            assertThat(ws5.placement()).isEqualTo("room-a, Tue 3 Jun 09:00-10:30");
            assertThat(ws5.cost()).isEqualTo(HardMediumSoftLongScore.ZERO);
            assertThat(ws5.constraints()).isEmpty();
            assertThat(ws5.diagnosis()).isNull();
        }

        @Test
        void aPinnedMainSessionExplainedAloneIsMandatoryWithoutAValue() {
            SessionExplanation main = new ExplainForum()
                    .mainSession("MS1")
                    .pinned(PLENARY, LATE_MORNING)
                    .workshop("WS1")
                    .at(ROOM_A, MORNING)
                    .explainSession("MS1");

            assertThat(main.mandatory()).isTrue();
            assertThat(main.pinned()).isTrue();
            assertThat(main.proposalValue()).isNull();
            assertThat(main.placement()).isEqualTo("plenary, Mon 2 Jun 11:00-12:30");
            assertThat(main.possiblePlacements()).isEqualTo(1);
        }
    }

    @Nested
    class Verdict {

        @Test
        void aFeasibleProgrammeNamesTheMainSoftSourcesWithTheirShare() {
            // Topic clash 90 and Room too small 45 (90 expected in 60 seats for 1.5 hours): 67% and 33%.
            ProgrammeExplanation explanation = topicClashInTheMorning()
                    .workshop("WS3")
                    .attendance(90)
                    .at(ROOM_A, LATE_MORNING)
                    .workshop("WS4")
                    .unplaced()
                    .explain();

            assertThat(explanation.feasible()).isTrue();
            assertThat(explanation.verdict())
                    .startsWith("Feasible: no hard constraint is broken")
                    .contains("3 of 4 optional proposals placed")
                    .contains("the soft cost comes mainly from Topic clash (67%), Room too small (33%)");
        }

        @Test
        void anInfeasibleProgrammeNamesTheBrokenHardConstraints() {
            ProgrammeExplanation explanation =
                    hardMediumAndSoftCosts().mainSession("MS1").unplaced().explain();

            assertThat(explanation.feasible()).isFalse();
            assertThat(explanation.unscheduledMandatory()).containsExactly("MS1");
            assertThat(explanation.verdict())
                    .startsWith("NOT feasible: hard constraints broken: ")
                    .contains("Mandatory session unscheduled (1)", "Room conflict (1)")
                    .contains("the soft cost comes mainly from Topic clash (100%)")
                    .doesNotContain("Feasible:");
        }

        @Test
        void theVerdictNamesAtMostThreeSoftSourcesBiggestFirst() {
            // Topic clash 90, Big room for a small session 60 (10 expected in 60 seats: 40 empty for 1.5 hours),
            // Room too small 45, Competing with a main session 15 (WS3's 10 attendees for 1.5 hours).
            ProgrammeExplanation explanation = topicClashInTheMorning()
                    .workshop("WS3")
                    .attendance(10)
                    .at(ROOM_A, NEXT_MORNING)
                    .workshop("WS4")
                    .attendance(90)
                    .at(ROOM_A, LATE_MORNING)
                    .mainSession("MS1")
                    .at(PLENARY, NEXT_MORNING)
                    .explain();

            assertThat(explanation.verdict())
                    .contains("the soft cost comes mainly from Topic clash (")
                    .containsSubsequence("Topic clash (", "Big room for a small session (", "Room too small (")
                    .doesNotContain("Competing with a main session");
        }
    }

    private static ConstraintExplanation constraint(ProgrammeExplanation explanation, String name) {
        return explanation.constraints().stream()
                .filter(constraint -> constraint.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError(name + " does not cost anything in " + explanation));
    }

    private static Session session(Programme programme, String id) {
        return programme.getSessions().stream()
                .filter(session -> session.getId().equals(id))
                .findFirst()
                .orElseThrow();
    }

    private static HardMediumSoftLongScore score(String text) {
        return HardMediumSoftLongScore.parseScore(text);
    }
}
