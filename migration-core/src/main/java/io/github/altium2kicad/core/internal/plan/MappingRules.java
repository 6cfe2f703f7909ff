package io.github.altium2kicad.core.internal.plan;

import io.github.altium2kicad.api.MigrationConfig;
import io.github.altium2kicad.api.mapping.MappingRule;
import io.github.altium2kicad.core.internal.cache.CacheFingerprint;
import io.github.altium2kicad.core.mapping.AltiumLibraries;
import io.github.altium2kicad.core.mapping.CheckedUserRule;
import io.github.altium2kicad.core.mapping.ConfidenceThreshold;
import io.github.altium2kicad.core.mapping.PreserveRule;
import io.github.altium2kicad.core.mapping.UnmappedRule;
import io.github.altium2kicad.core.mapping.standard.StandardLibraryRule;
import io.github.altium2kicad.core.mapping.standard.StandardWithFallback;
import io.github.altium2kicad.core.mapping.user.MappingTableRule;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;

/**
 * The rule chain of a migration, in order, each rule with what identifies it in the cache fingerprint: the user's
 * mapping tables and rule classes (by priority), then for {@code standard} the standard-library rule above
 * {@code min_confidence} and the preserve fallback, for {@code standard-only} the standard-library rule and the
 * unmapped fallback, for {@code preserve} the preserve rule alone. Each rule is fingerprinted where it is built, so
 * nothing asks a rule what it is.
 */
public final class MappingRules {

    /** A rule of the chain and how it enters the cache fingerprint. */
    private record Link(MappingRule rule, Consumer<CacheFingerprint.Builder> identity) {
    }

    private final List<Link> links;

    private MappingRules(List<Link> links) {
        this.links = List.copyOf(links);
    }

    /**
     * The chain for {@code config}'s mapping mode.
     *
     * @param userRules the user's Java rules, in priority order; each is wrapped in a {@link CheckedUserRule}
     */
    public static MappingRules of(MigrationConfig config, MappingSetup mapping, List<MappingRule> userRules) {
        List<Link> links = new ArrayList<>();
        for (MappingTableRule table : mapping.tables()) {
            links.add(new Link(table, f -> f.rule(table, null, List.of(table.file()))));
        }
        for (MappingRule rule : userRules) { // names and pads checked; the user's own code fingerprinted, not the wrapper
            links.add(new Link(new CheckedUserRule(rule, mapping.index()), f -> f.rule(rule)));
        }
        links.sort(Comparator.comparingInt(l -> l.rule().priority())); // stable: tables keep file order, classes name order
        switch (config.mappingMode()) {
            case PRESERVE -> links.add(plain(new PreserveRule()));
            case STANDARD -> {
                // the preserve rule keeps the parts the standard rule declines, with the reason; alone after it,
                // it decides the parts the standard rule throws on
                StandardWithFallback standard = new StandardWithFallback(new StandardLibraryRule(mapping.index()),
                        config.minConfidence(), new PreserveRule());
                links.add(new Link(standard, f -> f.rule(standard, StandardLibraryRule.BEHAVIOUR_VERSION, List.of())));
                links.add(plain(new PreserveRule()));
            }
            case STANDARD_ONLY -> {
                StandardLibraryRule standard = new StandardLibraryRule(mapping.index());
                links.add(new Link(new ConfidenceThreshold(standard, config.minConfidence()),
                        f -> f.rule(standard, StandardLibraryRule.BEHAVIOUR_VERSION, List.of())));
                links.add(plain(new UnmappedRule(config.minConfidence())));
            }
            default -> throw new IllegalStateException("unknown mode " + config.mappingMode());
        }
        return new MappingRules(links);
    }

    private static Link plain(MappingRule rule) {
        return new Link(rule, f -> f.rule(rule));
    }

    /**
     * False if the chain is the preserve rule alone ({@code preserve} mode without mapping tables or rule classes):
     * that rule only renames the part's own references, from the Altium library catalog, which keeps what it read in
     * its own persistent cache; keying, looking up and storing its decisions in the mapping cache costs more than
     * making them (a 70,000-part realistic library in preserve mode: 178 profiler samples in the lookups against 45
     * in the rule itself, beside the reading of the library files).
     */
    public boolean worthPersisting() {
        return !(links.size() == 1 && links.get(0).rule() instanceof PreserveRule);
    }

    /** The rules in chain order. */
    public List<MappingRule> rules() {
        return links.stream().map(Link::rule).toList();
    }

    /**
     * A digest of everything that decides a mapping: when it changes, cached decisions are not used. The rules (and
     * their files), the mapping settings, the KiCad library index, the Altium library catalog (nicknames) and the
     * DbLib itself.
     */
    public String fingerprint(MigrationConfig config, MappingSetup mapping, AltiumLibraries catalog, Path dbLib) {
        CacheFingerprint.Builder fingerprint = CacheFingerprint.builder()
                .setting("mapping_mode", config.mappingMode().configName())
                .setting("min_confidence", Double.toString(config.minConfidence()))
                .setting("user_rule_checks", CheckedUserRule.CHECKS_VERSION)
                .setting("engine_version", String.valueOf(MappingRules.class.getPackage().getImplementationVersion()))
                .kicadLibraryIndex(mapping.index().contentDigest())
                .altiumLibraries(catalog)
                .library(dbLib);
        links.forEach(link -> link.identity().accept(fingerprint));
        return fingerprint.build().value();
    }
}
