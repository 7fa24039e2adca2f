package org.forumplan.app.workbook;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.DateUtil;
import org.forumplan.model.problem.Problem;

/**
 * Reads one cell as the JSON value of its column: the leniency a spreadsheet needs (numbers typed as text, yes/no,
 * date cells) and nothing more; the values themselves are checked afterwards, as a JSON dataset's are.
 */
final class CellReader {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final Pattern ITEM_SEPARATOR = Pattern.compile("[;,]");
    private static final Pattern PERSON_WITH_ROLE = Pattern.compile("(.+?)\\s*\\(([^()]*)\\)\\s*");
    private static final int MINUTES_A_DAY = 24 * 60;
    private static final Pattern ONE_DIGIT_HOUR = Pattern.compile("\\d:\\d\\d");

    private final PeopleIndex people;
    private final List<Problem> problems;

    CellReader(PeopleIndex people, List<Problem> problems) {
        this.people = people;
        this.problems = problems;
    }

    /** The cell's value for the column, or null after adding a problem. */
    JsonNode read(CellValue cell, Column column) {
        if (cell instanceof CellValue.Failed failed) {
            return fail(cell, "the cell's formula gives an error (%s)".formatted(failed.error()));
        }
        return switch (column.kind()) {
            case TEXT -> text(cell);
            case WHOLE_NUMBER -> wholeNumber(cell);
            case NUMBER -> number(cell);
            case YES_NO -> yesNo(cell);
            case DATE -> date(cell);
            case TIME -> time(cell);
            case LIST -> list(cell);
            case PEOPLE -> participants(cell, null);
            case ROLE -> participants(cell, column.field());
        };
    }

    private JsonNode text(CellValue cell) {
        if (cell instanceof CellValue.Text text) {
            return JSON.textNode(text.text());
        }
        if (cell instanceof CellValue.Number number) {
            return JSON.textNode(plain(number.value()));
        }
        if (cell instanceof CellValue.Bool bool) {
            return JSON.textNode(Boolean.toString(bool.value()));
        }
        return fail(cell, "expected text, found a date or time cell");
    }

    private JsonNode wholeNumber(CellValue cell) {
        BigDecimal value = decimal(cell, "a whole number");
        if (value == null) {
            return null;
        }
        try {
            return JSON.numberNode(value.longValueExact());
        } catch (ArithmeticException e) {
            return fail(cell, "expected a whole number, found %s".formatted(value.toPlainString()));
        }
    }

    private JsonNode number(CellValue cell) {
        BigDecimal value = decimal(cell, "a number");
        return value == null ? null : JSON.numberNode(value.doubleValue());
    }

    private BigDecimal decimal(CellValue cell, String expected) {
        if (cell instanceof CellValue.Number number) {
            return BigDecimal.valueOf(number.value()).stripTrailingZeros();
        }
        if (cell instanceof CellValue.Text text) {
            try {
                return new BigDecimal(text.text()).stripTrailingZeros();
            } catch (NumberFormatException e) {
                fail(cell, "expected %s, found \"%s\"".formatted(expected, text.text()));
                return null;
            }
        }
        fail(cell, "expected %s, found %s".formatted(expected, shown(cell)));
        return null;
    }

    private JsonNode yesNo(CellValue cell) {
        String given = cell instanceof CellValue.Text text ? text.text().toLowerCase(Locale.ROOT) : itemText(cell);
        return switch (given) {
            case "true", "yes", "x", "1" -> JSON.booleanNode(true);
            case "false", "no", "0" -> JSON.booleanNode(false);
            default ->
                fail(cell, "expected yes or no (TRUE/FALSE, yes/no, x/blank, 1/0), found %s".formatted(shown(cell)));
        };
    }

    private JsonNode date(CellValue cell) {
        if (cell instanceof CellValue.Text text) {
            return JSON.textNode(text.text());
        }
        if (cell instanceof CellValue.DateTime dateTime && dateTime.serial() >= 1) {
            LocalDateTime when = DateUtil.getLocalDateTime(dateTime.serial());
            if (when.toLocalTime().toSecondOfDay() == 0) {
                return JSON.textNode(when.toLocalDate().toString());
            }
        }
        return fail(cell, "expected a date (a date cell or YYYY-MM-DD), found %s".formatted(shown(cell)));
    }

    private JsonNode time(CellValue cell) {
        if (cell instanceof CellValue.Text text) {
            // Typed by hand, nine o'clock is "9:00".
            return JSON.textNode(ONE_DIGIT_HOUR.matcher(text.text()).matches() ? "0" + text.text() : text.text());
        }
        double serial = cell instanceof CellValue.DateTime dateTime
                ? dateTime.serial()
                : cell instanceof CellValue.Number number ? number.value() : -1;
        if (cell instanceof CellValue.DateTime && serial >= 1 && serial == Math.floor(serial)) {
            return fail(cell, "a date where a time belongs; expected a time of day (a time cell or HH:MM)");
        }
        if (serial < 0 || serial >= 1) {
            return fail(cell, "expected a time of day (a time cell or HH:MM), found %s".formatted(shown(cell)));
        }
        long minutes = Math.round(serial * MINUTES_A_DAY);
        return JSON.textNode("%02d:%02d".formatted(minutes / 60, minutes % 60));
    }

    private JsonNode list(CellValue cell) {
        ArrayNode items = JSON.arrayNode();
        for (String item : items(cell)) {
            items.add(item);
        }
        return items;
    }

    /** People with their roles from a "people" cell, or people of one role from that role's column. */
    private JsonNode participants(CellValue cell, String role) {
        ArrayNode participants = JSON.arrayNode();
        for (String item : items(cell)) {
            String person = item;
            String itemRole = role == null ? "speaker" : role;
            Matcher withRole = PERSON_WITH_ROLE.matcher(item);
            if (role == null && withRole.matches()) {
                person = withRole.group(1);
                itemRole = withRole.group(2).strip().toLowerCase(Locale.ROOT).replace(' ', '_');
            }
            PeopleIndex.Resolution resolved = people.resolve(person);
            if (resolved.id() == null) {
                fail(cell, resolved.problem());
                continue;
            }
            ObjectNode participant = JSON.objectNode();
            participant.put("person", resolved.id());
            participant.put("role", itemRole);
            participants.add(participant);
        }
        return participants;
    }

    private static List<String> items(CellValue cell) {
        String text = itemText(cell);
        List<String> items = new ArrayList<>();
        for (String item : ITEM_SEPARATOR.split(text)) {
            if (!item.isBlank()) {
                items.add(item.strip());
            }
        }
        return items;
    }

    /** A text, number or TRUE/FALSE cell as text; "" for the others. */
    private static String itemText(CellValue cell) {
        if (cell instanceof CellValue.Text text) {
            return text.text();
        }
        if (cell instanceof CellValue.Number number) {
            return plain(number.value());
        }
        return cell instanceof CellValue.Bool bool ? Boolean.toString(bool.value()) : "";
    }

    /** "90" for 90.0, "4.5" for 4.5. */
    static String plain(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    private static String shown(CellValue cell) {
        if (cell instanceof CellValue.Text text) {
            return "\"" + text.text() + "\"";
        }
        if (cell instanceof CellValue.Number number) {
            return plain(number.value());
        }
        if (cell instanceof CellValue.Bool bool) {
            return bool.value() ? "TRUE" : "FALSE";
        }
        return cell instanceof CellValue.Failed failed ? failed.error() : "a date or time cell";
    }

    private JsonNode fail(CellValue cell, String message) {
        problems.add(Problem.error(cell.ref(), message));
        return null;
    }
}
