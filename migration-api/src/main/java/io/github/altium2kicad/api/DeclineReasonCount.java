package io.github.altium2kicad.api;

/**
 * One of the most common reasons why {@code standard} mode kept parts as Altium: the list a library engineer works
 * through to write in-house mapping rules.
 *
 * @param reason  the short reason, with the rule that declined ({@code standard-library: footprint name has an unknown word})
 * @param parts   how many parts were kept for it
 * @param example one such part: {@code table/key}, and what the rule saw
 */
public record DeclineReasonCount(String reason, long parts, String example) {
}
