package org.forumplan.bench.exact;

import static org.forumplan.model.constraints.ForumConstraint.BIG_ROOM_FOR_SMALL_SESSION;
import static org.forumplan.model.constraints.ForumConstraint.COMPETING_WITH_MAIN_SESSION;
import static org.forumplan.model.constraints.ForumConstraint.EXCLUSIVE_SESSION_COMPETITION;
import static org.forumplan.model.constraints.ForumConstraint.FEEDER_FAR_FROM_MAIN_SESSION;
import static org.forumplan.model.constraints.ForumConstraint.MANDATORY_SESSION_UNSCHEDULED;
import static org.forumplan.model.constraints.ForumConstraint.MISSING_ROOM_FEATURE;
import static org.forumplan.model.constraints.ForumConstraint.ORGANIZATION_CLASH;
import static org.forumplan.model.constraints.ForumConstraint.PARALLEL_LIMIT;
import static org.forumplan.model.constraints.ForumConstraint.PARALLEL_LOAD;
import static org.forumplan.model.constraints.ForumConstraint.PERSON_CONFLICT;
import static org.forumplan.model.constraints.ForumConstraint.PERSON_UNAVAILABLE;
import static org.forumplan.model.constraints.ForumConstraint.PRECEDENCE;
import static org.forumplan.model.constraints.ForumConstraint.PREFERRED_TIMESLOT_MISSED;
import static org.forumplan.model.constraints.ForumConstraint.PROPOSAL_UNSCHEDULED;
import static org.forumplan.model.constraints.ForumConstraint.PUBLISHED_PLACEMENT_CHANGED;
import static org.forumplan.model.constraints.ForumConstraint.PUBLISHED_ROOM_CHANGED;
import static org.forumplan.model.constraints.ForumConstraint.ROOM_CONFLICT;
import static org.forumplan.model.constraints.ForumConstraint.ROOM_TOO_SMALL;
import static org.forumplan.model.constraints.ForumConstraint.ROOM_UNAVAILABLE;
import static org.forumplan.model.constraints.ForumConstraint.SESSION_UNAVAILABLE;
import static org.forumplan.model.constraints.ForumConstraint.TOPIC_CLASH;
import static org.forumplan.model.constraints.ForumConstraint.TRACK_CLASH;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.IntVar;
import com.google.ortools.sat.LinearArgument;
import com.google.ortools.sat.LinearExpr;
import com.google.ortools.sat.Literal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.ToLongFunction;
import org.forumplan.bench.exact.Choices.Choice;
import org.forumplan.bench.exact.Choices.TimeOption;
import org.forumplan.model.constraints.ForumConstraint;
import org.forumplan.model.constraints.ScoreLevel;
import org.forumplan.model.domain.Placement;
import org.forumplan.model.domain.Policy;
import org.forumplan.model.domain.Precedence;
import org.forumplan.model.domain.Programme;
import org.forumplan.model.domain.Session;
import org.forumplan.model.domain.SessionFacet;

/**
 * forumplan's model as a CP-SAT model: the same sessions, value ranges, pins and weights, every constraint of the
 * catalogue counted in its own unit, exactly, so that the objective of any solution is forumplan's score of that
 * schedule. A hard constraint with a hard weight is stated as a rule the solution obeys (two sessions in one room at
 * once cannot happen), which is what lets CP-SAT prove optima; a pinned programme that breaks such a rule has no
 * solution here. Constraints counted per period (clashes, parallel load and limit) use the periods of the grid, as
 * {@code FacetOccupancy} does, so their minutes match.
 *
 * <p>The non-linear terms are exact: a clash of c sessions costs c(c-1)/2 pairs (a table on c), parallel load the
 * square of the excess (a table), day spread the last day minus the first (a minimum and a maximum over the days a
 * person's sessions use), cluster spread the total minus the busiest day (a maximum), track rooms the rooms used beyond
 * the first (one boolean per track, day and room), and the pairwise terms (competing with a main session, a feeder far
 * from its main session) a boolean per pair of times. The terms over days and rooms are {@link DayTerms}, the
 * selection's goals {@link SelectionTerms}.
 */
public final class ExactModel {

    private static final int MINUTES_IN_HOUR = 60;

