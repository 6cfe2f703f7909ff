package io.github.altium2kicad.core.altium;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.altium2kicad.api.mapping.KicadLibId;
import io.github.altium2kicad.api.mapping.TwoPadLayout;
import io.github.altium2kicad.core.kicad.index.KicadLibraryIndex;
import io.github.altium2kicad.testkit.altium.FixtureFootprint;
import io.github.altium2kicad.testkit.altium.LandPattern;
import io.github.altium2kicad.testkit.altium.PcbLibComposer;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pad counts read from the pad records of a {@code .PcbLib} saved by Altium Designer (the test kit's bundled
 * {@code Simple.PcbLib}); the expected designators are those of the crate authors' CSV export beside the file
 * ({@code CAPC1608X09L}: pads 1 and 2; {@code FOUR PADS}: Pin1, Pin2, Pin3, Pin5); the land pattern of a two-pad
 * footprint from the pad records' centres and sizes, as saved by Altium and as the test kit's composer redraws them.
 */
class PcbLibPadsTest {

    @TempDir
    Path dir;

    @Test
    void countsTheDistinctPadDesignatorsOfARealAltiumFile() throws Exception {
        AltiumLibraryContents contents = AltiumLibraryContents.read(copyFixture());
        assertThat(contents.padCount("CAPC1608X09L")).hasValue(2);
        assertThat(contents.padCount("capc1608x09l")).as("any letter case").hasValue(2);
        assertThat(contents.padCount("FOUR PADS")).hasValue(4);
        assertThat(contents.padCount("NOT THERE")).isEmpty();
    }

    @Test
    void countsThePadsOfComposedFootprintsUnderTheirNewNames() throws Exception {
        Path file = new PcbLibComposer().add("R0603", "", FixtureFootprint.CHIP_2_PADS)
                .add("C0805", "a 2-element array under a chip name", FixtureFootprint.FOUR_PADS)
                .write(dir.resolve("Chips.PcbLib")).file();
        AltiumLibraryContents contents = AltiumLibraryContents.read(file);
        assertThat(contents.padCount("R0603")).hasValue(2);
        assertThat(contents.padCount("C0805")).hasValue(4);
    }

    @Test
    void readsTheLandPatternOfATwoPadFootprintSavedByAltium() throws Exception {
        AltiumLibraryContents contents = AltiumLibraryContents.read(copyFixture());
        // CAPC1608X09L: IPC-7351 least density 1608 (0603) chip capacitor; Altium's own export (CAPC1608X09L.csv beside
        // the fixture) lists pads 1 and 2 at x = -0.59 and 0.59 mm, 0.84 x 0.70 mm, turned by 90 degrees
        TwoPadLayout layout = contents.twoPadLayout("CAPC1608X09L").orElseThrow();
        assertThat(layout).isEqualTo(new TwoPadLayout(1.18, 0.70, 0.84));
        KicadLibraryIndex kicad = KicadLibraryIndex.bundledStandard();
        assertThat(layout.disagreement(kicad.footprint(KicadLibId.parse("Capacitor_SMD:C_0603_1608Metric")).orElseThrow()
                .layout())).as("KiCad's 0603").isEmpty();
        assertThat(layout.disagreement(kicad.footprint(KicadLibId.parse("Capacitor_SMD:C_0402_1005Metric")).orElseThrow()
                .layout())).as("KiCad's 0402").hasValueSatisfying(why -> assertThat(why).startsWith("pad width"));
        assertThat(layout.disagreement(kicad.footprint(KicadLibId.parse("Capacitor_SMD:C_0805_2012Metric")).orElseThrow()
                .layout())).as("KiCad's 0805").hasValueSatisfying(why -> assertThat(why).startsWith("pitch"));
        assertThat(contents.twoPadLayout("FOUR PADS")).as("four pads have no two-pad layout").isEmpty();
        assertThat(contents.twoPadLayout("NOT THERE")).isEmpty();
    }

    @Test
    void readsBackTheLandPatternsTheComposerDrew() throws Exception {
        Path file = new PcbLibComposer().add("R0402", "", FixtureFootprint.CHIP_2_PADS, LandPattern.chip("1005"))
                .add("CP 7343", "", FixtureFootprint.CHIP_2_PADS, LandPattern.molded("7343"))
                .add("AS SAVED", "", FixtureFootprint.CHIP_2_PADS)
                .write(dir.resolve("Drawn.PcbLib")).file();
        AltiumLibraryContents contents = AltiumLibraryContents.read(file);
        for (String name : new String[] {"R0402", "CP 7343"}) {
            LandPattern drawn = name.equals("R0402") ? LandPattern.chip("1005") : LandPattern.molded("7343");
            TwoPadLayout read = contents.twoPadLayout(name).orElseThrow();
            assertThat(read.pitch()).isCloseTo(drawn.pitch(), within(1e-4));
            assertThat(read.along()).isCloseTo(drawn.along(), within(1e-4));
            assertThat(read.across()).isCloseTo(drawn.across(), within(1e-4));
            assertThat(contents.padCount(name)).hasValue(2);
        }
        assertThat(contents.twoPadLayout("AS SAVED")).as("no land pattern given: the fixture's own pads")
                .isEqualTo(AltiumLibraryContents.read(copyFixture()).twoPadLayout("CAPC1608X09L"));
    }

    private Path copyFixture() throws Exception {
        Path file = dir.resolve("Fixture.PcbLib");
        try (InputStream in = FixtureFootprint.class.getResourceAsStream(FixtureFootprint.RESOURCE)) {
            Files.copy(in, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        return file;
    }
}
