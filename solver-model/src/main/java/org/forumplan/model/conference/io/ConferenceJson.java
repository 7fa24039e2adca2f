package org.forumplan.model.conference.io;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Map;

/**
 * A whole {@code cosplib/1} document: one CoSPLib instance as JSON, and once solved its schedule. The fields follow
 * the library's workbook (see {@code datasets/README.md}); penalty grids keep only their non-zero cells.
 *
 * @param name the instance's name, e.g. "GECCO21"
 * @param weights per term key (see {@code Term}), the weight of that part of the objective; 0 or absent switches it
 *     off
 * @param trackSessionPenalties per track, per session name, the penalty for the track in a room of that session
 * @param trackRoomPenalties per track, per room name
 * @param sessionRoomPenalties per session, per room name (a large value marks a room not available in a session)
 * @param similarTracks per track, per other track, how similar they are (each pair once, in either direction)
 * @param schedule where each submission is, or null before solving
 */
@JsonPropertyOrder({
    "format",
    "name",
    "parameters",
    "weights",
    "sessions",
    "rooms",
    "tracks",
    "submissions",
    "trackSessionPenalties",
    "trackRoomPenalties",
    "sessionRoomPenalties",
    "similarTracks",
    "schedule"
})
public record ConferenceJson(
        String format,
        String name,
        ParametersJson parameters,
        Map<String, Long> weights,
        List<SessionJson> sessions,
        List<String> rooms,
        List<TrackJson> tracks,
        List<SubmissionJson> submissions,
        Map<String, Map<String, Long>> trackSessionPenalties,
        Map<String, Map<String, Long>> trackRoomPenalties,
        Map<String, Map<String, Long>> sessionRoomPenalties,
        Map<String, Map<String, Long>> similarTracks,
        ConferenceScheduleJson schedule) {

    /** The format identifier this version reads and writes. */
    public static final String FORMAT = "cosplib/1";

    public ConferenceJson withSchedule(ConferenceScheduleJson newSchedule) {
        return new ConferenceJson(
                format,
                name,
                parameters,
                weights,
                sessions,
                rooms,
                tracks,
                submissions,
                trackSessionPenalties,
                trackRoomPenalties,
                sessionRoomPenalties,
                similarTracks,
                newSchedule);
    }
}
