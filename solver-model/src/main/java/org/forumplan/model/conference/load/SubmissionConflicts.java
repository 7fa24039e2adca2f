package org.forumplan.model.conference.load;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.forumplan.model.conference.domain.Submission.Conflicts;
import org.forumplan.model.conference.io.ConferenceJson;
import org.forumplan.model.conference.io.SubmissionJson;
import org.forumplan.model.conference.io.TrackJson;

/**
 * Which submissions must not run beside which, as CoSPLib derives it from names (an empty name is nobody):
 *
 * <ul>
 *   <li>presenters: two submissions share a presenter, or a presenter of one chairs the other's track (tracks
 *       differing);
 *   <li>attendees: an attendee of one attends or presents the other, or chairs the other's track (tracks differing).
 * </ul>
 *
 * Found person by person, so that a conference of a thousand submissions is not a million comparisons.
 */
final class SubmissionConflicts {

    private final List<BitSet> presenters = new ArrayList<>();
    private final List<BitSet> attendees = new ArrayList<>();

    SubmissionConflicts(ConferenceJson document) {
        List<SubmissionJson> submissions = document.submissions();
        for (int i = 0; i < submissions.size(); i++) {
            presenters.add(new BitSet());
            attendees.add(new BitSet());
        }
        Map<String, List<Integer>> presenting = byPerson(submissions, true);
        Map<String, List<Integer>> attending = byPerson(submissions, false);
        Map<String, List<Integer>> ofTrack = new HashMap<>();
        for (int i = 0; i < submissions.size(); i++) {
            ofTrack.computeIfAbsent(submissions.get(i).track(), track -> new ArrayList<>())
                    .add(i);
        }
        Map<String, List<String>> chairing = new HashMap<>();
        for (TrackJson track : document.tracks()) {
            for (String chair : names(track.chairs())) {
                chairing.computeIfAbsent(chair, name -> new ArrayList<>()).add(track.name());
            }
        }
        presenting.values().forEach(group -> pairUp(group, group, presenters));
        attending.values().forEach(group -> pairUp(group, group, attendees));
        attending.forEach((person, group) -> pairUp(group, presenting.getOrDefault(person, List.of()), attendees));
        for (int i = 0; i < submissions.size(); i++) {
            SubmissionJson submission = submissions.get(i);
            for (String presenter : names(submission.presenters())) {
                pairUp(List.of(i), chairedByOthers(presenter, submission, chairing, ofTrack), presenters);
            }
            for (String attendee : names(submission.attendees())) {
                pairUp(List.of(i), chairedByOthers(attendee, submission, chairing, ofTrack), attendees);
            }
        }
    }

    Conflicts of(int submission) {
        return new Conflicts(presenters.get(submission), attendees.get(submission));
    }

    /** Whether two lists of names share a name that is not empty. */
    static boolean share(List<String> some, List<String> others) {
        return names(some).stream().anyMatch(name -> names(others).contains(name));
    }

    private static List<String> names(List<String> names) {
        return names == null
                ? List.of()
                : names.stream().filter(name -> !name.isEmpty()).toList();
    }

    private static Map<String, List<Integer>> byPerson(List<SubmissionJson> submissions, boolean presenters) {
        Map<String, List<Integer>> byPerson = new HashMap<>();
        for (int i = 0; i < submissions.size(); i++) {
            SubmissionJson submission = submissions.get(i);
            for (String name : names(presenters ? submission.presenters() : submission.attendees())) {
                byPerson.computeIfAbsent(name, person -> new ArrayList<>()).add(i);
            }
        }
        return byPerson;
    }

    /** The submissions of the tracks a person chairs, other than the submission's own track. */
    private static List<Integer> chairedByOthers(
            String person,
            SubmissionJson submission,
            Map<String, List<String>> chairing,
            Map<String, List<Integer>> ofTrack) {
        List<Integer> others = new ArrayList<>();
        for (String track : chairing.getOrDefault(person, List.of())) {
            if (!track.equals(submission.track())) {
                others.addAll(ofTrack.getOrDefault(track, List.of()));
            }
        }
        return others;
    }

    private static void pairUp(List<Integer> some, List<Integer> others, List<BitSet> relation) {
        for (int first : some) {
            for (int second : others) {
                pair(first, second, relation);
            }
        }
    }

    private static void pair(int first, int second, List<BitSet> relation) {
        if (first != second) {
            relation.get(first).set(second);
            relation.get(second).set(first);
        }
    }
}
