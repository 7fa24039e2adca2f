package org.forumplan.app.cosplib;

import java.time.LocalTime;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.forumplan.model.conference.io.ParametersJson;
import org.forumplan.model.conference.score.Term;

/**
 * The {@code parameters} sheet, read by position as the library reads it: the labels in columns A and D are not read,
 * so a weight is known by its row alone (E2 the first term, E17 the sixteenth).
 */
final class ParametersSheet {

    private static final int VALUES = 1;
    private static final int WEIGHTS = 4;
    private static final int TIME_ZONE_ROW = 1;
    private static final int SUITABLE_FROM_ROW = 3;
    private static final int SUITABLE_TO_ROW = 4;
    private static final int LESS_SUITABLE_FROM_ROW = 6;
    private static final int LESS_SUITABLE_TO_ROW = 7;
    private static final int SMALL_PENALTY_ROW = 8;
    private static final int BIG_PENALTY_ROW = 10;
    private static final int FIRST_WEIGHT_ROW = 1;

    /**
     * @param parameters null when a cell of it could not be read
     * @param weights every term's weight by {@link Term#key()}, in the order of {@link Term}, zeros and negative weights
     *     (which the library treats as zeros) included, so that the document shows each term switched on or off
     */
    record Read(ParametersJson parameters, Map<String, Long> weights) {}

    private ParametersSheet() {}

    static Read read(CosplibSheet sheet) {
        String timeZone = sheet.timeZone(TIME_ZONE_ROW, VALUES);
        LocalTime suitableFrom = sheet.time(SUITABLE_FROM_ROW, VALUES);
        LocalTime suitableTo = sheet.time(SUITABLE_TO_ROW, VALUES);
        LocalTime lessSuitableFrom = sheet.time(LESS_SUITABLE_FROM_ROW, VALUES);
        LocalTime lessSuitableTo = sheet.time(LESS_SUITABLE_TO_ROW, VALUES);
        Long small = sheet.wholeNumber(SMALL_PENALTY_ROW, VALUES);
        Long big = sheet.wholeNumber(BIG_PENALTY_ROW, VALUES);
        Map<String, Long> weights = new LinkedHashMap<>();
        for (Term term : Term.values()) {
            Long weight = sheet.wholeNumber(FIRST_WEIGHT_ROW + term.ordinal(), WEIGHTS);
            if (weight != null) {
                weights.put(term.key(), weight);
            }
        }
        boolean complete = timeZone != null
                && suitableFrom != null
                && suitableTo != null
                && lessSuitableFrom != null
                && lessSuitableTo != null
                && small != null
                && big != null;
        ParametersJson parameters = complete
                ? new ParametersJson(timeZone, suitableFrom, suitableTo, lessSuitableFrom, lessSuitableTo, small, big)
                : null;
        return new Read(parameters, Collections.unmodifiableMap(weights));
    }
}
