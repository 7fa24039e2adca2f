package org.forumplan.model.replan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.forumplan.model.domain.Placement;
import org.forumplan.model.domain.Programme;
import org.forumplan.model.domain.Session;
import org.forumplan.model.problem.Problem;

/**
 * Freezes the part of an announced programme that can no longer change ({@code solve --pin-published}): every session
 * announced on a day before the freeze date is pinned at its announced placement, so the solver re-plans only the days
 * still ahead. A session whose announced placement no longer fits is left movable, with a warning that says why.
 */
public final class PublishedPins {

    /**
     * @param pinned how many announced sessions were pinned at their announced placement (including those the dataset
     *     already pinned there)
     * @param frozen how many announced sessions fall on days before the freeze date
     * @param warnings the frozen sessions that could not be pinned, and why, at their session's path
     */
    public record Pinning(int pinned, int frozen, List<Problem> warnings) {}

    private PublishedPins() {}

    /**
     * Pins each announced session whose announced day is before {@code freezeBefore}, in the order of the dataset.
     *
     * @param programme a built programme, before solving; its sessions are changed in place
     */
    public static Pinning pinBefore(Programme programme, LocalDate freezeBefore) {
        List<Session> sessions = programme.getSessions();
        List<Session> pinned =
                new ArrayList<>(sessions.stream().filter(Session::isPinned).toList());
        List<Problem> warnings = new ArrayList<>();
        int pinnedCount = 0;
        int frozen = 0;
        for (int i = 0; i < sessions.size(); i++) {
            Session session = sessions.get(i);
            Placement announced = session.getPublishedPlacement();
            if (announced == null || !announced.day().isBefore(freezeBefore)) {
                continue;
            }
            frozen++;
            Optional<String> problem = whyNotPinnable(session, announced, pinned);
            if (problem.isPresent()) {
                warnings.add(Problem.warning(
                        "sessions[%d]".formatted(i),
                        "%s is not pinned at its announced place %s: %s"
                                .formatted(session.getId(), announced.describe(), problem.get())));
                continue;
            }
            if (!session.isPinned()) {
                session.pinAt(announced);
                pinned.add(session);
            }
            pinnedCount++;
        }
        return new Pinning(pinnedCount, frozen, List.copyOf(warnings));
    }

    private static Optional<String> whyNotPinnable(Session session, Placement announced, List<Session> pinned) {
        if (session.isPinned()) {
            return session.getPlacement() == announced
                    ? Optional.empty()
                    : Optional.of(
                            "the dataset pins it at " + session.getPlacement().describe());
        }
        if (!PlacementFit.fits(session, announced)) {
            return Optional.of(
                    "it no longer fits there (%s)".formatted(PlacementFit.whyNot(session, announced, pinned)));
        }
        // The builder ruled out places of the dataset's own pins; the pins added here must not clash either.
        return PlacementFit.clash(session, announced, pinned).map(clash -> "it would clash there: " + clash);
    }
}
