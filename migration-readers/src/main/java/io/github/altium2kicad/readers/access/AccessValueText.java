package io.github.altium2kicad.readers.access;

import com.healthmarketscience.jackcess.complex.Attachment;
import com.healthmarketscience.jackcess.complex.ComplexValueForeignKey;
import com.healthmarketscience.jackcess.complex.SingleValue;
import io.github.altium2kicad.readers.TextValue;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.StringJoiner;

/**
 * The text of one Access field value, as {@link TextValue} defines it: Short/Long Text and memo as written,
 * Byte/Integer/Long Integer/Large Number as whole numbers, Single/Double without {@code .0} artifacts,
 * Decimal and Currency plain with their scale (Currency has four decimals: {@code 1.5000}), Yes/No as
 * {@code True}/{@code False}, Date/Time ISO-8601, GUIDs as Access shows them ({@code {…}}), multi-value fields
 * as their values joined with {@code "; "}, attachment fields as their file names. OLE objects and binary
 * fields have no text: {@code null}.
 */
final class AccessValueText {

    private AccessValueText() {
    }

    /**
     * The text of {@code value}; {@code null} for NULL and for values without a text form.
     *
     * @throws IOException if a multi-value or attachment field cannot be read
     */
    static String of(Object value) throws IOException {
        if (value == null) {
            return null;
        }
        if (value instanceof String s) {
            return s;
        }
        if (value instanceof Boolean b) {
            return TextValue.of(b);
        }
        if (value instanceof Double d) {
            return TextValue.of(d.doubleValue());
        }
        if (value instanceof Float f) {
            return TextValue.of(f.floatValue());
        }
        if (value instanceof BigDecimal d) {
            return TextValue.of(d);
        }
        if (value instanceof Number n) { // Byte, Short, Integer, Long (whole numbers)
            return n.toString();
        }
        if (value instanceof LocalDateTime t) {
            return TextValue.of(t);
        }
        if (value instanceof Date d) {
            return TextValue.of(LocalDateTime.ofInstant(d.toInstant(), ZoneId.systemDefault()));
        }
        if (value instanceof ComplexValueForeignKey complex) {
            return complex(complex);
        }
        if (value instanceof byte[]) {
            return null;
        }
        return value.toString();
    }

    private static String complex(ComplexValueForeignKey key) throws IOException {
        StringJoiner out = new StringJoiner("; ");
        switch (key.getComplexType()) {
            case MULTI_VALUE -> {
                for (SingleValue v : key.getMultiValues()) {
                    String text = of(v.get());
                    if (text != null) {
                        out.add(text);
                    }
                }
            }
            case ATTACHMENT -> {
                for (Attachment a : key.getAttachments()) {
                    out.add(a.getFileName());
                }
            }
            default -> {
                return null; // version history, unsupported: the memo column itself holds the text
            }
        }
        return out.length() == 0 ? null : out.toString();
    }
}
