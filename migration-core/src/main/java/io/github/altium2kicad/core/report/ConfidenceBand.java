package io.github.altium2kicad.core.report;

/** Ranges of {@link io.github.altium2kicad.api.mapping.MappingDecision#confidence()} the report counts parts in. */
public enum ConfidenceBand {
    /** Exactly 1: a preserved Altium reference or a user's exact rule. */
    CERTAIN("1.0", "#1b5e20"),
    /** At least 0.9. */
    HIGH("0.9 to 0.99", "#66bb6a"),
    /** At least 0.6. */
    MEDIUM("0.6 to 0.89", "#f9a825"),
    /** Below 0.6. */
    LOW("below 0.6", "#c62828");

    private final String label;
    private final String color;

    ConfidenceBand(String label, String color) {
        this.label = label;
        this.color = color;
    }

    /** The band of {@code confidence}. */
    public static ConfidenceBand of(double confidence) {
        if (confidence >= 1.0) {
            return CERTAIN;
        }
        if (confidence >= 0.9) {
            return HIGH;
        }
        return confidence >= 0.6 ? MEDIUM : LOW;
    }

    /** The range as shown to users, e.g. {@code 0.6 to 0.89}. */
    public String label() {
        return label;
    }

    /** The band's color in the chart. */
    String color() {
        return color;
    }

    /** The lower-case name used in CSV and JSON. */
    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
