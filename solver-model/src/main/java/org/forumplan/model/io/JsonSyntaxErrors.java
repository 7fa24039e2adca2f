package org.forumplan.model.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Says in plain words what makes a text not JSON, and where: {@code line 176, column 19: NaN is not a number in JSON;
 * write a number such as 90}. Jackson's own messages name its parser features and tokens; its message is read here
 * only to tell one mistake from another, and never shown.
 */
final class JsonSyntaxErrors {

    private static final String A_VALUE =
            "a value: a text in double quotes, a number, true, false, null, a list [...] or an object {...}";

    /** The character Jackson quotes in "Unexpected character ('x' (code 120))". */
    private static final Pattern UNEXPECTED = Pattern.compile("^Unexpected character \\('(.)' \\(code \\d+");

    private static final Pattern CONTROL = Pattern.compile("CTRL-CHAR, code (\\d+)");

    private static final Pattern CLOSE_EXPECTED = Pattern.compile("^Unexpected close marker '(.)': expected '(.)'");

    private final String text;
    private final String jacksonMessage;
    /** Where Jackson stopped, as an index into the text; -1 when unknown. */
    private final int offset;

    private final JsonLocation location;

    private JsonSyntaxErrors(String text, JsonParseException exception) {
        this.text = text;
        this.jacksonMessage = exception.getOriginalMessage() == null ? "" : exception.getOriginalMessage();
        this.location = exception.getLocation();
        long at = location == null ? -1 : location.getCharOffset();
        this.offset = at < 0 || at > text.length() ? -1 : (int) at;
    }

    /** "line 4, column 38: NaN is not a number in JSON; write a number such as 90". */
    static String describe(String text, JsonParseException exception) {
        return new JsonSyntaxErrors(text, exception).describe();
    }

    private String describe() {
        String word = wordAt(offset);
        if (isNotANumber(word)) {
            return at(wordStart(offset)) + "%s is not a number in JSON; write a number such as 90".formatted(word);
        }
        if (jacksonMessage.startsWith("Unexpected end-of-input")) {
            return at(offset)
                    + (jacksonMessage.contains("closing quote")
                            ? "the JSON ends inside a text (is a closing quote missing, or the file truncated?)"
                            : "the JSON ends early (is the file truncated?)");
        }
        if (jacksonMessage.startsWith("Duplicate field")) {
            String name = jacksonMessage.substring(jacksonMessage.indexOf('\''));
            return at(offset) + "duplicate field %s; a field appears at most once in an object".formatted(name);
        }
        if (jacksonMessage.startsWith("Unrecognized token")) {
            return at(wordStart(offset)) + unknownWord(word);
        }
        if (jacksonMessage.contains("Leading zeroes")) {
            return at(wordStart(offset))
                    + "%s is not a JSON number: it cannot start with 0; write %s"
                            .formatted(word, withoutLeadingZeros(word));
        }
        if (jacksonMessage.contains("in numeric value")) {
            return at(wordStart(offset)) + badNumber(word);
        }
        Matcher control = CONTROL.matcher(jacksonMessage);
        if (jacksonMessage.startsWith("Illegal unquoted character") && control.find()) {
            return at(offset) + controlCharacter(Integer.parseInt(control.group(1)));
        }
        if (jacksonMessage.startsWith("Unrecognized character escape")) {
            char escaped = offset >= 0 && offset < text.length() ? text.charAt(offset) : '?';
            return at(offset - 1)
                    + "\\%c is not an escape in JSON; write a backslash in a text as \\\\".formatted(escaped);
        }
        if (jacksonMessage.contains("hex-digit for character escape")) {
            return at(offset) + "\\u must be followed by four hexadecimal digits, as in \\u00e9";
        }
        Matcher close = CLOSE_EXPECTED.matcher(jacksonMessage);
        if (close.find()) {
            return at(offset)
                    + "'%s' cannot close the %s that is open here; expected '%s'"
                            .formatted(close.group(1), close.group(2).equals("]") ? "list" : "object", close.group(2));
        }
        if (jacksonMessage.startsWith("Unexpected close marker")) {
            return at(offset) + "'%c' has nothing to close; is it one too many?".formatted(charAt(offset));
        }
        String before = wordBefore(offset);
        if (jacksonMessage.contains("comma to separate")
                && !before.isEmpty()
                && (Character.isDigit(before.charAt(0)) || before.charAt(0) == '-')) {
            // 0x10, 1.5.2, 12abc: the parser read a number, then stumbled on what follows it.
            return at(wordStart(offset))
                    + "%s is not a JSON number; write a number such as 90, or a text in double quotes".formatted(word);
        }
        Matcher unexpected = UNEXPECTED.matcher(jacksonMessage);
        if (unexpected.find()) {
            return at(offset) + unexpectedCharacter(unexpected.group(1).charAt(0));
        }
        return at(offset) + "this is not valid JSON; " + found(charAt(offset));
    }

