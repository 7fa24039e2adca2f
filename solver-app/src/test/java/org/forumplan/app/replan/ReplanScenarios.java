package org.forumplan.app.replan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.forumplan.app.replan.ReplanRuns.Replan;
import org.forumplan.model.domain.SessionKind;
import org.forumplan.model.io.AssignmentJson;
import org.forumplan.model.io.DatasetJson;
import org.forumplan.model.io.ParticipantJson;
import org.forumplan.model.io.SessionJson;
import org.junit.jupiter.api.Test;

/**
 * The changes that befall an announced programme, each re-planned from it as {@code solve --from} does: every re-plan
 * must break no hard constraint and move no more announced sessions than the change forces, plus the few knock-on moves
 * each test states.
 *
 * <p>"Moved" means placed at another time or in another room. In a full forum a displaced mandatory session can only
 * take the place of an optional proposal, which is then left out: that is counted apart, at most one per displaced
 * mandatory session.
 */
abstract class ReplanScenarios {

    /** Moves each re-plan's search may evaluate: about a second and a half on a 2-core machine, the same schedule anywhere. */
    static final long REPLAN_MOVES = 50_000;

    /** The programme as announced: a solved dataset. */
    abstract DatasetJson announced();

    @Test
    void aRoomWithdrawnForTheWholeForum() {
        String room = busiestRoom();
        List<String> held = announcedIn(room, null);

        Replan replan = ReplanRuns.replan(ForumChanges.withdrawRoom(announced(), room), announced(), REPLAN_MOVES);

        // Every session the room held must go; at most 3 others move to make way (a chain of room or time changes).
        assertFeasible(replan);
        assertThat(replan.movedBesides(held))
                .as("moved besides the %d sessions of %s", held.size(), room)
                .hasSizeLessThanOrEqualTo(3);
        assertThat(replan.leftOutBesides(held)).hasSizeLessThanOrEqualTo(mandatory(held));
    }

    @Test
    void aRoomWithdrawnForOneDay() {
        String room = busiestRoom();
        LocalDate day = busiestDay(room);
        List<String> held = announcedIn(room, day);

        Replan replan =
                ReplanRuns.replan(ForumChanges.withdrawRoomOn(announced(), room, day), announced(), REPLAN_MOVES);

        // The sessions of that room on that day must go; at most 2 others move to make way.
        assertFeasible(replan);
        assertThat(replan.movedBesides(held))
                .as("moved besides the %d sessions of %s on %s", held.size(), room, day)
                .hasSizeLessThanOrEqualTo(2);
        assertThat(replan.leftOutBesides(held)).hasSizeLessThanOrEqualTo(mandatory(held));
    }

    @Test
    void aSpeakerUnavailableOnADay() {
        Map.Entry<String, LocalDate> busiest = busiestPersonDay();
        List<String> theirs = sessionsOf(busiest.getKey(), busiest.getValue());

        Replan replan = ReplanRuns.replan(
                ForumChanges.personAwayOn(announced(), busiest.getKey(), busiest.getValue()),
                announced(),
                REPLAN_MOVES);

        // Their sessions of that day must change day (or be left out if optional). Each may trade places with a
        // session of another day, which then takes the place it freed: at most one other move for each, plus one.
        assertFeasible(replan);
        assertThat(theirs)
                .as("sessions of %s on %s", busiest.getKey(), busiest.getValue())
                .isNotEmpty();
        theirs.forEach(id -> assertThat(replan.changes().changedTime().contains(id)
                        || replan.changes().leftOut().contains(id))
                .as("%s changed time or was left out", id)
                .isTrue());
        assertThat(replan.movedBesides(theirs)).hasSizeLessThanOrEqualTo(theirs.size() + 1);
        assertThat(replan.leftOutBesides(theirs)).hasSizeLessThanOrEqualTo(mandatory(theirs));
    }

    @Test
    void aNewMandatorySessionAdded() {
        Replan replan =
                ReplanRuns.replan(ForumChanges.addMandatoryWorkshop(announced(), "WS-NEW"), announced(), REPLAN_MOVES);

        // Nothing announced has to move if a place is free; in a full forum one proposal gives way. At most 1 move.
        assertFeasible(replan);
        assertThat(replan.session("WS-NEW").isPlaced()).isTrue();
        assertThat(replan.movedBesides(List.of())).hasSizeLessThanOrEqualTo(1);
        assertThat(replan.changes().leftOut()).hasSizeLessThanOrEqualTo(1);
    }

    @Test
    void aSessionCancelled() {
        String cancelled = announcedWorkshops().get(0);

        Replan replan = ReplanRuns.replan(ForumChanges.cancel(announced(), cancelled), announced(), REPLAN_MOVES);

        // A cancellation frees a place and forces nothing: no announced session moves or is left out.
        assertFeasible(replan);
        assertThat(replan.changes().removed()).containsExactly(cancelled);
        assertThat(replan.changes().moved()).isZero();
        assertThat(replan.changes().leftOut()).isEmpty();
    }

