package io.github.altium2kicad.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.altium2kicad.api.MappingMode;
import io.github.altium2kicad.api.MigrationConfig;
import io.github.altium2kicad.api.MigrationRequest;
import io.github.altium2kicad.api.MigrationResult;
import io.github.altium2kicad.api.PartIssue;
import io.github.altium2kicad.core.internal.source.SourceReaders;
import io.github.altium2kicad.core.testing.DatabaseDump;
import io.github.altium2kicad.testkit.LibraryTable;
import io.github.altium2kicad.testkit.TableLibraryGenerator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Keys KiCad 9 cannot look up (with {@code : \ < > "}, tab, line break) are written as safe, unique keys in a
 * generated key column the {@code .kicad_dbl} points at; the Altium key stays in its column as a field. Both write
 * paths agree; tables without such keys are unchanged.
 */
class SafeKeysMigrationTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final MigrationConfig PRESERVE = MigrationConfig.builder().mappingMode(MappingMode.PRESERVE).build();

    @TempDir
    Path dir;
    Path dbLib;

    @BeforeEach
    void library() throws Exception {
        List<String> columns = List.of("Part Number", "Library Ref", "Library Path", "Footprint Ref", "Footprint Path",
                "Comment", "Description");
        List<String[]> memory = new ArrayList<>();
        memory.add(new String[] {"MT40A1G16TB-062E:F", "DDR4", "Symbols\\Memory.SchLib", "FBGA96", "Footprints\\BGA.PcbLib",
                "=Part Number", "DDR4 16Gb x16, 1600 MHz"});
        memory.add(new String[] {"MT40A1G16TB-062E_F", "DDR4", "Symbols\\Memory.SchLib", "FBGA96", "Footprints\\BGA.PcbLib",
                "=Part Number", "already holds the safe spelling"});
        memory.add(new String[] {"MT40A1G16TB-062E\"F", "DDR4", "Symbols\\Memory.SchLib", "FBGA96", "Footprints\\BGA.PcbLib",
                "=Part Number", "a quote in the key"});
        memory.add(new String[] {"MT41K256M16TW-107 IT:P", "DDR3L", "Symbols\\Memory.SchLib", "FBGA96", "Footprints\\BGA.PcbLib",
                "=Part Number", "DDR3L 4Gb"});
        memory.add(new String[] {"IS62WV51216\tBLL", "SRAM", "Symbols\\Memory.SchLib", "TSOP44", "Footprints\\TSOP.PcbLib",
                "=Part Number", "tab pasted from a spreadsheet"});
        List<String[]> caps = new ArrayList<>();
        caps.add(new String[] {"12066C226MAT2A\\2.5K", "CAP", "Symbols\\Passive.SchLib", "CAPC3216X178N", "Footprints\\Chip.PcbLib",
                "22uF", "22 uF 6.3 V X5R 1206, reel of 2.5k"});
        caps.add(new String[] {"<GRM188R71H104KA93D>", "CAP", "Symbols\\Passive.SchLib", "CAPC1608X87N", "Footprints\\Chip.PcbLib",
                "100nF", "100 nF 50 V X7R 0603"});
        List<String[]> plain = new ArrayList<>();
        plain.add(new String[] {"RC0603FR-0710KL", "RES", "Symbols\\Passive.SchLib", "RESC1608X55N", "Footprints\\Chip.PcbLib",
                "10k", "10 kOhm 1% 0603"});
        dbLib = new TableLibraryGenerator()
                .table(new LibraryTable("Memory", true, columns, memory, "Part Number"))
                .table(new LibraryTable("Capacitors", true, columns, caps, "Part Number"))
                .table(new LibraryTable("Resistors", true, columns, plain, "Part Number"))
                .writeTo(dir.resolve("altium")).dbLib();
    }

    private MigrationResult migrate(boolean inDatabase, Path out, boolean incremental) {
        MigrationRequest.Builder request = MigrationRequest.builder(dbLib).outputDirectory(out).config(PRESERVE);
        if (incremental) {
            request.incremental(true);
        }
        return new OptimizedMigrationEngine(SourceReaders.discover(), List.of(), List.of(), inDatabase)
                .migrateWithOptimization(request.build());
    }

    private static Map<String, String> keys(Path database, String table) throws Exception {
        Map<String, String> out = new LinkedHashMap<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + database); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT \"Part Number\", \"KiCad Key\" FROM \"" + table + "\" ORDER BY rowid")) {
            while (rs.next()) {
                out.put(rs.getString(1), rs.getString(2));
            }
        }
        return out;
    }

    @Test
    void unsafeKeysGetSafeUniqueKeysOnBothWritePaths() throws Exception {
        for (boolean inDatabase : new boolean[] {true, false}) {
            MigrationResult result = migrate(inDatabase, dir.resolve("out-" + inDatabase), false);
            Map<String, String> memory = keys(result.database(), "Memory");
            assertThat(memory).containsExactly(
                    Map.entry("MT40A1G16TB-062E:F", "MT40A1G16TB-062E_F~2"), // the safe spelling is another part's key
                    Map.entry("MT40A1G16TB-062E_F", "MT40A1G16TB-062E_F"),
                    Map.entry("MT40A1G16TB-062E\"F", "MT40A1G16TB-062E_F~3"),
                    Map.entry("MT41K256M16TW-107 IT:P", "MT41K256M16TW-107 IT_P"),
                    Map.entry("IS62WV51216\tBLL", "IS62WV51216_BLL"));
            assertThat(keys(result.database(), "Capacitors")).containsExactly(
                    Map.entry("12066C226MAT2A\\2.5K", "12066C226MAT2A_2.5K"),
                    Map.entry("<GRM188R71H104KA93D>", "_GRM188R71H104KA93D_"));
            // the Value (Comment '=Part Number') shows the part number as Altium has it
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + result.database()); Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT \"Comment\" FROM \"Memory\" WHERE \"KiCad Key\" = 'MT40A1G16TB-062E_F~2'")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("MT40A1G16TB-062E:F");
            }
            assertThat(DatabaseDump.schema(result.database())).anySatisfy(line -> assertThat(line).contains("Resistors")
                    .doesNotContain("KiCad Key"));
        }
        assertThat(DatabaseDump.rowsByKey(dir.resolve("out-true/Parts.sqlite"), "Part Number"))
                .isEqualTo(DatabaseDump.rowsByKey(dir.resolve("out-false/Parts.sqlite"), "Part Number"));
    }

    @Test
    void theKicadDblPointsAtTheSafeKeyAndKeepsTheAltiumKeyAsAField() throws Exception {
        MigrationResult result = migrate(true, dir.resolve("out"), false);
        JsonNode dbl = JSON.readTree(result.kicadDbl().toFile());
        Map<String, JsonNode> libraries = new LinkedHashMap<>();
        dbl.path("libraries").forEach(l -> libraries.put(l.path("table").asText(), l));
        assertThat(libraries.get("Memory").path("key").asText()).isEqualTo("KiCad Key");
        assertThat(libraries.get("Capacitors").path("key").asText()).isEqualTo("KiCad Key");
        assertThat(libraries.get("Resistors").path("key").asText()).isEqualTo("Part Number");
        List<String> fieldColumns = new ArrayList<>();
        libraries.get("Memory").path("fields").forEach(f -> fieldColumns.add(f.path("column").asText() + "=" + f.path("name").asText()));
        assertThat(fieldColumns).contains("Part Number=Part Number");
        // KiCad looks the part up by the safe key: unique and indexed
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + result.database()); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'Memory' AND sql LIKE '%UNIQUE%KiCad Key%'")) {
            assertThat(rs.next()).isTrue();
        }
    }

    @Test
    void everyRenameIsListed() throws Exception {
        MigrationResult result = migrate(true, dir.resolve("out"), false);
        List<PartIssue> renames = result.issues().stream().filter(i -> i.kind() == PartIssue.Kind.KEY_RENAMED).toList();
        assertThat(renames).extracting(PartIssue::table, PartIssue::row, PartIssue::key).containsExactly(
                tuple("Memory", 1L, "MT40A1G16TB-062E:F"), tuple("Memory", 3L, "MT40A1G16TB-062E\"F"),
                tuple("Memory", 4L, "MT41K256M16TW-107 IT:P"), tuple("Memory", 5L, "IS62WV51216\tBLL"),
                tuple("Capacitors", 1L, "12066C226MAT2A\\2.5K"), tuple("Capacitors", 2L, "<GRM188R71H104KA93D>"));
        assertThat(renames.get(0).action()).contains("'MT40A1G16TB-062E_F~2'").contains("column 'Part Number' keeps the key");
        assertThat(migrate(false, dir.resolve("streamed"), false).issues()).isEqualTo(result.issues());

        JsonNode summary = JSON.readTree(result.summaryFile().toFile());
        assertThat(summary.at("/totals/keys_renamed").asLong()).isEqualTo(6);
        List<String> listed = new ArrayList<>();
        summary.path("issues").forEach(i -> {
            if (i.path("kind").asText().equals("key_renamed")) {
                listed.add(i.path("key").asText());
            }
        });
        assertThat(listed).hasSize(6).contains("12066C226MAT2A\\2.5K");
        assertThat(Files.readString(result.report())).contains("key renamed").contains("MT40A1G16TB-062E_F~2");
    }

    @Test
    void anIncrementalRunKeepsTheSafeKeys() throws Exception {
        Path out = dir.resolve("out");
        MigrationResult first = migrate(true, out, false);
        List<String> before = DatabaseDump.rowsByKey(first.database(), "Part Number");
        MigrationResult again = migrate(true, out, true);
        assertThat(again.changes()).allSatisfy(c -> {
            assertThat(c.added()).isZero();
            assertThat(c.changed()).isZero();
            assertThat(c.deleted()).isZero();
        });
        assertThat(DatabaseDump.rowsByKey(again.database(), "Part Number")).isEqualTo(before);
    }
}