    private String unexpectedCharacter(char c) {
        if (c == '/' || c == '#' || jacksonMessage.contains("comment")) {
            return "JSON does not allow comments; remove the comment";
        }
        if (c == '\'') {
            return "JSON texts and field names take double quotes (\"), not single quotes (')";
        }
        if ("\u201c\u201d\u2018\u2019".indexOf(c) >= 0) {
            return "%c is a typographic quote; JSON texts and field names take straight double quotes (\")"
                    .formatted(c);
        }
        boolean afterComma = previousNonBlank(offset) == ',';
        if (jacksonMessage.contains("to start field name")) {
            if (c == '}' && afterComma) {
                return "a comma before '}' has no field after it; remove the comma";
            }
            if (Character.isLetterOrDigit(c) || c == '_' || c == '$') {
                String name = wordAt(offset);
                return "the field name %s needs double quotes, as in \"%s\"".formatted(name, name);
            }
            return "expected a field name in double quotes; " + found(c);
        }
        if (jacksonMessage.contains("expected a valid value")) {
            if ((c == ']' || c == '}') && afterComma) {
                return "a comma before '%c' has no value after it; remove the comma".formatted(c);
            }
            if (c == ',' || c == ']' || c == '}') {
                return "a value is missing before '%c'; expected %s".formatted(c, A_VALUE);
            }
            String word = wordAt(offset);
            if (word.matches("-?\\.\\d+.*")) {
                return "%s is not a JSON number: it needs a digit before the decimal point; write %s"
                        .formatted(word, word.replace(".", "0."));
            }
            return "expected %s; %s".formatted(A_VALUE, found(c));
        }
        if (jacksonMessage.contains("comma to separate")) {
            char closing = jacksonMessage.contains("Array") ? ']' : '}';
            return "expected ',' or '%c' after the value; %s (is a comma missing?)".formatted(closing, found(c));
        }
        if (jacksonMessage.contains("colon to separate")) {
            return "expected ':' after the field name; " + found(c);
        }
        return "this is not valid JSON; " + found(c);
    }

    private static String unknownWord(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (!word.equals(lower) && (lower.equals("true") || lower.equals("false") || lower.equals("null"))) {
            return "%s is not a JSON value; write %s, in lower case".formatted(word, lower);
        }
        return "%s is not a JSON value; a text takes double quotes, as in \"%s\"".formatted(word, word);
    }

    private static String badNumber(String word) {
        if (word.startsWith("+")) {
            return "%s is not a JSON number: it cannot have a plus sign; write %s".formatted(word, word.substring(1));
        }
        if (word.matches("-?\\d+\\.(\\D.*)?")) {
            return "%s is not a JSON number: a decimal point needs a digit after it, as in 1.5".formatted(word);
        }
        if (word.matches("-?[\\d.]+[eE][+-]?")) {
            return "%s is not a JSON number: an exponent needs digits, as in 1e3".formatted(word);
        }
        return "%s is not a JSON number; write a number such as 90".formatted(word.isEmpty() ? "this" : word);
    }

    private static String controlCharacter(int code) {
        if (code == '\n' || code == '\r') {
            return "a text cannot run over a line break (is a closing quote missing?); write a line break in a text"
                    + " as \\n";
        }
        if (code == '\t') {
            return "a tab cannot stand in a text as it is; write it as \\t";
        }
        return "the control character U+%04X cannot stand in a text as it is; write it as \\u%04x"
                .formatted(code, code);
    }

    /** NaN, Infinity and their spellings, which some programs write for numbers they could not compute. */
    private static boolean isNotANumber(String word) {
        String bare = word.replaceFirst("^[+-]", "").toLowerCase(Locale.ROOT);
        return bare.equals("nan") || bare.equals("infinity") || bare.equals("inf");
    }

    private static String withoutLeadingZeros(String number) {
        String sign = number.startsWith("-") ? "-" : "";
        String digits = number.substring(sign.length()).replaceFirst("^0+(?=\\d)", "");
        return sign + digits;
    }

    private static String found(char c) {
        if (c == 0) {
            return "found the end of the file";
        }
        if (Character.isISOControl(c) || Character.isWhitespace(c) || c == '\uFEFF') {
            return "found the invisible character U+%04X".formatted((int) c);
        }
        return "found '%c'".formatted(c);
    }

    // ************************************************************************
    // The text around where the parser stopped
    // ************************************************************************

    private char charAt(int index) {
        return index >= 0 && index < text.length() ? text.charAt(index) : 0;
    }

    private static boolean inWord(char c) {
        return c != 0 && !Character.isWhitespace(c) && "{}[],:\"".indexOf(c) < 0;
    }

    /** The run of non-structural characters at, or else just before, the index: a bare word or number. */
    private String wordAt(int index) {
        int start = wordStart(index);
        int end = start;
        while (end < text.length() && inWord(text.charAt(end))) {
            end++;
        }
        return start < 0 ? "" : text.substring(start, end);
    }

    private String wordBefore(int index) {
        int end = index;
        int start = end;
        while (start > 0 && inWord(charAt(start - 1))) {
            start--;
        }
        return start < end && end <= text.length() ? text.substring(start, end) : "";
    }

    private int wordStart(int index) {
        if (index < 0) {
            return -1;
        }
        int start = inWord(charAt(index)) ? index : index - 1;
        if (!inWord(charAt(start))) {
            return index;
        }
        while (start > 0 && inWord(charAt(start - 1))) {
            start--;
        }
        return start;
    }

    private char previousNonBlank(int index) {
        for (int i = index - 1; i >= 0; i--) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return text.charAt(i);
            }
        }
        return 0;
    }

    /** "line 4, column 38: ", counted as editors count (from 1), or Jackson's count when the index is unknown. */
    private String at(int index) {
        if (index < 0) {
            return location == null || location.getLineNr() < 0
                    ? ""
                    : "line %d, column %d: ".formatted(location.getLineNr(), location.getColumnNr());
        }
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < Math.min(index, text.length()); i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return "line %d, column %d: ".formatted(line, index - lineStart + 1);
    }
}
