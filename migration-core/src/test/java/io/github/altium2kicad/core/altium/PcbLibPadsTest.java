package io.github.altium2kicad.core.altium;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.altium2kicad.testkit.altium.FixtureFootprint;
import io.github.altium2kicad.testkit.altium.PcbLibComposer;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pad counts read from the pad records of a {@code .PcbLib} saved by Altium Designer (the test kit's bundled
 * {@code Simple.PcbLib}); the expected designators are those of the crate authors' CSV export beside the file
 * ({@code CAPC1608X09L}: pads 1 and 2; {@code FOUR PADS}: Pin1, Pin2, Pin3, Pin5).
 */
class PcbLibPadsTest {

    @TempDir
    Path dir;

    @Test
    void countsTheDistinctPadDesignatorsOfARealAltiumFile() throws Exception {
        Path file = dir.resolve("Simple.PcbLib");
        try (InputStream in = FixtureFootprint.class.getResourceAsStream(FixtureFootprint.RESOURCE)) {
            Files.copy(in, file);
        }
        AltiumLibraryContents contents = AltiumLibraryContents.read(file);
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
}
