package org.forumplan.model.io;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.forumplan.model.domain.SessionKind;

/**
 * The vocabulary of {@code timeslots[].kinds}: a slot category ({@code regular}, {@code flash}, {@code day0}) stands
 * for the session kinds it hosts; any session kind name (e.g. {@code main}) may also be given, meaning that kind only.
 */
public final class SlotKinds {

    public static final String REGULAR = "regular";
    public static final String FLASH = "flash";
    public static final String DAY0 = "day0";

    private static final Set<SessionKind> REGULAR_KINDS = EnumSet.of(
            SessionKind.MAIN,
            SessionKind.WORKSHOP,
            SessionKind.OPEN_FORUM,
            SessionKind.DYNAMIC_COALITION,
            SessionKind.BEST_PRACTICE_FORUM,
            SessionKind.NRI,
            SessionKind.OTHER);

    private SlotKinds() {}

    /** The session kinds one token stands for, or empty if the token is unknown. */
    public static Optional<Set<SessionKind>> resolve(String token) {
        return switch (token) {
            case REGULAR -> Optional.of(REGULAR_KINDS);
            case FLASH -> Optional.of(EnumSet.of(SessionKind.FLASH));
            case DAY0 -> Optional.of(EnumSet.of(SessionKind.PRE_EVENT));
            default ->
                Stream.of(SessionKind.values())
                        .filter(kind -> kind.code().equals(token))
                        .findFirst()
                        .map(kind -> (Set<SessionKind>) EnumSet.of(kind));
        };
    }

    /** The session kinds a timeslot hosts; unknown tokens are ignored here (the checker reports them). */
    public static Set<SessionKind> resolveAll(List<String> tokens) {
        Set<SessionKind> kinds = EnumSet.noneOf(SessionKind.class);
        for (String token : tokens) {
            resolve(token).ifPresent(kinds::addAll);
        }
        return kinds;
    }

    /** Every token the format accepts, for error messages. */
    public static List<String> knownTokens() {
        return Stream.concat(
                        Stream.of(REGULAR, FLASH, DAY0),
                        Stream.of(SessionKind.values()).map(SessionKind::code))
                .map(token -> token.toLowerCase(Locale.ROOT))
                .toList();
    }
}
