package io.github.altium2kicad.core.altium;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.altium2kicad.core.altium.AltiumLibraryContents.Lookup;
import io.github.altium2kicad.core.altium.AltiumLibraryContents.Status;
import io.github.altium2kicad.core.testing.AltiumFixtures;
import io.github.altium2kicad.core.testing.KicadCli;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The names KiCad 9 lists for the components of real Altium files, and that {@link AltiumLibraryContents#kicadName}
 * gives exactly those: symbols under their storage names (cut to 31 characters), footprints under their full names.
 */
class RealLibraryNamesTest {

    static final String LONG_NAME = AltiumFixtures.LONG_NAME;
    static final String QUITE_LONG = AltiumFixtures.QUITE_LONG;

    @TempDir
    Path dir;

    static Path fixture(String name) {
        return AltiumFixtures.file(name);
    }

    @Test
    void longSymbolNamesAreListedUnderTheirStorageNames() {
        AltiumLibraryContents c = AltiumLibraryContents.read(fixture("long-partnames.SchLib"));
        assertThat(c.status()).isEqualTo(Status.READ);
        assertThat(c.names()).containsExactlyInAnyOrder(LONG_NAME, QUITE_LONG);
        assertThat(c.kicadName(LONG_NAME)).contains("This component has a long name,");
        assertThat(c.kicadName(QUITE_LONG)).contains("This component has quite a long");
        // KiCad and Altium ignore case; the file's spelling is written
        assertThat(c.kicadName(LONG_NAME.toUpperCase(Locale.ROOT))).contains("This component has a long name,");
        assertThat(c.find(QUITE_LONG.toLowerCase(Locale.ROOT))).isEqualTo(Lookup.FOUND_DIFFERENT_CASE);
        assertThat(c.kicadName("This component has a long name")).isEmpty(); // not a name in the file
    }

    @Test
    void footprintNamesAreNotCutAndKeepTheFilesSpelling() {
        AltiumLibraryContents c = AltiumLibraryContents.read(fixture("Simple.PcbLib"));
        assertThat(c.kicadName("sqfp50p800x800x300_hs-33t300x300")).contains("SQFP50P800X800X300_HS-33T300X300");
        assertThat(c.kicadName("SQFP50P800X800X300_HS-33T300X300").orElseThrow()).hasSizeGreaterThan(31); // 32: not cut
        assertThat(c.kicadName(" CAPC1608X09L ")).contains("CAPC1608X09L");
    }

    @Test
    void kicadListsExactlyTheSymbolNamesWeWrite() throws Exception {
        KicadCli kicad = KicadCli.assumeInstalled();
        AltiumLibraryContents c = AltiumLibraryContents.read(fixture("long-partnames.SchLib"));
        List<String> listed = kicad.symbolNames(fixture("long-partnames.SchLib"), dir);
        assertThat(listed).containsExactlyInAnyOrder("This component has a long name,", "This component has quite a long");
        assertThat(written(c)).containsExactlyInAnyOrderElementsOf(listed);
    }

    @Test
    void kicadListsExactlyTheFootprintNamesWeWrite() throws Exception {
        KicadCli kicad = KicadCli.assumeInstalled();
        AltiumLibraryContents c = AltiumLibraryContents.read(fixture("Simple.PcbLib"));
        List<String> listed = kicad.footprintNames(fixture("Simple.PcbLib"), dir);
        assertThat(listed).contains("SQFP50P800X800X300_HS-33T300X300", "CAPC1608X09L");
        assertThat(written(c)).containsExactlyInAnyOrderElementsOf(listed);
    }

    /**
     * A storage with a non-ASCII name (the fixture's first storage renamed, its component record unchanged): KiCad
     * lists the storage name as the file holds it (UTF-16 in the compound file), and so do we.
     */
    static Path nonAsciiStorage(Path file) throws java.io.IOException {
        java.nio.file.Files.copy(fixture("long-partnames.SchLib"), file);
        try (org.apache.poi.poifs.filesystem.POIFSFileSystem fs = new org.apache.poi.poifs.filesystem.POIFSFileSystem(file.toFile(), false)) {
            assertThat(fs.getRoot().getEntry("This component has a long name,").renameTo(NON_ASCII)).isTrue();
            fs.writeFilesystem();
        }
        return file;
    }

    static final String NON_ASCII = "Résistance µ 电阻 Ω";

    @Test
    void aNonAsciiStorageNameIsWrittenAsTheFileHoldsIt() throws Exception {
        AltiumLibraryContents c = AltiumLibraryContents.read(nonAsciiStorage(dir.resolve("Intl.SchLib")));
        assertThat(c.kicadName(LONG_NAME)).contains(NON_ASCII);
        assertThat(c.kicadName(QUITE_LONG)).contains("This component has quite a long");
    }

    @Test
    void kicadListsANonAsciiStorageNameAsTheFileHoldsIt() throws Exception {
        KicadCli kicad = KicadCli.assumeInstalled();
        Path file = nonAsciiStorage(dir.resolve("Intl.SchLib"));
        assertThat(kicad.symbolNames(file, dir)).containsExactlyInAnyOrder(NON_ASCII, "This component has quite a long");
        assertThat(written(AltiumLibraryContents.read(file))).containsExactlyInAnyOrder(NON_ASCII, "This component has quite a long");
    }

    /**
     * A component with two display modes: KiCad 9 lists no symbol under its name but one per mode,
     * {@code <name> (Altium Display N)}. With its storage renamed (as a long name is cut), the storage name is what
     * KiCad lists before the suffix, as for every other symbol.
     */
    @Test
    void kicadListsADisplayModeComponentOncePerModeAndWeWriteTheFirst() throws Exception {
        KicadCli kicad = KicadCli.assumeInstalled();
        AltiumLibraryContents plain = AltiumLibraryContents.read(fixture("simple.SchLib"));
        assertThat(plain.kicadName("Multimode 1")).contains("Multimode 1 (Altium Display 1)");
        List<String> plainListed = kicad.symbolNames(fixture("simple.SchLib"), dir);
        assertThat(plainListed)
                .contains("Multimode 1 (Altium Display 1)", "Multimode 1 (Altium Display 2)").doesNotContain("Multimode 1");
        assertThat(written(plain)).isSubsetOf(plainListed);

        Path renamed = dir.resolve("Modes.SchLib");
        java.nio.file.Files.copy(fixture("simple.SchLib"), renamed);
        try (org.apache.poi.poifs.filesystem.POIFSFileSystem fs = new org.apache.poi.poifs.filesystem.POIFSFileSystem(renamed.toFile(), false)) {
            assertThat(fs.getRoot().getEntry("Multimode 1").renameTo("Multimode storage")).isTrue();
            fs.writeFilesystem();
        }
        List<String> listed = kicad.symbolNames(renamed, dir);
        assertThat(listed).contains("Multimode storage (Altium Display 1)", "Multimode storage (Altium Display 2)");
        assertThat(AltiumLibraryContents.read(renamed).kicadName("Multimode 1")).contains("Multimode storage (Altium Display 1)");
        assertThat(written(AltiumLibraryContents.read(renamed))).isSubsetOf(listed);
    }

    private static Set<String> written(AltiumLibraryContents c) {
        Set<String> names = new TreeSet<>();
        c.names().forEach(n -> names.add(c.kicadName(n).orElseThrow()));
        return names;
    }
}
