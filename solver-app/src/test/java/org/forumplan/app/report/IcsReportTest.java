package org.forumplan.app.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.validate.ValidationException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The calendar parsed back with ical4j: one event per scheduled session, at its time in the forum's time zone. */
class IcsReportTest {

    private static SolvedFile solved;
    private static List<VEvent> events;

    @BeforeAll
    static void renderTheRegionalForum() throws IOException, ParserException, ValidationException {
        solved = SolvedFile.read(SolvedForums.regionalForum());
        events = parse(ReportFormat.ICS.render(ReportViews.of(SolvedForums.regionalForum())));
    }

    @Test
    void thereIsOneEventPerScheduledSessionWithAStableUniqueUid() {
        String forum = IcsReport.slug(solved.forumName());

        assertThat(events)
                .extracting(IcsReportTest::uid)
                .containsExactlyInAnyOrderElementsOf(solved.placements().keySet().stream()
                        .map(id -> id + "@" + forum + ".forumplan")
                        .toList())
                .doesNotHaveDuplicates();
    }

    @Test
    void aRepublishedCalendarKeepsTheSameUids() throws IOException, ParserException, ValidationException {
        List<VEvent> again = parse(ReportFormat.ICS.render(ReportViews.of(SolvedForums.regionalForum())));

        assertThat(again.stream().map(IcsReportTest::uid).toList())
                .isEqualTo(events.stream().map(IcsReportTest::uid).toList());
    }

    @Test
    void eachEventIsAtItsSessionsTimeInTheForumsTimeZoneAndRoom() {
        ZoneId zone = ZoneId.of(solved.timeZone());
        Map<String, VEvent> byId =
                events.stream().collect(Collectors.toMap(event -> uid(event).replaceFirst("@.*", ""), event -> event));

        solved.placements().forEach((id, placement) -> {
            VEvent event = byId.get(id);
            LocalDate day = LocalDate.parse(placement.day());
            assertThat(instant(event.getDateTimeStart().getDate()))
                    .as("start of %s", id)
                    .isEqualTo(ZonedDateTime.of(day, LocalTime.parse(placement.start()), zone));
            assertThat(instant(event.getDateTimeEnd().getDate()))
                    .as("end of %s", id)
                    .isEqualTo(ZonedDateTime.of(day, LocalTime.parse(placement.end()), zone));
            assertThat(property(event, Property.LOCATION))
                    .isEqualTo(solved.roomNames().get(placement.room()));
            assertThat(property(event, Property.SUMMARY))
                    .isEqualTo(id + ": " + solved.titles().get(id));
        });
    }

    @Test
    void theDescriptionNamesThePeopleAndTheTopics() {
        assertThat(events)
                .filteredOn(event -> property(event, Property.DESCRIPTION).contains("Topics: "))
                .isNotEmpty();
        assertThat(events)
                .filteredOn(event -> property(event, Property.DESCRIPTION).contains("People: "))
                .isNotEmpty()
                .allSatisfy(event -> assertThat(property(event, Property.DESCRIPTION))
                        .containsPattern(
                                "People: [^\\n]+ \\((organizer|speaker|moderator|remote moderator|rapporteur)\\)"));
    }

    private static List<VEvent> parse(byte[] ics) throws IOException, ParserException, ValidationException {
        Calendar calendar = new CalendarBuilder().build(new ByteArrayInputStream(ics));
        assertThat(calendar.validate().hasErrors()).as("RFC 5545 errors").isFalse();
        assertThat(calendar.getComponents("VTIMEZONE")).hasSize(1);
        return calendar.getComponents("VEVENT").stream().map(VEvent.class::cast).toList();
    }

    private static String uid(VEvent event) {
        return property(event, Property.UID);
    }

    private static String property(VEvent event, String name) {
        return event.getProperty(name).map(Property::getValue).orElse("");
    }

    private static ZonedDateTime instant(Temporal temporal) {
        return ZonedDateTime.from(temporal).withZoneSameInstant(ZoneId.of(solved.timeZone()));
    }
}
