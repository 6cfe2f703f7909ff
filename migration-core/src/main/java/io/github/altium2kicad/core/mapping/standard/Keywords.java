package io.github.altium2kicad.core.mapping.standard;

import java.util.Arrays;

/**
 * A list of upper-case keywords found in a {@link KeywordText} as the regex {@code \b(?:K1|K2 ?WORD|…)\d*\b}
 * would find them: from a word boundary, a space inside a keyword optional ({@code CAP POL} is also {@code CAPPOL}),
 * digits allowed after it, then a word boundary. The hit is the leftmost one; where several keywords fit at one
 * place, the one listed first. Immutable.
 */
final class Keywords {

    private final String[] words;
    /** Indexes into {@link #words} by their first character, in list order. */
    private final int[][] byFirstChar = new int[128][];

    /** Keywords of ASCII letters, digits, dashes and single spaces, each starting and ending with a letter or digit. */
    Keywords(String... words) {
        this.words = words.clone();
        for (int i = 0; i < words.length; i++) {
            if (!words[i].matches("[A-Z0-9](?:[A-Z0-9-]| (?! ))*(?<=[A-Z0-9])")) {
                throw new IllegalArgumentException("not a keyword: '" + words[i] + "'");
            }
            char first = words[i].charAt(0);
            int[] before = byFirstChar[first] == null ? new int[0] : byFirstChar[first];
            int[] with = Arrays.copyOf(before, before.length + 1);
            with[before.length] = i;
            byFirstChar[first] = with;
        }
    }

    /** The text of the first hit in {@code text}, digits after the keyword included; null if none. */
    String firstIn(KeywordText text) {
        String s = text.text();
        for (int start : text.boundaryStarts()) {
            char c = s.charAt(start);
            int[] candidates = c < byFirstChar.length ? byFirstChar[c] : null;
            if (candidates == null) {
                continue;
            }
            for (int candidate : candidates) {
                int end = endOfHit(words[candidate], text, start);
                if (end >= 0) {
                    return s.substring(start, end);
                }
            }
        }
        return null;
    }

    /** Whether one of the keywords is in {@code text}. */
    boolean in(KeywordText text) {
        return firstIn(text) != null;
    }

    /** Whether {@code token} as a whole is one keyword, digits after it allowed (the regex's {@code matches()}). */
    boolean matchesWhole(String token) {
        if (token.isEmpty() || token.charAt(0) >= byFirstChar.length || byFirstChar[token.charAt(0)] == null) {
            return false;
        }
        KeywordText text = KeywordText.of(token);
        if (!text.boundaryAt(0)) {
            return false;
        }
        for (int candidate : byFirstChar[token.charAt(0)]) {
            if (endOfHit(words[candidate], text, 0) == token.length()) {
                return true;
            }
        }
        return false;
    }

    /** Where a hit of {@code word} starting at {@code start} (a word boundary) ends, or -1 if there is none. */
    private static int endOfHit(String word, KeywordText text, int start) {
        String s = text.text();
        int i = start;
        for (int k = 0; k < word.length(); k++) {
            char w = word.charAt(k);
            if (w == ' ') {
                if (i < s.length() && s.charAt(i) == ' ') {
                    i++;
                }
            } else if (i < s.length() && s.charAt(i) == w) {
                i++;
            } else {
                return -1;
            }
        }
        while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
            i++;
        }
        return text.boundaryAt(i) ? i : -1;
    }
}
