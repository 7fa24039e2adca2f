package org.forumplan.model.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.forumplan.model.domain.RoomFeature;
import org.forumplan.model.domain.SessionKind;
import org.forumplan.model.generate.Venue.Slot;

/**
 * Says what each session is about and what it asks for: title, topics, track, people, expected attendance, required
 * room features, preferred and unavailable timeslots, and a workshop's evaluation. Asks only for what its planted
 * place gives, so that the planted schedule stays feasible.
 */
final class SessionDescriber {

    private final Venue venue;
    private final People people;
    private final Random random;
    private final Names names;

    SessionDescriber(Venue venue, People people, Random random, Names names) {
        this.venue = venue;
        this.people = people;
        this.random = random;
        this.names = names;
    }

    void describe(Draft draft) {
        // Drawn for main sessions too, which have their theme already: skipping the draw would change every file.
        Themes.Theme theme = theme();
        if (draft.kind != SessionKind.MAIN) {
            draft.title = titleFor(draft, theme);
            List<String> topics = new ArrayList<>(List.of(theme.id()));
            if (random.nextInt(100) < 25) {
                topics.add(names.pick(Themes.FINER).id());
            }
            draft.topics = List.copyOf(topics);
        }
        draft.track = switch (draft.kind) {
            case DYNAMIC_COALITION -> "dc";
            case BEST_PRACTICE_FORUM -> "bpf";
            case NRI -> "nri";
            case WORKSHOP, PRE_EVENT -> random.nextInt(100) < 6 ? "cb" : (random.nextInt(100) < 5 ? "youth" : null);
            default -> null;
        };
        people.cast(draft);
        draft.organization = draft.people.isEmpty()
                ? null
                : people.organizationOf(draft.people.get(0).person());
        int capacity = draft.isPlanted() ? draft.room.capacity() : 150;
        draft.attendance = switch (draft.kind) {
            case MAIN -> capacity / 2 + random.nextInt(Math.max(1, capacity / 2));
            case FLASH -> 15 + random.nextInt(35);
            default -> Math.max(15, Math.min(capacity + 20, 20 + random.nextInt(Math.max(1, capacity))));
        };
        if (draft.isPlanted() && !draft.pinned) {
            List<RoomFeature> required = new ArrayList<>();
            if (draft.room.features().contains(RoomFeature.REMOTE)
                    && draft.kind != SessionKind.PRE_EVENT
                    && random.nextInt(100) < 30) {
                required.add(RoomFeature.REMOTE);
            }
            if (draft.room.features().contains(RoomFeature.CAPTIONING) && random.nextInt(100) < 20) {
                required.add(RoomFeature.CAPTIONING);
            }
            draft.requiredFeatures = required.isEmpty() ? null : List.copyOf(required);
            if (random.nextInt(100) < 5) {
                List<Slot> others = venue.slotsFor(draft.kind).stream()
                        .filter(slot -> slot != draft.firstSlot())
                        .toList();
                draft.preferred = others.isEmpty()
                        ? List.of(draft.firstSlot().id())
                        : List.of(draft.firstSlot().id(), names.pick(others).id());
            }
        }
        if (draft.kind == SessionKind.WORKSHOP) {
            double base = draft.mandatory ? 3.2 : 2.2;
            draft.evaluation = Math.round((base + random.nextDouble() * 1.8) * 10) / 10.0;
            draft.developingCountry = random.nextInt(100) < 40;
            draft.firstTime = random.nextInt(100) < 16;
            draft.newTopic = random.nextInt(100) < 10;
        }
    }

    /**
     * A few planted sessions cannot be held at one timeslot outside their planted time. Called after every session is
     * described, so that the draws of {@link #describe} come first for every seed.
     */
    void addUnavailability(List<Draft> drafts) {
        for (Draft draft : drafts) {
            if (draft.isPlanted() && !draft.pinned && random.nextInt(100) < 3) {
                venue.slotsFor(draft.kind).stream()
                        .filter(slot ->
                                slot.endMinute() <= draft.startMinute() || slot.startMinute() >= draft.endMinute())
                        .skip(random.nextInt(3))
                        .findFirst()
                        .ifPresent(slot -> draft.unavailable = List.of(slot.id()));
            }
        }
    }

    /** A sub-theme drawn by its share of workshops. */
    private Themes.Theme theme() {
        double roll = random.nextDouble()
                * Themes.SUB_THEMES.stream().mapToDouble(Themes.Theme::share).sum();
        for (Themes.Theme theme : Themes.SUB_THEMES) {
            roll -= theme.share();
            if (roll <= 0) {
                return theme;
            }
        }
        return Themes.SUB_THEMES.get(Themes.SUB_THEMES.size() - 1);
    }

    private String titleFor(Draft draft, Themes.Theme theme) {
        String subject = names.pick(theme.subjects());
        return switch (draft.kind) {
            case OPEN_FORUM -> "Open forum: " + subject;
            case DYNAMIC_COALITION -> "Dynamic Coalition on " + subject;
            case BEST_PRACTICE_FORUM -> "Best Practice Forum on " + subject;
            case NRI -> "National and regional IGFs on " + subject;
            case FLASH -> "Flash: " + subject;
            case PRE_EVENT -> "Day 0: " + subject;
            // Titles are written before the track is drawn, so this " [CB]" mark never shows; drawing the track
            // first would change every generated file, committed ones included.
            default -> names.title(subject) + (draft.track != null && draft.track.equals("cb") ? " [CB]" : "");
        };
    }
}
