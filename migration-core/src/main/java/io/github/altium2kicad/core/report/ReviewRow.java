package io.github.altium2kicad.core.report;

import io.github.altium2kicad.core.mapping.DeclineReason;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Set;

/**
 * One part listed for review.
 *
 * @param table      the Altium table
 * @param row        the 1-based source row
 * @param key        the part's key ({@code null} if empty)
 * @param reasons    why it is listed
 * @param rule       the rule that decided it; empty for a part not written (duplicate or empty key)
 * @param confidence the decision's confidence, or {@code null} for a part not written
 * @param symbol     the KiCad symbol written, or empty
 * @param footprints the KiCad footprints column written, or empty
 * @param details    the decision's problems and the Altium reference findings
 * @param declineReason for a part kept as Altium in {@code standard} mode, why the standard rule did not map it
 *                   (rule: short reason (saw: …)); empty otherwise
 */
record ReviewRow(String table, long row, String key, Set<ReviewReason> reasons, String rule, Double confidence,
                 String symbol, String footprints, List<String> details, String declineReason) {

    ReviewRow {
        reasons = Set.copyOf(reasons);
        details = List.copyOf(details);
        declineReason = declineReason == null ? "" : declineReason;
    }

    /** The reasons' keys, in declaration order, separated by {@code ;}. */
    String reasonKeys() {
        StringBuilder out = new StringBuilder();
        for (ReviewReason r : ReviewReason.values()) {
            if (reasons.contains(r)) {
                out.append(out.length() > 0 ? ";" : "").append(r.key());
            }
        }
        return out.toString();
    }

    /** The reasons' labels, in declaration order, separated by {@code , }. */
    String reasonLabels() {
        StringBuilder out = new StringBuilder();
        for (ReviewReason r : ReviewReason.values()) {
            if (reasons.contains(r)) {
                out.append(out.length() > 0 ? ", " : "").append(r.label());
            }
        }
        return out.toString();
    }

    /**
     * The review list's Reason column, by which {@code report.html} filters, sorts and counts its most common
     * reasons: the reasons' labels, then the standard rule's short decline reason for a part kept as Altium
     * ({@code kept Altium references: standard-library: no package recognized for a resistor}), otherwise the
     * first detail, if any. The one place that says what a part's reason is.
     */
    String reason() {
        if (!declineReason.isEmpty()) {
            return reasonLabels() + ": " + DeclineReason.summaryOf(declineReason);
        }
        return details.isEmpty() ? reasonLabels() : reasonLabels() + ": " + details.get(0);
    }

    /** The Details column: the decline reason with what the rule saw, then the decision's problems and findings. */
    String detailsText() {
        String joined = String.join("; ", details);
        if (declineReason.isEmpty()) {
            return joined;
        }
        return joined.isEmpty() ? declineReason : declineReason + "; " + joined;
    }

    /** The confidence with two decimals, rounded half up as {@code %.2f} does; empty for none. */
    String confidenceText() {
        return confidence == null ? "" : BigDecimal.valueOf(confidence).setScale(2, RoundingMode.HALF_UP).toPlainString();
    }
}
