package org.forumplan.model.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ShareTargetTest {

    @ParameterizedTest(name = "{0} of {1} placed needs {2}")
    @CsvSource({
        "0.5, 0, 0",
        "0.5, 3, 2",
        "0.35, 20, 7",
        "0.35, 21, 8",
        "0.1, 30, 3",
        "0.1, 31, 4",
        "0.16, 98, 16",
        "0.4, 98, 40",
        "0.3333333333333333, 3, 1",
        "0.3333333333333333, 4, 2",
        "1.0, 7, 7"
    })
    void theShareIsRoundedUpButAWholeNumberStaysWhole(double share, int placed, int needed) {
        ShareTarget target = new ShareTarget(SelectionFlag.DEVELOPING_COUNTRY, share);

        assertThat(target.needed(placed)).isEqualTo(needed);
        assertThat(target.shortfall(placed, needed)).isZero();
        assertThat(target.shortfall(placed, 0)).isEqualTo(needed);
        assertThat(target.shortfall(placed, needed + 1)).isZero();
    }
}
