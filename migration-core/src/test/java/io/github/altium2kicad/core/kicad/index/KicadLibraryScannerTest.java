package io.github.altium2kicad.core.kicad.index;

import io.github.altium2kicad.api.mapping.KicadLibId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class KicadLibraryScannerTest {

    private static final Path KICAD = Path.of("/usr/share/kicad");

    private static final String SYMBOL_LIB = """
            (kicad_symbol_lib (version 20211014) (generator test)
              (symbol "R" (property "Reference" "R" (id 0) (at 0 0 0))
                (symbol "R_1_1" (pin passive line (at 0 0 0) (length 1) (name "~") (number "1"))
                                (pin passive line (at 0 0 0) (length 1) (name "~") (number "2")))))
            """;
    private static final String FOOTPRINT = """
            (footprint "R_0603" (layer "F.Cu") (attr smd)
              (pad "1" smd roundrect (at -0.8 0) (size 0.8 0.95) (layers "F.Cu" "F.Paste" "F.Mask"))
              (pad "2" smd roundrect (at 0.8 0) (size 0.8 0.95) (layers "F.Cu" "F.Paste" "F.Mask")))
            """;

    @Test
    void scansLibrariesListedInLibTablesWithVariablesAndNicknames(@TempDir Path dir) throws IOException {
        Path symbols = Files.createDirectories(dir.resolve("share/symbols"));
        Files.writeString(symbols.resolve("Device.kicad_sym"), SYMBOL_LIB);
        Path pretty = Files.createDirectories(dir.resolve("share/footprints/Resistor_SMD.pretty"));
        Files.writeString(pretty.resolve("R_0603.kicad_mod"), FOOTPRINT);
        Path project = Files.createDirectories(dir.resolve("project"));
        Files.createDirectories(project.resolve("local.pretty"));
        Files.writeString(project.resolve("local.pretty/R_0603.kicad_mod"), FOOTPRINT);

        Path symTable = project.resolve("sym-lib-table");
        Files.writeString(symTable, """
                (sym_lib_table
                  (lib (name "MyDevice")(type "KiCad")(uri "${KICAD8_SYMBOL_DIR}/Device.kicad_sym")(options "")(descr ""))
                  (lib (name "Missing")(type "KiCad")(uri "${NOT_SET_ANYWHERE}/x.kicad_sym")(options "")(descr ""))
                  (lib (name "Altium")(type "Altium")(uri "${KIPRJMOD}/parts.SchLib")(options "")(descr ""))
                )
                """);
        Path fpTable = project.resolve("fp-lib-table");
        Files.writeString(fpTable, """
                (fp_lib_table
                  (lib (name "Resistor_SMD")(type "KiCad")(uri "$(KICAD_FOOTPRINT_DIR)/Resistor_SMD.pretty")(options "")(descr ""))
                  (lib (name "Local")(type "KiCad")(uri "local.pretty")(options "")(descr ""))
                  (lib (name "Off")(type "KiCad")(uri "local.pretty")(options "")(descr "")(disabled))
                )
                """);
        // KICAD8_SYMBOL_DIR is unset: it falls back to its alias KICAD6_SYMBOL_DIR
        LibraryPathVariables variables = new LibraryPathVariables(Map.of(
                "KICAD6_SYMBOL_DIR", symbols.toString(),
                "KICAD_FOOTPRINT_DIR", dir.resolve("share/footprints").toString()), name -> null);

        KicadLibraryIndex index = new KicadLibraryScanner(variables).scanLibTables(symTable, fpTable);

        assertThat(index.symbol(KicadLibId.parse("MyDevice:R"))).contains(
                new KicadSymbol(KicadLibId.parse("MyDevice:R"), 2, "R"));
        assertThat(index.hasFootprint(KicadLibId.parse("Resistor_SMD:R_0603"))).isTrue();
        assertThat(index.hasFootprint(KicadLibId.parse("Local:R_0603"))).isTrue();
        assertThat(index.footprintLibraries()).containsExactly("Local", "Resistor_SMD");
        assertThat(index.symbolLibraries()).containsExactly("MyDevice");
    }

    @Test
    void snapshotRoundTripsAnIndex() throws IOException {
        KicadLibraryIndex index = KicadLibraryIndex.of(
                List.of(new KicadSymbol(KicadLibId.parse("Device:R"), 2, "R"),
                        new KicadSymbol(KicadLibId.parse("Odd:name\twith tab"), 0, "")),
                List.of(new KicadFootprint(KicadLibId.parse("MountingHole:MountingHole_3.2mm_M3"), 0, 1,
                        FootprintMount.UNSPECIFIED)), "test");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        KicadIndexSnapshot.write(index, List.of("a comment"), out);
        KicadLibraryIndex back = KicadIndexSnapshot.read(new ByteArrayInputStream(out.toByteArray()), "again");
        assertThat(back.symbols()).containsExactlyElementsOf(index.symbols().toList());
        assertThat(back.footprints()).containsExactlyElementsOf(index.footprints().toList());
    }

    @Test
    void contentDigestDependsOnContentsOnly() {
        KicadLibraryIndex a = KicadLibraryIndex.of(List.of(new KicadSymbol(KicadLibId.parse("Device:R"), 2, "R")),
                List.of(), "a");
        KicadLibraryIndex b = KicadLibraryIndex.of(List.of(new KicadSymbol(KicadLibId.parse("Device:R"), 2, "R")),
                List.of(), "b");
        KicadLibraryIndex c = KicadLibraryIndex.of(List.of(new KicadSymbol(KicadLibId.parse("Device:R"), 3, "R")),
                List.of(), "a");
        assertThat(a.contentDigest()).isEqualTo(b.contentDigest()).hasSize(64).isNotEqualTo(c.contentDigest());
        assertThat(KicadLibraryIndex.bundledStandard().contentDigest())
                .isEqualTo(KicadLibraryIndex.bundledStandard().contentDigest());
    }

    @Test
    void bundledStandardIndexHoldsTheNamesTheMappingRulesRelyOn() {
        KicadLibraryIndex bundled = KicadLibraryIndex.bundledStandard();
        assertThat(bundled.symbolCount()).isGreaterThan(15_000);
        assertThat(bundled.footprintCount()).isGreaterThan(10_000);
        assertKnownNames(bundled);
    }

    @Test
    void freshScanOfTheInstalledLibrariesIsFastAndEqualsTheBundledSnapshot() throws IOException {
        assumeTrue(Files.isDirectory(KICAD.resolve("symbols")) && Files.isDirectory(KICAD.resolve("footprints")),
                "KiCad libraries not installed in " + KICAD);
        long start = System.nanoTime();
        KicadLibraryIndex scanned = new KicadLibraryScanner().scanInstallation(KICAD);
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.println("Scanned " + scanned + " in " + millis + " ms");
        assertThat(millis).as("scan time").isLessThan(30_000);
        assertKnownNames(scanned);
        String device = Files.readString(KICAD.resolve("symbols/Device.kicad_sym")).substring(0, 200);
        if (device.contains("(version 20211014)")) { // KiCad 6 files, as the snapshot: it must be up to date
            KicadLibraryIndex bundled = KicadLibraryIndex.bundledStandard();
            assertThat(scanned.symbols()).as("regenerate the snapshot, see docs/kicad-index.md")
                    .containsExactlyElementsOf(bundled.symbols().toList());
            assertThat(scanned.footprints()).as("regenerate the snapshot, see docs/kicad-index.md")
                    .containsExactlyElementsOf(bundled.footprints().toList());
        }
    }

    private static void assertKnownNames(KicadLibraryIndex index) {
        assertThat(index.footprint(KicadLibId.parse("Resistor_SMD:R_0603_1608Metric")))
                .hasValueSatisfying(f -> {
                    assertThat(f.padCount()).isEqualTo(2);
                    assertThat(f.mount()).isEqualTo(FootprintMount.SMD);
                });
        assertThat(index.footprint(KicadLibId.parse("Package_SO:SOIC-8_3.9x4.9mm_P1.27mm")))
                .hasValueSatisfying(f -> assertThat(f.padCount()).isEqualTo(8));
        assertThat(index.footprint(KicadLibId.parse("Package_TO_SOT_SMD:SOT-23-5")))
                .hasValueSatisfying(f -> assertThat(f.padCount()).isEqualTo(5));
        assertThat(index.footprint(KicadLibId.parse("Package_TO_SOT_SMD:TO-252-2")))
                .hasValueSatisfying(f -> {
                    assertThat(f.padCount()).isEqualTo(3);
                    assertThat(f.totalPads()).isEqualTo(7);
                });
        assertThat(index.footprint(KicadLibId.parse("Connector_PinHeader_2.54mm:PinHeader_2x05_P2.54mm_Vertical")))
                .hasValueSatisfying(f -> {
                    assertThat(f.padCount()).isEqualTo(10);
                    assertThat(f.mount()).isEqualTo(FootprintMount.THROUGH_HOLE);
                });
        assertThat(index.footprint(KicadLibId.parse("MountingHole:MountingHole_3.2mm_M3")))
                .hasValueSatisfying(f -> assertThat(f.padCount()).isZero());
        assertThat(index.symbol(KicadLibId.parse("Device:R"))).contains(
                new KicadSymbol(KicadLibId.parse("Device:R"), 2, "R"));
        assertThat(index.symbol(KicadLibId.parse("Device:Crystal_GND24")).map(KicadSymbol::pinCount)).contains(4);
        assertThat(index.symbol(KicadLibId.parse("Device:FerriteBead")).map(KicadSymbol::referencePrefix)).contains("FB");
        assertThat(index.symbol(KicadLibId.parse("Device:C_Polarized_US")).map(KicadSymbol::pinCount))
                .as("derived symbol").contains(2);
        assertThat(index.symbol(KicadLibId.parse("Amplifier_Operational:OPA188xxDBV")).map(KicadSymbol::pinCount))
                .as("symbol that extends another").contains(5);
        assertThat(index.symbol(KicadLibId.parse("Connector_Generic:Conn_02x05_Odd_Even")).map(KicadSymbol::pinCount))
                .contains(10);
        assertThat(index.footprintsStartingWith("Capacitor_Tantalum_SMD", "CP_EIA-3216-18_"))
                .extracting(f -> f.id().name())
                .containsExactly("CP_EIA-3216-18_Kemet-A", "CP_EIA-3216-18_Kemet-A_Pad1.58x1.35mm_HandSolder");
    }
}
