package org.forumplan.model.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.forumplan.model.domain.Period;
import org.forumplan.model.domain.SessionKind;
import org.forumplan.model.domain.Timeslot;
import org.forumplan.model.io.SlotKinds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TimeGridTest {

    private static final LocalDate TUESDAY = LocalDate.of(2014, 9, 2);
    private static final LocalDate WEDNESDAY = LocalDate.of(2014, 9, 3);

    @Test
    void flashSlotInsideARegularSlotCutsItIntoThreePeriods() {
        TimeGrid grid = new TimeGrid(List.of(regular("09:00", "10:30"), flash("09:30", "10:00")));

        assertThat(grid.periods())
                .extracting(Period::describe)
                .containsExactly("Tue 2 Sep 09:00-09:30", "Tue 2 Sep 09:30-10:00", "Tue 2 Sep 10:00-10:30");
    }

    @Test
    void breaksAndLunchGiveNoPeriod() {
        TimeGrid grid =
                new TimeGrid(List.of(regular("09:00", "10:30"), regular("11:00", "12:30"), regular("14:30", "16:00")));

        assertThat(grid.periods())
                .extracting(Period::describe)
                .containsExactly("Tue 2 Sep 09:00-10:30", "Tue 2 Sep 11:00-12:30", "Tue 2 Sep 14:30-16:00");
    }

    @Test
    void slotsAtTheSameTimeShareOnePeriod() {
        TimeGrid grid = new TimeGrid(List.of(regular("16:00", "17:30"), slot(TUESDAY, "16:00", "17:30", "main")));

        assertThat(grid.periods()).hasSize(1);
    }

    @Test
    void periodsAreNumberedInTimeOrderAcrossDays() {
        TimeGrid grid = new TimeGrid(List.of(
                slot(WEDNESDAY, "11:00", "12:30", "regular"),
                slot(WEDNESDAY, "09:00", "10:30", "regular"),
                regular("11:00", "12:30"),
                regular("09:00", "10:30")));

        assertThat(grid.periods()).extracting(Period::index).containsExactly(0, 1, 2, 3);
        assertThat(grid.periods())
                .extracting(Period::describe)
                .containsExactly(
                        "Tue 2 Sep 09:00-10:30",
                        "Tue 2 Sep 11:00-12:30",
                        "Wed 3 Sep 09:00-10:30",
                        "Wed 3 Sep 11:00-12:30");
    }

    @Test
    void periodsWithinAnIntervalSkipTheBreak() {
        Timeslot afternoon = regular("14:30", "16:00");
        Timeslot evening = regular("16:30", "18:00");
        TimeGrid grid = new TimeGrid(List.of(regular("11:00", "12:30"), afternoon, evening));

        assertThat(grid.periodsWithin(afternoon.startMinute(), evening.endMinute()))
                .extracting(Period::describe)
                .containsExactly("Tue 2 Sep 14:30-16:00", "Tue 2 Sep 16:30-18:00");
    }

    @Test
    void sessionShorterThanItsSlotTakesOneSlot() {
        Timeslot morning = regular("09:00", "10:30");
        TimeGrid grid = new TimeGrid(List.of(morning, regular("11:00", "12:30")));

        assertThat(grid.run(morning, SessionKind.WORKSHOP, 60, null)).contains(List.of(morning));
    }

    @Test
    void threeHourSessionSpansTwoSlotsAcrossTheCoffeeBreak() {
        Timeslot afternoon = regular("14:30", "16:00");
        Timeslot evening = regular("16:30", "18:00");
        TimeGrid grid = new TimeGrid(List.of(afternoon, evening));

        assertThat(grid.run(afternoon, SessionKind.MAIN, 180, null)).contains(List.of(afternoon, evening));
    }

    @Test
    void spanIsTheFewestSlotsWhoseIntervalCoversTheDuration() {
        Timeslot first = slot(TUESDAY, "14:00", "15:00", "day0");
        Timeslot second = slot(TUESDAY, "15:00", "16:30", "day0");
        Timeslot third = slot(TUESDAY, "16:30", "18:00", "day0");
        TimeGrid grid = new TimeGrid(List.of(first, second, third));

        assertThat(grid.run(first, SessionKind.PRE_EVENT, 150, null)).contains(List.of(first, second));
        assertThat(grid.run(first, SessionKind.PRE_EVENT, 240, null)).contains(List.of(first, second, third));
    }

    @Test
    void threeHourSessionNeverSpansLunch() {
        Timeslot morning = regular("11:00", "12:30");
        TimeGrid grid = new TimeGrid(List.of(morning, regular("14:30", "16:00")));

        assertThat(grid.run(morning, SessionKind.MAIN, 180, null)).isEmpty();
    }

    @ParameterizedTest(name = "a gap of {0} minutes bridged: {1}")
    @CsvSource({"0, true", "30, true", "60, true", "61, false", "120, false"})
    void spanBridgesAGapOfAtMostAnHour(int gapMinutes, boolean bridged) {
        Timeslot first = regular("09:00", "10:30");
        LocalTime nextStart = first.end().plusMinutes(gapMinutes);
        Timeslot next =
                slot(TUESDAY, nextStart.toString(), nextStart.plusMinutes(90).toString(), "regular");
        TimeGrid grid = new TimeGrid(List.of(first, next));

        assertThat(grid.run(first, SessionKind.MAIN, 180, null).isPresent()).isEqualTo(bridged);
    }

    @Test
    void spanChainsOnlySlotsHostingTheKind() {
        Timeslot morning = regular("11:00", "12:30");
        Timeslot lunchFlash = flash("12:45", "13:15");
        Timeslot afternoon = regular("13:20", "14:50");
        TimeGrid grid = new TimeGrid(List.of(morning, lunchFlash, afternoon));

        assertThat(grid.run(morning, SessionKind.MAIN, 180, null)).contains(List.of(morning, afternoon));
        assertThat(grid.run(lunchFlash, SessionKind.FLASH, 60, null))
                .as("no second flash slot")
                .isEmpty();
    }

    @Test
    void spanNeverContinuesOnTheNextDay() {
        Timeslot late = slot(TUESDAY, "22:00", "23:30", "regular");
        Timeslot afterMidnight = slot(WEDNESDAY, "00:00", "01:30", "regular");
        TimeGrid grid = new TimeGrid(List.of(late, afterMidnight));

        assertThat(grid.run(late, SessionKind.MAIN, 180, null)).isEmpty();
    }

    @Test
    void givenSpanIsTakenEvenWhenFewerSlotsWouldCover() {
        Timeslot morning = regular("09:00", "10:30");
        Timeslot late = regular("11:00", "12:30");
        TimeGrid grid = new TimeGrid(List.of(morning, late));

        assertThat(grid.run(morning, SessionKind.WORKSHOP, 60, 2)).contains(List.of(morning, late));
        assertThat(grid.run(morning, SessionKind.WORKSHOP, 60, 3)).isEmpty();
    }

    @Test
    void hostingListsTheKindsSlotsInTimeOrder() {
        Timeslot early = regular("09:00", "10:30");
        Timeslot late = regular("11:00", "12:30");
        Timeslot lunch = flash("12:45", "13:15");
        Timeslot nextDay = slot(WEDNESDAY, "09:00", "10:30", "regular");
        TimeGrid grid = new TimeGrid(List.of(nextDay, lunch, late, early));

        assertThat(grid.hosting(SessionKind.WORKSHOP)).containsExactly(early, late, nextDay);
        assertThat(grid.hosting(SessionKind.FLASH)).containsExactly(lunch);
        assertThat(grid.hosting(SessionKind.PRE_EVENT)).isEmpty();
    }

    private static Timeslot regular(String start, String end) {
        return slot(TUESDAY, start, end, SlotKinds.REGULAR);
    }

    private static Timeslot flash(String start, String end) {
        return slot(TUESDAY, start, end, SlotKinds.FLASH);
    }

    private static Timeslot slot(LocalDate day, String start, String end, String kind) {
        String id = "%s-%s-%s".formatted(day, start, kind);
        return new Timeslot(
                id,
                day,
                LocalTime.parse(start),
                LocalTime.parse(end),
                SlotKinds.resolve(kind).orElseThrow(),
                List.of());
    }
}
