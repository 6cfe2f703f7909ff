package io.github.altium2kicad.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.altium2kicad.api.MappingMode;
import io.github.altium2kicad.api.MigrationConfig;
import io.github.altium2kicad.api.MigrationException;
import io.github.altium2kicad.api.MigrationRequest;
import io.github.altium2kicad.api.MigrationResult;
import io.github.altium2kicad.api.MigrationWarning;
import io.github.altium2kicad.api.SkippedTable;
import io.github.altium2kicad.api.TableResult;
import io.github.altium2kicad.core.testing.RealDbLibFixture;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Real DbLibs that Altium opens and that stopped the tool before: repeated sections, Windows ANSI code pages,
 * schema-prefixed field maps, tables the database does not have. Each is made from a DbLib Altium wrote (the first
 * tables of {@code access-many-tables.DbLib}), migrated end to end into SQLite, and checked in the output database,
 * the {@code .kicad_dbl} and {@code migration-summary.json}.
 */
class LenientDbLibMigrationTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final MigrationConfig PRESERVE = MigrationConfig.builder().mappingMode(MappingMode.PRESERVE).build();
    private static final int TABLES = 8;
    private static final int ROWS = 25;

    @TempDir
    Path dir;

    private MigrationResult migrate(Path dbLib, MigrationConfig config) {
        return new OptimizedMigrationEngine().migrateWithOptimization(
                MigrationRequest.builder(dbLib).outputDirectory(dir.resolve("out")).config(config).build());
    }

    /** Rows per table in the output database. */
    private static Map<String, Integer> rowsPerTable(Path database) throws Exception {
        Map<String, Integer> rows = new TreeMap<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + database); Statement st = c.createStatement()) {
            List<String> names = new ArrayList<>();
            try (ResultSet rs = st.executeQuery("SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite%'")) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                }
            }
            for (String name : names) {
                try (ResultSet rs = st.executeQuery("SELECT count(*) FROM \"" + name.replace("\"", "\"\"") + "\"")) {
                    rows.put(name, rs.getInt(1));
                }
            }
        }
        return rows;
    }

    private static List<String> dblTables(Path kicadDbl) throws Exception {
        List<String> tables = new ArrayList<>();
        JSON.readTree(kicadDbl.toFile()).path("libraries").forEach(l -> tables.add(l.path("table").asText()));
        return tables;
    }

    private static JsonNode dblLibrary(Path kicadDbl, String table) throws Exception {
        for (JsonNode l : JSON.readTree(kicadDbl.toFile()).path("libraries")) {
            if (l.path("table").asText().equals(table)) {
                return l;
            }
        }
        throw new AssertionError("no library for table " + table);
    }

    private static List<MigrationWarning> warnings(MigrationResult result, MigrationWarning.Kind kind) {
        return result.warnings().stream().filter(w -> w.kind() == kind).toList();
    }

    @Test
    void repeatedSectionsAreReadAsAltiumReadsThem() throws Exception {
        RealDbLibFixture fixture = RealDbLibFixture.firstTables(TABLES).sqlite("Parts.db")
                .repeatSection("FieldMap19").repeatSection("FieldMap19").repeatSection("Table3").repeatSection("FieldMap2");
        List<String> table3Again = fixture.section("Table3");
        fixture.append("[Table3]", "SchemaName=", "TableName=Advanced Photonics (old)", "Enabled=False");
        Path dbLib = fixture.writeTo(dir.resolve("lib/Parts.DbLib"), StandardCharsets.UTF_8);
        RealDbLibFixture.writeSqlite(dir.resolve("lib/Parts.db"), fixture.tableNames().stream()
                .filter(n -> !n.endsWith("(old)")).toList(), ROWS);

        MigrationResult result = migrate(dbLib, PRESERVE);

        assertThat(table3Again).contains("TableName=Advanced Photonics");
        assertThat(result.tables()).hasSize(TABLES).allSatisfy(t -> assertThat(t.rowsWritten()).isEqualTo(ROWS));
        assertThat(result.tables()).extracting(TableResult::keySource).containsOnly("DbLib field map with FieldType=0");
        assertThat(rowsPerTable(result.database())).hasSize(TABLES).containsEntry("Advanced Photonics", ROWS);
        assertThat(dblTables(result.kicadDbl())).doesNotContain("Advanced Photonics (old)").hasSize(TABLES);
        assertThat(warnings(result, MigrationWarning.Kind.REPEATED_SECTION)).hasSize(4)
                .anySatisfy(w -> assertThat(w.message()).contains("[FieldMap19]"))
                .anySatisfy(w -> assertThat(w.message()).contains("[Table3]"));
        assertThat(warnings(result, MigrationWarning.Kind.CONFLICTING_SECTION)).singleElement()
                .satisfies(w -> assertThat(w.message()).contains("[Table3]").contains("first at line 35")
                        .contains("TableName").contains("Enabled"));
        assertThat(result.completedWithWarnings()).isTrue();
        // every field map once: the Description field is there once in the .kicad_dbl
        JsonNode avx = dblLibrary(result.kicadDbl(), "AVX Corporation");
        assertThat(avx.path("key").asText()).isEqualTo("Part Number");
        JsonNode summary = JSON.readTree(result.summaryFile().toFile());
        assertThat(summary.path("warnings")).hasSize(5);
        assertThat(summary.path("completed_with_warnings").asBoolean()).isTrue();
        assertThat(summary.path("dblib_encoding").path("charset").asText()).isEqualTo("UTF-8");
        assertThat(summary.path("dblib_encoding").path("chosen_by").asText()).isEqualTo("valid UTF-8");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "GBK, A贴片电阻, 晶振, 光电器件",
        "windows-1251, Резисторы, Кварцевые резонаторы, Оптроны",
        "windows-31j, 抵抗器, 水晶振動子, フォトカプラ",
        "windows-1250, Rezistory řady E24, Krystaly, Optočleny",
        "x-windows-950, 貼片電阻, 晶體振盪器, 光耦合器",
    })
    void dbLibInAWindowsAnsiCodePageIsReadInTheCodePageWhoseTableNamesTheDatabaseHas(String codePage, String first,
                                                                                      String second, String third) throws Exception {
        RealDbLibFixture fixture = RealDbLibFixture.firstTables(TABLES).sqlite("Parts.db")
                .renameTable("AVX Corporation", first).renameTable("Abracon LLC", second)
                .renameTable("Advanced Photonics", third);
        Path dbLib = fixture.writeTo(dir.resolve("lib/Parts.DbLib"), Charset.forName(codePage));
        RealDbLibFixture.writeSqlite(dir.resolve("lib/Parts.db"), fixture.tableNames(), ROWS);

        MigrationResult result = migrate(dbLib, PRESERVE);

        assertThat(result.dblibEncoding().charset()).isEqualTo(Charset.forName(codePage).name());
        assertThat(result.dblibEncoding().basis()).contains(TABLES + " of " + TABLES + " table names match the database");
        assertThat(result.skippedTables()).isEmpty();
        assertThat(result.warnings()).isEmpty();
        assertThat(rowsPerTable(result.database())).hasSize(TABLES).containsEntry(first, ROWS).containsEntry(second, ROWS)
                .containsEntry(third, ROWS);
        assertThat(dblTables(result.kicadDbl())).startsWith(first, second, third);
        JsonNode library = dblLibrary(result.kicadDbl(), first);
        assertThat(library.path("name").asText()).isEqualTo(first);
        assertThat(library.path("key").asText()).isEqualTo("Part Number"); // the field maps of the renamed table are its own
        assertThat(library.path("properties").path("description").asText()).isEqualTo("Description");
        JsonNode summary = JSON.readTree(result.summaryFile().toFile());
        assertThat(summary.path("dblib_encoding").path("charset").asText()).isEqualTo(Charset.forName(codePage).name());
        assertThat(summary.path("dblib_encoding").path("chosen_by").asText()).contains("table names match the database");
    }

    @Test
    void asciiTableNamesWithChineseColumnsAndAChineseDatabasePathAreReadAsGbk() throws Exception {
        // the table names do not tell the code pages apart: the database path and the column names do
        RealDbLibFixture fixture = RealDbLibFixture.firstTables(TABLES)
                .connection(RealDbLibFixture.SQLITE_CONNECTION.replace("Documents\\Altium\\Parts.db", "元件库\\器件.db"),
                        "", "..\\元件库\\器件.db")
                .renameColumn("Description", "描述").renameColumn("Footprint Ref", "封装");
        Path dbLib = fixture.writeTo(dir.resolve("库/Parts.DbLib"), Charset.forName("GBK"));
        Files.createDirectories(dir.resolve("元件库"));
        RealDbLibFixture.writeSqlite(dir.resolve("元件库/器件.db"), fixture.tableNames(), ROWS,
                Map.of("Description", "描述", "Footprint Ref", "封装"));

        MigrationResult result = migrate(dbLib, PRESERVE);

        assertThat(result.dblibEncoding().charset()).isEqualTo("GBK");
        assertThat(result.warnings()).isEmpty();
        assertThat(rowsPerTable(result.database())).hasSize(TABLES).allSatisfy((t, rows) -> assertThat(rows).isEqualTo(ROWS));
        JsonNode avx = dblLibrary(result.kicadDbl(), "AVX Corporation");
        assertThat(avx.path("properties").path("description").asText()).isEqualTo("描述");
    }

    @Test
    void asciiTableNamesWithRussianColumnsAreReadInTheCodePageWhoseColumnsTheTablesHave() throws Exception {
        RealDbLibFixture fixture = RealDbLibFixture.firstTables(TABLES).sqlite("Parts.db")
                .renameColumn("Description", "Описание").renameColumn("Footprint Ref", "Посадочное место");
        Path dbLib = fixture.writeTo(dir.resolve("lib/Parts.DbLib"), Charset.forName("windows-1251"));
        RealDbLibFixture.writeSqlite(dir.resolve("lib/Parts.db"), fixture.tableNames(), ROWS,
                Map.of("Description", "Описание", "Footprint Ref", "Посадочное место"));

        MigrationResult result = migrate(dbLib, PRESERVE);

        assertThat(result.dblibEncoding().charset()).isEqualTo("windows-1251");
        assertThat(result.dblibEncoding().basis()).contains("8 of 8 table names match the database under ")
                .contains("code pages, and 48 of 48 field-mapped column names under this one").contains("windows-1252 32");
        assertThat(result.warnings()).isEmpty();
        assertThat(dblLibrary(result.kicadDbl(), "Alpha Omega").path("properties").path("description").asText())
                .isEqualTo("Описание");
    }

    @Test
    void aUtf8DbLibWithOneStrayAnsiByteInAUiSettingIsStillReadAsUtf8() throws Exception {
        RealDbLibFixture fixture = RealDbLibFixture.firstTables(TABLES).sqlite("Parts.db")
                .renameTable("AVX Corporation", "A贴片电阻").renameTable("Abracon LLC", "Резисторы");
        Path dbLib = fixture.writeTo(dir.resolve("lib/Parts.DbLib"), StandardCharsets.UTF_8);
        byte[] bytes = Files.readAllBytes(dbLib);
        String text = new String(bytes, StandardCharsets.UTF_8).replace("LastFocusedTable=__Template", "LastFocusedTable=\u0000");
        byte[] edited = text.getBytes(StandardCharsets.UTF_8);
        edited[text.indexOf('\u0000')] = (byte) 0xB5; // 'µ' saved by a Western editor: not UTF-8
        Files.write(dbLib, edited);
        RealDbLibFixture.writeSqlite(dir.resolve("lib/Parts.db"), fixture.tableNames(), ROWS);

        MigrationResult result = migrate(dbLib, PRESERVE);

        assertThat(result.dblibEncoding().charset()).isEqualTo("UTF-8");
        assertThat(result.skippedTables()).isEmpty();
        assertThat(rowsPerTable(result.database())).containsEntry("A贴片电阻", ROWS).containsEntry("Резисторы", ROWS);
    }

    @Test
    void dblibEncodingSettingForcesTheCodePage() throws Exception {
        RealDbLibFixture fixture = RealDbLibFixture.firstTables(TABLES).sqlite("Parts.db")
                .renameTable("AVX Corporation", "A贴片电阻");
        Path dbLib = fixture.writeTo(dir.resolve("lib/Parts.DbLib"), Charset.forName("GBK"));
        RealDbLibFixture.writeSqlite(dir.resolve("lib/Parts.db"), fixture.tableNames(), ROWS);

        // read as Windows-1252 the Chinese name is garbled: that table is skipped, the other ones arrive
        MigrationResult forced = migrate(dbLib, PRESERVE.toBuilder().dblibEncoding("windows-1252").build());

        assertThat(forced.dblibEncoding()).satisfies(e -> {
            assertThat(e.charset()).isEqualTo("windows-1252");
            assertThat(e.basis()).isEqualTo("dblib_encoding setting");
        });
        assertThat(forced.skippedTables()).singleElement().satisfies(t -> {
            assertThat(t.table()).isEqualTo(new String("A贴片电阻".getBytes(Charset.forName("GBK")), Charset.forName("windows-1252")));
            assertThat(t.reason()).contains("has no such table").contains("A贴片电阻");
        });
        assertThat(rowsPerTable(forced.database())).hasSize(TABLES - 1).doesNotContainKey("A贴片电阻");
        JsonNode summary = JSON.readTree(forced.summaryFile().toFile());
        assertThat(summary.path("skipped_tables")).hasSize(1);
        assertThat(summary.path("skipped_tables").get(0).path("reason").asText()).contains("has no such table");
        assertThat(summary.path("config").path("dblib_encoding").asText()).isEqualTo("windows-1252");

        Files.walk(dir.resolve("out")).sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        MigrationResult gbk = migrate(dbLib, PRESERVE.toBuilder().dblibEncoding("gbk").build());
        assertThat(gbk.skippedTables()).isEmpty();
        assertThat(rowsPerTable(gbk.database())).containsEntry("A贴片电阻", ROWS);
    }

    @Test
    void fieldMapsWithASchemaBelongToTheirTable() throws Exception {
        // the 70k-part library: every field map says altium.<table>, the [TableN] sections <table>
        RealDbLibFixture fixture = RealDbLibFixture.firstTables(TABLES).sqlite("Parts.db").schemaInFieldMaps("altium");
        assertThat(fixture.lines()).anyMatch(l -> l.contains("TableNameOnly=altium.AVX Corporation|"));
        Path dbLib = fixture.writeTo(dir.resolve("lib/Parts.DbLib"), StandardCharsets.UTF_8);
        RealDbLibFixture.writeSqlite(dir.resolve("lib/Parts.db"), fixture.tableNames(), ROWS);

        MigrationResult result = migrate(dbLib, PRESERVE);

        assertThat(result.warnings()).isEmpty();
        assertThat(result.tables()).extracting(TableResult::keySource).containsOnly("DbLib field map with FieldType=0");
        for (String table : fixture.tableNames()) {
            assertThat(dblLibrary(result.kicadDbl(), table).path("properties").path("description").asText())
                    .as(table).isEqualTo("Description");
        }
    }

    @Test
    void tablesTheDatabaseDoesNotHaveAreSkippedAndListed() throws Exception {
        RealDbLibFixture fixture = RealDbLibFixture.firstTables(TABLES).sqlite("Parts.db");
        Path dbLib = fixture.writeTo(dir.resolve("lib/Parts.DbLib"), StandardCharsets.UTF_8);
        List<String> present = fixture.tableNames().stream()
                .filter(n -> !n.equals("Abracon LLC") && !n.equals("Alpha Omega")).toList();
        RealDbLibFixture.writeSqlite(dir.resolve("lib/Parts.db"), present, ROWS);

        MigrationResult result = migrate(dbLib, PRESERVE);

        assertThat(result.skippedTables()).extracting(SkippedTable::table).containsExactly("Abracon LLC", "Alpha Omega");
        assertThat(result.skippedTables()).allSatisfy(t -> assertThat(t.reason()).contains("has no such table")
                .contains("AVX Corporation"));
        assertThat(warnings(result, MigrationWarning.Kind.SKIPPED_TABLE)).hasSize(2);
        assertThat(rowsPerTable(result.database())).containsOnlyKeys(present);
        assertThat(dblTables(result.kicadDbl())).containsExactlyElementsOf(present);
        JsonNode summary = JSON.readTree(result.summaryFile().toFile());
        assertThat(summary.path("skipped_tables")).hasSize(2);
        assertThat(summary.path("skipped_tables").get(1).path("table").asText()).isEqualTo("Alpha Omega");
        assertThat(summary.path("completed_with_warnings").asBoolean()).isTrue();
    }

    @Test
    void whenEveryTableIsSkippedTheRunStopsListingEveryReason() throws Exception {
        RealDbLibFixture fixture = RealDbLibFixture.firstTables(3).sqlite("Parts.db");
        Path dbLib = fixture.writeTo(dir.resolve("lib/Parts.DbLib"), StandardCharsets.UTF_8);
        RealDbLibFixture.writeSqlite(dir.resolve("lib/Parts.db"), List.of("Resistors"), ROWS);

        MigrationException e = catchThrowableOfType(MigrationException.class, () -> migrate(dbLib, PRESERVE));

        assertThat(e.kind()).isEqualTo(MigrationException.Kind.BAD_INPUT);
        assertThat(e.getMessage()).contains("None of the 3 enabled tables").contains("AVX Corporation")
                .contains("Abracon LLC").contains("Advanced Photonics").contains("Tables there: Resistors");
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void everyTableWithoutItsKeyColumnIsListedInOneError() throws Exception {
        RealDbLibFixture fixture = RealDbLibFixture.firstTables(4).sqlite("Parts.db");
        Path dbLib = fixture.writeTo(dir.resolve("lib/Parts.DbLib"), StandardCharsets.UTF_8);
        RealDbLibFixture.writeSqlite(dir.resolve("lib/Parts.db"), fixture.tableNames(), ROWS);

        MigrationException e = catchThrowableOfType(MigrationException.class,
                () -> migrate(dbLib, PRESERVE.toBuilder().keyColumn("MPN").build()));

        assertThat(e.getMessage()).contains("4 of 4 tables have no key column").contains("'AVX Corporation'")
                .contains("'AlbertaSat_Cust'").contains("--key-column");
        assertThat(dir.resolve("out")).doesNotExist();
    }
}
