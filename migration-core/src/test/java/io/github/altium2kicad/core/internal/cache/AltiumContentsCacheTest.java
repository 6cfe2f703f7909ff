package io.github.altium2kicad.core.internal.cache;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.altium2kicad.core.altium.AltiumLibraryContents;
import io.github.altium2kicad.testkit.altium.FixtureFootprint;
import io.github.altium2kicad.testkit.altium.FixtureSymbol;
import io.github.altium2kicad.testkit.altium.PcbLibComposer;
import io.github.altium2kicad.testkit.altium.SchLibComposer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.OptionalInt;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What was read from real (composed) {@code .SchLib}/{@code .PcbLib} files is answered from the cache while the files
 * are unchanged, also after a mere touch, and read again when their bytes change; pads are counted only when asked.
 */
class AltiumContentsCacheTest {

    @TempDir
    Path dir;
    Path cacheDir;
    Path pcbLib;
    Path schLib;

    @BeforeEach
    void files() throws Exception {
        cacheDir = dir.resolve("cache");
        pcbLib = new PcbLibComposer().add("R0603", "", FixtureFootprint.CHIP_2_PADS)
                .add("QFP32_7x7mm", "", FixtureFootprint.QFP_42_PADS).write(dir.resolve("Chip.PcbLib")).file();
        schLib = new SchLibComposer().add("RES", "Resistor", FixtureSymbol.RESISTOR_2_PINS)
                .write(dir.resolve("Passives.SchLib")).file();
    }

    @Test
    void unchangedFilesComeFromTheCacheWithThePadsCountedBefore() {
        AltiumContentsCache first = AltiumContentsCache.open(cacheDir).orElseThrow();
        AltiumLibraryContents pcb = first.read(pcbLib);
        AltiumLibraryContents sch = first.read(schLib);
        assertThat(first.reads()).isEqualTo(2);
        assertThat(pcb.padsCounted()).as("names only until the mapper asks for pads").isFalse();
        assertThat(pcb.padCount("qfp32_7x7MM")).as("numbered pads: 32 leads and the thermal pad").isEqualTo(OptionalInt.of(33));
        assertThat(pcb.padsCounted()).isTrue();
        first.save(List.of(pcb, sch));

        AltiumContentsCache second = AltiumContentsCache.open(cacheDir).orElseThrow();
        AltiumLibraryContents cachedPcb = second.read(pcbLib);
        AltiumLibraryContents cachedSch = second.read(schLib);
        assertThat(second.hits()).isEqualTo(2);
        assertThat(second.reads()).isZero();
        assertThat(cachedPcb.padsCounted()).isTrue();
        assertThat(cachedPcb.padCount("R0603")).isEqualTo(OptionalInt.of(2));
        assertThat(cachedPcb.twoPadLayout("R0603")).isPresent().isEqualTo(pcb.twoPadLayout("R0603"));
        assertThat(cachedPcb.names()).isEqualTo(pcb.names());
        assertThat(cachedPcb.kicadName("qfp32_7x7mm")).isEqualTo(pcb.kicadName("qfp32_7x7mm")).contains("QFP32_7x7mm");
        assertThat(cachedSch.names()).isEqualTo(sch.names()).containsExactly("RES");
        assertThat(cachedSch.kicadName("res")).isEqualTo(sch.kicadName("res"));
        assertThat(cachedSch.status()).isEqualTo(AltiumLibraryContents.Status.READ);
    }

    @Test
    void theContentCheckSeesEveryByteNotTheFileTime() throws Exception {
        Path a = Files.write(dir.resolve("a.bin"), new byte[] {1, 2, 3, 4});
        Path same = Files.write(dir.resolve("b.bin"), new byte[] {1, 2, 3, 4});
        Path other = Files.write(dir.resolve("c.bin"), new byte[] {1, 2, 3, 5});
        Files.setLastModifiedTime(same, FileTime.fromMillis(Files.getLastModifiedTime(a).toMillis() + 3_600_000));
        assertThat(AltiumContentsCache.digest(same)).isEqualTo(AltiumContentsCache.digest(a)).startsWith("crc32c:");
        assertThat(AltiumContentsCache.digest(other)).isNotEqualTo(AltiumContentsCache.digest(a));
    }

