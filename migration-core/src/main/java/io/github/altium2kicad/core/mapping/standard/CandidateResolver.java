package io.github.altium2kicad.core.mapping.standard;

import io.github.altium2kicad.api.mapping.KicadLibId;
import io.github.altium2kicad.core.kicad.index.FootprintMount;
import io.github.altium2kicad.core.kicad.index.KicadFootprint;
import io.github.altium2kicad.core.kicad.index.KicadLibraryIndex;
import io.github.altium2kicad.core.kicad.index.KicadSymbol;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Checks proposed KiCad names against a {@link KicadLibraryIndex}: the footprint exists, its numbered pads are
 * as many as the package's terminals, exactly one proposed footprint passes, its mount agrees with the part's
 * mounting type when known, and the symbol exists with as many pins as the footprint has pads. Nothing that
 * fails a check is ever returned. Immutable.
 */
public final class CandidateResolver {

    private final KicadLibraryIndex index;

    /** A resolver checking against {@code index}. */
    public CandidateResolver(KicadLibraryIndex index) {
        this.index = index;
    }

    /** Checks {@code candidates}; {@code mount} is the part's stated mounting type, or {@code null}. */
    public Resolution resolve(CandidateSet candidates, FootprintMount mount) {
        List<String> evidence = new ArrayList<>();
        if (candidates.footprints().isEmpty()) {
            return new Resolution(null, null, evidence, candidates.note());
        }
        List<KicadFootprint> passing = new ArrayList<>();
        List<String> rejected = new ArrayList<>();
        for (FootprintCandidate candidate : candidates.footprints()) {
            Optional<KicadFootprint> found = index.footprint(candidate.footprint());
            if (found.isEmpty()) {
                rejected.add(candidate.footprint() + " is not in the KiCad libraries");
            } else if (found.get().padCount() != candidate.expectedPads()) {
                rejected.add(candidate.footprint() + " has " + found.get().padCount() + " numbered pads, the package "
                        + candidate.expectedPads());
            } else if (mount != null && found.get().mount() != FootprintMount.UNSPECIFIED && found.get().mount() != mount) {
                rejected.add(candidate.footprint() + " is " + mountName(found.get().mount()) + ", the part "
                        + mountName(mount));
            } else {
                passing.add(found.get());
            }
        }
        if (passing.isEmpty()) {
            return new Resolution(null, null, evidence, String.join("; ", rejected));
        }
        if (passing.size() > 1) {
            List<String> names = new ArrayList<>();
            passing.forEach(fp -> names.add(fp.id().name()));
            return new Resolution(null, null, evidence, "several KiCad footprints fit, the name does not say which: "
                    + String.join(", ", names));
        }
        KicadFootprint footprint = passing.get(0);
        evidence.add(footprint.id() + " exists with " + footprint.padCount() + " numbered pads");
        KicadLibId symbolId = candidates.symbol();
        if (symbolId == null) {
            return new Resolution(null, footprint.id(), evidence, null);
        }
        Optional<KicadSymbol> symbol = index.symbol(symbolId);
        if (symbol.isEmpty()) {
            return new Resolution(null, null, evidence, symbolId + " is not in the KiCad libraries");
        }
        if (symbol.get().pinCount() != footprint.padCount()) {
            return new Resolution(null, null, evidence, symbolId + " has " + symbol.get().pinCount()
                    + " pins but " + footprint.id() + " has " + footprint.padCount() + " pads");
        }
        evidence.add(symbolId + " exists with " + symbol.get().pinCount() + " pins");
        return new Resolution(symbolId, footprint.id(), evidence, null);
    }

    private static String mountName(FootprintMount mount) {
        return mount == FootprintMount.SMD ? "surface-mount" : "through-hole";
    }
}
