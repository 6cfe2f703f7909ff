package io.github.altium2kicad.core.report;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What the review list says of every part that shares one decision: a review row without the part's table, row
 * and key. Decided once per distinct input, it can be kept as one line of text ({@link #toText}) until the parts
 * are listed, so a migration never holds the decisions of a whole table in memory.
 *
 * @param reasons    why the parts are listed (not empty)
 * @param rule       the rule that decided
 * @param confidence the decision's confidence
 * @param symbol     the KiCad symbol written, or empty
 * @param footprints the KiCad footprints column written, or empty
 * @param details    the decision's problems and the Altium reference findings
 * @param declineReason for a part kept as Altium in {@code standard} mode, why the standard rule did not map it
 *                   ({@link io.github.altium2kicad.core.mapping.DeclineReason#describe()}); empty otherwise
 */
public record PartReview(Set<ReviewReason> reasons, String rule, double confidence, String symbol, String footprints,
                         List<String> details, String declineReason) {

    private static final char FIELD = '\u001f';
    private static final char ITEM = '\u001e';

    public PartReview {
        if (reasons.isEmpty()) {
            throw new IllegalArgumentException("a part listed for review needs a reason");
        }
        reasons = Set.copyOf(reasons);
        details = List.copyOf(details);
        declineReason = declineReason == null ? "" : declineReason;
    }

    /** A review without a decline reason. */
    public PartReview(Set<ReviewReason> reasons, String rule, double confidence, String symbol, String footprints,
                      List<String> details) {
        this(reasons, rule, confidence, symbol, footprints, details, "");
    }

    /** One line of text {@link #fromText} reads back (fields separated by control characters no name contains). */
    public String toText() {
        StringBuilder out = new StringBuilder();
        for (ReviewReason r : ReviewReason.values()) {
            if (reasons.contains(r)) {
                out.append(r.ordinal()).append(',');
            }
        }
        out.append(FIELD).append(rule).append(FIELD).append(Double.toString(confidence)).append(FIELD).append(symbol)
                .append(FIELD).append(footprints).append(FIELD);
        for (int i = 0; i < details.size(); i++) {
            out.append(i > 0 ? String.valueOf(ITEM) : "").append(details.get(i));
        }
        out.append(FIELD).append(declineReason);
        return out.toString();
    }

    /** The review {@link #toText} wrote. */
    public static PartReview fromText(String text) {
        String[] f = text.split(String.valueOf(FIELD), -1);
        if (f.length != 7) {
            throw new IllegalArgumentException("not a stored part review: " + text);
        }
        Set<ReviewReason> reasons = EnumSet.noneOf(ReviewReason.class);
        for (String ordinal : f[0].split(",")) {
            if (!ordinal.isEmpty()) {
                reasons.add(ReviewReason.values()[Integer.parseInt(ordinal)]);
            }
        }
        List<String> details = new ArrayList<>();
        if (!f[5].isEmpty()) {
            details.addAll(List.of(f[5].split(String.valueOf(ITEM), -1)));
        }
        return new PartReview(reasons, f[1], Double.parseDouble(f[2]), f[3], f[4], details, f[6]);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "PartReview[%s, %s %.2f]", reasons, rule, confidence);
    }
}