    @Test
    void twoWorkshopsMerged() {
        List<String> workshops = announcedWorkshops();
        String kept = workshops.get(1);
        String merged = workshops.get(2);

        Replan replan = ReplanRuns.replan(ForumChanges.merge(announced(), kept, merged), announced(), REPLAN_MOVES);

        // The merged workshop's people join the kept one, and may be busy at its time: it may move, and at most 2
        // others to make way for it.
        assertFeasible(replan);
        assertThat(replan.changes().removed()).containsExactly(merged);
        assertThat(replan.session(kept).isPlaced()).isTrue();
        assertThat(replan.movedBesides(List.of(kept))).hasSizeLessThanOrEqualTo(2);
        assertThat(replan.changes().leftOut()).isEmpty();
    }

    // ************************************************************************
    // What the announced programme holds
    // ************************************************************************

    private static void assertFeasible(Replan replan) {
        assertThat(replan.best().getScore().hardScore())
                .as("hard score of %s", replan.best().getScore())
                .isZero();
    }

    private Map<String, AssignmentJson> assignments() {
        return announced().schedule().assignments().stream()
                .collect(Collectors.toMap(AssignmentJson::session, Function.identity()));
    }

    private Map<String, SessionJson> sessionDocs() {
        return announced().sessions().stream().collect(Collectors.toMap(SessionJson::id, Function.identity()));
    }

    /** The room that holds the most announced sessions, among those without a pinned session. */
    private String busiestRoom() {
        List<String> pinnedRooms = announced().sessions().stream()
                .filter(session -> session.pinned() != null)
                .map(session -> session.pinned().room())
                .toList();
        return announced().schedule().assignments().stream()
                .map(AssignmentJson::room)
                .filter(room -> !pinnedRooms.contains(room))
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()))
                .entrySet()
                .stream()
                .max(Map.Entry.<String, Long>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .orElseThrow()
                .getKey();
    }

    /** The day the room holds the most announced sessions. */
    private LocalDate busiestDay(String room) {
        return announced().schedule().assignments().stream()
                .filter(assignment -> assignment.room().equals(room))
                .collect(Collectors.groupingBy(AssignmentJson::day, Collectors.counting()))
                .entrySet()
                .stream()
                .max(Map.Entry.<LocalDate, Long>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .orElseThrow()
                .getKey();
    }

    /** The sessions announced in the room, on the day or on every day when it is null. */
    private List<String> announcedIn(String room, LocalDate day) {
        return announced().schedule().assignments().stream()
                .filter(assignment -> assignment.room().equals(room)
                        && (day == null || assignment.day().equals(day)))
                .map(AssignmentJson::session)
                .toList();
    }

    /**
     * The person with the most announced sessions on one day, and that day; a person in a pinned session that day
     * does not count, since a pinned session cannot move away from them.
     */
    private Map.Entry<String, LocalDate> busiestPersonDay() {
        Map<String, AssignmentJson> placed = assignments();
        Set<Map.Entry<String, LocalDate>> pinned =
                personDays(session -> session.pinned() != null, placed).collect(Collectors.toSet());
        return personDays(session -> session.pinned() == null, placed)
                .filter(personDay -> !pinned.contains(personDay))
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()))
                .entrySet()
                .stream()
                .max(Map.Entry.<Map.Entry<String, LocalDate>, Long>comparingByValue()
                        .thenComparing(entry -> entry.getKey().getKey(), Comparator.reverseOrder()))
                .orElseThrow()
                .getKey();
    }

    /** Each person of each placed session that passes the filter, with the session's day. */
    private Stream<Map.Entry<String, LocalDate>> personDays(
            Predicate<SessionJson> filter, Map<String, AssignmentJson> placed) {
        return announced().sessions().stream()
                .filter(session -> filter.test(session) && placed.containsKey(session.id()) && session.people() != null)
                .flatMap(session -> session.people().stream()
                        .map(participant -> Map.entry(
                                participant.person(), placed.get(session.id()).day())));
    }

    private List<String> sessionsOf(String personId, LocalDate day) {
        Map<String, AssignmentJson> placed = assignments();
        return announced().sessions().stream()
                .filter(session -> placed.containsKey(session.id())
                        && placed.get(session.id()).day().equals(day)
                        && session.people() != null
                        && session.people().stream()
                                .map(ParticipantJson::person)
                                .anyMatch(personId::equals))
                .map(SessionJson::id)
                .toList();
    }

    /** Announced, unpinned workshops that no other session refers to, in the dataset's order. */
    private List<String> announcedWorkshops() {
        Map<String, AssignmentJson> placed = assignments();
        return announced().sessions().stream()
                .filter(session -> session.kind() == SessionKind.WORKSHOP
                        && session.pinned() == null
                        && placed.containsKey(session.id())
                        && ForumChanges.unreferenced(announced(), session.id()))
                .map(SessionJson::id)
                .toList();
    }

    private int mandatory(List<String> sessionIds) {
        Map<String, SessionJson> docs = sessionDocs();
        return (int) sessionIds.stream()
                .filter(id -> Boolean.TRUE.equals(docs.get(id).mandatory()))
                .count();
    }
}
