package org.forumplan.app.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.forumplan.model.merge.MergeCandidate;
import org.forumplan.model.merge.PairSimilarity;
import org.forumplan.model.merge.ProposalMerger;

/** {@code merges} for a MAG member: one block per candidate, its proposals, why they are alike, what merging frees. */
final class MergesText {

    private MergesText() {}

    /**
     * @param found how many candidates there are in all
     * @param shown the ones to print, most alike first
     */
    static String render(Path file, int found, List<MergeCandidate> shown) {
        if (shown.isEmpty()) {
            return "No proposals in %s are alike enough to merge (forumplan merges --help says when they are).%n"
                    .formatted(file);
        }
        StringBuilder text = new StringBuilder();
        text.append("%d merge candidate%s in %s%s:%n"
                .formatted(
                        found,
                        found == 1 ? "" : "s",
                        file,
                        shown.size() < found ? "; the %d most alike".formatted(shown.size()) : ""));
        int rank = 1;
        for (MergeCandidate candidate : shown) {
            text.append(System.lineSeparator());
            block(text, rank++, candidate, file);
        }
        return text.toString();
    }

    private static void block(StringBuilder text, int rank, MergeCandidate candidate, Path file) {
        boolean pair = candidate.pairs().size() == 1;
        text.append("%d. %s (%ss): similarity %s%n"
                .formatted(
                        rank,
                        String.join(" + ", candidate.ids()),
                        candidate.kind().label(),
                        pair
                                ? candidate.pairs().get(0).terms()
                                : String.format(Locale.ROOT, "%.2f, the least alike two", candidate.similarity())));
        int width = candidate.ids().stream().mapToInt(String::length).max().orElse(0);
        for (MergeCandidate.Proposal proposal : candidate.proposals()) {
            text.append(("   %-" + width + "s  %s%s%n")
                    .formatted(
                            proposal.id(),
                            proposal.title(),
                            proposal.placement() == null ? "" : "  [" + proposal.placement() + "]"));
        }
        for (PairSimilarity similar : candidate.pairs()) {
            text.append("   Why%s: %s%n"
                    .formatted(
                            pair ? "" : " " + similar.first() + " + " + similar.second(),
                            String.join("; ", similar.reasons())));
        }
        text.append("   Frees: %s%n"
                .formatted(
                        candidate.placesFreed() == 1
                                ? "one %d-minute place".formatted(candidate.placeMinutes())
                                : "%d places of %d minutes"
                                        .formatted(candidate.placesFreed(), candidate.placeMinutes())));
        candidate
                .clashesRemoved()
                .forEach(clash -> text.append("   In the schedule: %s%n".formatted(clash.describe())));
        candidate.broughtIn().forEach(brought -> text.append("   In the schedule: %s%n".formatted(brought.describe())));
        text.append("   To merge: %s%n".formatted(mergeCommands(candidate.ids(), file)));
    }

    /** The merge commands, one pair at a time: a group merges into the first two's merged session. */
    private static String mergeCommands(List<String> ids, Path file) {
        StringBuilder commands = new StringBuilder("forumplan merge %s %s %s".formatted(file, ids.get(0), ids.get(1)));
        String merged = ProposalMerger.defaultId(ids.get(0), ids.get(1));
        for (String next : ids.subList(2, ids.size())) {
            commands.append(", then forumplan merge %s %s %s".formatted(file, merged, next));
            merged = ProposalMerger.defaultId(merged, next);
        }
        return commands.toString();
    }
}
