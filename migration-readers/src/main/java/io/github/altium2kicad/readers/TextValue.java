package io.github.altium2kicad.readers;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;

/**
 * The text every reader gives for a typed value, so that the same value reads the same from every backend:
 * <ul>
 *   <li>whole numbers without a fraction ({@code 8}, never {@code 8.0}); other doubles in their shortest exact
 *       decimal form, never in exponent notation ({@code 0.1}, {@code 100000000000000000000});</li>
 *   <li>decimals ({@link BigDecimal}) with their own scale, {@link BigDecimal#toPlainString() plain}
 *       ({@code 1.50} stays {@code 1.50});</li>
 *   <li>booleans as {@code True}/{@code False}, the way Altium shows an Access Yes/No field;</li>
 *   <li>dates ISO-8601: {@code 2024-01-05} when the time is midnight, else {@code 2024-01-05T10:30:00}.</li>
 * </ul>
 */
public final class TextValue {

    private static final double EXACT_LONG_LIMIT = 1e15;

    private TextValue() {
    }

    /** {@code 8.0} → {@code 8}, {@code 0.1} → {@code 0.1}, {@code 1e20} → {@code 100000000000000000000}. */
    public static String of(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return Double.toString(value);
        }
        if (value == Math.rint(value) && Math.abs(value) < EXACT_LONG_LIMIT) {
            return Long.toString((long) value);
        }
        return plain(BigDecimal.valueOf(value));
    }

    /** Like {@link #of(double)}, with the float's own shortest form ({@code 0.1f} → {@code 0.1}). */
    public static String of(float value) {
        if (Float.isNaN(value) || Float.isInfinite(value)) {
            return Float.toString(value);
        }
        if (value == Math.rint(value) && Math.abs(value) < EXACT_LONG_LIMIT) {
            return Long.toString((long) value);
        }
        return plain(new BigDecimal(Float.toString(value)));
    }

    /** The decimal as written, in plain notation: {@code 1.50} → {@code 1.50}, {@code 1E+3} → {@code 1000}. */
    public static String of(BigDecimal value) {
        return value.toPlainString();
    }

    /** {@code True} or {@code False}. */
    public static String of(boolean value) {
        return value ? "True" : "False";
    }

    /** {@code 2024-01-05} at midnight, else {@code 2024-01-05T10:30:00} (with a fraction only if there is one). */
    public static String of(LocalDateTime value) {
        return value.toLocalTime().equals(LocalTime.MIDNIGHT) ? of(value.toLocalDate())
                : DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(value);
    }

    /** {@code 2024-01-05}. */
    public static String of(LocalDate value) {
        return DateTimeFormatter.ISO_LOCAL_DATE.format(value);
    }

    /** {@code 10:30:00}. */
    public static String of(LocalTime value) {
        return DateTimeFormatter.ISO_LOCAL_TIME.format(value);
    }

    /** {@code 2024-01-05T10:30:00+01:00}. */
    public static String of(OffsetDateTime value) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(value);
    }

    private static String plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return (stripped.signum() == 0 ? BigDecimal.ZERO : stripped).toPlainString();
    }
}
