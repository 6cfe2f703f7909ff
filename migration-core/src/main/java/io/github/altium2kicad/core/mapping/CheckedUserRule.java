package io.github.altium2kicad.core.mapping;

import io.github.altium2kicad.api.mapping.KicadLibId;
import io.github.altium2kicad.api.mapping.MappingContext;
import io.github.altium2kicad.api.mapping.MappingDecision;
import io.github.altium2kicad.api.mapping.MappingInput;
import io.github.altium2kicad.api.mapping.MappingRule;
import io.github.altium2kicad.core.kicad.index.KicadLibraryIndex;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A user's Java rule whose decisions are checked as a mapping table's targets are: a symbol or footprint the KiCad
 * library index does not hold, and a KiCad footprint whose numbered pads differ from the Altium footprint's
 * ({@link PadCountCheck}), become problems of the decision, so the part is listed for review (unresolved) with the
 * reason. The decision is kept otherwise. Name, priority, columns and version are the wrapped rule's.
 */
public final class CheckedUserRule implements MappingRule {

    /** Bump when the checks change what they add to a decision (part of the cache fingerprint). */
    public static final String CHECKS_VERSION = "1";

    private final MappingRule rule;
    private final KicadLibraryIndex index;
    private final PadCountCheck pads;

    /**
     * @param rule  the user's rule
     * @param index the KiCad libraries the rule's names must exist in
     */
    public CheckedUserRule(MappingRule rule, KicadLibraryIndex index) {
        this.rule = rule;
        this.index = index;
        this.pads = new PadCountCheck(index);
    }

    /** The user's rule (whose own code fingerprints the cache). */
    public MappingRule rule() {
        return rule;
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
    public String version() {
        return rule.version();
    }

    @Override
    public Optional<MappingDecision> map(MappingInput input, MappingContext context) {
        Optional<MappingDecision> answer = rule.map(input, context);
        if (answer == null || answer.isEmpty()) {
            return answer;
        }
        MappingDecision decision = answer.get();
        List<String> found = new ArrayList<>();
        decision.symbol().filter(s -> !index.hasSymbol(s))
                .ifPresent(s -> found.add("symbol " + s + " does not exist in the KiCad libraries (kicad_libraries)"));
        for (KicadLibId footprint : decision.footprints()) {
            if (!index.hasFootprint(footprint)) {
                found.add("footprint " + footprint + " does not exist in the KiCad libraries (kicad_libraries)");
            }
        }
        pads.mismatch(input, decision, context).ifPresent(found::add);
        if (found.isEmpty()) {
            return answer;
        }
        List<String> problems = new ArrayList<>(decision.problems());
        problems.addAll(found);
        return Optional.of(new MappingDecision(decision.symbol(), decision.footprints(), decision.confidence(),
                decision.rule(), decision.evidence(), problems));
    }

    @Override
    public String toString() {
        return rule.toString();
    }
}
