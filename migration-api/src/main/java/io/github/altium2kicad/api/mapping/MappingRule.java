package io.github.altium2kicad.api.mapping;

import java.util.Optional;
import java.util.Set;

/**
 * One link of the mapping chain: it decides a part's KiCad symbol and footprints, or passes it on to the next
 * rule by returning empty. User rules run before the built-in ones, ordered by {@link #priority()}; the last
 * built-in rule keeps the Altium references, so every part gets a decision.
 *
 * <p>Rules must be pure functions of their {@link MappingInput} and {@link MappingContext}: decisions are
 * memoized by input. Rules are called from several threads at once. Register a rule for
 * {@link java.util.ServiceLoader} in {@code META-INF/services/io.github.altium2kicad.api.mapping.MappingRule}.
 *
 * <p>A rule that throws on a part is skipped for that part: the next rule decides it and the part is reported as a
 * {@link io.github.altium2kicad.api.PartIssue.Kind#RULE_ERROR}; more such parts than {@code max_part_errors} stop
 * the run.
 */
public interface MappingRule {

    /** A short, stable name, reported with every decision the rule makes. */
    String name();

    /** Lower runs earlier among user rules; ties are ordered by name. */
    default int priority() {
        return 0;
    }

    /**
     * Columns besides the library and footprint references that this rule reads from
     * {@link MappingInput#attributes()}, e.g. {@code Package / Case}. Only declared columns are given to rules.
     */
    default Set<String> attributeColumns() {
        return Set.of();
    }

    /**
     * A version of what the rule decides, digested into the persistent cache's fingerprint together with a digest of
     * the rule's own code (its jar, or its class folder): an edited and rebuilt rule invalidates its cached decisions
     * by itself. Change this only when the rule's answers change for reasons outside that code, e.g. data it reads
     * from elsewhere or another jar it calls. The default is empty.
     */
    default String version() {
        return "";
    }

    /** Decides the part, or returns empty to pass it on. */
    Optional<MappingDecision> map(MappingInput input, MappingContext context);
}
