package io.github.altium2kicad.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.altium2kicad.api.DuplicateKeyPolicy;
import io.github.altium2kicad.api.EmptyKeyPolicy;
import io.github.altium2kicad.api.MappingMode;
import io.github.altium2kicad.api.MigrationConfig;
import io.github.altium2kicad.api.MigrationRequest;
import io.github.altium2kicad.api.MigrationResult;
import io.github.altium2kicad.api.PartIssue;
import io.github.altium2kicad.api.PerformanceSummary;
import io.github.altium2kicad.api.TableResult;
import io.github.altium2kicad.core.internal.source.SourceReaders;
import io.github.altium2kicad.core.testing.DatabaseDump;
import io.github.altium2kicad.core.testing.IsqlClient;
import io.github.altium2kicad.testkit.TableLibraryGenerator;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EndToEndMigrationTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CAPS = "Caps, \"Ceramic\" - 100% [X7R]";
    /** Most tests check how Altium references are carried over, so they keep them all. */
    private static final MigrationConfig PRESERVE = MigrationConfig.builder().mappingMode(MappingMode.PRESERVE).build();

    @TempDir
    Path dir;
    Path dbLib;

    @BeforeEach
    void library() throws Exception {
        dbLib = TableLibraryGenerator.standard().writeTo(dir.resolve("altium")).dbLib();
        // the symbol library exists (spelled differently in the two tables); the footprint libraries do not
        Files.createDirectories(dir.resolve("altium/Symbols"));
        Files.writeString(dir.resolve("altium/Symbols/Passives.SchLib"), "placeholder");
    }

    private MigrationResult migrate(MigrationConfig config, Path out) {
        return new OptimizedMigrationEngine().migrateWithOptimization(
                MigrationRequest.builder(dbLib).outputDirectory(out).config(config).build());
    }

    @Test
    void writesEveryEnabledTableWithEveryColumnAndTheKiCadColumns() throws Exception {
        Path out = dir.resolve("out");
        MigrationResult result = migrate(PRESERVE, out);

        assertThat(result.tables()).extracting(TableResult::table).containsExactly("Resistors", CAPS);
        TableResult resistors = result.tables().get(0);
        assertThat(resistors.rowsRead()).isEqualTo(124);
        assertThat(resistors.rowsWritten()).isEqualTo(121); // 120 + RES-NOPATH; duplicate and 2 blanks left out
        assertThat(resistors.duplicateKeys()).isEqualTo(1);
        assertThat(resistors.emptyKeys()).isEqualTo(2);
        assertThat(resistors.keySource()).contains("FieldType=0");
        assertThat(result.tables().get(1).rowsWritten()).isEqualTo(60);

        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + result.database());
             Statement st = c.createStatement()) {
            ResultSet tables = st.executeQuery("SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' ORDER BY name");
            List<String> names = new ArrayList<>();
            while (tables.next()) {
                names.add(tables.getString(1));
            }
            assertThat(names).containsExactlyInAnyOrder("Resistors", CAPS);

            ResultSet cols = st.executeQuery("SELECT name, type FROM pragma_table_info('" + CAPS.replace("'", "''") + "')");
            List<String> columns = new ArrayList<>();
            while (cols.next()) {
                columns.add(cols.getString(1));
                assertThat(cols.getString(2)).isEqualTo("TEXT");
            }
            assertThat(columns).containsExactly("Part Number", "Library Ref", "Library Path", "Footprint Ref", "Footprint Path",
                    "Description", "Value", "Température \"max\"", "Voltage - Rated, DC", "Datasheet", "KiCad Symbol", "KiCad Footprints");

            ResultSet r = st.executeQuery("SELECT \"KiCad Symbol\", \"KiCad Footprints\", \"Value\", \"Tolerance\" FROM Resistors "
                    + "WHERE \"Part Number\" = 'RES-10'");
            assertThat(r.next()).isTrue();
            assertThat(r.getString(1)).isEqualTo("Passives:Resistor");
            assertThat(r.getString(2)).isEqualTo("Chip_Resistor:RESC1608X55N;Chip_Resistor_HS:R0603_HS");
            assertThat(r.getString(3)).isEqualTo("10k");
            assertThat(r.getString(4)).isEqualTo("±1%");

            // the first row with a duplicated key is the one kept
            r = st.executeQuery("SELECT \"Manufacturer Part Number\" FROM Resistors WHERE \"Part Number\" = 'RES-5'");
            assertThat(r.next()).isTrue();
            assertThat(r.getString(1)).isEqualTo("RC0603FR-075KL");

            // the same file spelled two ways (case, absolute Windows path) gets one nickname
            r = st.executeQuery("SELECT DISTINCT \"KiCad Symbol\" FROM \"" + CAPS.replace("\"", "\"\"") + "\"");
            assertThat(r.next()).isTrue();
            assertThat(r.getString(1)).isEqualTo("Passives:CAP");

            r = st.executeQuery("SELECT \"KiCad Symbol\", \"KiCad Footprints\" FROM Resistors WHERE \"Part Number\" = 'RES-NOPATH'");
            assertThat(r.next()).isTrue();
            assertThat(r.getString(1)).isNull();
            assertThat(r.getString(2)).isNull();
        }
        assertThat(result.issues()).filteredOn(i -> i.kind() == PartIssue.Kind.DUPLICATE_KEY)
                .singleElement().satisfies(i -> {
                    assertThat(i.key()).isEqualTo("RES-5");
                    assertThat(i.row()).isEqualTo(121);
                    assertThat(i.table()).isEqualTo("Resistors");
                });
        assertThat(result.issues()).filteredOn(i -> i.kind() == PartIssue.Kind.EMPTY_KEY)
                .extracting(PartIssue::row).containsExactly(122L, 123L);
        assertThat(result.issues()).filteredOn(i -> i.kind() == PartIssue.Kind.UNRESOLVED_SYMBOL)
                .singleElement().satisfies(i -> assertThat(i.action()).contains("Library Path is blank"));
    }

    @Test
    void standardModeUsesKiCadsLibrariesWhereCertainAndKeepsAltiumReferencesElsewhere() throws Exception {
        MigrationResult result = migrate(MigrationConfig.defaults(), dir.resolve("out"));
        assertThat(MigrationConfig.defaults().mappingMode()).isEqualTo(MappingMode.STANDARD);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + result.database());
             Statement st = c.createStatement()) {
            // RESC1608X55N + "0603 (1608 Metric)": certain
            ResultSet r = st.executeQuery("SELECT \"KiCad Symbol\", \"KiCad Footprints\" FROM Resistors WHERE \"Part Number\" = 'RES-1'");
            assertThat(r.next()).isTrue();
            assertThat(r.getString(1)).isEqualTo("Device:R");
            assertThat(r.getString(2)).isEqualTo("Resistor_SMD:R_0603_1608Metric");
            // a KiCad footprint is never paired with an Altium symbol, nor an Altium footprint with a KiCad symbol
            r = st.executeQuery("SELECT \"KiCad Symbol\", \"KiCad Footprints\" FROM Resistors UNION ALL SELECT \"KiCad Symbol\", "
                    + "\"KiCad Footprints\" FROM \"" + CAPS.replace("\"", "\"\"") + "\"");
            while (r.next()) {
                if (r.getString(1) != null && r.getString(1).startsWith("Device:")) {
                    assertThat(r.getString(2)).matches("(Resistor|Capacitor)_SMD:[^;]+(;(Resistor|Capacitor)_SMD:[^;]+)*");
                } else if (r.getString(2) != null) {
                    assertThat(r.getString(2)).doesNotContain("_SMD:");
                }
            }
        }
    }

    @Test
    void kicadDblFollowsKiCadsFormat() throws Exception {
        MigrationResult result = migrate(PRESERVE, dir.resolve("out"));
        JsonNode dbl = JSON.readTree(result.kicadDbl().toFile());

        assertThat(dbl.at("/meta/version").asInt()).isEqualTo(1);
        assertThat(dbl.at("/name").asText()).isEqualTo("Parts");
        assertThat(dbl.at("/source/type").asText()).isEqualTo("odbc");
        assertThat(dbl.at("/source/connection_string").asText()).isEqualTo("Driver={SQLite3};Database=${CWD}/Parts.sqlite");
        assertThat(dbl.at("/libraries")).hasSize(2);
        for (JsonNode lib : dbl.at("/libraries")) {
            for (String required : List.of("name", "table", "key", "symbols", "footprints")) {
                assertThat(lib.path(required).asText()).as(required).isNotBlank();
            }
            assertThat(lib.path("name").asText()).doesNotContain("/");
        }
        JsonNode resistors = dbl.at("/libraries/0");
        assertThat(resistors.path("key").asText()).isEqualTo("Part Number");
        assertThat(resistors.path("symbols").asText()).isEqualTo("KiCad Symbol");
        assertThat(resistors.path("footprints").asText()).isEqualTo("KiCad Footprints");
        assertThat(resistors.at("/properties/description").asText()).isEqualTo("Description");
        List<String> fieldNames = new ArrayList<>();
        resistors.path("fields").forEach(f -> fieldNames.add(f.path("name").asText()));
        assertThat(fieldNames).contains("Value", "Datasheet", "Manufacturer", "Manufacturer Part Number", "Package / Case", "Tolerance")
                .doesNotContain("Part Number", "Library Ref", "Library Path", "Footprint Ref", "Footprint Path 2", "Description");
        JsonNode value = resistors.path("fields").get(fieldNames.indexOf("Value"));
        assertThat(value.path("column").asText()).isEqualTo("Value");
        assertThat(value.path("visible_on_add").asBoolean()).isTrue();
        JsonNode datasheet = resistors.path("fields").get(fieldNames.indexOf("Datasheet"));
        assertThat(datasheet.path("column").asText()).isEqualTo("ComponentLink1URL");

        String symTable = Files.readString(result.outputDirectory().resolve("sym-lib-table"));
        assertThat(symTable).startsWith("(sym_lib_table\n  (version 7)\n")
                .contains("(lib (name \"Parts\")(type \"Database\")(uri \"" + result.kicadDbl() + "\")")
                .contains("(lib (name \"Passives\")(type \"Altium\")(uri \"" + dir.resolve("altium/Symbols/Passives.SchLib") + "\")");
        // the footprint libraries are missing: no rows (KiCad would only complain in every project), but notices
        String fpTable = Files.readString(result.outputDirectory().resolve("fp-lib-table"));
        assertThat(fpTable).isEqualTo("(fp_lib_table\n  (version 7)\n)\n");
        assertThat(result.notices(io.github.altium2kicad.api.LibraryNotice.Kind.MISSING_LIBRARY))
                .extracting(io.github.altium2kicad.api.LibraryNotice::nickname)
                .contains("Chip_Resistor", "Chip_Resistor_HS", "Chip_Capacitor");
        assertThat(result.notices(io.github.altium2kicad.api.LibraryNotice.Kind.MISSING_LIBRARY))
                .allSatisfy(n -> assertThat(n.message()).contains("LibrarySearchPath"))
                .anySatisfy(n -> assertThat(n.parts()).isPositive());
    }

    @Test
    void kicadCanQueryEveryLibraryThroughUnixOdbc() throws Exception {
        IsqlClient.assumeInstalled();
        MigrationResult result = migrate(PRESERVE, dir.resolve("out"));
        JsonNode dbl = JSON.readTree(result.kicadDbl().toFile());
        String connection = dbl.at("/source/connection_string").asText()
                .replace("${CWD}", result.kicadDbl().getParent().toString());
        IsqlClient isql = new IsqlClient(connection);
        for (JsonNode lib : dbl.at("/libraries")) {
            List<String> columns = new ArrayList<>(List.of(lib.path("key").asText(), lib.path("symbols").asText(),
                    lib.path("footprints").asText()));
            lib.path("fields").forEach(f -> columns.add(f.path("column").asText()));
            lib.path("properties").forEach(p -> columns.add(p.asText()));
            String table = lib.path("table").asText();
            List<List<String>> rows = isql.query("SELECT " + String.join(", ", columns.stream().map(EndToEndMigrationTest::q).toList())
                    + " FROM " + q(table));
            assertThat(rows.get(0)).hasSize(columns.size());
            TableResult expected = result.tables().stream().filter(t -> t.table().equals(table)).findFirst().orElseThrow();
            assertThat(rows).hasSize(1 + (int) expected.rowsWritten());
            // the lookup KiCad makes when a part is placed
            String firstKey = rows.get(1).get(0);
            List<List<String>> one = isql.query("SELECT * FROM " + q(table) + " WHERE " + q(lib.path("key").asText())
                    + " = '" + firstKey.replace("'", "''") + "'");
            assertThat(one).hasSize(2);
        }
    }

    @Test
    void parallelSingleThreadedStreamingAndInDatabaseRunsWriteIdenticalDatabases() throws Exception {
        MigrationResult parallel = migrate(MigrationConfig.builder().mappingMode(MappingMode.PRESERVE).maxWorkers(4).batchSize(7).build(), dir.resolve("p"));
        MigrationResult single = migrate(MigrationConfig.builder().mappingMode(MappingMode.PRESERVE).parallelProcessing(false).batchSize(1000).build(), dir.resolve("s"));
        MigrationResult simple = migrate(MigrationConfig.builder().mappingMode(MappingMode.PRESERVE).useOptimizedEngine(false).build(), dir.resolve("u"));
        OptimizedMigrationEngine streamingEngine = new OptimizedMigrationEngine(SourceReaders.discover(), List.of(), List.of(), false);
        MigrationResult streamedParallel = streamingEngine.migrateWithOptimization(MigrationRequest.builder(dbLib)
                .outputDirectory(dir.resolve("sp")).config(MigrationConfig.builder().mappingMode(MappingMode.PRESERVE).maxWorkers(3).batchSize(5).build()).build());
        MigrationResult streamedSingle = streamingEngine.migrateWithOptimization(MigrationRequest.builder(dbLib)
                .outputDirectory(dir.resolve("ss")).config(MigrationConfig.builder().mappingMode(MappingMode.PRESERVE).parallelProcessing(false).build()).build());
        List<String> expected = dump(parallel.database());
        assertThat(expected).hasSizeGreaterThan(180);
        for (MigrationResult other : List.of(single, simple, streamedParallel, streamedSingle)) {
            assertThat(dump(other.database())).isEqualTo(expected);
            assertThat(other.issues()).isEqualTo(parallel.issues());
            assertThat(other.tables()).isEqualTo(parallel.tables());
        }
        assertThat(parallel.performance().workers()).isEqualTo(4);
        assertThat(single.performance().workers()).isEqualTo(1);
    }

    @Test
    void keyPoliciesRenameAndGenerateKeepEveryRow() throws Exception {
        MigrationResult result = migrate(MigrationConfig.builder().mappingMode(MappingMode.PRESERVE).duplicateKeys(DuplicateKeyPolicy.RENAME)
                .emptyKeys(EmptyKeyPolicy.GENERATE).build(), dir.resolve("out"));
        assertThat(result.tables().get(0).rowsWritten()).isEqualTo(124);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + result.database());
             Statement st = c.createStatement()) {
            ResultSet r = st.executeQuery("SELECT \"Part Number\" FROM Resistors WHERE \"Part Number\" IN ('RES-5~2', 'Resistors-row-122', 'Resistors-row-123') ORDER BY 1");
            List<String> keys = new ArrayList<>();
            while (r.next()) {
                keys.add(r.getString(1));
            }
            assertThat(keys).containsExactly("RES-5~2", "Resistors-row-122", "Resistors-row-123");
        }
    }

    @Test
    void showsHowThePhasesNestAndLabelsBusyTimeAsSummedOverThreads() throws Exception {
        MigrationResult result = migrate(MigrationConfig.builder().mappingMode(MappingMode.PRESERVE).maxWorkers(2).build(),
                dir.resolve("out"));
        JsonNode phases = JSON.readTree(result.summaryFile().toFile()).at("/performance/phases");
        assertThat(phases.path("full_migration").has("inside")).isFalse();
        assertThat(phases.at("/component_mapping/inside").asText()).isEqualTo("full_migration");
        assertThat(phases.at("/write/inside").asText()).isEqualTo("full_migration");
        assertThat(phases.at("/extract/inside").asText()).isEqualTo("component_mapping");

        String page = Files.readString(result.report(), StandardCharsets.UTF_8);
        String table = page.substring(page.indexOf("<table id=\"performance\">"));
        table = table.substring(0, table.indexOf("</table>"));
        assertThat(table).contains("<th>Wall time (ms)</th>", "<th>Busy time, summed over threads (ms)</th>");
        List<String> names = new ArrayList<>();
        List<String> depths = new ArrayList<>();
        java.util.regex.Matcher row = java.util.regex.Pattern.compile("<tr data-depth=\"(\\d)\"><td[^>]*>([^<]+)</td>").matcher(table);
        while (row.find()) {
            depths.add(row.group(1));
            names.add(row.group(2));
        }
        assertThat(names).hasSize(result.performance().phases().size());
        assertThat(names.get(0)).isEqualTo("full_migration");
        assertThat(depths.get(0)).isEqualTo("0");
        int mapping = names.indexOf("component_mapping");
        assertThat(depths.get(mapping)).isEqualTo("1");
        // the phases inside component_mapping follow it, one level deeper
        assertThat(names.get(mapping + 1)).isIn("extract", "component_mapping_workers");
        assertThat(depths.get(mapping + 1)).isEqualTo("2");
        assertThat(depths.get(names.indexOf("write"))).isEqualTo("1");
    }

    @Test
    void reportsPerformanceAndWritesTheSummary() throws Exception {
        MigrationResult result = migrate(PRESERVE, dir.resolve("out"));
        PerformanceSummary p = result.performance();
        assertThat(p.phase(PerformanceSummary.FULL_MIGRATION)).hasValueSatisfying(t -> assertThat(t.wallTime()).isPositive());
        assertThat(p.phase(PerformanceSummary.COMPONENT_MAPPING)).hasValueSatisfying(t -> assertThat(t.items()).isEqualTo(184));
        assertThat(p.componentsPerSecond()).isPositive();
        assertThat(p.peakHeapBytes()).isPositive();
        // the in-database path decides each distinct input once: far fewer decisions than parts
        assertThat(p.cache().misses()).isPositive().isLessThan(20);

        JsonNode summary = JSON.readTree(result.summaryFile().toFile());
        assertThat(summary.at("/totals/parts_written").asLong()).isEqualTo(181);
        assertThat(summary.at("/totals/duplicate_keys").asLong()).isEqualTo(1);
        assertThat(summary.at("/issues")).anySatisfy(i -> {
            assertThat(i.path("kind").asText()).isEqualTo("duplicate_key");
            assertThat(i.path("table").asText()).isEqualTo("Resistors");
            assertThat(i.path("row").asLong()).isEqualTo(121);
        });
        assertThat(summary.at("/performance/phases/full_migration/wall_ms").asDouble()).isPositive();
        assertThat(summary.at("/performance/phases/component_mapping/items").asLong()).isEqualTo(184);
        assertThat(summary.at("/altium_libraries/symbol")).singleElement().satisfies(l -> {
            assertThat(l.path("nickname").asText()).isEqualTo("Passives");
            assertThat(l.path("found").asBoolean()).isTrue();
        });
        assertThat(summary.at("/altium_libraries/footprint")).anySatisfy(l -> {
            assertThat(l.path("nickname").asText()).isEqualTo("Chip_Resistor");
            assertThat(l.path("found").asBoolean()).isFalse();
            assertThat(l.path("looked_in").get(0).asText()).endsWith("Footprints/Chip_Resistor.PcbLib");
        });
    }

    @Test
    void theSourceDatabaseIsNeverModified() throws Exception {
        Path source = dir.resolve("altium/Parts.sqlite");
        byte[] before = Files.readAllBytes(source);
        migrate(PRESERVE, dir.resolve("out"));
        migrate(MigrationConfig.builder().mappingMode(MappingMode.PRESERVE).vacuumDatabase(true).useOptimizedEngine(false).build(), dir.resolve("out2"));
        assertThat(Files.readAllBytes(source)).isEqualTo(before);
        try (Stream<Path> files = Files.list(source.getParent())) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith("Parts.sqlite-")); // no journal left
        }
    }

    @Test
    void theConnectionStringPasswordAppearsInNoOutputFile() throws Exception {
        MigrationResult result = migrate(PRESERVE, dir.resolve("out"));
        try (Stream<Path> files = Files.walk(result.outputDirectory())) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                String text = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
                assertThat(text).as(f.toString()).doesNotContain(TableLibraryGenerator.SECRET);
            }
        }
        JsonNode summary = JSON.readTree(result.summaryFile().toFile());
        assertThat(summary.path("source").asText()).contains("Parts.sqlite");
    }

    static List<String> dump(Path database) throws Exception {
        return DatabaseDump.rowsInWrittenOrder(database);
    }

    static String q(String name) {
        return DatabaseDump.quote(name);
    }
}
