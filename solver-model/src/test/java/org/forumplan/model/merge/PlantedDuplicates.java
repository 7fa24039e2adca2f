package org.forumplan.model.merge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.forumplan.model.domain.Role;
import org.forumplan.model.io.DatasetJson;
import org.forumplan.model.io.DatasetReader;
import org.forumplan.model.io.ParticipantJson;
import org.forumplan.model.io.SessionJson;
import org.forumplan.model.io.TestDocument;
import org.forumplan.model.problem.InvalidDatasetException;

/**
 * {@code datasets/synthetic-small.json}, which the similarity was not tuned on, with three near copies planted, as a
 * proposer resubmits a workshop through a partner: a lightly reworded title, the same topics, the organizer kept and
 * the other people and the organization the partner's.
 */
final class PlantedDuplicates {

    /** The originals, optional workshops of the dataset, each with its copy's id. */
    static final List<List<String>> PAIRS =
            List.of(List.of("WS32", "WS32-BIS"), List.of("WS35", "WS35-BIS"), List.of("WS38", "WS38-BIS"));

    private PlantedDuplicates() {}

    static DatasetJson document() {
        DatasetJson dataset = read(TestDocument.datasetsFolder().resolve("synthetic-small.json"));
        List<SessionJson> sessions = new ArrayList<>(dataset.sessions());
        sessions.add(copy(
                dataset,
                "WS32",
                "WS32-BIS",
                "Cloud computing in developing countries: the way forward",
                "p-0001",
                "p-0005"));
        sessions.add(
                copy(dataset, "WS35", "WS35-BIS", "Lessons learnt by incident response teams", "p-0012", "p-0024"));
        sessions.add(copy(
                dataset, "WS38", "WS38-BIS", "Open educational resources: lessons from the field", "p-0030", "p-0045"));
        return dataset.withSessions(List.copyOf(sessions));
    }

    private static SessionJson copy(DatasetJson dataset, String originalId, String id, String title, String... others) {
        SessionJson original = dataset.sessions().stream()
                .filter(session -> session.id().equals(originalId))
                .findFirst()
                .orElseThrow();
        List<ParticipantJson> people = new ArrayList<>();
        people.add(original.people().get(0));
        for (String other : others) {
            people.add(new ParticipantJson(other, Role.SPEAKER));
        }
        return new SessionJson(
                id,
                title,
                original.kind(),
                original.durationMinutes(),
                original.topics(),
                original.track(),
                people,
                "Partner Network " + id,
                original.expectedAttendance(),
                original.requiredFeatures(),
                false,
                original.evaluation(),
                original.developingCountry(),
                original.firstTime(),
                original.newTopic(),
                null,
                null,
                null,
                null,
                null,
                null,
                null);
    }

    static DatasetJson read(Path file) {
        try {
            return new DatasetReader().read(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InvalidDatasetException e) {
            throw new IllegalStateException(e);
        }
    }
}
