package io.github.altium2kicad.core.report;

import java.util.Locale;

/** Why a part is listed for review. */
public enum ReviewReason {
    /** The decision's confidence is below the report's threshold. */
    LOW_CONFIDENCE("low confidence"),
    /** A standard-library mapping was asked for, but the part kept its Altium references. */
    PRESERVED_NOT_STANDARD("kept Altium references"),
    /** The part was written without a symbol or footprint, or with problems. */
    UNRESOLVED("unresolved"),
    /** An Altium library file or a name in it is missing or unreadable. */
    ALTIUM_REFERENCE("Altium reference"),
    /** The part's key appeared earlier in its table. */
    DUPLICATE_KEY("duplicate key"),
    /** The part's key is empty. */
    EMPTY_KEY("empty key"),
    /** The part's key has characters KiCad cannot use; it was written with a safe key. */
    KEY_RENAMED("key renamed"),
    /** A mapping rule failed on the part; a later rule decided it. */
    RULE_ERROR("rule error");

    private final String label;

    ReviewReason(String label) {
        this.label = label;
    }

    /** The reason as shown to users. */
    public String label() {
        return label;
    }

    /** The reason whose {@link #key()} is {@code key}. */
    static ReviewReason ofKey(String key) {
        for (ReviewReason r : values()) {
            if (r.key().equals(key)) {
                return r;
            }
        }
        throw new IllegalArgumentException("not a review reason: " + key);
    }

    /** The lower-case, hyphenated name used in CSV, JSON and the HTML filter: {@code low-confidence}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
