package org.forumplan.app.cosplib;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.forumplan.model.conference.score.ObjectiveBreakdown;
import org.forumplan.model.conference.score.ObjectiveBreakdown.TermScore;

/**
 * A conference's objective as solve, explain and the benchmark print it: the verdict in one line, then each term with
 * its weight, raw count and weighted value, named as CoSPLib's evaluator names it.
 */
public final class ObjectiveText {

    private ObjectiveText() {}

    /** "Objective 1,664 (0hard/-1664soft): every submission placed whole, one track per room and session". */
    public static String verdict(ObjectiveBreakdown breakdown) {
        String head = String.format(Locale.ROOT, "Objective %,d (%s): ", breakdown.objective(), breakdown.score());
        if (breakdown.feasible()) {
            return head + "every submission placed whole, one track per room and session";
        }
        List<String> broken = new ArrayList<>();
        if (breakdown.unscheduled() > 0) {
            broken.add(breakdown.unscheduled() + " submission(s) not placed");
        }
        if (breakdown.timeslotsTakenTwice() > 0) {
            broken.add(breakdown.timeslotsTakenTwice() + " timeslot(s) taken twice");
        }
        if (breakdown.cellsShared() > 0) {
            broken.add(breakdown.cellsShared() + " pair(s) of submissions of different tracks in one room and session");
        }
        return head + "not a CoSPLib solution: " + String.join(", ", broken);
    }

    /** The verdict and a row per term, terms that are switched off marked so. */
    public static String table(ObjectiveBreakdown breakdown) {
        StringBuilder text = new StringBuilder(verdict(breakdown)).append(System.lineSeparator());
        text.append(String.format(Locale.ROOT, "  %-42s %10s %12s %14s%n", "term", "weight", "raw", "weighted"));
        for (TermScore term : breakdown.terms()) {
            if (term.weight() == 0) {
                text.append(String.format(
                        Locale.ROOT, "  %-42s %10s %12s %14s%n", term.term().constraintName(), "off", "", ""));
            } else {
                text.append(String.format(
                        Locale.ROOT,
                        "  %-42s %,10d %,12d %,14d%n",
                        term.term().constraintName(),
                        term.weight(),
                        term.raw(),
                        term.weighted()));
            }
        }
        return text.toString();
    }

    /** The same as JSON: {@code {"objective":..., "feasible":..., "terms": [{"name", "weight", "raw", "weighted"}]}}. */
    public static ObjectNode json(ObjectiveBreakdown breakdown) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("score", breakdown.score().toString());
        node.put("objective", breakdown.objective());
        node.put("feasible", breakdown.feasible());
        node.put("unscheduled", breakdown.unscheduled());
        node.put("timeslotsTakenTwice", breakdown.timeslotsTakenTwice());
        node.put("cellsShared", breakdown.cellsShared());
        ArrayNode terms = node.putArray("terms");
        for (TermScore term : breakdown.terms()) {
            ObjectNode entry = terms.addObject();
            entry.put("name", term.term().constraintName());
            entry.put("key", term.term().key());
            entry.put("weight", term.weight());
            entry.put("raw", term.raw());
            entry.put("weighted", term.weighted());
        }
        return node;
    }
}
