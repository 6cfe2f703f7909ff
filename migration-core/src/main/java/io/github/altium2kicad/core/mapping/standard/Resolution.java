package io.github.altium2kicad.core.mapping.standard;

import io.github.altium2kicad.api.mapping.KicadLibId;

import java.util.List;

/**
 * A {@link CandidateSet} checked against the library index.
 *
 * @param symbol    the symbol, or {@code null} (footprint-only proposals, or a failed check)
 * @param footprint the footprint, or {@code null} if the check failed
 * @param evidence  what the checks found, e.g. {@code Resistor_SMD:R_0603_1608Metric has 2 pads}
 * @param problem   why the proposal failed, or {@code null}
 */
public record Resolution(KicadLibId symbol, KicadLibId footprint, List<String> evidence, String problem) {

    public Resolution {
        evidence = List.copyOf(evidence);
    }

    /** True if a footprint survived the checks. */
    public boolean resolved() {
        return footprint != null && problem == null;
    }
}
