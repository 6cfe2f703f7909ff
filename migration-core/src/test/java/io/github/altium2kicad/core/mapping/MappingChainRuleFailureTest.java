package io.github.altium2kicad.core.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.altium2kicad.api.MigrationException;
import io.github.altium2kicad.api.cache.CacheStoreSettings;
import io.github.altium2kicad.api.mapping.AltiumFootprint;
import io.github.altium2kicad.api.mapping.MappingContext;
import io.github.altium2kicad.api.mapping.MappingDecision;
import io.github.altium2kicad.api.mapping.MappingInput;
import io.github.altium2kicad.api.mapping.MappingRule;
import io.github.altium2kicad.core.internal.cache.SqliteCacheStore;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A rule that throws is skipped: the next rule decides, the failure is kept, and the decision is not cached for later runs. */
class MappingChainRuleFailureTest {

    @TempDir
    Path dir;

    private static final MappingContext CONTEXT = MappingChainCacheTest.CONTEXT;

    /** Throws on parts whose Library Ref starts with {@code BAD}, passes on the others. */
    private static final MappingRule BAD = new MappingRule() {
        @Override
        public String name() {
            return "bad-refs";
        }

        @Override
        public Optional<MappingDecision> map(MappingInput input, MappingContext context) {
            if (input.libraryRef().startsWith("BAD")) {
                throw new IllegalArgumentException("cannot read '" + input.libraryRef() + "'\n  second line");
            }
            return Optional.empty();
        }
    };

    private static MappingInput input(String libraryRef) {
        return new MappingInput("T", libraryRef, "P.SchLib", List.of(new AltiumFootprint("F", "F.PcbLib")), Map.of());
    }

    private SqliteCacheStore store() {
        return SqliteCacheStore.open(new CacheStoreSettings(dir, Duration.ofDays(1), false, "fp"));
    }

    @Test
    void theNextRuleDecidesAndTheFailureNamesTheRuleAndTheCauseOnOneLine() {
        MappingChain chain = new MappingChain(List.of(BAD, new PreserveRule()), CONTEXT, true);
        ChainDecision failed = chain.decide(input("BAD-1"));
        assertThat(failed.decision().rule()).isEqualTo(PreserveRule.NAME);
        assertThat(failed.failure()).contains(new RuleFailure("bad-refs", "IllegalArgumentException: cannot read 'BAD-1' second line"));
        assertThat(failed.ruleError()).contains("mapping rule 'bad-refs' failed (IllegalArgumentException: cannot read 'BAD-1' "
                + "second line); decided by 'preserve' instead");
        assertThat(chain.decide(input("OK-1")).failure()).isEmpty();
        assertThat(chain.decideAll(List.of(input("OK-2"), input("BAD-2"), input("BAD-1"))))
                .extracting(d -> d.failure().isPresent()).containsExactly(false, true, true);
    }

    @Test
    void aDecisionStandingInForAFailedRuleIsNotStoredForTheNextRun() {
        try (SqliteCacheStore store = store()) {
            MappingChain chain = new MappingChain(List.of(BAD, new PreserveRule()), CONTEXT, true, Optional.of(store));
            chain.decide(input("BAD-1"));
            chain.decideAll(List.of(input("BAD-2"), input("OK-1")));
            chain.decideAll(List.of(input("BAD-3")), false);
        }
        try (SqliteCacheStore store = store()) {
            assertThat(store.get(input("OK-1"))).isPresent();
            assertThat(store.get(input("BAD-1"))).isEmpty();
            assertThat(store.get(input("BAD-2"))).isEmpty();
            assertThat(store.get(input("BAD-3"))).isEmpty();
        }
    }

    @Test
    void whenNoLaterRuleAnswersTheRunFails() {
        MappingChain chain = new MappingChain(List.of(BAD), CONTEXT, false);
        assertThatThrownBy(() -> chain.decide(input("BAD-1"))).isInstanceOfSatisfying(MigrationException.class,
                        e -> assertThat(e.kind()).isEqualTo(MigrationException.Kind.FAILURE))
                .hasMessageContaining("Mapping rule 'bad-refs' failed on a part of table 'T' (Library Ref 'BAD-1')")
                .hasCauseInstanceOf(IllegalArgumentException.class);
    }
}