    @Test
    void aTouchedFileWithTheSameBytesIsAHitAChangedOneIsReadAgain() throws Exception {
        AltiumContentsCache first = AltiumContentsCache.open(cacheDir).orElseThrow();
        first.save(List.of(first.read(pcbLib)));
        Files.setLastModifiedTime(pcbLib, FileTime.fromMillis(Files.getLastModifiedTime(pcbLib).toMillis() + 3_600_000));
        AltiumContentsCache touched = AltiumContentsCache.open(cacheDir).orElseThrow();
        touched.save(List.of(touched.read(pcbLib)));
        assertThat(touched.hits()).isEqualTo(1);

        new PcbLibComposer().add("R0603", "", FixtureFootprint.CHIP_2_PADS).add("R0402", "", FixtureFootprint.CHIP_2_PADS)
                .write(pcbLib);
        AltiumContentsCache changed = AltiumContentsCache.open(cacheDir).orElseThrow();
        AltiumLibraryContents again = changed.read(pcbLib);
        assertThat(changed.reads()).isEqualTo(1);
        assertThat(again.names()).containsExactlyInAnyOrder("R0603", "R0402");
        changed.save(List.of(again));
        AltiumContentsCache after = AltiumContentsCache.open(cacheDir).orElseThrow();
        assertThat(after.read(pcbLib).names()).containsExactlyInAnyOrder("R0603", "R0402");
        assertThat(after.hits()).isEqualTo(1);
    }

    @Test
    void aDamagedCacheFileIsMovedAsideAndAFreshOneUsed() throws Exception {
        Files.createDirectories(cacheDir);
        Files.writeString(cacheDir.resolve(AltiumContentsCache.FILE_NAME), "not a database, just text that is long enough");
        AltiumContentsCache cache = AltiumContentsCache.open(cacheDir).orElseThrow();
        cache.save(List.of(cache.read(schLib)));
        try (Stream<Path> files = Files.list(cacheDir)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .anyMatch(n -> n.startsWith(AltiumContentsCache.FILE_NAME + ".corrupt-"));
        }
        assertThat(AltiumContentsCache.open(cacheDir).orElseThrow().read(schLib).names()).containsExactly("RES");
    }

    @Test
    void clearingTheMappingCacheClearsThisToo() {
        AltiumContentsCache cache = AltiumContentsCache.open(cacheDir).orElseThrow();
        cache.save(List.of(cache.read(schLib)));
        assertThat(MappingCaches.clear(io.github.altium2kicad.api.MigrationConfig.builder().cacheDirectory(cacheDir).build()))
                .isPositive();
        assertThat(cacheDir.resolve(AltiumContentsCache.FILE_NAME)).doesNotExist();
        AltiumContentsCache fresh = AltiumContentsCache.open(cacheDir).orElseThrow();
        fresh.read(schLib);
        assertThat(fresh.reads()).isEqualTo(1);
    }

    @Test
    void unreadableFilesAreNotKept() throws Exception {
        Path broken = Files.writeString(dir.resolve("Broken.PcbLib"), "not a compound file");
        AltiumContentsCache cache = AltiumContentsCache.open(cacheDir).orElseThrow();
        AltiumLibraryContents read = cache.read(broken);
        assertThat(read.status()).isEqualTo(AltiumLibraryContents.Status.UNREADABLE);
        cache.save(List.of(read));
        AltiumContentsCache again = AltiumContentsCache.open(cacheDir).orElseThrow();
        assertThat(again.read(broken).status()).isEqualTo(AltiumLibraryContents.Status.UNREADABLE);
        assertThat(again.reads()).isEqualTo(1);
    }
}
