package org.forumplan.app.workbook;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.forumplan.model.problem.Suggestions;

/** The people a workbook lists, so that a session may name one by id or by a name no one else has. */
final class PeopleIndex {

    private final Set<String> ids = new HashSet<>();
    private final Map<String, List<String>> idsByName = new LinkedHashMap<>();
    /** When set, a name no one has yet is a new person, with an id made from the name: the people added. */
    private Map<String, String> newcomers;

    /** From now on, a name no one has is a new person (the intake of proposals), not a mistake. */
    void welcomeNewcomers() {
        newcomers = new LinkedHashMap<>();
    }

    /** The people added, id to name, in the order they were first named. */
    Map<String, String> newcomers() {
        return newcomers == null ? Map.of() : Map.copyOf(newcomers);
    }

    void add(String id, String name) {
        ids.add(id);
        if (name != null) {
            idsByName.computeIfAbsent(name.strip(), key -> new ArrayList<>()).add(id);
        }
    }

    /** The id a session's cell means by {@code given}. */
    Resolution resolve(String given) {
        if (ids.contains(given) || ids.isEmpty() && newcomers == null) {
            return new Resolution(given, null);
        }
        List<String> named = idsByName.getOrDefault(given, List.of());
        if (named.size() == 1) {
            return new Resolution(named.get(0), null);
        }
        if (named.size() > 1) {
            return new Resolution(
                    null,
                    "\"%s\" is the name of %d people (%s); name one by its id"
                            .formatted(given, named.size(), String.join(", ", named)));
        }
        if (newcomers != null) {
            String id = idFor(given);
            newcomers.put(id, given);
            add(id, given);
            return new Resolution(id, null);
        }
        Collection<String> known = new ArrayList<>(idsByName.keySet());
        known.addAll(ids);
        return new Resolution(null, "unknown person \"%s\"%s".formatted(given, Suggestions.didYouMean(given, known)));
    }

    /** "p-jane-doe" for "Jane Doe"; "p-jane-doe-2" if another person already has that id. */
    private String idFor(String name) {
        String slug = Normalizer.normalize(name, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-|-$)", "");
        String id = "p-" + (slug.isEmpty() ? "person" : slug);
        String unique = id;
        for (int n = 2; ids.contains(unique); n++) {
            unique = id + "-" + n;
        }
        return unique;
    }

    /** An id, or why there is none. */
    record Resolution(String id, String problem) {}
}
