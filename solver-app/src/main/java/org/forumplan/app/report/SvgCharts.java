package org.forumplan.app.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.forumplan.app.report.ProgrammeView.PeriodLoad;
import org.forumplan.app.report.ProgrammeView.TopicDays;
import org.forumplan.model.domain.ForumClock;

/**
 * The HTML page's charts as inline SVG, drawn here rather than by a charting library so that the page needs nothing
 * from the network and prints as sharply as its text.
 */
final class SvgCharts {

    private static final int BAR = 16;
    private static final int BAR_GAP = 3;
    private static final int DAY_GAP = 14;
    private static final int PLOT_HEIGHT = 180;
    private static final int LEFT = 34;
    private static final int TOP = 14;
    private static final int BOTTOM = 34;

    /** Room for a topic's name at the chart's 11px font: a generous average character width, plus a margin. */
    private static final double LABEL_CHAR = 6.6;

    private static final int DAY_COLUMN = 78;
    private static final int TOPIC_ROW = 22;

    private SvgCharts() {}

    /**
     * One bar per period, grouped by day: the sessions running then, coloured by how they stand against the target
     * (dashed line) and the maximum (solid line). Each bar's tooltip names the period.
     */
    static String parallelLoad(List<PeriodLoad> load, int target, int max) {
        int top = Math.max(
                1,
                Math.max(
                        max,
                        Math.max(
                                target,
                                load.stream()
                                        .mapToInt(PeriodLoad::sessions)
                                        .max()
                                        .orElse(0))));
        int days = (int) load.stream().map(PeriodLoad::day).distinct().count();
        int width = LEFT + load.size() * (BAR + BAR_GAP) + Math.max(0, days - 1) * DAY_GAP + 60;
        int height = TOP + PLOT_HEIGHT + BOTTOM;
        StringBuilder svg = new StringBuilder();
        svg.append("<svg class=\"chart load\" role=\"img\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\">"
                .formatted(width, height, width, height));
        svg.append("<title>Sessions in parallel per period</title>");
        for (int tick = 0; tick <= top; tick += Math.max(1, top / 5)) {
            double y = y(tick, top);
            svg.append("<line class=\"tick\" x1=\"%d\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\"/>"
                    .formatted(LEFT, width - 50, y, y));
            svg.append("<text class=\"axis\" x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%d</text>"
                    .formatted(LEFT - 4, y + 4, tick));
        }
        int x = LEFT + BAR_GAP;
        LocalDate day = null;
        int dayStart = x;
        for (PeriodLoad period : load) {
            if (day != null && !period.day().equals(day)) {
                dayLabel(svg, day, dayStart, x - BAR_GAP);
                x += DAY_GAP;
                dayStart = x;
            }
            day = period.day();
            String level = max > 0 && period.sessions() > max
                    ? "over-max"
                    : target > 0 && period.sessions() > target ? "over-target" : period.flash() ? "flash" : "ok";
            double barTop = y(period.sessions(), top);
            svg.append(
                    "<rect class=\"bar %s\" x=\"%d\" y=\"%.1f\" width=\"%d\" height=\"%.1f\"><title>%s %s-%s: %d session%s</title></rect>"
                            .formatted(
                                    level,
                                    x,
                                    barTop,
                                    BAR,
                                    TOP + PLOT_HEIGHT - barTop,
                                    Html.text(ReportText.longDay(period.day())),
                                    ReportText.time(period.start()),
                                    ReportText.time(period.end()),
                                    period.sessions(),
                                    period.sessions() == 1 ? "" : "s"));
            x += BAR + BAR_GAP;
        }
        if (day != null) {
            dayLabel(svg, day, dayStart, x - BAR_GAP);
        }
        if (target > 0) {
            limitLine(svg, "target", target, top, width);
        }
        if (max > 0) {
            limitLine(svg, "max", max, top, width);
        }
        return svg.append("</svg>").toString();
    }

