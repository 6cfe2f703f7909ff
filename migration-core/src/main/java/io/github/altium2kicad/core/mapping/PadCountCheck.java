package io.github.altium2kicad.core.mapping;

import io.github.altium2kicad.api.mapping.AltiumFootprint;
import io.github.altium2kicad.api.mapping.KicadLibId;
import io.github.altium2kicad.api.mapping.MappingContext;
import io.github.altium2kicad.api.mapping.MappingDecision;
import io.github.altium2kicad.api.mapping.MappingInput;
import io.github.altium2kicad.core.kicad.index.KicadFootprint;
import io.github.altium2kicad.core.kicad.index.KicadLibraryIndex;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Compares the numbered pads of a part's Altium footprint (from its {@code .PcbLib}) with those of the KiCad footprint
 * a decision chose, so that a rule turning a 4-element resistor array (8 pads) into a 2-pad {@code R_0402} is caught.
 * Says nothing where a count is unknown: no Altium footprint, a {@code .PcbLib} that was not read or lacks it, or a
 * KiCad footprint outside the index.
 */
public final class PadCountCheck {

    private final KicadLibraryIndex index;

    /** @param index the KiCad libraries the decisions' footprints are looked up in */
    public PadCountCheck(KicadLibraryIndex index) {
        this.index = index;
    }

    /**
     * The mismatch between the part's first Altium footprint and the decision's first KiCad footprint, e.g.
     * {@code the Altium footprint RES ARRAY 4x0402_1005 has 8 numbered pads in its .PcbLib, Resistor_SMD:R_0402_1005Metric
     * has 2}, or empty if they agree or a count is unknown.
     */
    public Optional<String> mismatch(MappingInput input, MappingDecision decision, MappingContext context) {
        if (input.footprints().isEmpty() || decision.footprints().isEmpty() || context == null
                || context.altiumLibraries() == null) {
            return Optional.empty();
        }
        AltiumFootprint altium = input.footprints().get(0);
        KicadLibId kicad = decision.footprints().get(0);
        OptionalInt pads = context.altiumLibraries().footprintPadCount(altium.path(), altium.ref());
        Optional<KicadFootprint> target = index.footprint(kicad);
        if (pads.isEmpty() || target.isEmpty() || pads.getAsInt() == target.get().padCount()) {
            return Optional.empty();
        }
        return Optional.of("the Altium footprint " + altium.ref() + " has " + pads.getAsInt() + " numbered pads in its .PcbLib, "
                + kicad + " has " + target.get().padCount());
    }
}
