package org.forumplan.app.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.forumplan.app.report.ProgrammeView.Coverage;
import org.forumplan.app.report.ProgrammeView.KindCount;
import org.forumplan.app.report.ProgrammeView.OtherPlace;
import org.forumplan.app.report.ProgrammeView.PeriodLoad;
import org.forumplan.app.report.ProgrammeView.PlacementView;
import org.forumplan.app.report.ProgrammeView.SessionView;
import org.forumplan.app.report.ProgrammeView.TopicDays;
import org.forumplan.app.report.ProgrammeView.UnscheduledView;
import org.forumplan.model.analysis.ConstraintExplanation;
import org.forumplan.model.analysis.MatchExplanation;
import org.forumplan.model.analysis.ProgrammeExplanation;
import org.forumplan.model.analysis.ProposalDiagnosis;
import org.forumplan.model.constraints.ForumConstraint;
import org.forumplan.model.constraints.ScoreLevel;
import org.forumplan.model.domain.ForumClock;
import org.forumplan.model.domain.Participation;
import org.forumplan.model.domain.Period;
import org.forumplan.model.domain.Person;
import org.forumplan.model.domain.Placement;
import org.forumplan.model.domain.Programme;
import org.forumplan.model.domain.Room;
import org.forumplan.model.domain.Session;
import org.forumplan.model.domain.SessionKind;
import org.forumplan.model.domain.Topic;
import org.forumplan.model.edit.OtherPlaces;

/** Builds the {@link ProgrammeView} of a programme and its explanation. */
public final class ProgrammeViewBuilder {

    /** Its matches are the unscheduled proposals, which the reports list with their reasons instead. */
    private static final String PROPOSALS_LEFT_OUT = ForumConstraint.PROPOSAL_UNSCHEDULED.constraintName();

    private final Programme programme;
    private final ProgrammeExplanation explanation;
    private final OtherPlaces.Found otherPlaces;
    private final Map<String, Integer> roomOrder = new HashMap<>();

    private ProgrammeViewBuilder(Programme programme, ProgrammeExplanation explanation, OtherPlaces.Found otherPlaces) {
        this.programme = programme;
        this.explanation = explanation;
        this.otherPlaces = otherPlaces;
        for (Room room : programme.getRooms()) {
            roomOrder.put(room.id(), roomOrder.size());
        }
    }

    /**
     * @param explanation the explanation of this programme as it is placed now
     */
    public static ProgrammeView build(Programme programme, ProgrammeExplanation explanation) {
        return build(programme, explanation, OtherPlaces.Found.NONE);
    }

    /**
     * @param otherPlaces the other places found for its sessions (see {@link #reviewOrder})
     */
    public static ProgrammeView build(
            Programme programme, ProgrammeExplanation explanation, OtherPlaces.Found otherPlaces) {
        return new ProgrammeViewBuilder(programme, explanation, otherPlaces).build();
    }

    /**
     * The order in which a reviewer asks "where else could it go?": the sessions that cost most first (a broken hard
     * constraint, a proposal left out, then the soft costs), then the rest in the timetable's order.
     */
    public static List<Session> reviewOrder(Programme programme, ProgrammeExplanation explanation) {
        Map<String, Session> byId = new LinkedHashMap<>();
        programme.getSessions().forEach(session -> byId.put(session.getId(), session));
        Set<String> ordered = new LinkedHashSet<>();
        explanation.sessions().forEach(cost -> ordered.add(cost.sessionId()));
        new ProgrammeViewBuilder(programme, explanation, OtherPlaces.Found.NONE)
                .inReadingOrder()
                .forEach(session -> ordered.add(session.getId()));
        return ordered.stream().map(byId::get).filter(Objects::nonNull).toList();
    }

    private ProgrammeView build() {
        List<ConstraintExplanation> conflicts = explanation.constraints().stream()
                .filter(constraint -> !constraint.name().equals(PROPOSALS_LEFT_OUT))
                .toList();
        Map<String, SessionView> views = new LinkedHashMap<>();
        for (Session session : inReadingOrder()) {
            views.put(session.getId(), view(session, conflicts));
        }
        List<LocalDate> dayDates = programme.getPeriods().stream()
                .map(period -> ForumClock.dayOf(period.startMinute()))
                .distinct()
                .sorted()
                .toList();
        return new ProgrammeView(
                programme.getForum().name(),
                programme.getForum().venue(),
                programme.getForum().timeZone(),
                explanation.score(),
                explanation.storedScore(),
                explanation.verdict(),
                kindCounts(),
                List.copyOf(views.values()),
                dayDates.stream()
                        .map(day -> TimetableGrid.day(programme, day, views))
                        .toList(),
                conflicts,
                unscheduled(views),
                load(),
                programme.getPolicy().targetParallel(),
                programme.getPolicy().maxParallel(),
                topicDays(dayDates),
                programme.getTracks().stream()
                        .filter(track -> sessions().anyMatch(session -> track.equals(session.getTrack())))
                        .toList(),
                people(),
                new Coverage(otherPlaces.options().size(), otherPlaces.asked()),
                explanation.selection());
    }

    private Stream<Session> sessions() {
        return programme.getSessions().stream();
    }

