package io.github.altium2kicad.core.internal.nativelib;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.altium2kicad.api.LibraryNotice;
import io.github.altium2kicad.api.LibraryUriStyle;
import io.github.altium2kicad.api.MappingMode;
import io.github.altium2kicad.api.MigrationConfig;
import io.github.altium2kicad.api.MigrationException;
import io.github.altium2kicad.api.MigrationRequest;
import io.github.altium2kicad.api.MigrationResult;
import io.github.altium2kicad.api.MigrationWarning;
import io.github.altium2kicad.api.NativeLibraries;
import io.github.altium2kicad.core.OptimizedMigrationEngine;
import io.github.altium2kicad.core.kicad.index.KicadLibraryScanner;
import io.github.altium2kicad.core.kicad.index.LibTableEntry;
import io.github.altium2kicad.core.kicad.index.LibTableReader;
import io.github.altium2kicad.core.testing.AltiumFixtures;
import io.github.altium2kicad.core.testing.DatabaseDump;
import io.github.altium2kicad.core.testing.InstalledKicad;
import io.github.altium2kicad.testkit.LibraryTable;
import io.github.altium2kicad.testkit.TableLibraryGenerator;
import io.github.altium2kicad.testkit.altium.FixtureFootprint;
import io.github.altium2kicad.testkit.altium.PcbLibComposer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code native_libraries: kicad-cli} on a small library of real Altium files with the cases KiCad's converter
 * renames (display modes, letter case, {@code /} and other characters a file name cannot hold), a name the file
 * does not have, and a file that is not an Altium library: the columns point at the names read back from the
 * converted files, what cannot be pointed there keeps its Altium library with a warning, and a run that asks for
 * kicad-cli without having it, or whose failed files exceed the error budget, writes nothing.
 */
class NativeLibrariesMigrationTest {

    private static final String SCHLIB = "Symbols\\Simple.SchLib";
    private static final String PCBLIB = "Footprints\\Simple.PcbLib";
    private static final String COMPOSED = "Footprints\\Odd Names.PcbLib";
    private static final List<String> ODD_NAMES = List.of("SOT-23-5/SC-74A", "R:0603", "TP \"big\"", "J<1>", "C*0402?",
            "A\\B");

    @TempDir
    Path dir;
    Path dbLib;