    /** A heat map: a row per topic, a column per day, each cell the placed sessions of the topic that day. */
    static String topicsByDay(List<TopicDays> topics, List<LocalDate> days) {
        int most = topics.stream()
                .flatMap(topic -> topic.perDay().stream())
                .mapToInt(Integer::intValue)
                .max()
                .orElse(0);
        int labelWidth = 16
                + (int) Math.ceil(LABEL_CHAR
                        * topics.stream()
                                .mapToInt(topic -> topic.topic().name().length())
                                .max()
                                .orElse(10));
        int width = labelWidth + days.size() * DAY_COLUMN + 10;
        int height = TOPIC_ROW * (topics.size() + 1) + 10;
        StringBuilder svg = new StringBuilder();
        svg.append("<svg class=\"chart topics\" role=\"img\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\">"
                .formatted(width, height, width, height));
        svg.append("<title>Placed sessions per topic and day</title>");
        for (int column = 0; column < days.size(); column++) {
            svg.append("<text class=\"axis\" x=\"%d\" y=\"%d\" text-anchor=\"middle\">%s</text>"
                    .formatted(
                            labelWidth + column * DAY_COLUMN + DAY_COLUMN / 2,
                            TOPIC_ROW - 6,
                            Html.text(shortDay(days.get(column)))));
        }
        for (int row = 0; row < topics.size(); row++) {
            TopicDays topic = topics.get(row);
            int y = TOPIC_ROW * (row + 1);
            svg.append("<text class=\"label\" x=\"%d\" y=\"%d\" text-anchor=\"end\">%s</text>"
                    .formatted(labelWidth - 8, y + 15, Html.text(topic.topic().name())));
            for (int column = 0; column < days.size(); column++) {
                int count = topic.perDay().get(column);
                double share = most == 0 ? 0 : (double) count / most;
                svg.append(
                        "<rect class=\"heat\" x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" style=\"fill-opacity:%s\"><title>%s, %s: %d session%s</title></rect>"
                                .formatted(
                                        labelWidth + column * DAY_COLUMN + 1,
                                        y + 1,
                                        DAY_COLUMN - 2,
                                        TOPIC_ROW - 2,
                                        String.format(Locale.ROOT, "%.2f", 0.08 + 0.92 * share),
                                        Html.text(topic.topic().name()),
                                        Html.text(shortDay(days.get(column))),
                                        count,
                                        count == 1 ? "" : "s"));
                if (count > 0) {
                    svg.append("<text class=\"%s\" x=\"%d\" y=\"%d\" text-anchor=\"middle\">%d</text>"
                            .formatted(
                                    share > 0.55 ? "count on-dark" : "count",
                                    labelWidth + column * DAY_COLUMN + DAY_COLUMN / 2,
                                    y + 15,
                                    count));
                }
            }
        }
        return svg.append("</svg>").toString();
    }

    private static double y(int sessions, int top) {
        return TOP + PLOT_HEIGHT - (double) PLOT_HEIGHT * sessions / top;
    }

    private static void limitLine(StringBuilder svg, String kind, int value, int top, int width) {
        double y = y(value, top);
        svg.append("<line class=\"limit %s\" x1=\"%d\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\"/>"
                .formatted(kind, LEFT, width - 50, y, y));
        svg.append("<text class=\"limit-label %s\" x=\"%d\" y=\"%.1f\">%s %d</text>"
                .formatted(kind, width - 46, y + 4, kind, value));
    }

    private static void dayLabel(StringBuilder svg, LocalDate day, int from, int to) {
        svg.append("<text class=\"axis\" x=\"%d\" y=\"%d\" text-anchor=\"middle\">%s</text>"
                .formatted((from + to) / 2, TOP + PLOT_HEIGHT + 18, Html.text(shortDay(day))));
    }

    /** "Tue 2 Sep". */
    private static String shortDay(LocalDate day) {
        return ForumClock.describeDay(day);
    }
}
