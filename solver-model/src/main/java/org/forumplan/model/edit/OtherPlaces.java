package org.forumplan.model.edit;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.forumplan.model.domain.Placement;
import org.forumplan.model.domain.Programme;
import org.forumplan.model.domain.Session;
import org.forumplan.model.edit.PlaceSuggester.Detail;

/**
 * The other places of many sessions at once, for a review page: for each placed, unpinned session the best few places
 * it could move to without breaking a hard constraint; for each unplaced session its best such place or, for a
 * proposal with none, the placed proposal whose place it would best take.
 *
 * <p>Each answer is exact (a {@link PlaceSuggester} suggestion, the score it predicts is the score after the move),
 * and exactness costs a score analysis per possible place: about 6,000 places a second on this project's 2-core
 * machine, so some 4 s for IGF 2014 and over a minute for a 1,000-session forum. A replacement costs more still (the
 * programme scored whole for every placed proposal whose place the proposal could take), so the free places of every
 * session come first, in the caller's order, and the replacements after them. The work stops at a deadline and says
 * how far it got.
 */
public final class OtherPlaces {

    /**
     * A place a session could take instead.
     *
     * @param change the programme's score there minus its score now
     * @param replaced the placed proposal that would be left out to make room, or null for a free place
     */
    public record Option(Placement placement, HardMediumSoftLongScore change, Session replaced) {}

    /**
     * What was found before the deadline.
     *
     * @param options per session id, its options best first; a session that was looked at and has none maps to an
     *     empty list, one that was not looked at is absent
     * @param asked how many sessions were to be looked at
     */
    public record Found(Map<String, List<Option>> options, int asked) {

        public static final Found NONE = new Found(Map.of(), 0);

        public boolean complete() {
            return options.size() == asked;
        }
    }

    private final PlaceSuggester suggester = new PlaceSuggester();

    /**
     * @param sessions the sessions to look at, most wanted first (pinned ones are passed over: they stay)
     * @param perSession how many places to keep for a placed session
     * @param budget the time after which no further session is begun
     */
    public Found find(Programme programme, List<Session> sessions, int perSession, Duration budget) {
        long deadline = System.nanoTime() + budget.toNanos();
        List<Session> movable =
                sessions.stream().filter(session -> !session.isPinned()).toList();
        Map<String, List<Option>> options = new LinkedHashMap<>();
        List<Session> withoutFreePlace = new ArrayList<>();
        for (Session session : movable) {
            if (System.nanoTime() - deadline >= 0) {
                break;
            }
            List<Option> free = freePlaces(programme, session, perSession);
            if (free.isEmpty() && session.getPlacement() == null && !session.isMandatory()) {
                withoutFreePlace.add(session);
            } else {
                options.put(session.getId(), free);
            }
        }
        for (Session proposal : withoutFreePlace) {
            if (System.nanoTime() - deadline >= 0) {
                break;
            }
            options.put(proposal.getId(), replacement(programme, proposal));
        }
        return new Found(options, movable.size());
    }

    /** The best places free of hard conflicts: a few for a placed session, the best one for an unplaced one. */
    private List<Option> freePlaces(Programme programme, Session session, int perSession) {
        Placement current = session.getPlacement();
        return suggester.suggest(programme, session, Detail.SCORE).stream()
                .filter(place -> place.placement() != current && !place.breaksHardConstraint())
                .limit(current == null ? 1 : perSession)
                .map(place -> new Option(place.placement(), place.change(), null))
                .toList();
    }

    private List<Option> replacement(Programme programme, Session proposal) {
        Optional<PlaceSuggester.Replacement> replacement = suggester.bestReplacement(programme, proposal);
        return replacement
                .filter(best -> best.change().hardScore() >= 0)
                .map(best -> List.of(new Option(best.placement(), best.change(), best.replaced())))
                .orElse(List.of());
    }
}
