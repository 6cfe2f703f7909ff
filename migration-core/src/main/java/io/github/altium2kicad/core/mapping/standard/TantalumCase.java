package io.github.altium2kicad.core.mapping.standard;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Molded tantalum case codes. Only the letters on which KEMET, AVX and Vishay agree are known: A = EIA
 * 3216-18, B = 3528-21, C = 6032-28, D = 7343-31. Other letters (E, R, T, U, V, X, Y, …) mean different
 * sizes at different makers and are not guessed.
 *
 * @param letter the case letter
 * @param metric the EIA metric size, e.g. {@code 3216}
 * @param height the EIA height code in mm, e.g. 1.8
 */
public record TantalumCase(char letter, String metric, double height) {

    private static final Map<Character, TantalumCase> BY_LETTER = Map.of(
            'A', new TantalumCase('A', "3216", 1.8),
            'B', new TantalumCase('B', "3528", 2.1),
            'C', new TantalumCase('C', "6032", 2.8),
            'D', new TantalumCase('D', "7343", 3.1));

    private static final Set<String> EIA_SIZES = Set.of("1608", "2012", "3216", "3528", "6032", "7132", "7260",
            "7343", "7360", "7361");

    /** The case of {@code letter}, if it is one of the agreed letters A–D. */
    public static Optional<TantalumCase> of(char letter) {
        return Optional.ofNullable(BY_LETTER.get(letter));
    }

    /** True if {@code metric} is an EIA molded-tantalum body size. */
    public static boolean isEiaSize(String metric) {
        return EIA_SIZES.contains(metric);
    }

    /** This case as a package. */
    public PackageSpec spec() {
        return PackageSpec.of(PackageKind.MOLDED_POLARIZED).withCode(metric).withPins(2).withHeight(height);
    }
}
