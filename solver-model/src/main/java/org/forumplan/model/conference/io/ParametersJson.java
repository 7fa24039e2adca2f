package org.forumplan.model.conference.io;

import java.time.LocalTime;

/**
 * The conference's time zone and the hours in which a presenter is expected to present: inside the suitable window
 * costs nothing, partly outside it but inside the less-suitable window the small penalty, beyond that the big one.
 *
 * @param timeZone the conference's local time zone, {@code GMT+k} or {@code GMT-k} in whole hours
 */
public record ParametersJson(
        String timeZone,
        LocalTime suitableFrom,
        LocalTime suitableTo,
        LocalTime lessSuitableFrom,
        LocalTime lessSuitableTo,
        long smallTimeZonePenalty,
        long bigTimeZonePenalty) {}
