package io.github.altium2kicad.core.mapping;

import io.github.altium2kicad.api.MigrationException;
import io.github.altium2kicad.api.mapping.MappingContext;
import io.github.altium2kicad.api.mapping.MappingDecision;
import io.github.altium2kicad.api.mapping.MappingInput;
import io.github.altium2kicad.api.mapping.MappingRule;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The last link of the chain: the mapping rules in order, the first that answers decides. A rule that throws is
 * skipped: the next rule decides, and the {@link ChainDecision} carries the {@link RuleFailure} (the first one, if
 * several). Thread-safe.
 */
final class RuleLinks implements DecisionLink {

    private static final Logger LOG = LoggerFactory.getLogger(MappingChain.class);

    private final List<MappingRule> rules;
    private final MappingContext context;
    private final Set<String> failedRulesLogged = ConcurrentHashMap.newKeySet();

    RuleLinks(List<MappingRule> rules, MappingContext context) {
        this.rules = List.copyOf(rules);
        this.context = context;
    }

    @Override
    public Map<MappingInput, ChainDecision> decideAll(List<MappingInput> inputs) {
        Map<MappingInput, ChainDecision> decisions = new HashMap<>();
        inputs.forEach(input -> decisions.put(input, decide(input)));
        return decisions;
    }

    /**
     * @throws MigrationException if every rule threw or passed
     */
    @Override
    public ChainDecision decide(MappingInput input) {
        RuntimeException firstException = null;
        RuleFailure failure = null;
        for (MappingRule rule : rules) {
            Optional<MappingDecision> decision;
            try {
                decision = rule.map(input, context);
            } catch (RuntimeException e) {
                RuleFailure failed = RuleFailure.of(rule, e);
                logFirstFailure(failed, input, e);
                if (failure == null) {
                    firstException = e;
                    failure = failed;
                }
                continue;
            }
            if (decision != null && decision.isPresent()) {
                return new ChainDecision(decision.get(), Optional.ofNullable(failure));
            }
        }
        if (failure != null) {
            throw MigrationException.failure("Mapping rule '" + failure.rule() + "' failed on a part of table '" + input.table()
                    + "' (Library Ref '" + input.libraryRef() + "') and no later rule answered: " + failure.cause(), firstException);
        }
        throw new IllegalStateException("no mapping rule answered for " + input + "; the chain must end with a rule that always answers");
    }

    /** Logs a rule's first failure, with its stack trace at debug level (the parts it fails on are reported without). */
    private void logFirstFailure(RuleFailure failure, MappingInput input, RuntimeException e) {
        if (failedRulesLogged.add(failure.rule())) {
            LOG.warn("Mapping rule '{}' failed on a part of table '{}' (Library Ref '{}'): {}; the next rule decides the parts "
                    + "it fails on, each is reported (further failures of this rule are not logged)", failure.rule(), input.table(),
                    input.libraryRef(), failure.cause());
            LOG.debug("Stack trace of the first failure of mapping rule '{}'", failure.rule(), e);
        }
    }
}
