package org.forumplan.bench.exact;

import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.LinearExpr;
import com.google.ortools.sat.Literal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.forumplan.model.domain.Placement;
import org.forumplan.model.domain.Programme;
import org.forumplan.model.domain.Session;

/**
 * The decision variables: a boolean per session and possible placement (the solver's own value range, so a pinned
 * session has its pin alone), and the sums the constraints read from them. At most one of a session's booleans is true;
 * whether exactly one is the model's business (a mandatory session must be placed only while that constraint is hard).
 */
final class Choices {

    /** One session at one placement. */
    record Choice(Session session, Placement placement, BoolVar chosen) {}

    /** A session's choices that share a time (any room): true when the session runs then. */
    record TimeOption(int startMinute, int endMinute, List<Choice> choices) {

        LinearExpr running() {
            return sum(choices);
        }

        int overlapMinutes(TimeOption other) {
            return Math.max(0, Math.min(endMinute, other.endMinute) - Math.max(startMinute, other.startMinute));
        }
    }

    private final Map<Session, List<Choice>> bySession = new LinkedHashMap<>();
    private final Map<Session, List<TimeOption>> timeOptions = new LinkedHashMap<>();

    Choices(CpModel model, Programme problem) {
        for (Session session : problem.getSessions()) {
            List<Choice> choices = new ArrayList<>();
            Map<Long, List<Choice>> byTime = new LinkedHashMap<>();
            for (Placement placement : session.getPossiblePlacements()) {
                Choice choice = new Choice(session, placement, model.newBoolVar(session.getId() + "@" + placement));
                choices.add(choice);
                byTime.computeIfAbsent(
                                (long) placement.startMinute() << 32 | placement.endMinute(),
                                ignored -> new ArrayList<>())
                        .add(choice);
            }
            model.addAtMostOne(choices.stream().map(Choice::chosen).toArray(Literal[]::new));
            bySession.put(session, choices);
            timeOptions.put(
                    session,
                    byTime.values().stream()
                            .map(same -> new TimeOption(
                                    same.get(0).placement().startMinute(),
                                    same.get(0).placement().endMinute(),
                                    same))
                            .toList());
        }
    }

    List<Session> sessions() {
        return List.copyOf(bySession.keySet());
    }

    List<Choice> of(Session session) {
        return bySession.get(session);
    }

    List<Choice> all() {
        return bySession.values().stream().flatMap(List::stream).toList();
    }

    List<TimeOption> timeOptionsOf(Session session) {
        return timeOptions.get(session);
    }

    /** 1 when the session is placed, 0 when not. */
    LinearExpr placed(Session session) {
        return sum(of(session));
    }

    /** Where the solution put each session, null for a session left out. */
    Map<Session, Placement> placements(java.util.function.Predicate<Literal> isTrue) {
        Map<Session, Placement> placements = new LinkedHashMap<>();
        bySession.forEach((session, choices) -> placements.put(
                session,
                choices.stream()
                        .filter(choice -> isTrue.test(choice.chosen()))
                        .map(Choice::placement)
                        .findFirst()
                        .orElse(null)));
        return placements;
    }

    static LinearExpr sum(List<Choice> choices) {
        return LinearExpr.sum(choices.stream().map(Choice::chosen).toArray(BoolVar[]::new));
    }
}
