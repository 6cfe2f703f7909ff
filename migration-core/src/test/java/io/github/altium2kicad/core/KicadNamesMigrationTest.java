package io.github.altium2kicad.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.altium2kicad.api.LibraryNotice;
import io.github.altium2kicad.api.MappingMode;
import io.github.altium2kicad.api.MigrationConfig;
import io.github.altium2kicad.api.MigrationRequest;
import io.github.altium2kicad.api.MigrationResult;
import io.github.altium2kicad.core.internal.source.SourceReaders;
import io.github.altium2kicad.core.testing.AltiumFixtures;
import io.github.altium2kicad.core.testing.DatabaseDump;
import io.github.altium2kicad.core.testing.KicadCli;
import io.github.altium2kicad.testkit.LibraryTable;
import io.github.altium2kicad.testkit.TableLibraryGenerator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Preserve mode on real Altium files: every symbol and footprint name is written as KiCad 9 lists it, case
 * differences are not problems, and missing or unreadable library files are reported with their parts and get no
 * lib-table row. Both write paths (rows streamed through Java, rows copied inside SQLite) give the same output.
 */
class KicadNamesMigrationTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final MigrationConfig PRESERVE = MigrationConfig.builder().mappingMode(MappingMode.PRESERVE).build();
    private static final String SCHLIB = "Symbols\\ON Semi Transistors.SchLib";
    private static final String PCBLIB = "Footprints\\Simple.PcbLib";
    private static final String SLASHED = "LM339/LM2901 Quad Comparator, low power, SOIC-14";

    @TempDir
    Path dir;
    Path dbLib;

    @BeforeEach
    void library() throws Exception {
        List<String> columns = List.of("Part Number", "Library Ref", "Library Path", "Footprint Ref", "Footprint Path",
                "Description", "Comment", "Manufacturer Part Number");
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"ONS-DTC114EET1G", AltiumFixtures.LONG_NAME, SCHLIB, "SQFP50P800X800X300_HS-33T300X300", PCBLIB,
                "NPN prebiased 50 V SC-75", "DTC114EET1G", "DTC114EET1G"});
        rows.add(new String[] {"ONS-DTC124EET1G", AltiumFixtures.QUITE_LONG.toUpperCase(Locale.ROOT), SCHLIB, "capc1608x09l",
                "footprints\\simple.pcblib", "NPN prebiased 50 V SC-75, 22k", "DTC124EET1G", "DTC124EET1G"});
        rows.add(new String[] {"ONS-LM339DR2G", SLASHED, "Symbols\\Comparators.SchLib", "SOIC127P600X175-14N",
                "Footprints\\Missing SOIC.PcbLib", "Quad comparator", "LM339DR2G", "LM339DR2G"});
        rows.add(new String[] {"ONS-LM339", "ON SEMI LM339", SCHLIB, "SOIC127P600X175-14N", "Footprints\\Broken.PcbLib",
                "Quad comparator (name not in the file)", "LM339", "LM339"});
        dbLib = new TableLibraryGenerator()
                .table(new LibraryTable("Transistors", true, columns, rows, "Part Number"))
                .writeTo(dir.resolve("altium")).dbLib();
        Files.createDirectories(dir.resolve("altium/Symbols"));
        Files.createDirectories(dir.resolve("altium/Footprints"));
        Files.copy(AltiumFixtures.file("long-partnames.SchLib"), dir.resolve("altium/Symbols/ON Semi Transistors.SchLib"));
        Files.copy(AltiumFixtures.file("Simple.PcbLib"), dir.resolve("altium/Footprints/Simple.PcbLib"));
        Files.writeString(dir.resolve("altium/Footprints/Broken.PcbLib"), "saved by a sync tool as an HTML error page");
    }

    private MigrationResult migrate(boolean inDatabase, Path out) {
        return new OptimizedMigrationEngine(SourceReaders.discover(), List.of(), List.of(), inDatabase).migrateWithOptimization(
                MigrationRequest.builder(dbLib).outputDirectory(out).config(PRESERVE).build());
    }

    private static Map<String, String[]> references(Path database) throws Exception {
        return DatabaseDump.references(database, "Transistors");
    }

    @Test
    void namesAreWrittenAsKicadListsThemOnBothWritePaths() throws Exception {
        for (boolean inDatabase : new boolean[] {true, false}) {
            MigrationResult result = migrate(inDatabase, dir.resolve("out-" + inDatabase));
            Map<String, String[]> refs = references(result.database());
            assertThat(refs.get("ONS-DTC114EET1G")).containsExactly("ON_Semi_Transistors:This component has a long name,",
                    "Simple:SQFP50P800X800X300_HS-33T300X300");
            assertThat(refs.get("ONS-DTC124EET1G")).containsExactly("ON_Semi_Transistors:This component has quite a long",
                    "Simple:CAPC1608X09L");
            // file absent: derived by Altium's storage rule ('/' becomes '_', cut to 31)
            assertThat(refs.get("ONS-LM339DR2G")[0]).isEqualTo("Comparators:LM339_LM2901 Quad Comparator, l");
            assertThat(refs.get("ONS-LM339DR2G")[0].substring("Comparators:".length())).hasSize(31);
            assertThat(refs.get("ONS-LM339")[0]).isEqualTo("ON_Semi_Transistors:ON SEMI LM339");
        }
        assertThat(DatabaseDump.rowsByKey(dir.resolve("out-true/Parts.sqlite"), "Part Number"))
                .isEqualTo(DatabaseDump.rowsByKey(dir.resolve("out-false/Parts.sqlite"), "Part Number"));
    }

    @Test
    void everyChangedNameIsReportedAndCaseIsNoProblem() throws Exception {
        MigrationResult result = migrate(true, dir.resolve("out"));
        List<LibraryNotice> names = result.notices(LibraryNotice.Kind.NAME_CHANGED);
        assertThat(names).extracting(LibraryNotice::reference, LibraryNotice::name, LibraryNotice::writtenAs).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("footprint", "capc1608x09l", "CAPC1608X09L"),
                org.assertj.core.groups.Tuple.tuple("symbol", SLASHED, "LM339_LM2901 Quad Comparator, l"),
                org.assertj.core.groups.Tuple.tuple("symbol", AltiumFixtures.LONG_NAME, "This component has a long name,"),
                org.assertj.core.groups.Tuple.tuple("symbol", AltiumFixtures.QUITE_LONG.toUpperCase(Locale.ROOT),
                        "This component has quite a long"));
        assertThat(names).allSatisfy(n -> assertThat(n.parts()).isEqualTo(1));
        assertThat(migrate(false, dir.resolve("streamed")).notices()).isEqualTo(result.notices());

        JsonNode summary = JSON.readTree(result.summaryFile().toFile());
        assertThat(summary.at("/totals/names_changed").asLong()).isEqualTo(4);
        List<String> written = new ArrayList<>();
        summary.path("library_notices").forEach(n -> {
            if (n.path("kind").asText().equals("name_changed")) {
                written.add(n.path("written_as").asText());
                assertThat(n.path("examples").get(0).asText()).startsWith("Transistors/ONS-");
            }
        });
        assertThat(written).hasSize(4).contains("This component has a long name,");

        String html = Files.readString(result.report());
        assertThat(html).contains("Names written as KiCad lists them").contains("This component has quite a long")
                .doesNotContain("compares names exactly").doesNotContain("letter case; KiCad");
        // the name no file holds is still a problem to review, in the report and in the summary
        // (the review list's rows are JSON data in the page: its quotes are not HTML-escaped)
        assertThat(html).contains("symbol 'ON SEMI LM339' is not in").contains("Names not in their library file");
        assertThat(result.notices(LibraryNotice.Kind.MISSING_NAME)).singleElement().satisfies(n -> {
            assertThat(n.name()).isEqualTo("ON SEMI LM339");
            assertThat(n.parts()).isEqualTo(1);
            assertThat(n.examples()).containsExactly("Transistors/ONS-LM339");
        });
        assertThat(summary.at("/totals/names_not_in_library").asLong()).isEqualTo(1);
    }

    @Test
    void missingAndUnreadableLibraryFilesAreReportedAndMissingOnesGetNoLibTableRow() throws Exception {
        MigrationResult result = migrate(true, dir.resolve("out"));
        String symTable = Files.readString(result.outputDirectory().resolve("sym-lib-table"));
        String fpTable = Files.readString(result.outputDirectory().resolve("fp-lib-table"));
        assertThat(symTable).contains("(name \"ON_Semi_Transistors\")(type \"Altium\")").doesNotContain("Comparators")
                .doesNotContain("NOT FOUND");
        assertThat(fpTable).contains("(name \"Simple\")").contains("(name \"Broken\")").doesNotContain("Missing_SOIC");

        assertThat(result.notices(LibraryNotice.Kind.MISSING_LIBRARY))
                .extracting(LibraryNotice::reference, LibraryNotice::nickname, LibraryNotice::parts)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("footprint", "Missing_SOIC", 1L),
                        org.assertj.core.groups.Tuple.tuple("symbol", "Comparators", 1L));
        assertThat(result.notices(LibraryNotice.Kind.MISSING_LIBRARY)).allSatisfy(n -> {
            assertThat(n.examples()).containsExactly("Transistors/ONS-LM339DR2G");
            assertThat(n.message()).contains("was not found (looked in").contains("LibrarySearchPath");
        });
        assertThat(result.notices(LibraryNotice.Kind.UNREADABLE_LIBRARY)).singleElement().satisfies(n -> {
            assertThat(n.libraryPath()).isEqualTo("Footprints\\Broken.PcbLib");
            assertThat(n.examples()).containsExactly("Transistors/ONS-LM339");
            assertThat(n.message()).contains("cannot be read");
        });

        JsonNode summary = JSON.readTree(result.summaryFile().toFile());
        assertThat(summary.at("/totals/missing_library_files").asLong()).isEqualTo(2);
        assertThat(summary.at("/totals/unreadable_library_files").asLong()).isEqualTo(1);
        String html = Files.readString(result.report());
        assertThat(html).contains("Library files KiCad cannot load").contains("Missing SOIC.PcbLib")
                .contains("Comparators.SchLib").contains("Broken.PcbLib").contains("LibrarySearchPath");
    }

    @Test
    void kicadListsTheSymbolAndFootprintNamesWritten() throws Exception {
        KicadCli kicad = KicadCli.assumeInstalled();
        MigrationResult result = migrate(true, dir.resolve("out"));
        List<String> symbols = kicad.symbolNames(dir.resolve("altium/Symbols/ON Semi Transistors.SchLib"), Files.createDirectories(dir.resolve("k1")));
        List<String> footprints = kicad.footprintNames(dir.resolve("altium/Footprints/Simple.PcbLib"), Files.createDirectories(dir.resolve("k2")));
        Map<String, String[]> refs = references(result.database());
        for (String key : List.of("ONS-DTC114EET1G", "ONS-DTC124EET1G")) {
            assertThat(symbols).contains(refs.get(key)[0].substring("ON_Semi_Transistors:".length()));
            assertThat(footprints).contains(refs.get(key)[1].substring("Simple:".length()));
        }
    }
}
