package org.forumplan.model.io;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/** A whole {@code forumplan/1} document: the planning problem and, once solved, its schedule. */
@JsonPropertyOrder({
    "format",
    "forum",
    "timeslots",
    "rooms",
    "topics",
    "tracks",
    "people",
    "sessions",
    "policy",
    "published",
    "schedule"
})
public record DatasetJson(
        String format,
        ForumJson forum,
        List<TimeslotJson> timeslots,
        List<RoomJson> rooms,
        List<TopicJson> topics,
        List<TrackJson> tracks,
        List<PersonJson> people,
        List<SessionJson> sessions,
        PolicyJson policy,
        List<PublishedJson> published,
        ScheduleJson schedule) {

    /** The format identifier this version reads and writes. */
    public static final String FORMAT = "forumplan/1";

    public DatasetJson withSchedule(ScheduleJson newSchedule) {
        return new DatasetJson(
                format, forum, timeslots, rooms, topics, tracks, people, sessions, policy, published, newSchedule);
    }

    public DatasetJson withSessions(List<SessionJson> newSessions) {
        return new DatasetJson(
                format, forum, timeslots, rooms, topics, tracks, people, newSessions, policy, published, schedule);
    }

    public DatasetJson withPolicy(PolicyJson newPolicy) {
        return new DatasetJson(
                format, forum, timeslots, rooms, topics, tracks, people, sessions, newPolicy, published, schedule);
    }

    public DatasetJson withPublished(List<PublishedJson> newPublished) {
        return new DatasetJson(
                format, forum, timeslots, rooms, topics, tracks, people, sessions, policy, newPublished, schedule);
    }
}