    private final CpModel model = new CpModel();
    private final Programme problem;
    private final Choices choices;
    private final Penalties penalties;
    /** Each period's choices, by the period's index. */
    private final Map<Integer, List<Choice>> byPeriod = new LinkedHashMap<>();

    private final Map<Integer, Integer> periodMinutes = new LinkedHashMap<>();

    private ExactModel(Programme problem) {
        this.problem = problem;
        this.choices = new Choices(model, problem);
        this.penalties = new Penalties(problem);
        for (Choice choice : choices.all()) {
            Placement placement = choice.placement();
            for (int position = 0; position < placement.periodCount(); position++) {
                byPeriod.computeIfAbsent(placement.periodIndex(position), ignored -> new ArrayList<>())
                        .add(choice);
                periodMinutes.put(placement.periodIndex(position), placement.periodMinutes(position));
            }
        }
    }

    /**
     * @throws IllegalArgumentException when a constraint is weighted so that the model cannot count it exactly (see
     *     {@link #precedence()} and {@link #exclusiveSessions()}), or the speaker mix counts ({@link SelectionTerms})
     */
    public static ExactModel of(Programme problem) {
        ExactModel exact = new ExactModel(problem);
        exact.placementRules();
        exact.clashes();
        exact.exclusiveSessions();
        exact.precedence();
        exact.parallelSessions();
        exact.placementCosts();
        exact.competingWithMainSessions();
        exact.feedersFarFromMainSessions();
        DayTerms.state(exact.model, exact.choices, exact.penalties);
        SelectionTerms.state(exact.model, exact.choices, exact.penalties, problem.getSelection());
        return exact;
    }

    CpModel cpModel() {
        return model;
    }

    Programme problem() {
        return problem;
    }

    /** What the model minimizes on a level, in score points (a penalty: the score's level negated). */
    LinearExpr level(ScoreLevel level) {
        return penalties.level(level);
    }

    List<BoolVar> decisions() {
        return choices.all().stream().map(Choice::chosen).toList();
    }

    /** The score of a solution, counted by the model. */
    public HardMediumSoftLongScore score(ToLongFunction<LinearArgument> value) {
        return penalties.score(value);
    }

    /** One constraint's penalty in a solution, counted by the model. */
    public HardMediumSoftLongScore penaltyOf(ForumConstraint constraint, ToLongFunction<LinearArgument> value) {
        return penalties.scoreOf(constraint, value);
    }

    /** Holds every session where the problem has it now (unplaced if it is), so that a solve only counts. */
    void holdCurrentPlacements() {
        for (Choice choice : choices.all()) {
            model.addEquality(choice.chosen(), choice.session().getPlacement() == choice.placement() ? 1 : 0);
        }
    }

    /** Puts the sessions of the problem where a solution put them. */
    void applyTo(Predicate<Literal> isTrue) {
        choices.placements(isTrue).forEach(Session::setPlacement);
    }

    // ************************************************************************
    // Placed or not
    // ************************************************************************

    /** A mandatory session is placed (a rule while its weight is hard); a proposal left out costs its value. */
    private void placementRules() {
        for (Session session : choices.sessions()) {
            List<Choice> own = choices.of(session);
            LinearExpr placed = choices.placed(session);
            if (session.isMandatory()) {
                if (penalties.isHardRule(MANDATORY_SESSION_UNSCHEDULED) && !own.isEmpty()) {
                    model.addEquality(placed, 1);
                } else {
                    penalties.addConstant(MANDATORY_SESSION_UNSCHEDULED, session.getDurationMinutes());
                    penalties.add(MANDATORY_SESSION_UNSCHEDULED, placed, -session.getDurationMinutes());
                }
            } else if (session.isPinned()) {
                // The solver never unplaces a pinned session.
                model.addEquality(placed, 1);
            } else {
                penalties.addConstant(PROPOSAL_UNSCHEDULED, session.proposalValue());
                penalties.add(PROPOSAL_UNSCHEDULED, placed, -session.proposalValue());
            }
        }
    }

    // ************************************************************************
    // Sessions that share a room, a person, a topic, a track, an organization
    // ************************************************************************

