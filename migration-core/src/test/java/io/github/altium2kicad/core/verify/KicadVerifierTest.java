package io.github.altium2kicad.core.verify;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.altium2kicad.api.KicadVerification;
import io.github.altium2kicad.api.KicadVerification.Finding;
import io.github.altium2kicad.api.KicadVerification.Problem;
import io.github.altium2kicad.api.LibraryUriStyle;
import io.github.altium2kicad.api.MappingMode;
import io.github.altium2kicad.api.MigrationConfig;
import io.github.altium2kicad.api.MigrationRequest;
import io.github.altium2kicad.api.MigrationResult;
import io.github.altium2kicad.core.OptimizedMigrationEngine;
import io.github.altium2kicad.core.testing.InstalledKicad;
import io.github.altium2kicad.testkit.TableLibraryGenerator;
import io.github.altium2kicad.testkit.LibraryTable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code verify_with_kicad} step against KiCad 9 itself: it passes on correct output (real Altium libraries in
 * preserve mode, the bundled sample in standard mode) and fails, with the right reason, where KiCad cannot load a
 * part: a key column KiCad does not find, keys KiCad cannot use, wrong library nicknames, a symbol name missing from
 * its Altium library (KiCad silently places an empty symbol), and a {@code .kicad_dbl} without {@code ${CWD}}.
 */
class KicadVerifierTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** The name the Altium record gives the first component of long-partnames.SchLib. */
    private static final String LONG_NAME = "This component has a long name, long designator, long comment, and long "
            + "description. Let's see how long we can make this design ID";
    /** The same component as KiCad's importer names it: the compound file's storage name, 31 characters. */
    private static final String LONG_NAME_AS_KICAD_LISTS_IT = "This component has a long name,";

    @TempDir
    static Path dir;
    static KicadCli cli;
    /** A correct preserve-mode output of real Altium files, with ${KIPRJMOD} lib-table rows so that copies work. */
    static Path good;

    @BeforeAll
    static void migrateRealAltiumLibraries() throws Exception {
        cli = InstalledKicad.require();
        Path fixtures = InstalledKicad.altiumFixtures();
        Path altium = dir.resolve("altium");
        Files.createDirectories(altium.resolve("Symbols"));
        Files.createDirectories(altium.resolve("Footprints"));
        for (String lib : List.of("simple.SchLib", "long-partnames.SchLib")) {
            Files.copy(fixtures.resolve("schlib").resolve(lib), altium.resolve("Symbols").resolve(lib));
        }
        Files.copy(fixtures.resolve("pcblib/Simple.PcbLib"), altium.resolve("Footprints/Simple.PcbLib"));
        List<String> columns = List.of("Part Number", "Library Ref", "Library Path", "Footprint Ref", "Footprint Path",
                "Description", "Value", "Manufacturer", "Manufacturer Part Number");
        String sym = "Symbols\\simple.SchLib";
        String fp = "Footprints\\Simple.PcbLib";
        new TableLibraryGenerator()
                .connectionString("Provider=MSDASQL.1;Persist Security Info=False;Extended Properties=\"Driver={SQLite3 ODBC "
                        + "Driver};Database=C:\\Altium\\Library\\Parts.sqlite;StepAPI=0;\"")
                .table(new LibraryTable("Passives", true, columns, List.of(
                        new String[] {"C0603-100N-50V-X7R", "resistor - standard", sym, "capc1608x09l", fp,
                                "CAP CER 0.1UF 50V X7R 0603", "100nF", "Murata", "GRM188R71H104KA93D"},
                        new String[] {"R0603-10K-1%", "Resistor - Standard", sym, "CAPC1608X09L", fp,
                                "RES SMD 10K OHM 1% 1/10W 0603", "10k", "Yageo", "RC0603FR-0710KL"}), "Part Number"))
                .table(new LibraryTable("ICs - MCU", true, columns, List.of(
                        new String[] {"MCU-QFP50-3V3", "Multipart 1", sym, "SQFP50P800X800X300_HS-33T300X300", fp,
                                "IC MCU 32BIT 64KB FLASH 50QFP", "STM32F030", "STMicroelectronics", "STM32F030C8T6"},
                        new String[] {"LVL-SHIFT-8CH", "PinProperties", sym, "Four pads", fp,
                                "IC TRANSLATOR BIDIR 8CH", "TXB0108", "Texas Instruments", "TXB0108PWR"},
                        new String[] {"TP-SMD-1MM", "Position", sym, "Single Pad (0,0) Rotate 90", fp,
                                "TEST POINT SMD 1MM", "TP", "Keystone", "5015"}), "Part Number"))
                .table(new LibraryTable("Connectors", true, columns, List.<String[]>of(
                        new String[] {"CONN-LONGNAME-1", LONG_NAME, "Symbols\\long-partnames.SchLib", "Footprint 22", fp,
                                "CONN HEADER 2POS", "HDR", "Molex", "22-23-2021"},
                        new String[] {"CONN-SHORTNAME-1", LONG_NAME_AS_KICAD_LISTS_IT, "Symbols\\long-partnames.SchLib",
                                "Footprint 22", fp, "CONN HEADER 2POS", "HDR", "Molex", "22-23-2021"}), "Part Number"))
                .writeTo(altium);
        good = dir.resolve("good");
        migrate(MigrationConfig.builder().mappingMode(MappingMode.PRESERVE).libraryUriStyle(LibraryUriStyle.KIPRJMOD)
                .build(), altium.resolve("Parts.DbLib"), good);
    }

    private static MigrationResult migrate(MigrationConfig config, Path dbLib, Path out) {
        return new OptimizedMigrationEngine().migrateWithOptimization(
                MigrationRequest.builder(dbLib).outputDirectory(out).config(config).overwrite(true).build());
    }

    /** A copy of the good output beside it (the ${KIPRJMOD}-relative rows still find the Altium files). */
    private static Path copyOfGood(String name) throws Exception {
        Path copy = dir.resolve(name);
        Files.createDirectories(copy);
        try (Stream<Path> files = Files.list(good)) {
            for (Path f : files.toList()) {
                Files.copy(f, copy.resolve(f.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        return copy;
    }

    private static void sql(Path output, String statement) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + output.resolve("Parts.sqlite"));
             Statement s = c.createStatement()) {
            s.executeUpdate(statement);
        }
    }

    private static KicadVerification verify(Path output) {
        return new KicadVerifier(cli, MigrationConfig.defaults()).verify(output, output, "Parts");
    }

    private static Map<String, List<Problem>> problemsByKey(KicadVerification v) {
        return v.findings().stream().collect(Collectors.groupingBy(Finding::key,
                Collectors.mapping(Finding::problem, Collectors.toList())));
    }

    @Test
    void realAltiumLibrariesInPreserveModeLoadInKicadWithPinsAndFootprints() throws Exception {
        MigrationResult result = migrate(MigrationConfig.builder().mappingMode(MappingMode.PRESERVE).verifyWithKicad(true)
                .build(), dir.resolve("altium/Parts.DbLib"), dir.resolve("verified"));

        KicadVerification v = result.verification();
        assertThat(v.kicadVersion()).startsWith("9.");
        assertThat(v.partsChecked()).isEqualTo(7);
        // names in other letter case load (KiCad's Altium plugins ignore case), multi-part symbols and footprints too
        assertThat(problemsByKey(v)).doesNotContainKeys("C0603-100N-50V-X7R", "R0603-10K-1%", "MCU-QFP50-3V3",
                "LVL-SHIFT-8CH", "TP-SMD-1MM");
        // the record's long name is written as KiCad lists it (31 characters), and under that name as written by hand,
        // KiCad finds the symbol; that component really has no pins (sym upgrade shows 0), which is reported
        assertThat(problemsByKey(v)).containsEntry("CONN-SHORTNAME-1", List.of(Problem.SYMBOL_WITHOUT_PINS))
                .containsEntry("CONN-LONGNAME-1", List.of(Problem.SYMBOL_WITHOUT_PINS));
        assertThat(v.findings()).filteredOn(f -> f.key().equals("CONN-LONGNAME-1")).singleElement()
                .satisfies(f -> assertThat(f.detail()).contains(LONG_NAME_AS_KICAD_LISTS_IT).contains("no pins"));
        assertThat(v.partsLoaded()).isEqualTo(5);

        JsonNode summary = JSON.readTree(result.summaryFile().toFile()).path("kicad_verification");
        assertThat(summary.path("parts_checked").asLong()).isEqualTo(7);
        assertThat(summary.path("parts_loaded").asLong()).isEqualTo(5);
        assertThat(summary.path("problems").path("symbol_without_pins").asLong()).isEqualTo(2);
        assertThat(summary.path("findings")).anySatisfy(f -> {
            assertThat(f.path("key").asText()).isEqualTo("CONN-LONGNAME-1");
            assertThat(f.path("table").asText()).isEqualTo("Connectors");
            assertThat(f.path("problem").asText()).isEqualTo("symbol_without_pins");
        });
        String html = Files.readString(result.report(), StandardCharsets.UTF_8);
        assertThat(html).contains("Checked by KiCad").contains("<b>5 of 7 parts</b>").contains("CONN-LONGNAME-1")
                .contains("symbol has no pins");
        try (Stream<Path> files = Files.list(result.outputDirectory())) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith("probe") || n.endsWith(".kicad_sch"));
        }
    }

    @Test
    void aKeyColumnKicadDoesNotFindFailsEveryPartOfThatTable() throws Exception {
        Path out = copyOfGood("wrong-key");
        ObjectNode dbl = (ObjectNode) JSON.readTree(out.resolve("Parts.kicad_dbl").toFile());
        // SQLite matches column names ignoring case, KiCad's database plugin does not: the key column must be exact
        ((ObjectNode) dbl.path("libraries").get(0)).put("key", "part number");
        JSON.writeValue(out.resolve("Parts.kicad_dbl").toFile(), dbl);

        KicadVerification v = verify(out);

        assertThat(problemsByKey(v)).containsEntry("C0603-100N-50V-X7R", List.of(Problem.PART_NOT_FOUND))
                .containsEntry("R0603-10K-1%", List.of(Problem.PART_NOT_FOUND)).doesNotContainKey("MCU-QFP50-3V3");
        assertThat(v.findings()).filteredOn(f -> f.key().equals("R0603-10K-1%")).singleElement()
                .satisfies(f -> assertThat(f.detail()).contains("Symbol 'Passives/R0603-10K-1%' not found in symbol library 'Parts'"));
    }

    @Test
    void keysKicadCannotUseAreProvenUnloadableOneSheetEach() throws Exception {
        Path out = copyOfGood("bad-keys");
        sql(out, "UPDATE \"ICs - MCU\" SET \"Part Number\" = 'MT40A1G16TB-062E:F' WHERE \"Part Number\" = 'MCU-QFP50-3V3'");
        sql(out, "UPDATE \"ICs - MCU\" SET \"Part Number\" = '12066C226MAT2A\\2.5K' WHERE \"Part Number\" = 'LVL-SHIFT-8CH'");

        KicadVerification v = verify(out);

        assertThat(problemsByKey(v)).containsEntry("MT40A1G16TB-062E:F", List.of(Problem.NAME_UNUSABLE))
                .containsEntry("12066C226MAT2A\\2.5K", List.of(Problem.NAME_UNUSABLE)).doesNotContainKey("TP-SMD-1MM");
        assertThat(v.findings()).filteredOn(f -> f.key().equals("MT40A1G16TB-062E:F")).singleElement()
                .satisfies(f -> assertThat(f.detail()).contains("the key contains ':'").contains("does not load"));
        assertThat(v.ercRuns()).isGreaterThanOrEqualTo(3); // the batch, then one sheet per bad key
    }

    @Test
    void wrongLibraryNicknamesAreReportedAsMissingLibraries() throws Exception {
        Path out = copyOfGood("wrong-nickname");
        sql(out, "UPDATE \"Passives\" SET \"KiCad Symbol\" = 'Simple_Altium:Resistor - Standard' WHERE \"Part Number\" = 'R0603-10K-1%'");
        sql(out, "UPDATE \"ICs - MCU\" SET \"KiCad Footprints\" = 'Simple_2:Four pads' WHERE \"Part Number\" = 'LVL-SHIFT-8CH'");

        KicadVerification v = verify(out);

        assertThat(problemsByKey(v)).containsEntry("R0603-10K-1%", List.of(Problem.SYMBOL_LIBRARY_MISSING))
                .containsEntry("LVL-SHIFT-8CH", List.of(Problem.FOOTPRINT_LIBRARY_MISSING))
                .doesNotContainKey("C0603-100N-50V-X7R");
        assertThat(v.findings()).filteredOn(f -> f.key().equals("R0603-10K-1%")).singleElement().satisfies(f ->
                assertThat(f.detail()).isEqualTo("The current configuration does not include the symbol library 'Simple_Altium'"));
    }

    @Test
    void aSymbolNameMissingFromItsAltiumLibraryIsCaughtThoughKicadLoadsThePart() throws Exception {
        Path out = copyOfGood("missing-symbol");
        String nickname;
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + out.resolve("Parts.sqlite"));
             Statement s = c.createStatement();
             var rows = s.executeQuery("SELECT \"KiCad Symbol\" FROM \"ICs - MCU\" WHERE \"Part Number\" = 'TP-SMD-1MM'")) {
            rows.next();
            nickname = rows.getString(1).substring(0, rows.getString(1).indexOf(':'));
        }
        sql(out, "UPDATE \"ICs - MCU\" SET \"KiCad Symbol\" = '" + nickname + ":ON SEMI LM339' WHERE \"Part Number\" = 'TP-SMD-1MM'");
        // the name as the Altium record has it, not as KiCad lists it (cut to the 31-character storage name)
        sql(out, "UPDATE \"Connectors\" SET \"KiCad Symbol\" = substr(\"KiCad Symbol\", 1, instr(\"KiCad Symbol\", ':')) || '"
                + LONG_NAME.replace("'", "''") + "' WHERE \"Part Number\" = 'CONN-LONGNAME-1'");

        KicadVerification v = verify(out);

        assertThat(v.findings()).filteredOn(f -> f.key().equals("CONN-LONGNAME-1")).singleElement().satisfies(f -> {
            assertThat(f.problem()).isEqualTo(Problem.SYMBOL_NOT_FOUND);
            assertThat(f.detail()).contains("Symbol '" + LONG_NAME + "' not found").contains("empty symbol");
        });

        assertThat(v.findings()).filteredOn(f -> f.key().equals("TP-SMD-1MM")).singleElement().satisfies(f -> {
            assertThat(f.problem()).isEqualTo(Problem.SYMBOL_NOT_FOUND);
            assertThat(f.detail()).contains("Symbol 'ON SEMI LM339' not found in symbol library '" + nickname + "'")
                    .contains("the database part loads with an empty symbol");
        });
    }

    @Test
    void aConnectionStringWithoutCwdFailsEveryPart() throws Exception {
        Path out = copyOfGood("no-cwd");
        ObjectNode dbl = (ObjectNode) JSON.readTree(out.resolve("Parts.kicad_dbl").toFile());
        String withCwd = dbl.path("source").path("connection_string").asText();
        assertThat(withCwd).contains("${CWD}/Parts.sqlite");
        ((ObjectNode) dbl.path("source")).put("connection_string", withCwd.replace("${CWD}/", ""));
        JSON.writeValue(out.resolve("Parts.kicad_dbl").toFile(), dbl);

        List<Path> before;
        try (Stream<Path> files = Files.list(out)) {
            before = files.sorted().toList();
        }

        KicadVerification v = verify(out);

        // the SQLite ODBC driver opened (and created) an empty Parts.sqlite in kicad-cli's working folder instead
        assertThat(v.partsLoaded()).isZero();
        assertThat(v.findings()).filteredOn(f -> f.problem() == Problem.PART_NOT_FOUND).hasSize(7)
                .allSatisfy(f -> assertThat(f.detail()).contains("${CWD}"));
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files.sorted().toList()).isEqualTo(before); // nothing left in the output
        }
    }

    @Test
    void theBundledSampleInStandardModeLoadsEveryPartMappedToKicadsLibraries() throws Exception {
        Path sample = Path.of("../examples/sample/Sample.DbLib").toAbsolutePath().normalize();
        MigrationResult result = migrate(MigrationConfig.builder().verifyWithKicad(true).build(), sample, dir.resolve("sample"));

        KicadVerification v = result.verification();
        assertThat(v.partsChecked()).isEqualTo(result.partsWritten());
        Map<String, String> symbols = new java.util.HashMap<>();
        long standard = 0;
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + result.database());
             Statement s = c.createStatement()) {
            for (var t : result.tables()) {
                try (var rows = s.executeQuery("SELECT \"Part Number\", \"KiCad Symbol\" FROM \"" + t.table() + "\"")) {
                    while (rows.next()) {
                        symbols.put(t.table() + "/" + rows.getString(1), rows.getString(2));
                    }
                }
            }
        }
        String symLibTable = Files.readString(result.outputDirectory().resolve("sym-lib-table"));
        for (Map.Entry<String, String> e : symbols.entrySet()) {
            String nickname = e.getValue().substring(0, e.getValue().indexOf(':'));
            boolean kicadLibrary = !symLibTable.contains("(name \"" + nickname + "\")");
            List<Finding> own = v.findings().stream().filter(f -> (f.table() + "/" + f.key()).equals(e.getKey())).toList();
            if (kicadLibrary) {
                standard++;
                assertThat(own).as("part %s mapped to KiCad's %s", e.getKey(), e.getValue()).isEmpty();
            }
        }
        assertThat(standard).isGreaterThan(1000);
        assertThat(v.partsLoaded()).isGreaterThanOrEqualTo(standard);
        // the sample's Altium parts point at .SchLib files: where one is absent, that is the reason KiCad gives
        assertThat(v.findings()).allSatisfy(f -> {
            if (f.problem() == Problem.SYMBOL_LIBRARY_MISSING) {
                assertThat(f.detail()).contains("was not found at");
            }
        });
    }
}
