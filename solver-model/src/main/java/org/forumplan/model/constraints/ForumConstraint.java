package org.forumplan.model.constraints;

import static org.forumplan.model.constraints.ScoreLevel.HARD;
import static org.forumplan.model.constraints.ScoreLevel.MEDIUM;
import static org.forumplan.model.constraints.ScoreLevel.SOFT;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import java.util.Arrays;
import java.util.Optional;

/**
 * The constraint catalogue: each constraint's stable name, level, default weight and what it penalises. The one place
 * these live; the constraint provider, weight overrides, {@code explain} and the README's table all read them here.
 *
 * <p>A constraint's penalty is its weight times the match's size, in the unit named by {@link #unit()}.
 */
public enum ForumConstraint {
    ROOM_CONFLICT("H1", "Room conflict", HARD, 1, "two sessions in one room at overlapping times", "overlap minute"),
    PERSON_CONFLICT(
            "H2",
            "Person conflict",
            HARD,
            1,
            "a person in two sessions at overlapping times",
            "shared person per overlap minute"),
    ROOM_UNAVAILABLE(
            "H3", "Room unavailable", HARD, 1, "a session in a room at a time the room is unavailable", "minute"),
    PERSON_UNAVAILABLE(
            "H4",
            "Person unavailable",
            HARD,
            1,
            "a session at a time one of its people is unavailable",
            "person-minute"),
    MISSING_ROOM_FEATURE(
            "H5",
            "Missing room feature",
            HARD,
            1,
            "a room lacking a required feature (guards pinned or edited placements)",
            "missing feature per session minute"),
    EXCLUSIVE_SESSION_COMPETITION(
            "H6",
            "Exclusive session competition",
            HARD,
            1,
            "any session overlapping an `exclusive` session",
            "overlap minute"),
    PRECEDENCE(
            "H7",
            "Precedence",
            HARD,
            1,
            "a session not ending before a session that must follow it (BPFs before their wrap-up, feeders before"
                    + " their main session)",
            "minute of the later session's start before the earlier one's end"),
    PARALLEL_LIMIT(
            "H8",
            "Parallel limit",
            HARD,
            1,
            "more sessions at one time than the policy's maximum",
            "session above the maximum per minute"),
    MANDATORY_SESSION_UNSCHEDULED(
            "H9",
            "Mandatory session unscheduled",
            HARD,
            2,
            "a session that must take place has no placement",
            "minute of the session's duration"),
    SESSION_UNAVAILABLE(
            "H10",
            "Session unavailable",
            HARD,
            1,
            "a session in a timeslot its own `unavailableTimeslots` exclude",
            "minute"),
    PROPOSAL_UNSCHEDULED(
            "M1",
            "Proposal unscheduled",
            MEDIUM,
            1,
            "an optional proposal left out, by its value: 20 per evaluation point plus 10 per diversity flag",
            "point of proposal value"),
    PUBLISHED_PLACEMENT_CHANGED(
            "M2",
            "Published placement changed",
            MEDIUM,
            150,
            "re-planning: an announced session (`published`) at another time than announced, or left out",
            "announced session moved in time or left out"),
    SHARE_SHORT_OF_TARGET(
            "M3",
            "Share short of target",
            MEDIUM,
            50,
            "selection: fewer placed sessions with a diversity flag (developing country, first-time, new topic) than"
                    + " the share `policy.selection.minShare` asks, per flag",
            "flagged session missing"),
    TOPIC_COVERAGE_MISSED(
            "M4",
            "Topic coverage missed",
            MEDIUM,
            1,
            "selection (`topicCoverage`): a topic's proposals left out, each worth less than the one before: the first"
                    + " placed session on a topic adds 60, the k-th 60/k",
            "point of topic coverage"),
    NARROW_PANEL(
            "M5",
            "Narrow panel",
            MEDIUM,
            20,
            "selection (`minStakeholderGroups`): a placed session whose people span fewer stakeholder groups than"
                    + " asked",
            "stakeholder group missing"),
    SPEAKER_MIX_BY_STAKEHOLDER_GROUP(
            "M6",
            "Speaker mix by stakeholder group",
            MEDIUM,
            1,
            "selection (`speakerMix`): stakeholder groups whose proposed speakers are placed at unequal rates, so the"
                    + " programme's mix drifts from the proposals' (Timefold's load-balance unfairness, each rate times"
                    + " the mean group's proposed speakers)",
            "tenth of a speaker of unfairness"),
    SPEAKER_MIX_BY_REGION(
            "M7",
            "Speaker mix by region",
            MEDIUM,
            1,
            "selection (`speakerMix`): regions whose proposed speakers are placed at unequal rates, as above",
            "tenth of a speaker of unfairness"),
    TOPIC_CLASH(
            "S1",
            "Topic clash",
            SOFT,
            1,
            "two parallel sessions sharing a `spread` topic, per shared topic",
            "shared topic per overlap minute"),
    TRACK_CLASH("S2", "Track clash", SOFT, 2, "two parallel sessions of the same track", "overlap minute"),
    COMPETING_WITH_MAIN_SESSION(
            "S3",
            "Competing with a main session",
            SOFT,
            1,
            "a session in parallel with a (non-exclusive) main session, weighted by its expected attendance",
            "attendee-hour"),
    PARALLEL_LOAD(
            "S4",
            "Parallel load",
            SOFT,
            1,
            "sessions in one period above the policy's target, growing with the square of the excess",
            "squared excess session per minute"),
    ORGANIZATION_CLASH(
            "S5",
            "Organization clash",
            SOFT,
            1,
            "two parallel sessions run by the same organization",
            "overlap minute"),
    ROOM_TOO_SMALL(
            "S6",
            "Room too small",
            SOFT,
            1,
            "expected attendance above the room's capacity, per missing seat",
            "missing seat-hour"),
    TOPIC_CLUSTER_SPREAD(
            "S7",
            "Topic cluster spread",
            SOFT,
            60,
            "a `cluster` topic's sessions spread over more days than needed: each session away from the topic's"
                    + " busiest day, a lone one too",
            "session away from the topic's busiest day"),
    PREFERRED_TIMESLOT_MISSED(
            "S8",
            "Preferred timeslot missed",
            SOFT,
            1,
            "a session outside its organizers' preferred timeslots",
            "minute outside the preferred timeslots"),
    PERSON_DAY_SPREAD(
            "S9",
            "Person day spread",
            SOFT,
            60,
            "a person's sessions spread over many days (from their first session's day to their last)",
            "day beyond the first, per person"),
    TRACK_ROOM_CHANGE(
            "S10",
            "Track room change",
            SOFT,
            30,
            "a track's sessions on one day in different rooms",
            "room beyond the first, per track and day"),
    PUBLISHED_ROOM_CHANGED(
            "S11",
            "Published room changed",
            SOFT,
            500,
            "re-planning: an announced session at its announced time but in another room",
            "announced session in another room"),
    FEEDER_FAR_FROM_MAIN_SESSION(
            "S12",
            "Feeder far from its main session",
            SOFT,
            10,
            "a feeder workshop on a different day than the main session it feeds, or many periods before it",
            "hour between the feeder's end and the main session's start"),
    BIG_ROOM_FOR_SMALL_SESSION(
            "S13",
            "Big room for a small session",
            SOFT,
            1,
            "a large room taken by a session far smaller than it (keeps big rooms for popular sessions)",
            "empty seat-hour beyond twice the expected attendance");

