package org.forumplan.model.conference.load;

import java.time.Duration;
import java.util.List;
import org.forumplan.model.ForumplanVersion;
import org.forumplan.model.conference.domain.Conference;
import org.forumplan.model.conference.domain.Submission;
import org.forumplan.model.conference.io.ConferenceJson;
import org.forumplan.model.conference.io.ConferenceScheduleJson;
import org.forumplan.model.conference.io.ConferenceScheduleJson.SubmissionAssignmentJson;
import org.forumplan.model.conference.solver.ConferenceSolver;
import org.forumplan.model.io.SolverRunJson;

/** A scheduled conference back into its document: the instance untouched, the schedule replaced. */
public final class ConferenceExporter {

    private ConferenceExporter() {}

    /** The document with the best schedule of a solve, and how it was found (version, seed, time, interrupted). */
    public static ConferenceJson withSchedule(ConferenceJson document, ConferenceSolver.Outcome outcome, long seed) {
        SolverRunJson run = new SolverRunJson(
                ForumplanVersion.describe(),
                seed,
                Duration.ofMillis(outcome.timeSpent().toMillis()),
                outcome.interrupted() ? Boolean.TRUE : null);
        return withSchedule(document, outcome.best(), run);
    }

    /** @param run how the schedule was found, or null */
    public static ConferenceJson withSchedule(ConferenceJson document, Conference scheduled, SolverRunJson run) {
        List<SubmissionAssignmentJson> assignments = scheduled.getSubmissions().stream()
                .filter(submission -> submission.getSlot() != null)
                .map(ConferenceExporter::assignment)
                .toList();
        String score =
                scheduled.getScore() == null ? null : scheduled.getScore().toString();
        return document.withSchedule(new ConferenceScheduleJson(score, run, assignments));
    }

    private static SubmissionAssignmentJson assignment(Submission submission) {
        return new SubmissionAssignmentJson(
                submission.getReference(),
                submission.session().name(),
                submission.room().name(),
                submission.getSlot().start());
    }
}
