package io.github.altium2kicad.core.mapping.standard;

import java.util.List;

/**
 * A list of upper-case keywords to be found in a {@link KeywordText} ({@link KeywordIndex}) as the regex
 * {@code \b(?:K1|K2 ?WORD|…)\d*\b} would find them: from a word boundary, a space inside a keyword optional
 * ({@code CAP POL} is also {@code CAPPOL}), digits allowed after it, then a word boundary. The first hit is the
 * leftmost one; where several keywords fit at one place, the one listed first. Immutable.
 */
final class Keywords {

    private final List<String> words;

    /** Keywords of ASCII letters, digits, dashes and single spaces, each starting and ending with a letter or digit. */
    Keywords(String... words) {
        for (String word : words) {
            if (!word.matches("[A-Z0-9](?:[A-Z0-9-]| (?! ))*(?<=[A-Z0-9])")) {
                throw new IllegalArgumentException("not a keyword: '" + word + "'");
            }
        }
        this.words = List.of(words);
    }

    /** The keywords, in list order. */
    List<String> words() {
        return words;
    }

    /** Whether {@code token} as a whole is one keyword, digits after it allowed (the regex's {@code matches()}). */
    boolean matchesWhole(String token) {
        KeywordText text = KeywordText.of(token);
        if (token.isEmpty() || !text.boundaryAt(0)) {
            return false;
        }
        for (String word : words) {
            if (endOfHit(word, text, 0) == token.length()) {
                return true;
            }
        }
        return false;
    }

    /** Where a hit of {@code word} starting at {@code start} (a word boundary) ends, or -1 if there is none. */
    static int endOfHit(String word, KeywordText text, int start) {
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
