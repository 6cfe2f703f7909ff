package io.github.altium2kicad.core.mapping;

import io.github.altium2kicad.api.mapping.MappingContext;
import io.github.altium2kicad.api.mapping.MappingDecision;
import io.github.altium2kicad.api.mapping.MappingInput;
import io.github.altium2kicad.api.mapping.MappingRule;
import java.util.Optional;
import java.util.Set;

/**
 * Lets a rule's decisions through only at or above {@code min_confidence} and only when they give both a symbol and a
 * footprint; otherwise the part passes on to the next rule (in {@code standard} mode: the preserve fallback keeps the
 * Altium symbol and footprint together). A KiCad footprint is never paired with an Altium symbol: their pad names
 * need not agree (Altium footprints may name pads B/C/E or A/K where KiCad numbers them).
 */
public final class ConfidenceThreshold implements MappingRule, FootprintDecisionCounts.Source {

    private final MappingRule rule;
    private final double minConfidence;

    public ConfidenceThreshold(MappingRule rule, double minConfidence) {
        this.rule = rule;
        this.minConfidence = minConfidence;
    }

    @Override
    public String name() {
        return rule.name();
    }

    @Override
    public int priority() {
        return rule.priority();
    }

    @Override
    public Set<String> attributeColumns() {
        return rule.attributeColumns();
    }

    @Override
    public Optional<MappingDecision> map(MappingInput input, MappingContext context) {
        return rule.map(input, context)
                .filter(d -> d.confidence() >= minConfidence && d.symbol().isPresent() && !d.footprints().isEmpty());
    }

    /** The counts of the rule behind the threshold, if it decides per footprint. */
    @Override
    public FootprintDecisionCounts footprintDecisionCounts() {
        return rule instanceof FootprintDecisionCounts.Source source ? source.footprintDecisionCounts()
                : FootprintDecisionCounts.NONE;
    }

    /** The rule behind the threshold. */
    public MappingRule rule() {
        return rule;
    }
}
