package io.github.altium2kicad.core.kicad.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.altium2kicad.api.mapping.KicadLibId;
import io.github.altium2kicad.api.mapping.TwoPadLayout;
import io.github.altium2kicad.core.altium.AltiumLibraryContents;
import io.github.altium2kicad.testkit.KicadCli;
import io.github.altium2kicad.testkit.altium.FixtureFootprint;
import io.github.altium2kicad.testkit.altium.LandPattern;
import io.github.altium2kicad.testkit.altium.PcbLibComposer;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The land patterns the standard rule reads from a {@code .PcbLib}'s pad records are the ones KiCad 9's own Altium
 * importer makes of the same file ({@code kicad-cli fp upgrade}, then this project's {@code .kicad_mod} reader): the
 * Altium side and the KiCad side of the pad-geometry check measure alike. Under {@code CI=true} KiCad must be there.
 */
class AltiumLandPatternsInKicadTest {

    @TempDir
    Path dir;

    @Test
    void kicadsImporterSeesTheLandPatternsTheRuleReads() throws Exception {
        Path pcbLib = new PcbLibComposer()
                .add("R0402", "", FixtureFootprint.CHIP_2_PADS, LandPattern.chip("1005"))
                .add("C1210", "", FixtureFootprint.CHIP_2_PADS, LandPattern.chip("3225"))
                .add("CP 7343", "", FixtureFootprint.CHIP_2_PADS, LandPattern.molded("7343"))
                .add("AS SAVED", "Altium's CAPC1608X09L, pads turned by 90 degrees", FixtureFootprint.CHIP_2_PADS)
                .write(dir.resolve("Drawn.PcbLib")).file();
        AltiumLibraryContents altium = AltiumLibraryContents.read(pcbLib);
        Optional<KicadCli> kicad = KicadCli.locate();
        if ("true".equals(System.getenv("CI"))) {
            assertThat(kicad).as("kicad-cli 9 must be installed in CI").isPresent();
        }
        assumeTrue(kicad.isPresent(), "kicad-cli 9 not installed");
        assertThat(kicad.get().footprints(pcbLib, dir)).hasSize(4);
        for (String name : List.of("R0402", "C1210", "CP 7343", "AS SAVED")) {
            TwoPadLayout read = altium.twoPadLayout(name).orElseThrow();
            KicadFootprint imported;
            try (Reader in = Files.newBufferedReader(dir.resolve("Drawn.pretty").resolve(name + ".kicad_mod"))) {
                imported = KicadFootprintReader.read(new KicadLibId("Drawn", name), in);
            }
            assertThat(imported.layout()).as(name + " as KiCad imports it").isNotNull();
            assertThat(imported.layout().pitch()).as(name + " pitch").isCloseTo(read.pitch(), within(0.001));
            assertThat(imported.layout().along()).as(name + " pad length").isCloseTo(read.along(), within(0.001));
            assertThat(imported.layout().across()).as(name + " pad width").isCloseTo(read.across(), within(0.001));
        }
    }
}
