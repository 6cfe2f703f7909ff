package io.github.altium2kicad.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.altium2kicad.api.MappingMode;
import io.github.altium2kicad.api.MigrationConfig;
import io.github.altium2kicad.api.MigrationRequest;
import io.github.altium2kicad.api.MigrationResult;
import io.github.altium2kicad.api.ValueReference;
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
 * Altium's {@code Comment} set to {@code =Part Number} or {@code =Value} shows that parameter; the KiCad database
 * gets the parameter's value, on both write paths, and names no column has stay literal and are reported.
 */
class ValueReferencesMigrationTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final MigrationConfig PRESERVE = MigrationConfig.builder().mappingMode(MappingMode.PRESERVE).build();

    @TempDir
    Path dir;
    Path dbLib;

    @BeforeEach
    void library() throws Exception {
        // a house style seen in real libraries: no Value column, Comment shows the part number or another parameter
        List<String> icColumns = List.of("Part Number", "Library Ref", "Library Path", "Footprint Ref", "Footprint Path",
                "Comment", "Description", "Manufacturer Part Number", "Package / Case", "Note");
        List<String[]> ics = new ArrayList<>();
        ics.add(new String[] {"IC-000123", "LM358", "Symbols\\Analog.SchLib", "SOIC127P600X175-8N", "Footprints\\SOIC.PcbLib",
                "=Part Number", "Dual op amp", "LM358DR", "SOIC-8", "=Comment"});
        ics.add(new String[] {"IC-000124", "LM358", "Symbols\\Analog.SchLib", "SOIC127P600X175-8N", "Footprints\\SOIC.PcbLib",
                "=manufacturer part number", "Dual op amp, TI", "LM358DR", "SOIC-8", null});
        ics.add(new String[] {"IC-000125", "TL072", "Symbols\\Analog.SchLib", "SOIC127P600X175-8N", "Footprints\\SOIC.PcbLib",
                "= Package / Case", "JFET op amp", "TL072CDR", "SOIC-8", "=Supplier Part Number"});
        ics.add(new String[] {"IC-000126", "NE555", "Symbols\\Analog.SchLib", "SOIC127P600X175-8N", "Footprints\\SOIC.PcbLib",
                "NE555 timer", "Timer", "NE555DR", "SOIC-8", "=Part Number"});
        List<String> resColumns = List.of("Part Number", "Library Ref", "Library Path", "Footprint Ref", "Footprint Path",
                "Comment", "Value", "Tolerance");
        List<String[]> res = new ArrayList<>();
        res.add(new String[] {"RES-10K-0603", "RES", "Symbols\\Passive.SchLib", "RESC1608X55N", "Footprints\\Chip.PcbLib",
                "=Value", "10k", "1%"});
        res.add(new String[] {"RES-4K7-0603", "RES", "Symbols\\Passive.SchLib", "RESC1608X55N", "Footprints\\Chip.PcbLib",
                "=Value", "4k7", "=Tolerance"});
        // rows the copy leaves out (a repeated key, a blank key) carry values that must not be counted or listed
        res.add(new String[] {"RES-10K-0603", "RES", "Symbols\\Passive.SchLib", "RESC1608X55N", "Footprints\\Chip.PcbLib",
                "=Tolerance", "10k", "5%"});
        res.add(new String[] {" ", "RES", "Symbols\\Passive.SchLib", "RESC1608X55N", "Footprints\\Chip.PcbLib",
                "=Value", "1k", "=Value"});
        // a key KiCad cannot use that itself looks like a reference: it is never rewritten
        List<String[]> odd = new ArrayList<>();
        odd.add(new String[] {"=Value:1", "RES", "Symbols\\Passive.SchLib", "RESC1608X55N", "Footprints\\Chip.PcbLib",
                "=Part Number", "22R", "1%"});
        dbLib = new TableLibraryGenerator()
                .table(new LibraryTable("Integrated Circuits", true, icColumns, ics, "Part Number"))
                .table(new LibraryTable("Resistors", true, resColumns, res, "Part Number"))
                .table(new LibraryTable("Odd Keys", true, resColumns, odd, "Part Number"))
                .writeTo(dir.resolve("altium")).dbLib();
    }

    private MigrationResult migrate(boolean inDatabase, Path out) {
        return new OptimizedMigrationEngine(SourceReaders.discover(), List.of(), List.of(), inDatabase).migrateWithOptimization(
                MigrationRequest.builder(dbLib).outputDirectory(out).config(PRESERVE).build());
    }

    private static Map<String, List<String>> column(Path database, String table, String... columns) throws Exception {
        Map<String, List<String>> out = new LinkedHashMap<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + database); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT * FROM \"" + table + "\" ORDER BY \"Part Number\"")) {
            while (rs.next()) {
                List<String> values = new ArrayList<>();
                for (String col : columns) {
                    values.add(rs.getString(col));
                }
                out.put(rs.getString("Part Number"), values);
            }
        }
        return out;
    }

    @Test
    void valuesShowTheNamedParameterOnBothWritePaths() throws Exception {
        for (boolean inDatabase : new boolean[] {true, false}) {
            MigrationResult result = migrate(inDatabase, dir.resolve("out-" + inDatabase));
            Map<String, List<String>> ics = column(result.database(), "Integrated Circuits", "Comment", "Note");
            assertThat(ics.get("IC-000123")).containsExactly("IC-000123", "=Part Number"); // one level, from the row as it was
            assertThat(ics.get("IC-000124")).containsExactly("LM358DR", null);
            assertThat(ics.get("IC-000125")).containsExactly("SOIC-8", "=Supplier Part Number"); // unknown name: literal
            assertThat(ics.get("IC-000126")).containsExactly("NE555 timer", "IC-000126");
            Map<String, List<String>> res = column(result.database(), "Resistors", "Comment", "Value", "Tolerance");
            assertThat(res.get("RES-10K-0603")).containsExactly("10k", "10k", "1%");
            assertThat(res.get("RES-4K7-0603")).containsExactly("4k7", "4k7", "=Tolerance"); // a column showing itself
        }
        for (boolean inDatabase : new boolean[] {true, false}) {
            Map<String, List<String>> odd = column(dir.resolve("out-" + inDatabase + "/Parts.sqlite"), "Odd Keys", "Comment", "KiCad Key");
            assertThat(odd.get("=Value:1")).as("in database: %s", inDatabase).containsExactly("=Value:1", "=Value_1");
        }
        assertThat(DatabaseDump.rowsByKey(dir.resolve("out-true/Parts.sqlite"), "Part Number"))
                .isEqualTo(DatabaseDump.rowsByKey(dir.resolve("out-false/Parts.sqlite"), "Part Number"));
    }

    @Test
    void kicadsValueFieldShowsWhatAltiumShowed() throws Exception {
        MigrationResult result = migrate(true, dir.resolve("out"));
        JsonNode dbl = JSON.readTree(result.kicadDbl().toFile());
        JsonNode ics = dbl.at("/libraries/0");
        String valueColumn = null;
        for (JsonNode f : ics.path("fields")) {
            if (f.path("name").asText().equals("Value")) {
                valueColumn = f.path("column").asText();
            }
        }
        assertThat(valueColumn).isEqualTo("Comment");
        assertThat(column(result.database(), "Integrated Circuits", valueColumn).get("IC-000124")).containsExactly("LM358DR");
    }

    @Test
    void everyReferenceIsReportedResolvedOrNot() throws Exception {
        MigrationResult result = migrate(true, dir.resolve("out"));
        assertThat(result.valueReferences()).extracting(ValueReference::table, ValueReference::column, ValueReference::text,
                ValueReference::resolved, ValueReference::parts).containsExactlyInAnyOrder(
                tuple("Integrated Circuits", "Comment", "= Package / Case", "Package / Case", 1L),
                tuple("Integrated Circuits", "Comment", "=Part Number", "Part Number", 1L),
                tuple("Integrated Circuits", "Comment", "=manufacturer part number", "Manufacturer Part Number", 1L),
                tuple("Integrated Circuits", "Note", "=Comment", "Comment", 1L),
                tuple("Integrated Circuits", "Note", "=Part Number", "Part Number", 1L),
                tuple("Integrated Circuits", "Note", "=Supplier Part Number", null, 1L),
                tuple("Resistors", "Comment", "=Value", "Value", 2L),
                tuple("Resistors", "Tolerance", "=Tolerance", null, 1L),
                tuple("Odd Keys", "Comment", "=Part Number", "Part Number", 1L));
        assertThat(migrate(false, dir.resolve("streamed")).valueReferences()).isEqualTo(result.valueReferences());

        JsonNode summary = JSON.readTree(result.summaryFile().toFile());
        assertThat(summary.at("/totals/values_resolved").asLong()).isEqualTo(8);
        assertThat(summary.at("/totals/values_unresolved").asLong()).isEqualTo(2);
        List<String> unresolved = new ArrayList<>();
        summary.path("value_references").forEach(v -> {
            if (v.path("written_from").isNull()) {
                unresolved.add(v.path("value").asText() + " | " + v.path("action").asText());
            }
        });
        assertThat(unresolved).contains("=Supplier Part Number | kept as written: no column or parameter 'Supplier Part Number' in the table");
        String html = Files.readString(result.report());
        assertThat(html).contains("Values that show another parameter").contains("=Supplier Part Number")
                .contains("kept as written (unknown name)");
    }
}
