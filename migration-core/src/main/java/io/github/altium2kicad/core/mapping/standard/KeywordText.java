package io.github.altium2kicad.core.mapping.standard;

import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A text with its regex word boundaries ({@code \b}) worked out once, so that many {@link Keywords} lists are
 * searched in it without a regex each. ASCII texts are read directly; others ask the regex engine, so that the
 * boundaries are exactly its own (which characters are word characters differs between Java versions).
 */
final class KeywordText {

    private static final Pattern BOUNDARY = Pattern.compile("\\b");

    private final String text;
    private final boolean[] boundaries;
    private final int[] wordStarts;

    private KeywordText(String text, boolean[] boundaries) {
        this.text = text;
        this.boundaries = boundaries;
        int[] starts = new int[text.length()];
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            if (boundaries[i]) {
                starts[count++] = i;
            }
        }
        this.wordStarts = Arrays.copyOf(starts, count);
    }

    /** {@code text} with its word boundaries. */
    static KeywordText of(String text) {
        boolean[] boundaries = new boolean[text.length() + 1];
        if (isAscii(text)) {
            boolean before = false;
            for (int i = 0; i < text.length(); i++) {
                boolean word = isAsciiWord(text.charAt(i));
                boundaries[i] = word != before;
                before = word;
            }
            boundaries[text.length()] = before;
        } else {
            Matcher m = BOUNDARY.matcher(text);
            while (m.find()) {
                boundaries[m.start()] = true;
            }
        }
        return new KeywordText(text, boundaries);
    }

    String text() {
        return text;
    }

    /** The positions, in order, where {@code \b} holds and a character follows. */
    int[] boundaryStarts() {
        return wordStarts;
    }

    /** Whether {@code \b} holds at {@code index} (0 to the text's length). */
    boolean boundaryAt(int index) {
        return boundaries[index];
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAsciiWord(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
    }
}
