package io.github.altium2kicad.core.mapping;

import io.github.altium2kicad.api.mapping.MappingDecision;
import java.util.Optional;

/**
 * What the {@link MappingChain} decided for one input: the decision, and the failure of a rule before the one that
 * decided, if a rule threw. A decision with a failure is never put into the persistent cache.
 *
 * @param decision the decision of the first rule that answered
 * @param failure  the first rule that threw on the input, if any
 */
public record ChainDecision(MappingDecision decision, Optional<RuleFailure> failure) {

    /** A decision no rule failed on. */
    public static ChainDecision clean(MappingDecision decision) {
        return new ChainDecision(decision, Optional.empty());
    }

    /** The part issue text if a rule failed: the rule, the cause and who decided instead. */
    public Optional<String> ruleError() {
        return failure.map(f -> f.describe(decision.rule()));
    }
}
