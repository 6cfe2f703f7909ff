package io.github.altium2kicad.core.report;

import io.github.altium2kicad.api.MappingMode;
import java.util.Objects;

/**
 * What the report lists for review. Every part listed is in the CSV, the JSON and the HTML.
 *
 * @param mappingMode   the migration's mapping mode; outside {@code preserve}, parts decided by the preserve rule are
 *                      listed for review
 * @param reviewBelow   decisions with a confidence below this are listed for review
 */
public record ReportSettings(MappingMode mappingMode, double reviewBelow) {

    /** Default confidence threshold for review. */
    public static final double DEFAULT_REVIEW_BELOW = 0.8;

    public ReportSettings {
        Objects.requireNonNull(mappingMode, "mappingMode");
        if (!(reviewBelow >= 0 && reviewBelow <= 1)) {
            throw new IllegalArgumentException("reviewBelow must be in [0,1], got " + reviewBelow);
        }
    }

    /** The default settings for {@code mappingMode}. */
    public static ReportSettings defaults(MappingMode mappingMode) {
        return new ReportSettings(mappingMode, DEFAULT_REVIEW_BELOW);
    }
}
