package org.forumplan.model.merge;

import java.util.List;
import org.forumplan.model.domain.Role;
import org.forumplan.model.domain.SessionKind;
import org.forumplan.model.io.ParticipantJson;
import org.forumplan.model.io.SessionJson;

/** Optional proposals for the merge tests, with only what a test is about. */
final class Proposals {

    private Proposals() {}

    /** A 90-minute optional workshop; its people are speakers. */
    static SessionJson workshop(
            String id, String title, List<String> topics, List<String> people, String organization) {
        return proposal(id, title, SessionKind.WORKSHOP, topics, people, organization);
    }

    static SessionJson proposal(
            String id, String title, SessionKind kind, List<String> topics, List<String> people, String organization) {
        return new SessionJson(
                id,
                title,
                kind,
                90,
                topics,
                null,
                people.stream()
                        .map(person -> new ParticipantJson(person, Role.SPEAKER))
                        .toList(),
                organization,
                null,
                null,
                false,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null);
    }
}
