package org.forumplan.app.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Writing HTML safely: every text that comes from a dataset (titles, names, topics are typed by users) goes through
 * {@link #text}, so that it can never open a tag or leave an attribute.
 */
final class Html {

    private Html() {}

    /** Text for an element's content or a quoted attribute value. */
    static String text(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** The element id of a session in the page, for links from conflicts: "s-WS23". */
    static String sessionAnchor(String sessionId) {
        return "s-" + sessionId;
    }

    /**
     * The text with each of the session ids it mentions turned into a link to the session; everything else escaped.
     * An id is matched whole, so that WS1 does not link inside WS12.
     */
    static String linkSessions(String text, List<String> sessionIds) {
        String escaped = text(text);
        if (sessionIds.isEmpty()) {
            return escaped;
        }
        String alternatives = sessionIds.stream()
                .distinct()
                .map(Html::text)
                .sorted(Comparator.comparingInt(String::length).reversed())
                .map(Pattern::quote)
                .collect(Collectors.joining("|"));
        Matcher matcher =
                Pattern.compile("(?<![\\w-])(" + alternatives + ")(?![\\w-])").matcher(escaped);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String id = matcher.group(1);
            matcher.appendReplacement(
                    out, Matcher.quoteReplacement("<a href=\"#%s\">%s</a>".formatted(sessionAnchor(id), id)));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    /** Lower-case text for the page's search, so that the script compares without case. */
    static String searchable(String text) {
        return text(text.toLowerCase(Locale.ROOT));
    }

    /** A resource of this package as text: the page's style sheet and script, inlined when the page is written. */
    static String resource(String name) {
        try (InputStream in = Html.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the build.");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
