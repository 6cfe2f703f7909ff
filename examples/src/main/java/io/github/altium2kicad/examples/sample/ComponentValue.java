package io.github.altium2kicad.examples.sample;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * A component value in base units (ohm, farad, henry, hertz) and the ways the industry writes it: engineering
 * notation ({@code 4.7 kΩ}), RKM codes ({@code 4K7}), EIA codes ({@code 472}, {@code 4701}) and Vishay's
 * four-character codes ({@code 4K70}).
 *
 * @param value the value in base units
 */
record ComponentValue(BigDecimal value) implements Comparable<ComponentValue> {

    private static final String[] PREFIXES = {"p", "n", "µ", "m", "", "k", "M", "G"};
    private static final int PREFIX_OFFSET = 4;

    ComponentValue {
        Objects.requireNonNull(value, "value");
        value = value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
    }

    /** {@code mantissa × 10^(exponent - 2)}: {@code of(470, 3)} is 4.7 k. */
    static ComponentValue of(int mantissa, int exponent) {
        return new ComponentValue(BigDecimal.valueOf(mantissa).scaleByPowerOfTen(exponent - 2));
    }

    /** A value from its plain decimal text ({@code "0.01"}, {@code "1e-7"}). */
    static ComponentValue of(String decimal) {
        return new ComponentValue(new BigDecimal(decimal));
    }

    /** The value times {@code 10^exponent}: {@code pico()} of a capacitance is its value in pF. */
    ComponentValue scaled(int exponent) {
        return new ComponentValue(value.scaleByPowerOfTen(exponent));
    }

    /** The three significant digits (100..999) of a non-zero value. */
    int mantissa() {
        int exponent = decimalExponent();
        return value.scaleByPowerOfTen(2 - exponent).setScale(0, RoundingMode.HALF_UP).intValueExact();
    }

    /** The power of ten of the leading digit: 2 for 470. */
    int decimalExponent() {
        return value.precision() - value.scale() - 1;
    }

    /** Engineering notation with a space: {@code 4.7 kΩ}, {@code 100 nF}, {@code 0 Ω}. */
    String engineering(String unit) {
        return number().toPlainString() + " " + prefix() + unit;
    }

    /** Engineering notation without a space: {@code 4.7k}, {@code 100n} (append a unit yourself). */
    String compact(String unit) {
        return number().toPlainString() + prefix() + unit;
    }

    private BigDecimal number() {
        if (value.signum() == 0) {
            return BigDecimal.ZERO;
        }
        return value.scaleByPowerOfTen(-3 * group()).stripTrailingZeros();
    }

    private String prefix() {
        return value.signum() == 0 ? "" : PREFIXES[group() + PREFIX_OFFSET];
    }

    private int group() {
        return Math.floorDiv(decimalExponent(), 3);
    }

    /** The plain decimal: {@code 0.01}, {@code 4700}. */
    String plain() {
        return value.toPlainString();
    }

    /**
     * The RKM code with {@code R}, {@code K}, {@code M} as the decimal mark: {@code 4R7}, {@code 100R},
     * {@code 4K7}, {@code 49K9}, {@code 1M}, {@code 0R}.
     */
    String rkm() {
        if (value.signum() == 0) {
            return "0R";
        }
        int g = Math.max(0, group());
        String letter = g == 0 ? "R" : g == 1 ? "K" : "M";
        String digits = value.scaleByPowerOfTen(-3 * g).stripTrailingZeros().toPlainString();
        return digits.contains(".") ? digits.replace(".", letter) : digits + letter;
    }

    /** Two significant digits and a multiplier ({@code 472}, {@code 104}), {@code R} below ten ({@code 4R7}). */
    String eia3() {
        return eiaCode(2);
    }

    /** Three significant digits and a multiplier ({@code 4701}, {@code 1002}), {@code R} below 100 ({@code 49R9}). */
    String eia4() {
        return eiaCode(3);
    }

    private String eiaCode(int significant) {
        if (value.signum() == 0) {
            return "0".repeat(significant + 1);
        }
        int exponent = decimalExponent();
        if (exponent >= significant - 1) {
            String digits = value.scaleByPowerOfTen(significant - 1 - exponent).setScale(0, RoundingMode.HALF_UP)
                    .toPlainString();
            return digits + (exponent - significant + 1);
        }
        BigDecimal rounded = value.setScale(significant - 1 - exponent, RoundingMode.HALF_UP);
        String text = rounded.toPlainString();
        if (text.startsWith("0.")) {
            text = text.substring(1);
        }
        return text.replace(".", "R");
    }

    /** Vishay's four characters with the multiplier letter as the decimal mark: {@code 4K70}, {@code 100R}. */
    String vishay4() {
        int g = Math.max(0, group());
        String letter = g == 0 ? "R" : g == 1 ? "K" : "M";
        BigDecimal scaled = value.scaleByPowerOfTen(-3 * g);
        if (scaled.compareTo(BigDecimal.valueOf(100)) >= 0) {
            return scaled.setScale(0, RoundingMode.HALF_UP).toPlainString() + letter;
        }
        int decimals = scaled.compareTo(BigDecimal.TEN) >= 0 ? 1 : 2;
        return scaled.setScale(decimals, RoundingMode.HALF_UP).toPlainString().replace(".", letter);
    }

    @Override
    public int compareTo(ComponentValue other) {
        return value.compareTo(other.value);
    }
}
