package org.forumplan.app.workbook;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.forumplan.model.problem.Suggestions;

/** The people a workbook lists, so that a session may name one by id or by a name no one else has. */
final class PeopleIndex {

    private final Set<String> ids = new HashSet<>();
    private final Map<String, List<String>> idsByName = new LinkedHashMap<>();

    void add(String id, String name) {
        ids.add(id);
        if (name != null) {
            idsByName.computeIfAbsent(name.strip(), key -> new ArrayList<>()).add(id);
        }
    }

    /** The id a session's cell means by {@code given}. */
    Resolution resolve(String given) {
        if (ids.contains(given) || ids.isEmpty()) {
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
        Collection<String> known = new ArrayList<>(idsByName.keySet());
        known.addAll(ids);
        return new Resolution(null, "unknown person \"%s\"%s".formatted(given, Suggestions.didYouMean(given, known)));
    }

    /** An id, or why there is none. */
    record Resolution(String id, String problem) {}
}
