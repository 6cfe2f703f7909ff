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
        StringBuilder current = new StringBuilder();
        int type = 0; // 0 none, 1 letters, 2 number
        for (int i = 0; i < upper.length(); i++) {
            char c = upper.charAt(i);
            boolean nextIsDigit = i + 1 < upper.length() && isAsciiDigit(upper.charAt(i + 1));
            if (isAsciiDigit(c)) {
                if (type != 2) {
                    flush(current, out);
                    type = 2;
                }
                current.append(c);
            } else if (Character.isLetter(c)) {
                if (type != 1) {
                    flush(current, out);
                    type = 1;
                }
                current.append(c);
            } else if (c == '.' && type == 2 && nextIsDigit && current.indexOf(".") < 0
                    && current.indexOf("/") < 0) {
                current.append(c);
            } else if (c == '/' && type == 2 && nextIsDigit && current.indexOf("/") < 0 && current.indexOf(".") < 0) {
                current.append(c);
            } else {
                flush(current, out);
                type = 0;
            }
        }
        flush(current, out);
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

    private static void flush(StringBuilder current, List<String> out) {
        if (current.length() > 0) {
            out.add(current.toString());
            current.setLength(0);
        }
    }
}
