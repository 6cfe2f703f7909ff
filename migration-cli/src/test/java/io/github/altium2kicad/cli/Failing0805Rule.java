package io.github.altium2kicad.cli;

import io.github.altium2kicad.api.mapping.MappingContext;
import io.github.altium2kicad.api.mapping.MappingDecision;
import io.github.altium2kicad.api.mapping.MappingInput;
import io.github.altium2kicad.api.mapping.MappingRule;
import io.github.altium2kicad.core.testing.FailingRule;
import java.util.Optional;

/**
 * A user rule as {@link java.util.ServiceLoader} finds it (public, no-argument constructor): it throws on the 40 0805
 * resistors of the standard test library. {@link CliIT} puts it on the CLI's class path.
 */
public final class Failing0805Rule implements MappingRule {

    private final FailingRule rule = FailingRule.broken("RESC2012X70N");

    @Override
    public String name() {
        return rule.name();
    }

    @Override
    public Optional<MappingDecision> map(MappingInput input, MappingContext context) {
        return rule.map(input, context);
    }
}
