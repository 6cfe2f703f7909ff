package io.github.altium2kicad.core.mapping;

import io.github.altium2kicad.api.mapping.MappingContext;
import io.github.altium2kicad.api.mapping.MappingDecision;
import io.github.altium2kicad.api.mapping.MappingInput;
import io.github.altium2kicad.api.mapping.MappingRule;
import java.util.List;
import java.util.Optional;

/**
 * The last rule in {@code standard-only} mode: a part no rule mapped confidently gets no symbol and no footprint,
 * and the problem says so; it is written, counted as unresolved and listed for review.
 */
public final class UnmappedRule implements MappingRule {

    /** The rule's name in decisions and reports. */
    public static final String NAME = "unmapped";

    private final double minConfidence;

    public UnmappedRule(double minConfidence) {
        this.minConfidence = minConfidence;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Optional<MappingDecision> map(MappingInput input, MappingContext context) {
        return Optional.of(new MappingDecision(Optional.empty(), List.of(), 0, NAME,
                List.of("Library Ref=" + input.libraryRef(), "Footprint Ref=" + (input.footprints().isEmpty() ? "" : input.footprints().get(0).ref())),
                List.of("no standard KiCad symbol and footprint with confidence >= " + minConfidence
                        + " (mapping_mode: standard-only keeps no Altium reference)")));
    }
}
