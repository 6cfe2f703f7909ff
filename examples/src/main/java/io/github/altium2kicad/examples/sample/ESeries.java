package io.github.altium2kicad.examples.sample;

import java.util.ArrayList;
import java.util.List;

/** IEC 60063 preferred-number series, as three-digit mantissas (100 = 1.00). */
enum ESeries {
    E6(100, 150, 220, 330, 470, 680),
    E12(100, 120, 150, 180, 220, 270, 330, 390, 470, 560, 680, 820),
    E24(100, 110, 120, 130, 150, 160, 180, 200, 220, 240, 270, 300, 330, 360, 390, 430, 470, 510, 560, 620, 680,
            750, 820, 910),
    E96(100, 102, 105, 107, 110, 113, 115, 118, 121, 124, 127, 130, 133, 137, 140, 143, 147, 150, 154, 158, 162,
            165, 169, 174, 178, 182, 187, 191, 196, 200, 205, 210, 215, 221, 226, 232, 237, 243, 249, 255, 261, 267,
            274, 280, 287, 294, 301, 309, 316, 324, 332, 340, 348, 357, 365, 374, 383, 392, 402, 412, 422, 432, 442,
            453, 464, 475, 487, 499, 511, 523, 536, 549, 562, 576, 590, 604, 619, 634, 649, 665, 681, 698, 715, 732,
            750, 768, 787, 806, 825, 845, 866, 887, 909, 931, 953, 976);

    private final int[] mantissas;

    ESeries(int... mantissas) {
        this.mantissas = mantissas;
    }

    /** True if the three-digit mantissa is in this series. */
    boolean contains(int mantissa) {
        for (int m : mantissas) {
            if (m == mantissa) {
                return true;
            }
        }
        return false;
    }

    /**
     * Every value of the series from {@code 10^fromExponent} (inclusive) up to {@code 10^toExponent} (inclusive,
     * that last decade contributing only its first value).
     */
    List<ComponentValue> range(int fromExponent, int toExponent) {
        List<ComponentValue> values = new ArrayList<>();
        for (int exponent = fromExponent; exponent < toExponent; exponent++) {
            for (int m : mantissas) {
                values.add(ComponentValue.of(m, exponent));
            }
        }
        values.add(ComponentValue.of(100, toExponent));
        return values;
    }
}
