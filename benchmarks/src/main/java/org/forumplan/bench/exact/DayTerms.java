package org.forumplan.bench.exact;

import static org.forumplan.model.constraints.ForumConstraint.PERSON_DAY_SPREAD;
import static org.forumplan.model.constraints.ForumConstraint.TOPIC_CLUSTER_SPREAD;
import static org.forumplan.model.constraints.ForumConstraint.TRACK_ROOM_CHANGE;

import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.IntVar;
import com.google.ortools.sat.LinearArgument;
import com.google.ortools.sat.LinearExpr;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.forumplan.bench.exact.Choices.Choice;
import org.forumplan.model.domain.SessionFacet;
import org.forumplan.model.domain.Topic;

/**
 * The terms of the exact model counted over days and rooms, each exactly as the constraint provider counts it: a
 * cluster topic's sessions away from its busiest day (a maximum over the days), a person's days from the first to the
 * last (a minimum and a maximum over the days their sessions use), a track's rooms beyond the first each day (a
 * boolean per track, day and room).
 */
final class DayTerms {

    private final CpModel model;
    private final Choices choices;
    private final Penalties penalties;

    private DayTerms(CpModel model, Choices choices, Penalties penalties) {
        this.model = model;
        this.choices = choices;
        this.penalties = penalties;
    }

    static void state(CpModel model, Choices choices, Penalties penalties) {
        DayTerms terms = new DayTerms(model, choices, penalties);
        terms.clusterSpread();
        terms.personDaySpread();
        terms.trackRoomChanges();
    }

    /** A cluster topic's sessions away from its busiest day: the total minus the busiest day's count. */
    private void clusterSpread() {
        if (!penalties.counts(TOPIC_CLUSTER_SPREAD)) {
            return;
        }
        Map<Topic, Map<Integer, List<Choice>>> byTopicAndDay = new LinkedHashMap<>();
        for (Choice choice : choices.all()) {
            for (Topic topic : choice.session().getClusterTopics()) {
                byTopicAndDay
                        .computeIfAbsent(topic, ignored -> new LinkedHashMap<>())
                        .computeIfAbsent(choice.placement().epochDay(), ignored -> new ArrayList<>())
                        .add(choice);
            }
        }
        byTopicAndDay.values().forEach(days -> {
            if (days.size() < 2) {
                return;
            }
            List<LinearArgument> counts = days.values().stream()
                    .map(Choices::sum)
                    .map(LinearArgument.class::cast)
                    .toList();
            int sessions = (int) days.values().stream()
                    .flatMap(List::stream)
                    .map(Choice::session)
                    .distinct()
                    .count();
            IntVar busiest = model.newIntVar(0, sessions, "");
            model.addMaxEquality(busiest, counts);
            counts.forEach(count -> penalties.add(TOPIC_CLUSTER_SPREAD, count, 1));
            penalties.add(TOPIC_CLUSTER_SPREAD, busiest, -1);
        });
    }

    /** Days from a person's first session's day to their last. */
    private void personDaySpread() {
        if (!penalties.counts(PERSON_DAY_SPREAD)) {
            return;
        }
        Map<SessionFacet, Map<Integer, List<Choice>>> byPersonAndDay = new LinkedHashMap<>();
        for (Choice choice : choices.all()) {
            for (SessionFacet facet : choice.session().getFacets()) {
                if (facet.kind() == SessionFacet.Kind.PERSON) {
                    byPersonAndDay
                            .computeIfAbsent(facet, ignored -> new LinkedHashMap<>())
                            .computeIfAbsent(choice.placement().epochDay(), ignored -> new ArrayList<>())
                            .add(choice);
                }
            }
        }
        byPersonAndDay.values().forEach(days -> {
            if (days.size() < 2) {
                return;
            }
            int firstDay =
                    days.keySet().stream().mapToInt(Integer::intValue).min().orElseThrow();
            int lastDay =
                    days.keySet().stream().mapToInt(Integer::intValue).max().orElseThrow();
            // Past the last day: what "first" is when none of the days is used.
            int past = lastDay - firstDay + 1;
            List<LinearArgument> asFirst = new ArrayList<>();
            List<LinearArgument> asLast = new ArrayList<>();
            days.forEach((day, onDay) -> {
                BoolVar used = model.newBoolVar("");
                model.addMaxEquality(used, onDay.stream().map(Choice::chosen).toList());
                int offset = day - firstDay;
                // The day's offset when used; past the last day (first) or 0 (last) when not.
                asFirst.add(LinearExpr.affine(used, offset - past, past));
                asLast.add(LinearExpr.term(used, offset));
            });
            IntVar first = model.newIntVar(0, past, "");
            IntVar last = model.newIntVar(0, past - 1, "");
            model.addMinEquality(first, asFirst);
            model.addMaxEquality(last, asLast);
            IntVar span = model.newIntVar(0, past - 1, "");
            model.addMaxEquality(span, new LinearArgument[] {
                LinearExpr.weightedSum(new LinearArgument[] {last, first}, new long[] {1, -1}), LinearExpr.constant(0)
            });
            penalties.add(PERSON_DAY_SPREAD, span, 1);
        });
    }

    /** A track's rooms beyond the first on each day. */
    private void trackRoomChanges() {
        if (!penalties.counts(TRACK_ROOM_CHANGE)) {
            return;
        }
        Map<Object, Map<Integer, Map<String, List<Choice>>>> byTrackDayRoom = new LinkedHashMap<>();
        for (Choice choice : choices.all()) {
            if (choice.session().hasTrack()) {
                byTrackDayRoom
                        .computeIfAbsent(choice.session().getTrack(), ignored -> new LinkedHashMap<>())
                        .computeIfAbsent(choice.placement().epochDay(), ignored -> new LinkedHashMap<>())
                        .computeIfAbsent(choice.placement().roomId(), ignored -> new ArrayList<>())
                        .add(choice);
            }
        }
        byTrackDayRoom
                .values()
                .forEach(days -> days.values().forEach(rooms -> {
                    if (rooms.size() < 2) {
                        return;
                    }
                    List<BoolVar> used = new ArrayList<>();
                    rooms.values().forEach(inRoom -> {
                        BoolVar roomUsed = model.newBoolVar("");
                        model.addMaxEquality(
                                roomUsed, inRoom.stream().map(Choice::chosen).toList());
                        used.add(roomUsed);
                    });
                    IntVar beyondFirst =
                            ExactModel.excess(model, LinearExpr.sum(used.toArray(BoolVar[]::new)), 1, used.size());
                    penalties.add(TRACK_ROOM_CHANGE, beyondFirst, 1);
                }));
    }
}
