package io.github.altium2kicad.core.mapping.standard;

import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A text with its regex word boundaries ({@code \b}) worked out once, so that many {@link Keywords} lists are
 * searched in it without a regex each. The boundaries are exactly the regex engine's: which characters beyond ASCII
 * are word characters differs between Java versions, so the engine is asked once per such character; texts with
 * combining marks or surrogates, where a boundary depends on more than two characters, are left to the engine.
 */
final class KeywordText {

    private static final Pattern BOUNDARY = Pattern.compile("\\b");
    /** Per character: 0 not yet asked, 1 a word character, 2 not (racy but idempotent, hence thread-safe). */
    private static final byte[] WORD_CHARACTERS = new byte[Character.MAX_VALUE + 1];

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
        if (characterWise(text)) {
            boolean before = false;
            for (int i = 0; i < text.length(); i++) {
                boolean word = isWord(text.charAt(i));
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

    /** Whether each boundary of {@code text} depends only on the characters either side: no marks, surrogates. */
    private static boolean characterWise(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x80 && (Character.isSurrogate(c) || Character.getType(c) == Character.NON_SPACING_MARK)) {
                return false;
            }
        }
        return true;
    }

    /** Whether the regex engine takes {@code c} (no mark, no surrogate) for a word character. */
    private static boolean isWord(char c) {
        if (c < 0x80) {
            return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
        }
        byte known = WORD_CHARACTERS[c];
        if (known == 0) {
            known = BOUNDARY.matcher(String.valueOf(c)).find() ? (byte) 1 : (byte) 2;
            WORD_CHARACTERS[c] = known;
        }
        return known == 1;
    }
}
