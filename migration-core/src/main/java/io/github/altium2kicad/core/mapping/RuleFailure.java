package io.github.altium2kicad.core.mapping;

import io.github.altium2kicad.api.mapping.MappingRule;

/**
 * A mapping rule that threw on a part: which rule, and the cause as one line (exception class and message, no stack
 * trace). The chain skips the rule and the next rule decides the part.
 *
 * @param rule  the failing rule's {@link MappingRule#name()}
 * @param cause e.g. {@code IllegalStateException: no pitch in 'JST-XH'}
 */
public record RuleFailure(String rule, String cause) {

    /** The failure of {@code rule} with {@code exception}. */
    public static RuleFailure of(MappingRule rule, RuntimeException exception) {
        String message = exception.getMessage();
        String cause = exception.getClass().getSimpleName() + (message == null || message.isBlank() ? "" : ": " + message.strip());
        return new RuleFailure(rule.name(), cause.replaceAll("\\s*\\R\\s*", " "));
    }

    /** What the part's issue says, e.g. {@code mapping rule 'acme' failed (…); decided by 'preserve' instead}. */
    public String describe(String decidedBy) {
        return "mapping rule '" + rule + "' failed (" + cause + "); decided by '" + decidedBy + "' instead";
    }
}
