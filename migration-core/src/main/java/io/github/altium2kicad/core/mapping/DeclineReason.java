package io.github.altium2kicad.core.mapping;

import java.util.List;
import java.util.Optional;

/**
 * Why a rule did not map a part that kept its Altium references: which rule declined, a short reason that is the
 * same for every part with the same cause (so that reasons can be counted and grouped), and what the rule saw.
 * Carried in the fallback decision's evidence as one entry starting with {@value #PREFIX}, so that it survives the
 * persistent cache and reaches the report.
 *
 * @param rule   the rule that declined, e.g. {@code standard-library}
 * @param reason the short, stable reason, e.g. {@code footprint name in no known style, no package text recognized,
 *               part family unknown}
 * @param seen   the evidence the rule saw: names and texts of this part (may be empty)
 */
public record DeclineReason(String rule, String reason, String seen) {

    /** How the evidence entry carrying a decline reason starts. */
    public static final String PREFIX = "declined by ";
    private static final String SEEN = " | saw: ";

    public DeclineReason {
        if (rule == null || rule.isBlank() || reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("a decline reason needs a rule and a reason");
        }
        if (reason.contains(SEEN) || rule.contains(": ")) {
            throw new IllegalArgumentException("a decline reason must not contain '" + SEEN.strip() + "': " + reason);
        }
        seen = seen == null ? "" : seen;
    }

    /** The grouping key: {@code standard-library: footprint name has an unknown word}. */
    public String summary() {
        return rule + ": " + reason;
    }

    /** The evidence entry {@link #in} reads back. */
    public String toEvidence() {
        return PREFIX + summary() + (seen.isEmpty() ? "" : SEEN + seen);
    }

    /** The {@link #summary()} part of a {@link #describe()} text. */
    public static String summaryOf(String described) {
        int seen = described.indexOf(" (saw: ");
        return seen < 0 ? described : described.substring(0, seen);
    }

    /** The text shown in reports: the summary and what the rule saw. */
    public String describe() {
        return summary() + (seen.isEmpty() ? "" : " (saw: " + seen + ")");
    }

    /** The decline reason carried in a decision's {@code evidence}, if any. */
    public static Optional<DeclineReason> in(List<String> evidence) {
        for (String entry : evidence) {
            if (entry.startsWith(PREFIX)) {
                String rest = entry.substring(PREFIX.length());
                int colon = rest.indexOf(": ");
                int seen = rest.indexOf(SEEN);
                if (colon > 0) {
                    String reason = seen < 0 ? rest.substring(colon + 2) : rest.substring(colon + 2, seen);
                    return Optional.of(new DeclineReason(rest.substring(0, colon), reason,
                            seen < 0 ? "" : rest.substring(seen + SEEN.length())));
                }
            }
        }
        return Optional.empty();
    }
}
