package org.forumplan.model.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.forumplan.model.domain.SessionKind;
import org.forumplan.model.generate.Venue.Slot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The venue step alone: the time grid a preset and a number of days give, and rooms that add up to those asked for. */
class VenueTest {

    @ParameterizedTest(name = "{0}")
    @EnumSource(Preset.class)
    void eachMainDayHasFourPeriodsAndThreeFlashTimeslotsAfterADayZeroOnlyWhenThePresetHasOne(Preset preset) {
        Venue venue = venue(new GeneratorSettings(preset, 100, 3, 16, 1));

        assertThat(venue.slotsFor(SessionKind.WORKSHOP)).hasSize(3 * 4);
        assertThat(venue.slotsFor(SessionKind.FLASH)).hasSize(3 * 3);
        assertThat(venue.slotsFor(SessionKind.PRE_EVENT))
                .hasSize(preset.hasDayZero() ? 4 : 0)
                .allSatisfy(slot -> assertThat(slot.day()).isZero());
        assertThat(venue.mainDaySlots(2))
                .extracting(Slot::id)
                .containsExactly("d2-0900", "d2-1100", "d2-1430", "d2-1630", "d2-1245", "d2-1320", "d2-1355");
    }

    @ParameterizedTest(name = "{0} rooms")
    @ValueSource(ints = {GeneratorSettings.MIN_ROOMS, 7, 8, 16, 129, GeneratorSettings.MAX_ROOMS})
    void roomsOfEveryKindAddUpToTheRoomsAskedForWithASecondMainHallFromEight(int rooms) {
        Venue venue = venue(new GeneratorSettings(Preset.IGF, 200, 4, rooms, 1));

        assertThat(venue.rooms()).hasSize(rooms);
        assertThat(venue.mainRooms()).hasSize(rooms >= 8 ? 2 : 1).startsWith(venue.plenary());
        assertThat(venue.roomsHosting(SessionKind.WORKSHOP)).isNotEmpty();
        assertThat(venue.roomsHosting(SessionKind.FLASH)).isNotEmpty();
    }

    /** The timeslot a two-timeslot session continues into: of its own type, and never on the next day. */
    @Test
    void nextTimeslotIsTheFollowingOneOfTheSameTypeOnTheSameDay() {
        Venue venue = venue(GeneratorSettings.of(Preset.IGF, 1));
        Slot lastPeriod = venue.regularSlot(1, 3);

        assertThat(venue.next(venue.regularSlot(1, 0))).contains(venue.regularSlot(1, 1));
        assertThat(venue.next(lastPeriod)).isEmpty();
        assertThat(venue.next(venue.slotsFor(SessionKind.PRE_EVENT).get(0)))
                .contains(venue.slotsFor(SessionKind.PRE_EVENT).get(1));
    }

    private static Venue venue(GeneratorSettings settings) {
        return Venue.build(settings, new Random(settings.seed()));
    }
}
