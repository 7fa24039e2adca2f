package org.forumplan.model.merge;

import java.util.Optional;
import org.forumplan.model.domain.SessionKind;
import org.forumplan.model.io.SessionJson;

/**
 * Which sessions may merge: optional proposals only. A mandatory session must take place as it is, a pinned one was
 * placed by hand, and a main or exclusive session is part of the forum's frame, not a proposal the MAG selects.
 */
final class Mergeable {

    /**
     * Why a session may not merge.
     *
     * @param field the session's field that says so, for the JSON path of the message
     * @param reason in words, e.g. "it is mandatory"
     */
    record Refusal(String field, String reason) {}

    private Mergeable() {}

    static boolean isMergeable(SessionJson session) {
        return refusal(session).isEmpty();
    }

    static Optional<Refusal> refusal(SessionJson session) {
        if (Boolean.TRUE.equals(session.mandatory())) {
            return Optional.of(new Refusal("mandatory", "it is mandatory, and only optional proposals merge"));
        }
        if (session.pinned() != null) {
            return Optional.of(new Refusal(
                    "pinned",
                    "it is pinned at %s, %s, and only optional proposals merge (forumplan pin --unpin frees it)"
                            .formatted(session.pinned().room(), session.pinned().timeslot())));
        }
        if (session.kind() == SessionKind.MAIN) {
            return Optional.of(new Refusal("kind", "it is a main session, and only optional proposals merge"));
        }
        if (Boolean.TRUE.equals(session.exclusive())) {
            return Optional.of(new Refusal("exclusive", "it is exclusive, and only optional proposals merge"));
        }
        return Optional.empty();
    }
}
