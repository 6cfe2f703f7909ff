package io.github.altium2kicad.testkit.altium;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.altium2kicad.testkit.KicadCli;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.poifs.filesystem.DirectoryEntry;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The composed libraries read back, by Apache POI and by KiCad 9's own Altium importer ({@code kicad-cli}). Under
 * {@code CI=true} the KiCad checks must run, not skip.
 */
class ComposerKicadTest {

    private static Optional<KicadCli> kicad;

    @TempDir
    Path dir;

    @BeforeAll
    static void findKicad() {
        kicad = KicadCli.locate();
        if ("true".equals(System.getenv("CI"))) {
            assertThat(kicad).as("kicad-cli 9 must be installed in CI (../shared/tools/install-kicad9)").isPresent();
        }
    }

    @Test
    void symbolNamesAsKicadListsThem() throws Exception {
        ComposedLibrary lib = new SchLibComposer()
                .add("ON SEMI NPN SINGLE PREBIASED SC-75 DTC", "NPN prebiased", FixtureSymbol.RECTANGLE_4_PINS)
                .add("LM358/LM2904 DUAL OPAMP", "dual op-amp", FixtureSymbol.MULTIPART_6_PINS)
                .add("Res 0603_r", "chip resistor", FixtureSymbol.RESISTOR_2_PINS)
                .add("DIODE", "diode", FixtureSymbol.TWO_PINS_LONG_TEXT)
                .add("MCU STM32F103C8T6", "microcontroller", FixtureSymbol.POSITION_27_PINS)
                .write(dir.resolve("Mixed.SchLib"));
        assertThat(lib.kicadNames()).containsExactly("ON SEMI NPN SINGLE PREBIASED SC", "LM358_LM2904 DUAL OPAMP",
                "Res 0603_r", "DIODE", "MCU STM32F103C8T6");
        assertThat(storages(lib.file())).contains("ON SEMI NPN SINGLE PREBIASED SC", "SectionKeys");

        assumeTrue(kicad.isPresent(), "kicad-cli 9 not installed");
        Map<String, Integer> read = kicad.get().symbols(lib.file(), dir);
        assertThat(read).isEqualTo(expected(lib));
        // what KiCad 9.0.8 lists: the storage name, '/' as '_', cut to 31 characters, case as written
        assertThat(read).containsEntry("ON SEMI NPN SINGLE PREBIASED SC", 4)
                .containsEntry("LM358_LM2904 DUAL OPAMP", 6).containsEntry("Res 0603_r", 2)
                .containsEntry("MCU STM32F103C8T6", 27);
    }

    @Test
    void nonAsciiSymbolNamesInTheirCodePages() throws Exception {
        ComposedLibrary chinese = new SchLibComposer(Charset.forName("GBK"))
                .add("贴片电阻 0603", "厚膜电阻", FixtureSymbol.RESISTOR_2_PINS)
                .add("运算放大器/双路", "运放", FixtureSymbol.MULTIPART_6_PINS)
                .write(dir.resolve("中文.SchLib"));
        ComposedLibrary russian = new SchLibComposer(Charset.forName("windows-1251"))
                .add("Резистор ЧИП 0805", "резистор", FixtureSymbol.RESISTOR_2_PINS)
                .write(dir.resolve("Russian.SchLib"));
        assertThat(chinese.kicadNames()).containsExactly("贴片电阻 0603", "运算放大器_双路");

        assumeTrue(kicad.isPresent(), "kicad-cli 9 not installed");
        assertThat(kicad.get().symbols(chinese.file(), dir)).isEqualTo(expected(chinese))
                .containsEntry("贴片电阻 0603", 2).containsEntry("运算放大器_双路", 6);
        assertThat(kicad.get().symbols(russian.file(), dir)).isEqualTo(expected(russian))
                .containsEntry("Резистор ЧИП 0805", 2);
    }

