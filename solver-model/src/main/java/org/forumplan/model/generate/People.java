package org.forumplan.model.generate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.forumplan.model.domain.Role;
import org.forumplan.model.domain.StakeholderGroup;
import org.forumplan.model.generate.Venue.Slot;
import org.forumplan.model.io.ParticipantJson;
import org.forumplan.model.io.PersonJson;

/**
 * The people of a generated forum: who organizes, speaks in and moderates each session, and when someone is away. A
 * person is only put in a planted session when free at its time, and only made unavailable when in no session then,
 * so that people never make the planted schedule infeasible.
 */
final class People {

    private static final int REUSE_PERCENT = 45;
    private static final int MAX_SESSIONS_PER_PERSON = 3;

    /**
     * Percent of people in each stakeholder group, in the order of {@link StakeholderGroup}: the mix of the 553 people
     * of igf-2014-proposals (government 20, private sector 13, civil society 29, technical community 19, academia 12,
     * intergovernmental 7), the proposals of one IGF.
     */
    private static final int[] GROUP_PERCENTS = {20, 13, 29, 19, 12, 7};

    private static final class Person {
        final String id;
        final String name;
        final String organization;
        final StakeholderGroup group;
        final String country;
        // The start and end minute of each planted session they are in.
        final List<int[]> busy = new ArrayList<>();
        final List<String> unavailable = new ArrayList<>();
        int sessions;

        Person(String id, String name, String organization, StakeholderGroup group, String country) {
            this.id = id;
            this.name = name;
            this.organization = organization;
            this.group = group;
            this.country = country;
        }

        boolean isFree(int start, int end) {
            return busy.stream().noneMatch(interval -> interval[0] < end && start < interval[1]);
        }

        boolean isFree(Slot slot) {
            return isFree(slot.startMinute(), slot.endMinute());
        }
    }

    private final Random random;
    private final Names names;
    private final List<Person> people = new ArrayList<>();
    private final Map<String, Person> byId = new LinkedHashMap<>();

    People(Random random, Names names) {
        this.random = random;
        this.names = names;
    }

    /** Adds an organizer, speakers and, from three people up, a moderator to the session. */
    void cast(Draft draft) {
        int count = switch (draft.kind) {
            case FLASH -> 1 + random.nextInt(2);
            case MAIN -> 3 + random.nextInt(4);
            case WORKSHOP, BEST_PRACTICE_FORUM -> 3 + random.nextInt(3);
            default -> 2 + random.nextInt(3);
        };
        for (int i = 0; i < count; i++) {
            Person person = choose(draft);
            Role role = i == 0 ? Role.ORGANIZER : (i == count - 1 && count >= 3 ? Role.MODERATOR : Role.SPEAKER);
            draft.people.add(new ParticipantJson(person.id, role));
            person.sessions++;
            if (draft.isPlanted()) {
                person.busy.add(new int[] {draft.startMinute(), draft.endMinute()});
            }
        }
    }

    String organizationOf(String personId) {
        return byId.get(personId).organization;
    }

    /**
     * A few people away for a whole main day on which they are in no planted session. Called once every session has
     * its people, so that the planted schedule stays feasible.
     */
    void addUnavailability(Venue venue) {
        for (Person person : people) {
            if (random.nextInt(100) >= 4) {
                continue;
            }
            int day = 1 + random.nextInt(venue.days());
            List<Slot> thatDay = venue.mainDaySlots(day);
            if (thatDay.stream().allMatch(person::isFree)) {
                thatDay.forEach(slot -> person.unavailable.add(slot.id()));
            }
        }
    }

    /** A group drawn with one draw of the random stream, as the uniform pick before it, so the rest stays the same. */
    private StakeholderGroup stakeholderGroup() {
        int draw = random.nextInt(100);
        for (int group = 0; group < GROUP_PERCENTS.length; group++) {
            draw -= GROUP_PERCENTS[group];
            if (draw < 0) {
                return StakeholderGroup.values()[group];
            }
        }
        throw new IllegalStateException("The group percents add up to less than 100.");
    }

    List<PersonJson> toJson() {
        return people.stream()
                .map(person -> new PersonJson(
                        person.id,
                        person.name,
                        person.organization,
                        person.group,
                        person.country,
                        Names.region(person.country),
                        List.copyOf(person.unavailable)))
                .toList();
    }

    /**
     * Someone already in another session when they are free then and in fewer than three, or a new person. Reuse is
     * what makes people's clashes a constraint worth solving.
     */
    private Person choose(Draft draft) {
        if (!people.isEmpty() && random.nextInt(100) < REUSE_PERCENT) {
            for (int attempt = 0; attempt < 6; attempt++) {
                Person candidate = people.get(random.nextInt(people.size()));
                boolean inSession =
                        draft.people.stream().anyMatch(p -> p.person().equals(candidate.id));
                if (!inSession
                        && candidate.sessions < MAX_SESSIONS_PER_PERSON
                        && (!draft.isPlanted() || candidate.isFree(draft.startMinute(), draft.endMinute()))) {
                    return candidate;
                }
            }
        }
        String[] nameAndCountry = names.person();
        Person person = new Person(
                "p-%04d".formatted(people.size() + 1),
                nameAndCountry[0],
                names.organization(nameAndCountry[1]),
                stakeholderGroup(),
                nameAndCountry[1]);
        people.add(person);
        byId.put(person.id, person);
        return person;
    }
}
