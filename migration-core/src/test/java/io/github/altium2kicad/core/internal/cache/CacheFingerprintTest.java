package io.github.altium2kicad.core.internal.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.altium2kicad.api.cache.CacheStoreSettings;
import io.github.altium2kicad.api.mapping.AltiumFootprint;
import io.github.altium2kicad.api.mapping.KicadLibId;
import io.github.altium2kicad.api.mapping.MappingDecision;
import io.github.altium2kicad.api.mapping.MappingInput;
import io.github.altium2kicad.core.dblib.DbLibParser;
import io.github.altium2kicad.core.mapping.AltiumFileLocator;
import io.github.altium2kicad.core.mapping.AltiumLibraries;
import io.github.altium2kicad.core.mapping.PreserveRule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CacheFingerprintTest {

    @TempDir
    Path dir;

    private CacheFingerprint.Builder base(Path ruleFile) {
        return CacheFingerprint.builder()
                .setting("mapping_mode", "standard")
                .setting("min_confidence", "0.8")
                .rule("user-table", "com.example.UserTableRule", "1.0", List.of(ruleFile))
                .rule(new PreserveRule())
                .kicadLibraryIndex("kicad-6-index-digest")
                .libraryDigest("dblib-digest");
    }

    @Test
    void isDeterministicAndIgnoresSettingOrder() throws IOException {
        Path rules = Files.writeString(dir.resolve("rules.yaml"), "- match: RES\n  symbol: Device:R\n");
        Map<String, String> forward = new LinkedHashMap<>();
        forward.put("a", "1");
        forward.put("b", "2");
        Map<String, String> backward = new LinkedHashMap<>();
        backward.put("b", "2");
        backward.put("a", "1");

        CacheFingerprint first = base(rules).settings(forward).build();
        CacheFingerprint second = base(rules).settings(backward).build();

        assertThat(first).isEqualTo(second);
        assertThat(first.value()).hasSize(64).matches("[0-9a-f]{64}");
    }

    @Test
    void everyPartChangesIt() throws IOException {
        Path rules = Files.writeString(dir.resolve("rules.yaml"), "a");
        Path other = Files.writeString(dir.resolve("other.yaml"), "b");
        String reference = base(rules).build().value();
        List<UnaryOperator<CacheFingerprint.Builder>> changes = List.of(
                b -> b.setting("mapping_mode", "preserve"),
                b -> b.setting("min_confidence", null),
                b -> b.setting("extra", ""),
                b -> b.rule("another", "com.example.Another", null, List.of()),
                b -> b.kicadLibraryIndex("kicad-7-index-digest"),
                b -> b.kicadLibraryIndex(null),
                b -> b.libraryDigest("other-dblib"),
                b -> b.altiumLibraries(AltiumLibraries.empty()));

        List<String> values = changes.stream().map(c -> c.apply(base(rules)).build().value()).toList();

        assertThat(values).doesNotContain(reference).doesNotHaveDuplicates();
        assertThat(base(other).build().value()).isNotEqualTo(reference);
        assertThat(CacheFingerprint.builder().rule("r", "C", "1", List.of()).rule("s", "D", "1", List.of()).build())
                .isNotEqualTo(CacheFingerprint.builder().rule("s", "D", "1", List.of()).rule("r", "C", "1", List.of()).build());
    }

    @Test
    void ruleFilesCountByContentNotLocation() throws IOException {
        Path here = Files.writeString(dir.resolve("rules.yaml"), "same");
        Path there = Files.writeString(Files.createDirectories(dir.resolve("moved")).resolve("rules.yaml"), "same");
        Path missing = dir.resolve("missing.yaml");

        assertThat(base(here).build()).isEqualTo(base(there).build());
        assertThat(base(missing).build()).isNotEqualTo(base(here).build());
    }

    @Test
    void foldersAreDigestedByRelativePathsAndContents() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("tables"));
        Files.writeString(folder.resolve("a.csv"), "1");
        Files.writeString(Files.createDirectories(folder.resolve("sub")).resolve("b.csv"), "2");
        String before = base(folder).build().value();

        Files.writeString(folder.resolve("sub/b.csv"), "3");
        String edited = base(folder).build().value();
        Files.move(folder.resolve("sub/b.csv"), folder.resolve("sub/c.csv"));
        String renamed = base(folder).build().value();

        assertThat(List.of(before, edited, renamed)).doesNotHaveDuplicates();
    }

    @Test
    void theDbLibIsDigestedByContent() throws IOException {
        Path dbLib = Files.writeString(dir.resolve("Parts.DbLib"), "[OutputDatabaseLinkFile]\r\nVersion=1.1\r\n");
        String before = CacheFingerprint.builder().library(dbLib).build().value();
        Files.writeString(dbLib, "[OutputDatabaseLinkFile]\r\nVersion=1.1\r\n[Table1]\r\n");

        assertThat(CacheFingerprint.builder().library(dbLib).build().value()).isNotEqualTo(before);
        assertThatThrownBy(() -> CacheFingerprint.builder().library(dir.resolve("absent.DbLib")))
                .isInstanceOf(UncheckedIOException.class).hasMessageContaining("absent.DbLib");
    }

    @Test
    void theAltiumCatalogCountsThroughItsNicknames() throws IOException {
        Path dbLib = Files.writeString(dir.resolve("Parts.DbLib"), String.join("\r\n", "[OutputDatabaseLinkFile]",
                "Version=1.1", "[DatabaseLinks]", "ConnectionString=Provider=Microsoft.ACE.OLEDB.12.0;Data Source=parts.accdb",
                "[Table1]", "TableName=Resistors", "Enabled=True", ""));
        AltiumFileLocator locator = new AltiumFileLocator(new DbLibParser().parse(dbLib));
        AltiumLibraries one = AltiumLibraries.build(List.of("Passives.SchLib"), List.of("Chip.PcbLib"), locator);
        // a second file of the same name shifts the nicknames (Chip, Chip_2): cached references would be stale
        AltiumLibraries two = AltiumLibraries.build(List.of("Passives.SchLib"), List.of("Chip.PcbLib", "lib2/Chip.PcbLib"), locator);

        assertThat(CacheFingerprint.builder().altiumLibraries(one).build())
                .isNotEqualTo(CacheFingerprint.builder().altiumLibraries(two).build())
                .isNotEqualTo(CacheFingerprint.builder().build());
    }

    @Test
    void changingARuleFileHidesEntriesStoredUnderTheOldFingerprint() throws IOException {
        Path rules = Files.writeString(dir.resolve("rules.yaml"), "- match: RES\n  symbol: Device:R\n");
        MappingInput input = new MappingInput("Resistors", "RES", "Passives.SchLib",
                List.of(new AltiumFootprint("R0603", "Chip.PcbLib")), Map.of());
        MappingDecision decision = new MappingDecision(Optional.of(new KicadLibId("Device", "R")), List.of(), 0.9,
                "user-table", List.of("matched RES"), List.of());
        MutableClock clock = new MutableClock(Instant.parse("2025-01-01T00:00:00Z"));
        Path cacheDir = dir.resolve("cache");

        String before = base(rules).build().value();
        try (SqliteCacheStore store = SqliteCacheStore.open(settings(cacheDir, before), clock, 16)) {
            store.put(input, decision);
        }
        Files.writeString(rules, "- match: RES\n  symbol: Device:R_Small\n");
        String after = base(rules).build().value();

        assertThat(after).isNotEqualTo(before);
        try (SqliteCacheStore store = SqliteCacheStore.open(settings(cacheDir, after), clock, 16)) {
            assertThat(store.get(input)).isEmpty();
        }
        try (SqliteCacheStore store = SqliteCacheStore.open(settings(cacheDir, before), clock, 16)) {
            assertThat(store.get(input)).contains(decision);
        }
    }

    private static CacheStoreSettings settings(Path directory, String fingerprint) {
        return new CacheStoreSettings(directory, Duration.ofDays(30), false, fingerprint);
    }
}
