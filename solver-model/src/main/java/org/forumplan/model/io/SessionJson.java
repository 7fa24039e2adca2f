package org.forumplan.model.io;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import org.forumplan.model.domain.RoomFeature;
import org.forumplan.model.domain.SessionKind;

/**
 * {@code sessions[]}: one event of the programme or one proposal.
 *
 * @param mergedFrom the ids of the proposals this session was merged from ({@code forumplan merge}); a record of
 *     where it came from that nothing else refers to, absent for a session that was never merged
 */
@JsonPropertyOrder({
    "id",
    "title",
    "kind",
    "durationMinutes",
    "topics",
    "track",
    "people",
    "organization",
    "expectedAttendance",
    "requiredFeatures",
    "mandatory",
    "evaluation",
    "developingCountry",
    "firstTime",
    "newTopic",
    "preferredTimeslots",
    "unavailableTimeslots",
    "mustPrecede",
    "feeds",
    "exclusive",
    "pinned",
    "mergedFrom"
})
public record SessionJson(
        String id,
        String title,
        SessionKind kind,
        Integer durationMinutes,
        List<String> topics,
        String track,
        List<ParticipantJson> people,
        String organization,
        Integer expectedAttendance,
        List<RoomFeature> requiredFeatures,
        Boolean mandatory,
        Double evaluation,
        Boolean developingCountry,
        Boolean firstTime,
        Boolean newTopic,
        List<String> preferredTimeslots,
        List<String> unavailableTimeslots,
        List<String> mustPrecede,
        String feeds,
        Boolean exclusive,
        PlacementJson pinned,
        List<String> mergedFrom) {

    public SessionJson withPinned(PlacementJson newPinned) {
        return new SessionJson(
                id,
                title,
                kind,
                durationMinutes,
                topics,
                track,
                people,
                organization,
                expectedAttendance,
                requiredFeatures,
                mandatory,
                evaluation,
                developingCountry,
                firstTime,
                newTopic,
                preferredTimeslots,
                unavailableTimeslots,
                mustPrecede,
                feeds,
                exclusive,
                newPinned,
                mergedFrom);
    }

    /** The session with other sessions to precede and another main session to feed, as when one of them is renamed. */
    public SessionJson withPrecedence(List<String> newMustPrecede, String newFeeds) {
        return new SessionJson(
                id,
                title,
                kind,
                durationMinutes,
                topics,
                track,
                people,
                organization,
                expectedAttendance,
                requiredFeatures,
                mandatory,
                evaluation,
                developingCountry,
                firstTime,
                newTopic,
                preferredTimeslots,
                unavailableTimeslots,
                newMustPrecede,
                newFeeds,
                exclusive,
                pinned,
                mergedFrom);
    }
}