    private void clashes() {
        Map<SessionFacet, Map<Integer, List<Choice>>> byFacetAndPeriod = new LinkedHashMap<>();
        for (Choice choice : choices.all()) {
            List<SessionFacet> facets = new ArrayList<>(choice.session().getFacets());
            facets.add(choice.placement().roomFacet());
            for (SessionFacet facet : facets) {
                Map<Integer, List<Choice>> periods =
                        byFacetAndPeriod.computeIfAbsent(facet, ignored -> new LinkedHashMap<>());
                Placement placement = choice.placement();
                for (int position = 0; position < placement.periodCount(); position++) {
                    periods.computeIfAbsent(placement.periodIndex(position), ignored -> new ArrayList<>())
                            .add(choice);
                }
            }
        }
        byFacetAndPeriod.forEach((facet, periods) -> {
            ForumConstraint constraint = clashConstraint(facet.kind());
            if (!penalties.counts(constraint)) {
                return;
            }
            periods.forEach((period, running) -> {
                if (sessionCount(running) < 2) {
                    return;
                }
                if (penalties.isHardRule(constraint)) {
                    // At most one at once, or as many as pins force there (then they cost what they cost).
                    long pinned = running.stream()
                            .filter(choice -> choice.session().isPinned())
                            .count();
                    model.addLessOrEqual(Choices.sum(running), Math.max(1, pinned));
                    if (pinned < 2) {
                        return;
                    }
                }
                penalties.add(constraint, pairs(running), periodMinutes.get(period));
            });
        });
    }

    private static ForumConstraint clashConstraint(SessionFacet.Kind kind) {
        return switch (kind) {
            case ROOM -> ROOM_CONFLICT;
            case PERSON -> PERSON_CONFLICT;
            case SPREAD_TOPIC -> TOPIC_CLASH;
            case TRACK -> TRACK_CLASH;
            case ORGANIZATION -> ORGANIZATION_CLASH;
        };
    }

    /** The pairs among the sessions running: c(c-1)/2 for c of them, as a table on c. */
    private IntVar pairs(List<Choice> running) {
        int most = sessionCount(running);
        IntVar count = model.newIntVar(0, most, "");
        model.addEquality(count, Choices.sum(running));
        long[] table = new long[most + 1];
        for (int c = 0; c <= most; c++) {
            table[c] = (long) c * (c - 1) / 2;
        }
        IntVar pairs = model.newIntVar(0, table[most], "");
        model.addElement(count, table, pairs);
        convexCuts(pairs, count, table);
        return pairs;
    }

    /**
     * The lines through consecutive points of a convex table, as inequalities the table's value obeys at every whole
     * count: redundant for the solution, but they give CP-SAT's linear relaxation the shape of the cost, hence better
     * bounds.
     */
    private void convexCuts(IntVar value, IntVar count, long[] table) {
        for (int k = 0; k + 1 < table.length; k++) {
            long slope = table[k + 1] - table[k];
            // value >= table[k] + slope * (count - k)
            model.addGreaterOrEqual(value, LinearExpr.affine(count, slope, table[k] - slope * k));
        }
    }

    private static int sessionCount(List<Choice> choices) {
        return (int) choices.stream().map(Choice::session).distinct().count();
    }

    // ************************************************************************
    // Rules between sessions and per period
    // ************************************************************************

    /** Nothing runs beside an exclusive session. Counted only as a rule: its penalty is a product of overlaps. */
    private void exclusiveSessions() {
        if (!penalties.counts(EXCLUSIVE_SESSION_COMPETITION)) {
            return;
        }
        requireHardRule(EXCLUSIVE_SESSION_COMPETITION);
        for (Session exclusive : choices.sessions()) {
            if (!exclusive.isExclusive()) {
                continue;
            }
            Map<Integer, List<Choice>> ownPeriods = new LinkedHashMap<>();
            for (Choice choice : choices.of(exclusive)) {
                Placement placement = choice.placement();
                for (int position = 0; position < placement.periodCount(); position++) {
                    ownPeriods
                            .computeIfAbsent(placement.periodIndex(position), ignored -> new ArrayList<>())
                            .add(choice);
                }
            }
            ownPeriods.forEach((period, own) -> {
                List<Choice> others = byPeriod.get(period).stream()
                        .filter(choice -> choice.session() != exclusive)
                        .toList();
                if (others.isEmpty()) {
                    return;
                }
                BoolVar running = model.newBoolVar("");
                model.addEquality(running, Choices.sum(own));
                model.addEquality(Choices.sum(others), 0).onlyEnforceIf(running);
            });
        }
    }

