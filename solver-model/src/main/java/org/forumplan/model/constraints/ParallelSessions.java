package org.forumplan.model.constraints;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.forumplan.model.domain.Session;

/**
 * Finds what the sessions running in one period have in common. The constraints on parallel sessions group the
 * sessions by period once (a hash on the period instead of a range search over all sessions) and then look into each
 * period's handful of sessions here, in plain Java.
 *
 * <p>Every placement covers whole periods, so two sessions in one period run together for all of its minutes.
 */
final class ParallelSessions {

    private ParallelSessions() {}

    /**
     * Sessions running at once and sharing something: a person, a topic, a track, an organization, a room.
     *
     * @param shared what they share
     * @param sessions two or more sessions
     */
    record Clash<T>(T shared, List<Session> sessions) {

        /** Pairs of sessions among them: each pair is one clash. */
        long pairs() {
            long size = sessions.size();
            return size * (size - 1) / 2;
        }
    }

    /** For each value of the facet held by two or more of the running sessions, those sessions. */
    static <T> List<Clash<T>> sharing(List<Session> running, Function<Session, List<T>> facet) {
        if (running.size() < 2) {
            return List.of();
        }
        // By equality: organizations are plain strings, one copy per session; facts hash by id, which is cheap.
        Map<T, List<Session>> byValue = new LinkedHashMap<>();
        for (Session session : running) {
            for (T value : facet.apply(session)) {
                List<Session> holding = byValue.computeIfAbsent(value, unused -> new ArrayList<>(2));
                // A value listed twice by one session still makes one session.
                if (holding.isEmpty() || holding.get(holding.size() - 1) != session) {
                    holding.add(session);
                }
            }
        }
        List<Clash<T>> clashes = new ArrayList<>();
        byValue.forEach((value, sessions) -> {
            if (sessions.size() > 1) {
                clashes.add(new Clash<>(value, List.copyOf(sessions)));
            }
        });
        return clashes;
    }

    /**
     * The sessions competing with each exclusive session running, each exclusive session with the others; a pair of
     * exclusive sessions appears once.
     */
    static List<Clash<Session>> besideExclusive(List<Session> running) {
        List<Clash<Session>> clashes = new ArrayList<>();
        for (Session exclusive : running) {
            if (!exclusive.isExclusive()) {
                continue;
            }
            List<Session> others = running.stream()
                    .filter(other -> other != exclusive
                            && (!other.isExclusive() || exclusive.getId().compareTo(other.getId()) < 0))
                    .toList();
            if (!others.isEmpty()) {
                clashes.add(new Clash<>(exclusive, others));
            }
        }
        return clashes;
    }

    /** For each non-exclusive main session running, the other sessions running with it. */
    static List<Clash<Session>> besideMainSessions(List<Session> running) {
        List<Clash<Session>> clashes = new ArrayList<>();
        for (Session main : running) {
            if (!main.isMain() || main.isExclusive()) {
                continue;
            }
            List<Session> others =
                    running.stream().filter(other -> other != main).toList();
            if (!others.isEmpty()) {
                clashes.add(new Clash<>(main, others));
            }
        }
        return clashes;
    }
}
