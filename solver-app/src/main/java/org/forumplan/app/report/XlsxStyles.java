package org.forumplan.app.report;

import java.util.EnumMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.DefaultIndexedColorMap;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.forumplan.model.domain.SessionKind;

/**
 * The few cell styles of the spreadsheet, made once per workbook: a workbook holds at most 64,000 styles, and one per
 * cell would reach that on a large forum.
 */
final class XlsxStyles {

    private final XSSFCellStyle header;
    private final XSSFCellStyle text;
    private final XSSFCellStyle time;
    private final XSSFCellStyle flashTime;
    private final Map<SessionKind, XSSFCellStyle> kinds = new EnumMap<>(SessionKind.class);

    XlsxStyles(XSSFWorkbook workbook) {
        XSSFFont bold = workbook.createFont();
        bold.setBold(true);
        header = workbook.createCellStyle();
        header.setFont(bold);
        header.setWrapText(true);
        header.setVerticalAlignment(VerticalAlignment.TOP);
        fill(header, new byte[] {(byte) 0xdd, (byte) 0xe3, (byte) 0xea});
        border(header);

        text = workbook.createCellStyle();
        text.setWrapText(true);
        text.setVerticalAlignment(VerticalAlignment.TOP);

        time = workbook.createCellStyle();
        time.cloneStyleFrom(header);

        flashTime = workbook.createCellStyle();
        flashTime.cloneStyleFrom(header);
        fill(flashTime, KindColours.of(SessionKind.FLASH).fillRgb());

        for (KindColours colours : KindColours.values()) {
            XSSFCellStyle style = workbook.createCellStyle();
            style.setWrapText(true);
            style.setVerticalAlignment(VerticalAlignment.TOP);
            fill(style, colours.fillRgb());
            border(style);
            kinds.put(colours.kind(), style);
        }
    }

    XSSFCellStyle header() {
        return header;
    }

    /** Wrapped text, top-aligned. */
    XSSFCellStyle text() {
        return text;
    }

    /** The time column of a day's grid; a flash period is shaded like flash sessions. */
    XSSFCellStyle time(boolean flash) {
        return flash ? flashTime : time;
    }

    /** Filled with the kind's colour. */
    XSSFCellStyle kind(SessionKind kind) {
        return kinds.get(kind);
    }

    private static void fill(XSSFCellStyle style, byte[] rgb) {
        style.setFillForegroundColor(new XSSFColor(rgb, new DefaultIndexedColorMap()));
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    }

    private static void border(XSSFCellStyle style) {
        style.setBorderTop(BorderStyle.THIN);
        style.setBorderBottom(BorderStyle.THIN);
        style.setBorderLeft(BorderStyle.THIN);
        style.setBorderRight(BorderStyle.THIN);
    }
}
