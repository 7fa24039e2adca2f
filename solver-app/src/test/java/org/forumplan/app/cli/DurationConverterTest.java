package org.forumplan.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine.TypeConversionException;

class DurationConverterTest {

    private final DurationConverter converter = new DurationConverter();

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource({
        "30s, PT30S",
        "2m, PT2M",
        "1h, PT1H",
        "1m30s, PT1M30S",
        "1h2m3s, PT1H2M3S",
        "90m, PT1H30M",
        "PT30S, PT30S",
        "pt2m, PT2M",
        "PT1H30M, PT1H30M",
        "30S, PT30S",
        "' 45s ', PT45S"
    })
    void readsHumanAndIsoDurations(String text, String expected) {
        assertThat(converter.convert(text)).isEqualTo(Duration.parse(expected));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(
            strings = {
                "5x",
                "",
                " ",
                "30",
                "abc",
                "s",
                "1.5m",
                "30 s",
                "1s30m",
                "m30",
                "PT",
                "PTxS",
                "P1D2",
                "30s!",
                "99999999999999999999h",
                "9999999999999999h"
            })
    void rejectsWhatIsNotADuration(String text) {
        assertThatThrownBy(() -> converter.convert(text))
                .isInstanceOf(TypeConversionException.class)
                .hasMessage("'%s' is not a duration; expected e.g. 30s, 2m, 1h or 1m30s", text);
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"0s", "0h0m0s", "PT0S", "PT-5S"})
    void rejectsDurationsThatAreNotLongerThanZero(String text) {
        assertThatThrownBy(() -> converter.convert(text))
                .isInstanceOf(TypeConversionException.class)
                .hasMessage("'%s' must be longer than zero", text);
    }
}
