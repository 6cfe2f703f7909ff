package io.github.altium2kicad.core.internal.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.altium2kicad.api.MappingMode;
import io.github.altium2kicad.api.MigrationConfig;
import io.github.altium2kicad.api.mapping.MappingRule;
import io.github.altium2kicad.core.kicad.index.KicadLibraryIndex;
import io.github.altium2kicad.core.mapping.AltiumLibraries;
import io.github.altium2kicad.core.mapping.CheckedUserRule;
import io.github.altium2kicad.core.mapping.ConfidenceThreshold;
import io.github.altium2kicad.core.mapping.PreserveRule;
import io.github.altium2kicad.core.mapping.UnmappedRule;
import io.github.altium2kicad.core.mapping.standard.StandardWithFallback;
import io.github.altium2kicad.core.testing.FailingRule;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The rule chain of each mapping mode, and its cache fingerprint. */
class MappingRulesTest {

    private static final MappingSetup NO_TABLES = new MappingSetup(KicadLibraryIndex.empty(), List.of());

    @TempDir
    Path dir;

    private static MigrationConfig mode(MappingMode mode) {
        return MigrationConfig.builder().mappingMode(mode).build();
    }

    private static List<Class<?>> classes(List<MappingRule> rules) {
        return rules.stream().<Class<?>>map(Object::getClass).toList();
    }

    @Test
    void eachModeEndsWithItsOwnFallbackAfterTheUsersCheckedRules() {
        MappingRule user = FailingRule.fixed("R0805");
        assertThat(classes(MappingRules.of(mode(MappingMode.PRESERVE), NO_TABLES, List.of(user)).rules()))
                .containsExactly(CheckedUserRule.class, PreserveRule.class);
        assertThat(classes(MappingRules.of(mode(MappingMode.STANDARD), NO_TABLES, List.of(user)).rules()))
                .containsExactly(CheckedUserRule.class, StandardWithFallback.class, PreserveRule.class);
        assertThat(classes(MappingRules.of(mode(MappingMode.STANDARD_ONLY), NO_TABLES, List.of()).rules()))
                .containsExactly(ConfidenceThreshold.class, UnmappedRule.class);
        MappingRule checked = MappingRules.of(mode(MappingMode.PRESERVE), NO_TABLES, List.of(user)).rules().get(0);
        assertThat(((CheckedUserRule) checked).rule()).isSameAs(user);
    }

    @Test
    void theFingerprintIsStableAndChangesWithTheRulesAndTheMode() throws Exception {
        Path dbLib = Files.writeString(dir.resolve("Parts.DbLib"), "[OutsideOfTable]\n");
        AltiumLibraries catalog = AltiumLibraries.empty();
        MigrationConfig standard = mode(MappingMode.STANDARD);
        String plain = MappingRules.of(standard, NO_TABLES, List.of()).fingerprint(standard, NO_TABLES, catalog, dbLib);
        assertThat(MappingRules.of(standard, NO_TABLES, List.of()).fingerprint(standard, NO_TABLES, catalog, dbLib))
                .isEqualTo(plain);
        assertThat(MappingRules.of(standard, NO_TABLES, List.of(FailingRule.fixed("R0805")))
                .fingerprint(standard, NO_TABLES, catalog, dbLib)).isNotEqualTo(plain);
        MigrationConfig standardOnly = mode(MappingMode.STANDARD_ONLY);
        assertThat(MappingRules.of(standardOnly, NO_TABLES, List.of()).fingerprint(standardOnly, NO_TABLES, catalog, dbLib))
                .isNotEqualTo(plain);
    }
}
