package io.github.altium2kicad.examples.sample;

import java.util.Objects;

/**
 * What a generated part is, and which KiCad 6 standard-library symbol and footprint it certainly maps to.
 *
 * @param family      the part family
 * @param packageCode a short package name ({@code 0603}, {@code SOIC-8}, {@code SOT-23}, {@code 1x05 P2.54mm})
 * @param pinCount    the number of electrical pins (exposed pads and mounting tabs not counted)
 * @param symbol      {@code Library:Symbol} in KiCad's standard libraries, or {@code null} when no answer is certain
 * @param footprint   {@code Library:Footprint} in KiCad's standard libraries, or {@code null} when no answer is certain
 */
public record KicadExpectation(PartFamily family, String packageCode, int pinCount, String symbol, String footprint) {

    public KicadExpectation {
        Objects.requireNonNull(family, "family");
        Objects.requireNonNull(packageCode, "packageCode");
        symbol = blankToNull(symbol);
        footprint = blankToNull(footprint);
    }

    /** True if both the symbol and the footprint are certain. */
    public boolean isComplete() {
        return symbol != null && footprint != null;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
