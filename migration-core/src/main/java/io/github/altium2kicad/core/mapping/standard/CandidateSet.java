package io.github.altium2kicad.core.mapping.standard;

import io.github.altium2kicad.api.mapping.KicadLibId;

import java.util.List;

/**
 * The KiCad names proposed for one part, before checking them against the library index.
 *
 * @param symbol     the symbol, or {@code null} when the pinout does not follow from the package (ICs,
 *                   transistors): then only a footprint is proposed
 * @param footprints the footprints that fit the package; exactly one must survive the checks
 * @param note       why nothing could be proposed ({@code footprints} empty), or {@code null}
 */
public record CandidateSet(KicadLibId symbol, List<FootprintCandidate> footprints, String note) {

    public CandidateSet {
        footprints = List.copyOf(footprints);
    }

    /** No proposal, for the reason given. */
    public static CandidateSet none(String note) {
        return new CandidateSet(null, List.of(), note);
    }
}
