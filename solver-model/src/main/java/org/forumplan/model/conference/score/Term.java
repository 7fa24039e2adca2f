package org.forumplan.model.conference.score;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The sixteen weighted parts of CoSPLib's objective, in the order of the weights in the instance workbook's
 * {@code parameters} sheet (column E, rows 2-17). The names are those of the library's evaluator, so that a term
 * reads the same in forumplan's explanation and in the library's output.
 */
public enum Term {
    TRACKS_SESSIONS("tracksSessions", "Tracks_Sessions|Penalty:", "a track in a session it is penalised in, per room"),
    TRACKS_ROOMS("tracksRooms", "Tracks_Rooms|Penalty:", "a track in a room it is penalised in, per session"),
    SESSIONS_ROOMS("sessionsRooms", "Sessions_Rooms|Penalty", "a room used in a session it is penalised in"),
    SIMILAR_TRACKS("similarTracks", "Similar Tracks:", "similar tracks in parallel, per pair of rooms"),
    ROOMS_PER_TRACK("roomsPerTrack", "Number of rooms per track:", "each room a track uses beyond its first"),
    PARALLEL_TRACKS("parallelTracks", "Parallel tracks:", "a track in more than one room of a session"),
    CONSECUTIVE_TRACKS("consecutiveTracks", "Consecutive tracks:", "a track whose sessions are not consecutive"),
    SUBMISSIONS_TIMEZONES(
            "submissionsTimezones", "Submissions timezones:", "a presenter at an unsuitable hour, per timeslot"),
    SUBMISSIONS_ORDER("submissionsOrder", "Submissions order:", "a submission out of its order within its track"),
    SUBMISSIONS_SESSIONS(
            "submissionsSessions",
            "Submissions_Sessions|Penalty:",
            "a submission in a penalised session, per timeslot"),
    SUBMISSIONS_ROOMS(
            "submissionsRooms", "Submissions_Rooms|Penalty:", "a submission in a penalised room, per timeslot"),
    PRESENTERS_CONFLICTS(
            "presentersConflicts",
            "Presenters conflicts [Session Level]:",
            "two submissions sharing a presenter in one session, different rooms"),
    ATTENDEES_CONFLICTS(
            "attendeesConflicts",
            "Attendees conflicts [Session Level]:",
            "two submissions an attendee wants in one session, different rooms"),
    CHAIRS_CONFLICTS(
            "chairsConflicts", "Chairs conflicts:", "tracks sharing a chair in one session, per pair of rooms"),
    PRESENTERS_CONFLICTS_TIMESLOTS(
            "presentersConflictsTimeslots",
            "Presenters conflicts [Timeslot Level]:",
            "two submissions sharing a presenter at once, per timeslot"),
    ATTENDEES_CONFLICTS_TIMESLOTS(
            "attendeesConflictsTimeslots",
            "Attendees conflicts [Timeslot Level]:",
            "two submissions an attendee wants at once, per timeslot");

    private final String key;
    private final String constraintName;
    private final String meaning;

    Term(String key, String constraintName, String meaning) {
        this.key = key;
        this.constraintName = constraintName;
        this.meaning = meaning;
    }

    /** Its key among a {@code cosplib/1} document's weights. */
    public String key() {
        return key;
    }

    /** The constraint's name: the library evaluator's name of the term. */
    public String constraintName() {
        return constraintName;
    }

    /**
     * The constraints that count it: one, except the order, whose second part (ordered submissions of a track at the
     * same time) is a constraint of its own, weighted alike.
     */
    public List<String> constraintNames() {
        return this == SUBMISSIONS_ORDER
                ? List.of(constraintName, constraintName + " [same timeslot]")
                : List.of(constraintName);
    }

    /** What one unit of it is, in words. */
    public String meaning() {
        return meaning;
    }

    public static Optional<Term> ofKey(String key) {
        return Arrays.stream(values()).filter(term -> term.key.equals(key)).findFirst();
    }
}
