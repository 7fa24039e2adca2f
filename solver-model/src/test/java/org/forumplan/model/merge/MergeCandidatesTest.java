package org.forumplan.model.merge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.forumplan.model.merge.Proposals.proposal;
import static org.forumplan.model.merge.Proposals.workshop;

import java.util.ArrayList;
import java.util.List;
import org.forumplan.model.domain.SessionKind;
import org.forumplan.model.io.AssignmentJson;
import org.forumplan.model.io.DatasetJson;
import org.forumplan.model.io.PlacementJson;
import org.forumplan.model.io.ScheduleJson;
import org.forumplan.model.io.SessionJson;
import org.forumplan.model.io.TestDocument;
import org.forumplan.model.load.DatasetLoader;
import org.forumplan.model.problem.InvalidDatasetException;
import org.junit.jupiter.api.Test;

/** The proposals worth merging: found, grouped, ranked, and what merging them changes in a schedule. */
class MergeCandidatesTest {

    private static final String TITLE = "Community Networks for the Next Billion";

    @Test
    void nearCopiesPlantedInADatasetAreTheTopCandidates() throws Exception {
        List<MergeCandidate> candidates = MergeCandidates.find(DatasetLoader.load(PlantedDuplicates.document()));

        assertThat(candidates.subList(0, 3))
                .extracting(MergeCandidate::ids)
                .containsExactlyInAnyOrderElementsOf(PlantedDuplicates.PAIRS);
        MergeCandidate cloud = candidates.stream()
                .filter(candidate -> candidate.ids().contains("WS32"))
                .findFirst()
                .orElseThrow();
        assertThat(cloud.pairs().get(0).reasons())
                .containsExactly("shared topic: emerging", "title similarity 0.82", "shared person p-0102");
        assertThat(cloud.placesFreed()).isEqualTo(1);
        assertThat(cloud.placeMinutes()).isEqualTo(90);
        assertThat(candidates)
                .isSortedAccordingTo((one, other) -> Double.compare(other.similarity(), one.similarity()));
    }

    @Test
    void onlyOptionalProposalsOfOneKindAreCandidates() throws Exception {
        DatasetJson document = forum(
                workshop("WS1", TITLE, List.of("access"), List.of(), null),
                proposal("OF1", TITLE, SessionKind.OPEN_FORUM, List.of("access"), List.of(), null),
                mandatory(workshop("WS2", TITLE, List.of("access"), List.of(), null)),
                workshop("WS3", TITLE, List.of("access"), List.of(), null)
                        .withPinned(new PlacementJson("ws-01", "d1-0900", null)),
                workshop("WS4", TITLE, List.of("access"), List.of(), null));

        List<MergeCandidate> candidates = MergeCandidates.find(DatasetLoader.load(document));

        assertThat(candidates).extracting(MergeCandidate::ids).containsExactly(List.of("WS1", "WS4"));
    }

    @Test
    void nearCopiesOfOneProposalAreOneGroupAndItsPairsAreNotRepeated() throws Exception {
        DatasetJson document = forum(
                workshop("WS1", TITLE, List.of("access"), List.of(), null),
                workshop("WS2", "Community Networks: the Next Billion", List.of("access"), List.of(), null),
                workshop("WS3", "Community Networks and the Next Billion", List.of("access"), List.of(), null),
                workshop("WS4", "Community Networks in Cities", List.of("access"), List.of(), null));

        List<MergeCandidate> candidates = MergeCandidates.find(DatasetLoader.load(document));

        assertThat(candidates)
                .extracting(MergeCandidate::ids)
                .containsExactly(
                        List.of("WS1", "WS2", "WS3"),
                        List.of("WS1", "WS4"),
                        List.of("WS2", "WS4"),
                        List.of("WS3", "WS4"));
        MergeCandidate group = candidates.get(0);
        assertThat(group.pairs()).hasSize(3);
        assertThat(group.placesFreed()).isEqualTo(2);
        assertThat(group.similarity()).isEqualTo(2.0);
        assertThat(candidates.get(1).similarity())
                .as("2 title words in common of 4 and 3: 2 / sqrt(12), + 1 for the topic")
                .isEqualTo(1.58);
    }

    @Test
    void inASolvedDatasetMergingRemovesAClashAndBringsInWhoWasLeftOut() throws Exception {
        DatasetJson planted = PlantedDuplicates.document();
        DatasetJson solved = planted.withSchedule(new ScheduleJson(
                null,
                null,
                List.of(
                        placed("WS32", "ws-01", "d1-0900"),
                        placed("WS32-BIS", "ws-02", "d1-0900"),
                        placed("WS35", "ws-01", "d1-1100")),
                null,
                null));

        List<MergeCandidate> candidates = MergeCandidates.find(DatasetLoader.load(solved));

        MergeCandidate cloud = candidate(candidates, "WS32");
        assertThat(cloud.proposals())
                .extracting(MergeCandidate.Proposal::placement)
                .containsExactly("ws-01, Tue 8 Jun 09:00-10:30", "ws-02, Tue 8 Jun 09:00-10:30");
        assertThat(cloud.clashesRemoved())
                .containsExactly(new MergeCandidate.ClashRemoved(
                        "WS32", "WS32-BIS", 90, List.of("emerging"), List.of("p-0102"), null, null));
        assertThat(cloud.broughtIn()).isEmpty();
        MergeCandidate incidents = candidate(candidates, "WS35");
        assertThat(incidents.clashesRemoved()).isEmpty();
        assertThat(incidents.broughtIn())
                .containsExactly(
                        new MergeCandidate.BroughtIn("WS35-BIS", "WS35", List.of("p-0012", "p-0024"), List.of()));
        assertThat(incidents.broughtIn().get(0).describe())
                .isEqualTo("WS35-BIS is left out; merged into WS35, it brings in p-0012, p-0024");
    }

    private static MergeCandidate candidate(List<MergeCandidate> candidates, String id) {
        return candidates.stream()
                .filter(candidate -> candidate.ids().contains(id))
                .findFirst()
                .orElseThrow();
    }

    private static AssignmentJson placed(String session, String room, String timeslot) {
        return new AssignmentJson(session, room, timeslot, null, null, null, null);
    }

    private static SessionJson mandatory(SessionJson session) {
        return new SessionJson(
                session.id(),
                session.title(),
                session.kind(),
                session.durationMinutes(),
                session.topics(),
                session.track(),
                session.people(),
                session.organization(),
                session.expectedAttendance(),
                session.requiredFeatures(),
                true,
                session.evaluation(),
                session.developingCountry(),
                session.firstTime(),
                session.newTopic(),
                session.preferredTimeslots(),
                session.unavailableTimeslots(),
                session.mustPrecede(),
                session.feeds(),
                session.exclusive(),
                session.pinned(),
                session.mergedFrom());
    }

    /** The minimal test forum (a room for workshops, two timeslots, topic access) with these proposals. */
    private static DatasetJson forum(SessionJson... proposals) throws InvalidDatasetException {
        DatasetJson minimal = TestDocument.minimal()
                .setJson("topics[0]", "{\"id\": \"access\"}")
                .remove("sessions[0].topics")
                .read();
        List<SessionJson> sessions = new ArrayList<>(minimal.sessions());
        sessions.addAll(List.of(proposals));
        return minimal.withSessions(List.copyOf(sessions));
    }
}