    /** Placed sessions by start, room and id, then the unplaced ones in the dataset's order. */
    private List<Session> inReadingOrder() {
        List<Session> ordered = new ArrayList<>(sessions()
                .filter(Session::isPlaced)
                .sorted(Comparator.comparingInt(
                                (Session session) -> session.getPlacement().startMinute())
                        .thenComparingInt(session -> roomOrder.get(session.roomId()))
                        .thenComparing(Session::getId))
                .toList());
        sessions().filter(session -> !session.isPlaced()).forEach(ordered::add);
        return ordered;
    }

    private SessionView view(Session session, List<ConstraintExplanation> conflicts) {
        Set<String> codes = new LinkedHashSet<>();
        boolean hard = false;
        for (ConstraintExplanation constraint : conflicts) {
            for (MatchExplanation match : constraint.matches()) {
                if (match.sessionIds().contains(session.getId())) {
                    codes.add(constraint.code());
                    hard |= constraint.level() == ScoreLevel.HARD;
                }
            }
        }
        return new SessionView(
                session.getId(),
                session.getTitle(),
                session.getKind(),
                session.getTopics(),
                session.getTrack(),
                session.getParticipations(),
                session.isMandatory(),
                session.isPinned(),
                session.isExclusive(),
                session.getEvaluation(),
                session.isMandatory() ? null : session.proposalValue(),
                session.isPlaced() ? placement(session.getPlacement()) : null,
                List.copyOf(codes),
                hard,
                otherPlaces(session));
    }

    private List<OtherPlace> otherPlaces(Session session) {
        List<OtherPlaces.Option> options = otherPlaces.options().get(session.getId());
        if (options == null) {
            return null;
        }
        return options.stream()
                .map(option -> new OtherPlace(
                        placement(option.placement()),
                        option.change(),
                        option.replaced() == null ? null : option.replaced().getId()))
                .toList();
    }

    private static PlacementView placement(Placement placement) {
        return new PlacementView(
                placement.roomId(),
                placement.room().name() == null
                        ? placement.roomId()
                        : placement.room().name(),
                placement.day(),
                ForumClock.timeOf(placement.startMinute()),
                ForumClock.timeOf(placement.endMinute()),
                placement.startTimeslot().id(),
                placement.span());
    }

    private List<KindCount> kindCounts() {
        Map<SessionKind, int[]> counts = new EnumMap<>(SessionKind.class);
        sessions()
                .forEach(session ->
                        counts.computeIfAbsent(session.getKind(), kind -> new int[2])[session.isPlaced() ? 0 : 1]++);
        return counts.entrySet().stream()
                .map(entry -> new KindCount(entry.getKey(), entry.getValue()[0], entry.getValue()[1]))
                .toList();
    }

    // ************************************************************************
    // Unscheduled sessions, load, topics, people
    // ************************************************************************

    private List<UnscheduledView> unscheduled(Map<String, SessionView> views) {
        List<UnscheduledView> unscheduled = new ArrayList<>();
        for (String sessionId : explanation.unscheduledMandatory()) {
            unscheduled.add(new UnscheduledView(
                    views.get(sessionId),
                    "A mandatory session without a place: the hard constraint "
                            + ForumConstraint.MANDATORY_SESSION_UNSCHEDULED.constraintName()
                            + " is broken.",
                    List.of()));
        }
        for (ProposalDiagnosis proposal : explanation.unscheduledProposals()) {
            unscheduled.add(new UnscheduledView(
                    views.get(proposal.sessionId()),
                    proposal.reason(),
                    proposal.holders().stream()
                            .map(ProposalDiagnosis.Holder::sessionId)
                            .toList()));
        }
        return unscheduled;
    }

    private List<PeriodLoad> load() {
        Map<Integer, Integer> running = new HashMap<>();
        sessions()
                .filter(Session::isPlaced)
                .forEach(session -> session.getPlacement()
                        .periods()
                        .forEach(period -> running.merge(period.startMinute(), 1, Integer::sum)));
        return programme.getPeriods().stream()
                .sorted(Comparator.comparingInt(Period::startMinute))
                .map(period -> new PeriodLoad(
                        ForumClock.dayOf(period.startMinute()),
                        ForumClock.timeOf(period.startMinute()),
                        ForumClock.timeOf(period.endMinute()),
                        running.getOrDefault(period.startMinute(), 0),
                        TimetableGrid.isFlash(programme, period)))
                .toList();
    }

    private List<TopicDays> topicDays(List<LocalDate> days) {
        List<TopicDays> topics = new ArrayList<>();
        for (Topic topic : programme.getTopics()) {
            if (sessions().noneMatch(session -> session.getTopics().contains(topic))) {
                continue;
            }
            Map<LocalDate, Integer> perDay = new TreeMap<>();
            sessions()
                    .filter(session -> session.isPlaced() && session.getTopics().contains(topic))
                    .forEach(session -> perDay.merge(session.day(), 1, Integer::sum));
            topics.add(new TopicDays(
                    topic, days.stream().map(day -> perDay.getOrDefault(day, 0)).toList()));
        }
        return topics;
    }

    private List<Person> people() {
        return sessions()
                .flatMap(session -> session.getParticipations().stream())
                .map(Participation::person)
                .distinct()
                .sorted(Comparator.comparing(ReportText::name).thenComparing(Person::id))
                .toList();
    }
}