    /** A session that must come first ends before the later one starts. Counted only as a rule. */
    private void precedence() {
        if (!penalties.counts(PRECEDENCE) || problem.getPrecedences().isEmpty()) {
            return;
        }
        requireHardRule(PRECEDENCE);
        Map<String, Session> byId = byId();
        for (Precedence precedence : problem.getPrecedences()) {
            Session earlier = byId.get(precedence.earlierId());
            Session later = byId.get(precedence.laterId());
            LinearExpr end = timeExpr(earlier, true);
            LinearExpr start = timeExpr(later, false);
            model.addLessOrEqual(end, start)
                    .onlyEnforceIf(new Literal[] {placedLiteral(earlier), placedLiteral(later)});
        }
    }

    private LinearExpr timeExpr(Session session, boolean end) {
        List<TimeOption> options = choices.timeOptionsOf(session);
        LinearArgument[] running = options.stream().map(TimeOption::running).toArray(LinearArgument[]::new);
        long[] minutes = options.stream()
                .mapToLong(option -> end ? option.endMinute() : option.startMinute())
                .toArray();
        return LinearExpr.weightedSum(running, minutes);
    }

    private Literal placedLiteral(Session session) {
        BoolVar placed = model.newBoolVar(session.getId() + " placed");
        model.addEquality(placed, choices.placed(session));
        return placed;
    }

    /** The policy's maximum of sessions at once (a rule) and its target (the square of the excess, per minute). */
    private void parallelSessions() {
        Policy policy = problem.getPolicy();
        byPeriod.forEach((period, running) -> {
            int most = sessionCount(running);
            LinearExpr count = Choices.sum(running);
            int minutes = periodMinutes.get(period);
            if (policy.hasMax() && most > policy.maxParallel() && penalties.counts(PARALLEL_LIMIT)) {
                if (penalties.isHardRule(PARALLEL_LIMIT)) {
                    model.addLessOrEqual(count, policy.maxParallel());
                } else {
                    penalties.add(PARALLEL_LIMIT, excess(model, count, policy.maxParallel(), most), minutes);
                }
            }
            if (policy.hasTarget() && most > policy.targetParallel() && penalties.counts(PARALLEL_LOAD)) {
                int highest = most - policy.targetParallel();
                IntVar excess = excess(model, count, policy.targetParallel(), most);
                long[] squares = new long[highest + 1];
                for (int e = 0; e <= highest; e++) {
                    squares[e] = (long) e * e;
                }
                IntVar squared = model.newIntVar(0, squares[highest], "");
                model.addElement(excess, squares, squared);
                convexCuts(squared, excess, squares);
                penalties.add(PARALLEL_LOAD, squared, minutes);
            }
        });
    }

    /** max(0, count - threshold). */
    static IntVar excess(CpModel model, LinearExpr count, int threshold, int most) {
        IntVar excess = model.newIntVar(0, Math.max(0, most - threshold), "");
        model.addMaxEquality(
                excess, new LinearArgument[] {LinearExpr.affine(count, 1, -threshold), LinearExpr.constant(0)});
        return excess;
    }

    // ************************************************************************
    // What a placement costs by itself
    // ************************************************************************

    private void placementCosts() {
        for (Choice choice : choices.all()) {
            Session session = choice.session();
            Placement at = choice.placement();
            BoolVar chosen = choice.chosen();
            penalties.add(ROOM_UNAVAILABLE, chosen, at.roomUnavailableMinutes());
            if (session.hasPeopleWithUnavailability()) {
                penalties.add(PERSON_UNAVAILABLE, chosen, session.peopleUnavailableMinutes(at));
            }
            penalties.add(MISSING_ROOM_FEATURE, chosen, (long) session.missingFeatureCount(at) * at.minutes());
            penalties.add(SESSION_UNAVAILABLE, chosen, session.ownUnavailableMinutes(at));
            penalties.add(ROOM_TOO_SMALL, chosen, (long) session.missingSeats(at) * at.minutes() / MINUTES_IN_HOUR);
            penalties.add(
                    BIG_ROOM_FOR_SMALL_SESSION,
                    chosen,
                    (long) session.surplusSeats(at) * at.minutes() / MINUTES_IN_HOUR);
            penalties.add(PREFERRED_TIMESLOT_MISSED, chosen, session.minutesOutsidePreferred(at));
            Placement published = session.getPublishedPlacement();
            if (published != null && sameTime(at, published) && !at.roomId().equals(published.roomId())) {
                penalties.add(PUBLISHED_ROOM_CHANGED, chosen, 1);
            }
        }
        for (Session session : choices.sessions()) {
            Placement published = session.getPublishedPlacement();
            if (published != null) {
                // 1 unless the session runs at its announced time.
                penalties.addConstant(PUBLISHED_PLACEMENT_CHANGED, 1);
                choices.of(session).stream()
                        .filter(choice -> sameTime(choice.placement(), published))
                        .forEach(choice -> penalties.add(PUBLISHED_PLACEMENT_CHANGED, choice.chosen(), -1));
            }
        }
    }

