package io.github.altium2kicad.core.report;

import io.github.altium2kicad.api.MappingMode;
import java.util.Objects;

/**
 * What the report lists for review and how much of it the HTML shows.
 *
 * @param mappingMode   the migration's mapping mode; outside {@code preserve}, parts decided by the preserve rule are
 *                      listed for review
 * @param reviewBelow   decisions with a confidence below this are listed for review
 * @param htmlRowLimit  at most this many review rows are shown in the HTML (and kept in memory); the CSV and JSON
 *                      have all of them
 */
public record ReportSettings(MappingMode mappingMode, double reviewBelow, int htmlRowLimit) {

    /** Default confidence threshold for review. */
    public static final double DEFAULT_REVIEW_BELOW = 0.8;
    /** Default number of review rows in the HTML. */
    public static final int DEFAULT_HTML_ROW_LIMIT = 10_000;

    public ReportSettings {
        Objects.requireNonNull(mappingMode, "mappingMode");
        if (!(reviewBelow >= 0 && reviewBelow <= 1)) {
            throw new IllegalArgumentException("reviewBelow must be in [0,1], got " + reviewBelow);
        }
        if (htmlRowLimit < 0) {
            throw new IllegalArgumentException("htmlRowLimit must be >= 0, got " + htmlRowLimit);
        }
    }

    /** The default settings for {@code mappingMode}. */
    public static ReportSettings defaults(MappingMode mappingMode) {
        return new ReportSettings(mappingMode, DEFAULT_REVIEW_BELOW, DEFAULT_HTML_ROW_LIMIT);
    }
}
