package io.github.altium2kicad.core.mapping.standard;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A part or package name cut into upper-case tokens at separators and between letters and digits, so that
 * spellings compare equal: {@code SOT23-5}, {@code SOT-23-5} and {@code sot_23_5} are all {@code SOT 23 5};
 * {@code R_0603_1608Metric} is {@code R 0603 1608 METRIC}; {@code 3.9x4.9mm} is {@code 3.9 X 4.9 MM}.
 * Decimal points and fractions between digits stay inside a number ({@code 2.54}, {@code 3/4}).
 *
 * @param tokens the tokens
 */
public record NameTokens(List<String> tokens) {

    public NameTokens {
        tokens = List.copyOf(tokens);
    }

    /** The tokens of {@code text} ({@code null} reads as no tokens). */
    public static NameTokens of(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) {
            return new NameTokens(out);
        }
        String upper = text.toUpperCase(Locale.ROOT);
        int start = 0; // the current token is upper[start, i): consecutive characters
        int type = 0; // 0 none, 1 letters, 2 number
        boolean point = false; // the number has a '.' or a '/'
        for (int i = 0; i < upper.length(); i++) {
            char c = upper.charAt(i);
            boolean nextIsDigit = i + 1 < upper.length() && isAsciiDigit(upper.charAt(i + 1));
            if (isAsciiDigit(c)) {
                if (type != 2) {
                    flush(upper, start, i, out);
                    start = i;
                    type = 2;
                    point = false;
                }
            } else if (Character.isLetter(c)) {
                if (type != 1) {
                    flush(upper, start, i, out);
                    start = i;
                    type = 1;
                }
            } else if ((c == '.' || c == '/') && type == 2 && nextIsDigit && !point) {
                point = true;
            } else {
                flush(upper, start, i, out);
                start = i + 1;
                type = 0;
            }
        }
        flush(upper, start, upper.length(), out);
        return new NameTokens(out);
    }

    /** The tokens joined by single spaces, the form the grammar's patterns match. */
    public String canonical() {
        return String.join(" ", tokens);
    }

    /** True if there are no tokens. */
    public boolean isEmpty() {
        return tokens.isEmpty();
    }

    /** True if {@code token} is one of the tokens. */
    public boolean contains(String token) {
        return tokens.contains(token);
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static void flush(String text, int start, int end, List<String> out) {
        if (end > start) {
            out.add(text.substring(start, end));
        }
    }
}