    private final String code;
    private final String constraintName;
    private final ScoreLevel level;
    private final long defaultMultiplier;
    private final String penalises;
    private final String unit;

    ForumConstraint(
            String code,
            String constraintName,
            ScoreLevel level,
            long defaultMultiplier,
            String penalises,
            String unit) {
        this.code = code;
        this.constraintName = constraintName;
        this.level = level;
        this.defaultMultiplier = defaultMultiplier;
        this.penalises = penalises;
        this.unit = unit;
    }

    /** The catalogue number, e.g. H1. */
    public String code() {
        return code;
    }

    /** The stable name used in datasets, on the command line and in reports. */
    public String constraintName() {
        return constraintName;
    }

    public ScoreLevel level() {
        return level;
    }

    /** The penalty per unit, as a positive score (Timefold's {@code penalize} takes the magnitude). */
    public HardMediumSoftLongScore defaultWeight() {
        return level.score(defaultMultiplier);
    }

    /** The default weight as the score one unit contributes, e.g. {@code 0hard/0medium/-1soft}. */
    public String defaultWeightText() {
        return defaultWeight().negate().toString();
    }

    public String penalises() {
        return penalises;
    }

    /** What one unit of the penalty is. */
    public String unit() {
        return unit;
    }

    public static Optional<ForumConstraint> byName(String constraintName) {
        return Arrays.stream(values())
                .filter(constraint -> constraint.constraintName.equals(constraintName))
                .findFirst();
    }
}
