package org.forumplan.model.generate;

import java.util.EnumMap;
import java.util.Map;
import org.forumplan.model.domain.SessionKind;

/**
 * How many sessions of each kind a generated forum has. Kinds that need a special place (Day-0 events, flash sessions,
 * main sessions) are capped to what their rooms and timeslots can hold; the rest become workshops.
 *
 */
record SessionMix(Map<SessionKind, Integer> counts) {

    /** The same mix with main sessions that found no place turned into workshops. */
    SessionMix withMainSessions(int placed) {
        Map<SessionKind, Integer> adjusted = new EnumMap<>(counts);
        adjusted.put(SessionKind.WORKSHOP, count(SessionKind.WORKSHOP) + count(SessionKind.MAIN) - placed);
        adjusted.put(SessionKind.MAIN, placed);
        return new SessionMix(adjusted);
    }

    int count(SessionKind kind) {
        return counts.getOrDefault(kind, 0);
    }

    /** Sessions held in workshop rooms on the main days, except workshops. */
    int otherRegular() {
        return count(SessionKind.OPEN_FORUM)
                + count(SessionKind.DYNAMIC_COALITION)
                + count(SessionKind.BEST_PRACTICE_FORUM)
                + count(SessionKind.NRI)
                + count(SessionKind.OTHER);
    }

    /**
     * @param mainCapacity places for main sessions, {@code day0Capacity} for pre-events, {@code flashCapacity} for flash
     *     sessions
     */
    static SessionMix of(Preset preset, int sessions, int mainCapacity, int day0Capacity, int flashCapacity) {
        Map<SessionKind, Double> shares = shares(preset);
        Map<SessionKind, Integer> counts = new EnumMap<>(SessionKind.class);
        for (Map.Entry<SessionKind, Double> share : shares.entrySet()) {
            counts.put(share.getKey(), (int) Math.round(share.getValue() * sessions));
        }
        counts.put(SessionKind.MAIN, Math.max(2, Math.min(counts.get(SessionKind.MAIN), mainCapacity)));
        // A quarter of the Day-0 events take two timeslots: leave room for them.
        counts.put(
                SessionKind.PRE_EVENT, Math.min(counts.getOrDefault(SessionKind.PRE_EVENT, 0), day0Capacity * 6 / 10));
        counts.put(SessionKind.FLASH, Math.min(counts.getOrDefault(SessionKind.FLASH, 0), flashCapacity * 8 / 10));
        int others = counts.entrySet().stream()
                .filter(entry -> entry.getKey() != SessionKind.WORKSHOP)
                .mapToInt(Map.Entry::getValue)
                .sum();
        counts.put(SessionKind.WORKSHOP, Math.max(0, sessions - others));
        return new SessionMix(counts);
    }

    /** The preset's share of sessions of a kind, before any cap. */
    static double share(Preset preset, SessionKind kind) {
        return shares(preset).getOrDefault(kind, 0.0);
    }

    private static Map<SessionKind, Double> shares(Preset preset) {
        Map<SessionKind, Double> shares = new EnumMap<>(SessionKind.class);
        switch (preset) {
            case IGF -> {
                shares.put(SessionKind.MAIN, 0.045);
                shares.put(SessionKind.OPEN_FORUM, 0.13);
                shares.put(SessionKind.DYNAMIC_COALITION, 0.06);
                shares.put(SessionKind.BEST_PRACTICE_FORUM, 0.02);
                shares.put(SessionKind.FLASH, 0.10);
                shares.put(SessionKind.PRE_EVENT, 0.10);
                shares.put(SessionKind.NRI, 0.02);
                shares.put(SessionKind.OTHER, 0.03);
            }
            case REGIONAL -> {
                shares.put(SessionKind.MAIN, 0.07);
                shares.put(SessionKind.OPEN_FORUM, 0.10);
                shares.put(SessionKind.FLASH, 0.08);
                shares.put(SessionKind.NRI, 0.04);
                shares.put(SessionKind.OTHER, 0.06);
            }
            case IGF2016 -> {
                // 229 sessions: 96 workshops, 31 open forums, 8 main, 4 BPFs, 14 dynamic coalitions, 23 flash, 24
                // Day-0 events, and 29 others (here 10 NRI sessions and 19 others).
                shares.put(SessionKind.MAIN, 8 / 229.0);
                shares.put(SessionKind.OPEN_FORUM, 31 / 229.0);
                shares.put(SessionKind.DYNAMIC_COALITION, 14 / 229.0);
                shares.put(SessionKind.BEST_PRACTICE_FORUM, 4 / 229.0);
                shares.put(SessionKind.FLASH, 23 / 229.0);
                shares.put(SessionKind.PRE_EVENT, 24 / 229.0);
                shares.put(SessionKind.NRI, 10 / 229.0);
                shares.put(SessionKind.OTHER, 19 / 229.0);
            }
        }
        return shares;
    }
}