    @Test
    void footprintNamesAsKicadListsThem() throws Exception {
        ComposedLibrary lib = new PcbLibComposer()
                .add("YAGEO RES 0402_1005", "chip resistor 0402", FixtureFootprint.CHIP_2_PADS)
                .add("CAP 1206_3216 - 0.8MM", "chip capacitor 1206, 0.8 mm high", FixtureFootprint.CHIP_2_PADS)
                .add("MURATA GRM31M 1206_3216 HEIGHT 1.15MM MAX", "long name", FixtureFootprint.CHIP_2_PADS)
                .add("SOT-23/SC-59", "slash", FixtureFootprint.FOUR_PADS)
                .add("led 0805_2012 Red", "mixed case", FixtureFootprint.CHIP_2_PADS)
                .add("LQFP-32 7x7mm P0.8mm", "QFP", FixtureFootprint.QFP_42_PADS)
                .add("HDR 2X6 2.54MM", "header", FixtureFootprint.TWELVE_PADS)
                .add("TP 1.0MM", "test point", FixtureFootprint.SINGLE_PAD)
                .write(dir.resolve("Footprints.PcbLib"));
        assertThat(lib.kicadNames()).contains("MURATA GRM31M 1206_3216 HEIGHT 1.15MM MAX", "SOT-23/SC-59");

        assumeTrue(kicad.isPresent(), "kicad-cli 9 not installed");
        assertThat(kicad.get().footprints(lib.file(), dir)).isEqualTo(expected(lib))
                // footprint names are not cut, keep '/', and keep their case
                .containsEntry("MURATA GRM31M 1206_3216 HEIGHT 1.15MM MAX", 2).containsEntry("SOT-23/SC-59", 4)
                .containsEntry("led 0805_2012 Red", 2).containsEntry("LQFP-32 7x7mm P0.8mm", 42)
                .containsEntry("HDR 2X6 2.54MM", 12).containsEntry("TP 1.0MM", 1);
    }

    @Test
    void nonAsciiFootprintNames() throws Exception {
        ComposedLibrary chinese = new PcbLibComposer(Charset.forName("GBK"))
                .add("贴片电阻 0603_1608", "电阻", FixtureFootprint.CHIP_2_PADS)
                .add("SOP-8 封装", "封装", FixtureFootprint.FOUR_PADS)
                .write(dir.resolve("封装库.PcbLib"));
        ComposedLibrary russian = new PcbLibComposer(Charset.forName("windows-1251"))
                .add("ЧИП 0805", "резистор", FixtureFootprint.CHIP_2_PADS)
                .write(dir.resolve("Russian.PcbLib"));

        assumeTrue(kicad.isPresent(), "kicad-cli 9 not installed");
        assertThat(kicad.get().footprints(chinese.file(), dir)).isEqualTo(expected(chinese))
                .containsEntry("贴片电阻 0603_1608", 2).containsEntry("SOP-8 封装", 4);
        assertThat(kicad.get().footprints(russian.file(), dir)).isEqualTo(expected(russian))
                .containsEntry("ЧИП 0805", 2);
    }

    @Test
    void namesThatCannotShareAFileAreRefused() {
        assertThatThrownBy(() -> new SchLibComposer()
                .add("ON SEMI NPN SINGLE PREBIASED SC-75 DTC", "", FixtureSymbol.RESISTOR_2_PINS)
                .add("on semi npn single prebiased sc-70 DTA", "", FixtureSymbol.RESISTOR_2_PINS))
                .hasMessageContaining("ON SEMI NPN SINGLE PREBIASED SC-75 DTC");
        assertThatThrownBy(() -> new PcbLibComposer()
                .add("R0603", "", FixtureFootprint.CHIP_2_PADS).add("r0603", "", FixtureFootprint.CHIP_2_PADS))
                .hasMessageContaining("R0603");
    }

    private static Map<String, Integer> expected(ComposedLibrary lib) {
        Map<String, Integer> expected = new LinkedHashMap<>();
        lib.entries().forEach(e -> expected.put(e.kicadName(), e.pins()));
        return expected;
    }

    private static java.util.List<String> storages(Path file) throws Exception {
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            java.util.List<String> names = new java.util.ArrayList<>();
            DirectoryEntry root = fs.getRoot();
            root.forEach(e -> names.add(e.getName()));
            return names;
        }
    }
}
