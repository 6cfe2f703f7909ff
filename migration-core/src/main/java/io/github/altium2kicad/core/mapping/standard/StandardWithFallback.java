package io.github.altium2kicad.core.mapping.standard;

import io.github.altium2kicad.api.mapping.MappingContext;
import io.github.altium2kicad.api.mapping.MappingDecision;
import io.github.altium2kicad.api.mapping.MappingInput;
import io.github.altium2kicad.api.mapping.MappingRule;
import io.github.altium2kicad.core.mapping.DeclineReason;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code standard} mode's last step: the {@link StandardLibraryRule}'s decision where it gives a symbol and a
 * footprint at or above {@code min_confidence}, otherwise the fallback's (the preserve rule keeps the Altium symbol
 * and footprint together) with the {@link DeclineReason} why the standard rule did not map the part added to its
 * evidence. A KiCad footprint is never paired with an Altium symbol. Always answers if the fallback does; put the
 * fallback after it in the chain too, so that it decides the parts this rule throws on.
 */
public final class StandardWithFallback implements MappingRule, io.github.altium2kicad.core.mapping.FootprintDecisionCounts.Source {

    private final StandardLibraryRule standard;
    private final double minConfidence;
    private final MappingRule fallback;

    /** The standard rule above {@code minConfidence}, else {@code fallback} with the reason. */
    public StandardWithFallback(StandardLibraryRule standard, double minConfidence, MappingRule fallback) {
        this.standard = standard;
        this.minConfidence = minConfidence;
        this.fallback = fallback;
    }

    /** The standard rule's name: a failure of this rule is the standard rule's. */
    @Override
    public String name() {
        return standard.name();
    }

    @Override
    public Set<String> attributeColumns() {
        Set<String> columns = new java.util.LinkedHashSet<>(standard.attributeColumns());
        columns.addAll(fallback.attributeColumns());
        return Set.copyOf(columns);
    }

    @Override
    public io.github.altium2kicad.core.mapping.FootprintDecisionCounts footprintDecisionCounts() {
        return standard.footprintDecisionCounts();
    }

    /** The standard-library rule. */
    public StandardLibraryRule standard() {
        return standard;
    }

    @Override
    public Optional<MappingDecision> map(MappingInput input, MappingContext context) {
        StandardLibraryRule.Verdict verdict = standard.evaluate(input, context);
        Optional<MappingDecision> decision = verdict.decision();
        if (decision.isPresent() && accepted(decision.get())) {
            return decision;
        }
        Optional<MappingDecision> kept = fallback.map(input, context);
        if (kept.isEmpty()) {
            return kept;
        }
        DeclineReason reason = reason(verdict);
        MappingDecision k = kept.get();
        List<String> evidence = new ArrayList<>(k.evidence());
        evidence.add(reason.toEvidence());
        return Optional.of(new MappingDecision(k.symbol(), k.footprints(), k.confidence(), k.rule(), evidence,
                k.problems()));
    }

    private boolean accepted(MappingDecision d) {
        return d.confidence() >= minConfidence && d.symbol().isPresent() && !d.footprints().isEmpty();
    }

    private DeclineReason reason(StandardLibraryRule.Verdict verdict) {
        String seen = verdict.seen() == null ? "" : verdict.seen();
        if (verdict.decision().isPresent()) {
            MappingDecision d = verdict.decision().get();
            String why = verdict.reason() != null ? verdict.reason()
                    : d.symbol().isEmpty() ? "no symbol" : "below min_confidence";
            return new DeclineReason(StandardLibraryRule.NAME, why, String.format(java.util.Locale.ROOT,
                    "confidence %.2f < %.2f; ", d.confidence(), minConfidence) + seen);
        }
        return new DeclineReason(StandardLibraryRule.NAME,
                verdict.reason() == null ? "nothing recognized" : verdict.reason(), seen);
    }
}