    private static boolean sameTime(Placement first, Placement second) {
        return first.startMinute() == second.startMinute() && first.endMinute() == second.endMinute();
    }

    // ************************************************************************
    // Pairs of sessions at two times
    // ************************************************************************

    /** A session beside a (non-exclusive) main session: its attendance times the hours of overlap, rounded down. */
    private void competingWithMainSessions() {
        if (!penalties.counts(COMPETING_WITH_MAIN_SESSION)) {
            return;
        }
        for (Session main : choices.sessions()) {
            if (!main.isMain() || main.isExclusive()) {
                continue;
            }
            for (Session other : choices.sessions()) {
                if (other == main) {
                    continue;
                }
                for (TimeOption mainTime : choices.timeOptionsOf(main)) {
                    for (TimeOption otherTime : choices.timeOptionsOf(other)) {
                        long cost = (long) other.getExpectedAttendance()
                                * mainTime.overlapMinutes(otherTime)
                                / MINUTES_IN_HOUR;
                        if (cost > 0) {
                            penalties.add(COMPETING_WITH_MAIN_SESSION, both(main, mainTime, other, otherTime), cost);
                        }
                    }
                }
            }
        }
    }

    /** A feeder an hour or more before its main session: the whole hours between, rounded down. */
    private void feedersFarFromMainSessions() {
        if (!penalties.counts(FEEDER_FAR_FROM_MAIN_SESSION)) {
            return;
        }
        Map<String, Session> byId = byId();
        for (Precedence precedence : problem.getPrecedences()) {
            if (precedence.reason() != Precedence.Reason.FEEDS) {
                continue;
            }
            Session feeder = byId.get(precedence.earlierId());
            Session main = byId.get(precedence.laterId());
            for (TimeOption feederTime : choices.timeOptionsOf(feeder)) {
                for (TimeOption mainTime : choices.timeOptionsOf(main)) {
                    if (feederTime.endMinute() + MINUTES_IN_HOUR <= mainTime.startMinute()) {
                        long hours = (mainTime.startMinute() - feederTime.endMinute()) / MINUTES_IN_HOUR;
                        penalties.add(FEEDER_FAR_FROM_MAIN_SESSION, both(feeder, feederTime, main, mainTime), hours);
                    }
                }
            }
        }
    }

    /** 1 when both sessions run at those times; a pinned session's one time needs no variable. */
    private LinearArgument both(Session first, TimeOption firstTime, Session second, TimeOption secondTime) {
        if (first.isPinned()) {
            return secondTime.running();
        }
        if (second.isPinned()) {
            return firstTime.running();
        }
        BoolVar both = model.newBoolVar("");
        model.addLessOrEqual(both, firstTime.running());
        model.addLessOrEqual(both, secondTime.running());
        model.addGreaterOrEqual(
                LinearExpr.newBuilder().add(both).add(1).build(),
                LinearExpr.sum(new LinearArgument[] {firstTime.running(), secondTime.running()}));
        return both;
    }

    // ************************************************************************

    private Map<String, Session> byId() {
        Map<String, Session> byId = new LinkedHashMap<>();
        choices.sessions().forEach(session -> byId.put(session.getId(), session));
        return byId;
    }

    private void requireHardRule(ForumConstraint constraint) {
        if (!penalties.isHardRule(constraint)) {
            throw new IllegalArgumentException(("the exact model counts \"%s\" only as a hard rule, and its weight here"
                            + " is %s; give it a hard weight or 0 to compare")
                    .formatted(constraint.constraintName(), penalties.weight(constraint)));
        }
    }
}
