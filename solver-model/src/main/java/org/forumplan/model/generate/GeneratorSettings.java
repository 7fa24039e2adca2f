package org.forumplan.model.generate;

/**
 * What to generate.
 *
 * @param sessions sessions in the file, mandatory ones and optional proposals together
 * @param days main days, not counting a Day 0
 * @param rooms rooms of every kind: main rooms, workshop rooms and flash spaces
 */
public record GeneratorSettings(Preset preset, int sessions, int days, int rooms, long seed) {

    public static final int MIN_SESSIONS = 10;
    public static final int MAX_SESSIONS = 20_000;
    public static final int MAX_DAYS = 30;
    public static final int MIN_ROOMS = 4;
    public static final int MAX_ROOMS = 500;

    public GeneratorSettings {
        if (sessions < MIN_SESSIONS || sessions > MAX_SESSIONS) {
            throw new IllegalArgumentException(
                    "--sessions %d is out of range; expected %d to %d".formatted(sessions, MIN_SESSIONS, MAX_SESSIONS));
        }
        if (days < 1 || days > MAX_DAYS) {
            throw new IllegalArgumentException("--days %d is out of range; expected 1 to %d".formatted(days, MAX_DAYS));
        }
        if (rooms < MIN_ROOMS || rooms > MAX_ROOMS) {
            throw new IllegalArgumentException(
                    "--rooms %d is out of range; expected %d to %d".formatted(rooms, MIN_ROOMS, MAX_ROOMS));
        }
    }

    /** The preset's own size. */
    public static GeneratorSettings of(Preset preset, long seed) {
        return new GeneratorSettings(
                preset, preset.defaultSessions(), preset.defaultDays(), preset.defaultRooms(), seed);
    }
}
