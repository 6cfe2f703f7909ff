package io.github.altium2kicad.core.testing;

import io.github.altium2kicad.api.mapping.KicadLibId;
import io.github.altium2kicad.api.mapping.MappingContext;
import io.github.altium2kicad.api.mapping.MappingDecision;
import io.github.altium2kicad.api.mapping.MappingInput;
import io.github.altium2kicad.api.mapping.MappingRule;
import java.util.List;
import java.util.Optional;

/**
 * A user rule named {@value #NAME} for the parts whose first footprint is {@code footprint}: while broken, it throws
 * {@code IllegalStateException("no pitch in <footprint>")} on them; once fixed, it maps them to {@link #SYMBOL} and
 * {@link #FOOTPRINT}. Other parts pass on. Broken and fixed share a class and a name, so the cache fingerprint of a
 * run does not tell them apart (as with a fix that does not change a jar's version).
 */
public final class FailingRule implements MappingRule {

    public static final String NAME = "acme";
    public static final KicadLibId SYMBOL = new KicadLibId("Device", "R");
    public static final KicadLibId FOOTPRINT = new KicadLibId("Resistor_SMD", "R_0805_2012Metric");

    private final String footprint;
    private final boolean broken;

    private FailingRule(String footprint, boolean broken) {
        this.footprint = footprint;
        this.broken = broken;
    }

    /** Throws on parts whose first footprint is {@code footprint}. */
    public static FailingRule broken(String footprint) {
        return new FailingRule(footprint, true);
    }

    /** Maps parts whose first footprint is {@code footprint}. */
    public static FailingRule fixed(String footprint) {
        return new FailingRule(footprint, false);
    }

    /** The issue text for a part this rule failed on and {@code decidedBy} decided. */
    public String issue(String decidedBy) {
        return "mapping rule '" + NAME + "' failed (IllegalStateException: no pitch in " + footprint + "); decided by '"
                + decidedBy + "' instead";
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Optional<MappingDecision> map(MappingInput input, MappingContext context) {
        if (input.footprints().isEmpty() || !footprint.equals(input.footprints().get(0).ref())) {
            return Optional.empty();
        }
        if (broken) {
            throw new IllegalStateException("no pitch in " + footprint);
        }
        return Optional.of(new MappingDecision(Optional.of(SYMBOL), List.of(FOOTPRINT), 1.0, NAME, List.of("fixed"), List.of()));
    }
}
