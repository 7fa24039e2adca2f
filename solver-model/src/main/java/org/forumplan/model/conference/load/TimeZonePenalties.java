package org.forumplan.model.conference.load;

import java.time.LocalTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.forumplan.model.conference.io.ParametersJson;

/**
 * The time-zone penalty of a session for a presenter elsewhere, as CoSPLib computes it: the session's start and end
 * moved to the presenter's time of day (the date dropped), then compared with the suitable and less-suitable hours.
 */
final class TimeZonePenalties {

    private static final Pattern GMT = Pattern.compile("GMT([+-])(\\d{1,2})");
    private static final int DAY = 24 * 60;
    private static final int INVALID = Integer.MIN_VALUE;

    private final ParametersJson parameters;
    private final int localOffset;

    TimeZonePenalties(ParametersJson parameters) {
        this.parameters = parameters;
        this.localOffset = offsetMinutes(parameters.timeZone());
    }

    /** Minutes east of UTC of {@code GMT+k} or {@code GMT-k}, k from 0 to 12. */
    static int offsetMinutes(String timeZone) {
        Matcher matcher = timeZone == null ? null : GMT.matcher(timeZone);
        if (matcher == null || !matcher.matches() || Integer.parseInt(matcher.group(2)) > 12) {
            return INVALID;
        }
        int hours = Integer.parseInt(matcher.group(2));
        return (matcher.group(1).equals("+") ? hours : -hours) * 60;
    }

    static boolean isValid(String timeZone) {
        return offsetMinutes(timeZone) != INVALID;
    }

    long of(String presenterTimeZone, LocalTime start, LocalTime end) {
        int shift = offsetMinutes(presenterTimeZone) - localOffset;
        int from = Math.floorMod(minutes(start) + shift, DAY);
        int to = Math.floorMod(minutes(end) + shift, DAY);
        int suitableFrom = minutes(parameters.suitableFrom());
        int suitableTo = minutes(parameters.suitableTo());
        int lessFrom = minutes(parameters.lessSuitableFrom());
        int lessTo = minutes(parameters.lessSuitableTo());
        if (from < lessFrom || to > lessTo || to < lessFrom) {
            return parameters.bigTimeZonePenalty();
        }
        if ((lessFrom <= from && from < suitableFrom) || (suitableTo < to && to <= lessTo)) {
            return parameters.smallTimeZonePenalty();
        }
        return 0;
    }

    private static int minutes(LocalTime time) {
        return time.getHour() * 60 + time.getMinute();
    }
}
