package org.forumplan.app.cli;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads durations the way people write them: {@code 30s}, {@code 2m}, {@code 1h}, {@code 1m30s}, or ISO {@code PT30S}. */
public class DurationConverter implements ITypeConverter<Duration> {

    private static final Pattern HUMAN = Pattern.compile("(?:(\\d+)h)?(?:(\\d+)m)?(?:(\\d+)s)?");

    @Override
    public Duration convert(String value) {
        String text = value.trim().toLowerCase(java.util.Locale.ROOT);
        if (text.startsWith("pt")) {
            try {
                return positive(Duration.parse(text), value);
            } catch (DateTimeParseException e) {
                throw invalid(value);
            }
        }
        Matcher matcher = HUMAN.matcher(text);
        if (text.isEmpty() || !matcher.matches()) {
            throw invalid(value);
        }
        try {
            Duration duration = Duration.ofHours(parse(matcher.group(1)))
                    .plusMinutes(parse(matcher.group(2)))
                    .plusSeconds(parse(matcher.group(3)));
            return positive(duration, value);
        } catch (ArithmeticException | NumberFormatException e) {
            throw invalid(value);
        }
    }

    /** As the converter, but "0" (or "0s") is a duration too: for options where no time means "skip this". */
    public static class OrZero extends DurationConverter {

        @Override
        public Duration convert(String value) {
            return value.trim().matches("0+[hms]?") ? Duration.ZERO : super.convert(value);
        }
    }

    private static long parse(String group) {
        return group == null ? 0 : Long.parseLong(group);
    }

    private static Duration positive(Duration duration, String value) {
        if (duration.isZero() || duration.isNegative()) {
            throw new TypeConversionException("'%s' must be longer than zero".formatted(value));
        }
        return duration;
    }

    private static TypeConversionException invalid(String value) {
        return new TypeConversionException(
                "'%s' is not a duration; expected e.g. 30s, 2m, 1h or 1m30s".formatted(value));
    }
}
