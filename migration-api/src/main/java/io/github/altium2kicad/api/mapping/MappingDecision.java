package io.github.altium2kicad.api.mapping;

import java.util.List;
import java.util.Optional;

/**
 * What a mapping rule decided for a part: the KiCad symbol and footprints, how sure it is, who decided and why.
 *
 * @param symbol     the KiCad symbol, or empty if it could not be resolved
 * @param footprints the KiCad footprints, the first one being the part's footprint, the others alternates
 *                   (KiCad uses all of them as footprint filters); empty if none could be resolved
 * @param confidence how sure the rule is, in [0, 1]; 1 for a preserved Altium reference or a user's exact rule
 * @param rule       the {@link MappingRule#name()} of the rule that decided
 * @param evidence   short human-readable facts the decision rests on, e.g. {@code Footprint Ref=RESC1608X55N}
 * @param problems   what could not be resolved, e.g. {@code Footprint Path is blank}; empty when fully resolved
 */
public record MappingDecision(Optional<KicadLibId> symbol, List<KicadLibId> footprints, double confidence,
                              String rule, List<String> evidence, List<String> problems) {

    public MappingDecision {
        if (confidence < 0 || confidence > 1 || Double.isNaN(confidence)) {
            throw new IllegalArgumentException("confidence must be in [0,1], got " + confidence);
        }
        footprints = List.copyOf(footprints);
        evidence = List.copyOf(evidence);
        problems = List.copyOf(problems);
    }

    /** True if the part has a symbol and at least one footprint and no problem was found. */
    public boolean fullyResolved() {
        return symbol.isPresent() && !footprints.isEmpty() && problems.isEmpty();
    }

    /** The footprints as KiCad's footprints column wants them: {@code Lib:A;Lib:B}. */
    public String footprintsColumnValue() {
        StringBuilder out = new StringBuilder();
        for (KicadLibId id : footprints) {
            if (out.length() > 0) {
                out.append(';');
            }
            out.append(id);
        }
        return out.toString();
    }
}
