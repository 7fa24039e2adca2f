package org.forumplan.app.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.forumplan.app.report.ProgrammeView.PlacementView;
import org.forumplan.app.report.ProgrammeView.SessionView;
import org.forumplan.model.ForumplanVersion;
import org.forumplan.model.domain.Topic;

/**
 * The programme as an iCalendar file (RFC 5545): one event per scheduled session in the forum's time zone, its room as
 * the location, its people and topics in the description.
 *
 * <p>Each event's UID is made of the session id and the forum's name only, so that a calendar subscribed to a
 * re-published file updates the events it has instead of adding copies. ical4j's time zone updates, which would fetch
 * definitions from the network, are switched off in {@code ical4j.properties}: the bundled definitions are used.
 */
final class IcsReport {

    private IcsReport() {}

    static byte[] render(ProgrammeView view) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//forumplan//" + ForumplanVersion.forumplan() + "//EN"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        // No METHOD:PUBLISH: iTIP (RFC 5546) would then require an ORGANIZER per event, which a dataset does not name.
        calendar.add(new XProperty("X-WR-CALNAME", view.forumName()));
        calendar.add(new XProperty("X-WR-TIMEZONE", view.timeZone().getId()));
        VTimeZone definition = definition(view.timeZone());
        if (definition != null) {
            calendar.add(definition);
        }
        // The events name the definition's TZID, which may be the canonical name of an alias (Etc/UTC for UTC).
        ZoneId zone = definition == null
                ? view.timeZone()
                : ZoneId.of(definition.getTimeZoneId().getValue());
        String forumKey = slug(view.forumName());
        for (SessionView session : view.scheduled()) {
            calendar.add(event(session, zone, definition != null, forumKey));
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            new CalendarOutputter(false).output(calendar, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /**
     * The forum's time zone from ical4j's bundled definitions, so that every client shows the local times; null for a
     * zone it has no definition of (a bare offset), whose events are then written in UTC.
     */
    private static VTimeZone definition(ZoneId zone) {
        TimeZone timeZone =
                TimeZoneRegistryFactory.getInstance().createRegistry().getTimeZone(zone.getId());
        return timeZone == null ? null : timeZone.getVTimeZone();
    }

    /**
     * @param local whether the calendar defines the forum's time zone: times are then written in it, else in UTC
     */
    private static VEvent event(SessionView session, ZoneId zone, boolean local, String forumKey) {
        PlacementView placement = session.placement();
        // The constructor stamps the event (DTSTAMP) with the time it is written.
        VEvent event = new VEvent(
                at(placement.day(), placement.start(), zone, local),
                at(placement.day(), placement.end(), zone, local),
                session.id() + ": " + session.title());
        event.add(new Uid(uid(session.id(), forumKey)));
        event.add(new Location(placement.roomName()));
        event.add(new Description(description(session)));
        List<String> categories = new ArrayList<>();
        categories.add(session.kind().label());
        session.topics().stream().map(Topic::name).forEach(categories::add);
        Categories categoriesProperty = new Categories();
        categories.forEach(categoriesProperty::addCategory);
        event.add(categoriesProperty);
        return event;
    }

    private static Temporal at(LocalDate day, LocalTime time, ZoneId zone, boolean local) {
        ZonedDateTime at = ZonedDateTime.of(day, time, zone);
        return local ? at : at.toInstant();
    }

    /** "WS23@9th-internet-governance-forum-igf-2014.forumplan": the same for the same session of the same forum. */
    static String uid(String sessionId, String forumKey) {
        return sessionId + "@" + forumKey + ".forumplan";
    }

    private static String description(SessionView session) {
        List<String> lines = new ArrayList<>();
        String marks = ReportText.marks(session);
        lines.add(session.id() + ", " + session.kind().label() + (marks.isEmpty() ? "" : " (" + marks + ")"));
        if (!session.topics().isEmpty()) {
            lines.add("Topics: " + ReportText.topicNames(session));
        }
        if (session.track() != null) {
            lines.add("Track: " + session.track().name());
        }
        if (!session.people().isEmpty()) {
            lines.add("People: " + ReportText.people(session));
        }
        return String.join("\n", lines);
    }

    /** "9th-internet-governance-forum-igf-2014" for "9th Internet Governance Forum (IGF 2014)". */
    static String slug(String forumName) {
        String ascii = Normalizer.normalize(forumName == null ? "forum" : forumName, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}", "");
        String slug =
                ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return slug.isEmpty() ? "forum" : slug;
    }
}
