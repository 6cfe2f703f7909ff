package io.github.altium2kicad.core.internal.output;

import io.github.altium2kicad.api.KicadVerification;
import io.github.altium2kicad.api.PerformanceSummary;

/**
 * A finished run, its timings taken: what the summary and the report are written from.
 *
 * @param library      the built library
 * @param performance  the timings
 * @param verification the check by kicad-cli, or {@code null} without {@code verify_with_kicad}
 */
public record RunRecord(BuiltLibrary library, PerformanceSummary performance, KicadVerification verification) {
}
