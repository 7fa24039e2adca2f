package org.forumplan.model.generate;

import java.util.List;
import java.util.Random;
import org.forumplan.model.domain.SessionKind;
import org.forumplan.model.io.AssignmentJson;
import org.forumplan.model.io.DatasetJson;

/**
 * Generates a synthetic forum around a planted schedule: every mandatory session is first placed where it breaks no
 * hard constraint (one session per room and time, nobody twice at once, nobody when unavailable, nothing beside the
 * ceremonies, each BPF before its wrap-up, each feeder before its main session, no more in parallel than the limit),
 * and only then are people's and rooms' unavailability, preferences and features chosen around that schedule. So every
 * generated forum admits a schedule with 0 hard, and the same settings always give the same file.
 *
 * <p>The steps, each a class: {@link Venue} (the time grid and the rooms), {@link Planter} (the sessions and their
 * planted places), {@link SessionDescriber} with {@link People} (what each session is about, who is in it, and when
 * people and sessions are unavailable), {@link DatasetAssembler} (the document).
 */
public final class ForumGenerator {

    /**
     * A generated forum and the schedule it was built around.
     *
     * @param plantedSchedule a placement for every mandatory session (and the proposals that fitted) with 0 hard
     */
    public record GeneratedForum(DatasetJson dataset, List<AssignmentJson> plantedSchedule) {}

    /** Kinds planted after the main sessions and before the workshops, in this order. */
    private static final List<SessionKind> OTHER_KINDS = List.of(
            SessionKind.BEST_PRACTICE_FORUM,
            SessionKind.DYNAMIC_COALITION,
            SessionKind.OPEN_FORUM,
            SessionKind.NRI,
            SessionKind.OTHER,
            SessionKind.PRE_EVENT,
            SessionKind.FLASH);

    /** The timeslots the opening and closing ceremonies close to every room. */
    private static final int CEREMONY_SLOTS = 3;

    private ForumGenerator() {}

    /**
     * @throws IllegalArgumentException when the sessions cannot fit the days and rooms asked for
     */
    public static GeneratedForum generate(GeneratorSettings settings) {
        // One random stream runs through every step: a seed gives the same file only while the steps draw from it in
        // the same order, so reordering steps or draws changes every generated forum.
        Random random = new Random(settings.seed());
        Names names = new Names(random);
        Venue venue = Venue.build(settings, random);
        SessionMix mix = SessionMix.of(
                settings.preset(),
                settings.sessions(),
                venue.places(SessionKind.MAIN) / 2,
                venue.places(SessionKind.PRE_EVENT),
                venue.places(SessionKind.FLASH));

        Planter planter = new Planter(venue, random, names);
        mix = mix.withMainSessions(
                planter.plantMainSessions(mix.count(SessionKind.MAIN), mix.count(SessionKind.BEST_PRACTICE_FORUM) > 0));
        int mandatoryWorkshops = mandatoryWorkshops(settings, venue, mix);
        for (SessionKind kind : OTHER_KINDS) {
            planter.plant(kind, mix.count(kind), true);
        }
        planter.plant(SessionKind.WORKSHOP, mandatoryWorkshops, true);
        planter.closeSomeRooms();
        planter.plant(SessionKind.WORKSHOP, mix.count(SessionKind.WORKSHOP) - mandatoryWorkshops, false);
        planter.linkFeeders();

        People people = new People(random, names);
        SessionDescriber describer = new SessionDescriber(venue, people, random, names);
        planter.drafts().forEach(describer::describe);
        people.addUnavailability(venue);
        describer.addUnavailability(planter.drafts());

        return DatasetAssembler.assemble(settings, venue, planter, people);
    }

    /**
     * How many workshops are accepted (mandatory); the others are proposals competing for the places left. Mandatory
     * sessions take at most 80% of the workshop-room places, leaving room for people's conflicts and for the solver to
     * move; when the workshops asked for exceed the places, the proposals exceed the places left, as at the IGF. The
     * IGF 2016 preset describes a held programme, so all its workshops are mandatory.
     *
     * @throws IllegalArgumentException when the mandatory sessions alone need more places than the forum has
     */
    private static int mandatoryWorkshops(GeneratorSettings settings, Venue venue, SessionMix mix) {
        int places = venue.roomsHosting(SessionKind.WORKSHOP).size()
                * (venue.slotsFor(SessionKind.WORKSHOP).size() - CEREMONY_SLOTS);
        int workshops = mix.count(SessionKind.WORKSHOP);
        int mandatory = settings.preset() == Preset.IGF2016
                ? workshops
                : Math.max(0, Math.min(workshops, places * 8 / 10 - mix.otherRegular()));
        int needed = mandatory + mix.otherRegular();
        if (needed > places * 85 / 100) {
            throw new IllegalArgumentException(
                    ("%d sessions need %d workshop-room places, more than 85%% of the %d that"
                                    + " %d days and %d rooms offer; raise --days or --rooms, or lower --sessions")
                            .formatted(settings.sessions(), needed, places, settings.days(), settings.rooms()));
        }
        return mandatory;
    }
}
