package io.github.altium2kicad.core.report;

import java.util.HashMap;
import java.util.Map;

/**
 * Shortens the review data embedded in {@code report.html}: a string written again is written as the number of its
 * first writing. The page keeps the same table as it reads the data, by the same rule: every string of at least
 * {@link #MIN_LENGTH} characters written in full is numbered in order while fewer than {@link #LIMIT} are numbered.
 * The limit bounds the memory at any number of parts; strings met after it are written in full.
 * Not thread-safe.
 */
final class RepeatedStrings {

    /** Most strings numbered. */
    static final int LIMIT = 50_000;
    /** Shorter strings are always written in full (a number would not be shorter). */
    static final int MIN_LENGTH = 4;

    private final Map<String, Integer> numbers = new HashMap<>();

    /** The number {@code text} was given when first written, or {@code null} if it is to be written in full now. */
    Integer numberOf(String text) {
        Integer known = numbers.get(text);
        if (known == null && text.length() >= MIN_LENGTH && numbers.size() < LIMIT) {
            numbers.put(text, numbers.size());
        }
        return known;
    }
}