    @BeforeEach
    void library() throws Exception {
        List<String> columns = List.of("Part Number", "Library Ref", "Library Path", "Footprint Ref", "Footprint Path",
                "Description");
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"P1", "Multimode 1", SCHLIB, "CAPC1608X09L", PCBLIB, "two display modes"});
        rows.add(new String[] {"P2", "pinproperties", SCHLIB, "four pads", PCBLIB, "names in another case"});
        rows.add(new String[] {"P3", "NOT THERE", SCHLIB, "Single Pad (0,0)", PCBLIB, "symbol name not in the file"});
        rows.add(new String[] {"P4", "CombinedPins", SCHLIB, "Anything", "Footprints\\Broken.PcbLib", "broken footprint file"});
        for (int i = 0; i < ODD_NAMES.size(); i++) {
            rows.add(new String[] {"Q" + i, "PinOverrides", SCHLIB, ODD_NAMES.get(i), COMPOSED, "odd footprint name"});
        }
        dbLib = new TableLibraryGenerator()
                .table(new LibraryTable("Parts", true, columns, rows, "Part Number"))
                .writeTo(dir.resolve("altium")).dbLib();
        Files.createDirectories(dir.resolve("altium/Symbols"));
        Files.createDirectories(dir.resolve("altium/Footprints"));
        Files.copy(AltiumFixtures.file("simple.SchLib"), dir.resolve("altium/Symbols/Simple.SchLib"));
        Files.copy(AltiumFixtures.file("Simple.PcbLib"), dir.resolve("altium/Footprints/Simple.PcbLib"));
        Files.writeString(dir.resolve("altium/Footprints/Broken.PcbLib"), "saved by a sync tool as an HTML error page");
        PcbLibComposer composer = new PcbLibComposer();
        ODD_NAMES.forEach(n -> composer.add(n, "", FixtureFootprint.CHIP_2_PADS));
        composer.write(dir.resolve("altium/Footprints/Odd Names.PcbLib"));
    }

    private MigrationResult migrate(Path out, MigrationConfig.Builder config) {
        return new OptimizedMigrationEngine().migrateWithOptimization(MigrationRequest.builder(dbLib).outputDirectory(out)
                .config(config.mappingMode(MappingMode.PRESERVE).nativeLibraries(NativeLibraries.KICAD_CLI).build()).build());
    }

    @Test
    void theColumnsPointAtTheNamesReadBackFromTheConvertedFiles() throws Exception {
        InstalledKicad.require();
        Path out = dir.resolve("out");
        MigrationResult result = migrate(out, MigrationConfig.builder().libraryUriStyle(LibraryUriStyle.KIPRJMOD));
        Map<String, String[]> refs = references(result.database());

        assertThat(refs.get("P1")).containsExactly("Simple:Multimode 1 (Altium Display 1)", "Simple:CAPC1608X09L");
        assertThat(refs.get("P2")).containsExactly("Simple:PinProperties", "Simple:Four pads");
        // the name the file lacks keeps the Altium library, under a second nickname, with a warning
        assertThat(refs.get("P3")).containsExactly("Simple_Altium:NOT THERE", "Simple:Single Pad (0,0)");
        assertThat(result.warnings()).filteredOn(w -> w.kind() == MigrationWarning.Kind.NATIVE_NAME_KEPT_ALTIUM)
                .singleElement().satisfies(w -> assertThat(w.message()).contains("'NOT THERE'", "1 part(s)", "key 'P3'",
                        "'Simple_Altium:NOT THERE'", "the Altium file does not have it either"));
        // the notice about the missing name still counts its part, though the part now names the second nickname
        assertThat(result.notices(LibraryNotice.Kind.MISSING_NAME)).singleElement()
                .satisfies(n -> assertThat(n.name()).isEqualTo("NOT THERE"))
                .satisfies(n -> assertThat(n.parts()).isEqualTo(1));
        // the file KiCad cannot convert keeps its Altium row, with a warning
        assertThat(refs.get("P4")).containsExactly("Simple:CombinedPins", "Broken:Anything");
        assertThat(result.warnings()).filteredOn(w -> w.kind() == MigrationWarning.Kind.NATIVE_CONVERSION_FAILED)
                .singleElement().satisfies(w -> assertThat(w.message()).contains("Broken.PcbLib", "kicad-cli fp upgrade"));

        Map<String, LibTableEntry> symbolRows = rows(out.resolve("sym-lib-table"));
        Map<String, LibTableEntry> footprintRows = rows(out.resolve("fp-lib-table"));
        assertThat(symbolRows.get("Simple").type()).isEqualTo("KiCad");
        assertThat(symbolRows.get("Simple").uri()).isEqualTo("${KIPRJMOD}/symbols/Simple.kicad_sym");
        assertThat(symbolRows.get("Simple_Altium").type()).isEqualTo("Altium");
        assertThat(symbolRows.get("Simple_Altium").uri()).isEqualTo("${KIPRJMOD}/../altium/Symbols/Simple.SchLib");
        assertThat(footprintRows.get("Simple").uri()).isEqualTo("${KIPRJMOD}/footprints/Simple.pretty");
        assertThat(footprintRows.get("Odd_Names").type()).isEqualTo("KiCad");
        assertThat(footprintRows.get("Broken").type()).isEqualTo("Altium Designer");
        assertThat(symbolRows).doesNotContainKey("Broken_Altium");

        // every reference on a KiCad row is in the converted files, under the name KiCad lists (the file name)
        KicadLibraryScanner scanner = new KicadLibraryScanner();
        Set<String> symbols = scanner.scanSymbolLibrary("Simple", out.resolve("symbols/Simple.kicad_sym")).stream()
                .map(s -> s.id().toString()).collect(Collectors.toSet());
        Set<String> footprints = new java.util.HashSet<>();
        for (String nickname : List.of("Simple", "Odd_Names")) {
            scanner.scanFootprintLibrary(nickname, out.resolve("footprints/" + nickname + ".pretty"))
                    .forEach(f -> footprints.add(f.id().toString()));
        }
        for (Map.Entry<String, String[]> part : refs.entrySet()) {
            String symbol = part.getValue()[0];
            if (symbolRows.get(symbol.substring(0, symbol.indexOf(':'))).type().equals("KiCad")) {
                assertThat(symbols).as("symbol of %s", part.getKey()).contains(symbol);
            }
            for (String footprint : part.getValue()[1].split(";")) {
                if (footprintRows.get(footprint.substring(0, footprint.indexOf(':'))).type().equals("KiCad")) {
                    assertThat(footprints).as("footprint of %s", part.getKey()).contains(footprint);
                }
            }
        }
        // the odd names as KiCad's converter renamed them (measured with kicad-cli 9.0.8), each a file of its own
        List<String> odd = ODD_NAMES.stream().map(n -> refs.get("Q" + ODD_NAMES.indexOf(n))[1]).toList();
        assertThat(odd).containsExactly("Odd_Names:SOT-23-5_SC-74A", "Odd_Names:R{colon}0603",
                "Odd_Names:TP {dblquote}big{dblquote}", "Odd_Names:J{lt}1{gt}", "Odd_Names:C_0402_", "Odd_Names:A{backslash}B");

        // the manifest says what was converted and what failed
        String manifest = Files.readString(out.resolve(NativeLibraryManifest.FILE_NAME));
        assertThat(NativeLibraryManifest.read(out)).extracting(LibraryConversion::output, c -> c.status().jsonName())
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("symbols/Simple.kicad_sym", "converted"),
                        org.assertj.core.groups.Tuple.tuple("footprints/Simple.pretty", "converted"),
                        org.assertj.core.groups.Tuple.tuple("footprints/Odd_Names.pretty", "converted"),
                        org.assertj.core.groups.Tuple.tuple("footprints/Broken.pretty", "failed"));
        assertThat(manifest).contains("\"sha256\"", "\"converter\" : \"kicad-cli 9.");
        // the fixture embeds the STEP models of two footprints: KiCad's converter keeps them, embedded in the .kicad_mod
        assertThat(NativeLibraryManifest.read(out)).filteredOn(c -> c.output().equals("footprints/Simple.pretty"))
                .singleElement().satisfies(c -> {
                    assertThat(c.modelsKept()).isEqualTo(2);
                    assertThat(c.modelsNotFound()).isZero();
                    assertThat(c.items()).isEqualTo(13);
                });
        assertThat(Files.readString(out.resolve("footprints/Simple.pretty/CAPC1608X09L.kicad_mod")))
                .contains("(model \"kicad-embed://CAPC1608X09L.step\"", "(embedded_files");
        assertThat(out.resolve("footprints/Broken.pretty")).doesNotExist();
        assertThat(out.resolve(".altium2kicad-native")).doesNotExist();
    }

    @Test
    void anIncrementalRunReusesWhatDidNotChangeAndConvertsAFileThatFailedBefore() throws Exception {
        InstalledKicad.require();
        Path out = dir.resolve("out");
        migrate(out, MigrationConfig.builder());
        // the broken file is replaced by a good library that lacks the part's footprint
        Files.copy(dir.resolve("altium/Footprints/Simple.PcbLib"), dir.resolve("altium/Footprints/Broken.PcbLib"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        MigrationResult again = new OptimizedMigrationEngine().migrateWithOptimization(MigrationRequest.builder(dbLib)
                .outputDirectory(out).incremental(true).config(MigrationConfig.builder().mappingMode(MappingMode.PRESERVE)
                        .nativeLibraries(NativeLibraries.KICAD_CLI).build()).build());
        assertThat(NativeLibraryManifest.read(out)).extracting(LibraryConversion::output, c -> c.status().jsonName())
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("symbols/Simple.kicad_sym", "reused"),
                        org.assertj.core.groups.Tuple.tuple("footprints/Simple.pretty", "reused"),
                        org.assertj.core.groups.Tuple.tuple("footprints/Odd_Names.pretty", "reused"),
                        org.assertj.core.groups.Tuple.tuple("footprints/Broken.pretty", "converted"));
        assertThat(references(again.database()).get("P4")).containsExactly("Simple:CombinedPins", "Broken_Altium:Anything");
        assertThat(rows(out.resolve("fp-lib-table")).get("Broken").type()).isEqualTo("KiCad");
        assertThat(again.changes()).singleElement().satisfies(c -> {
            assertThat(c.changed()).isEqualTo(1); // P4 only
            assertThat(c.added() + c.deleted()).isZero();
        });
    }

    @Test
    void moreFailedPartsThanTheErrorBudgetAllowsStopTheRunAndWriteNothing() {
        InstalledKicad.require();
        Path out = dir.resolve("out");
        assertThatThrownBy(() -> migrate(out, MigrationConfig.builder().maxPartErrors(0)))
                .isInstanceOfSatisfying(MigrationException.class, e -> assertThat(e.kind()).isEqualTo(MigrationException.Kind.BAD_INPUT))
                .hasMessageContaining("failed on 1 of 4 library files, used by 1 parts, more than max_part_errors (0)")
                .hasMessageContaining("Broken.PcbLib");
        assertThat(out).doesNotExist();
    }

    @Test
    void askingForKicadCliWithoutItStopsBeforeAnythingIsWritten() {
        Path out = dir.resolve("out");
        assertThatThrownBy(() -> migrate(out, MigrationConfig.builder().kicadCli(dir.resolve("no/kicad-cli"))))
                .isInstanceOfSatisfying(MigrationException.class, e -> assertThat(e.kind()).isEqualTo(MigrationException.Kind.BAD_INPUT))
                .hasMessageContaining("native_libraries is kicad-cli, but " + dir.resolve("no/kicad-cli"))
                .hasMessageContaining("set native_libraries to off");
        assertThat(out).doesNotExist();
    }

    @Test
    void offByDefaultThePartsKeepTheirAltiumLibraries() throws Exception {
        Path out = dir.resolve("out");
        MigrationResult result = new OptimizedMigrationEngine().migrateWithOptimization(MigrationRequest.builder(dbLib)
                .outputDirectory(out).config(MigrationConfig.builder().mappingMode(MappingMode.PRESERVE).build()).build());
        assertThat(references(result.database()).get("P1")).containsExactly("Simple:Multimode 1 (Altium Display 1)",
                "Simple:CAPC1608X09L");
        assertThat(rows(out.resolve("sym-lib-table")).get("Simple").type()).isEqualTo("Altium");
        assertThat(out.resolve("symbols")).doesNotExist();
        assertThat(out.resolve(NativeLibraryManifest.FILE_NAME)).doesNotExist();
    }

    private static Map<String, LibTableEntry> rows(Path table) throws Exception {
        Map<String, LibTableEntry> out = new HashMap<>();
        LibTableReader.read(table).forEach(r -> out.put(r.name(), r));
        return out;
    }

    private static Map<String, String[]> references(Path database) throws Exception {
        return DatabaseDump.references(database, "Parts");
    }
}
