package io.github.altium2kicad.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.altium2kicad.api.MigrationConfig;
import io.github.altium2kicad.api.MigrationRequest;
import io.github.altium2kicad.api.MigrationResult;
import io.github.altium2kicad.core.internal.source.SourceReaders;
import io.github.altium2kicad.testkit.LibraryTable;
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
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Two DbLib tables whose names differ only in case ({@code Resistors}, {@code RESISTORS}): SQLite table names
 * ignore case, so the second used to be written into the first's table (0 written, nothing reported) while the
 * {@code .kicad_dbl} pointed a library {@code RESISTORS (2)} at it. Now the second gets its own output table.
 */
class TablesDifferingInCaseTest {

    @TempDir
    Path dir;

    @ParameterizedTest(name = "in-database copy: {0}")
    @ValueSource(booleans = {true, false})
    void theSecondTableGetsItsOwnOutputTable(boolean inDatabase) throws Exception {
        List<String[]> rows = List.of(
                new String[] {"CRCW06031K00FKEA", "Resistor", "Symbols\\Passives.SchLib", "RESC1608X55N", "Footprints\\Chip.PcbLib", "1k"},
                new String[] {"CRCW060310K0FKEA", "Resistor", "Symbols\\Passives.SchLib", "RESC1608X55N", "Footprints\\Chip.PcbLib", "10k"});
        Path dbLib = new TableLibraryGenerator().table(new LibraryTable("Resistors", true,
                List.of("Part Number", "Library Ref", "Library Path", "Footprint Ref", "Footprint Path", "Value"), rows,
                "Part Number")).writeTo(dir.resolve("altium")).dbLib();
        // a second [Table] section naming the same table in capitals, as a copied-and-edited DbLib has
        String text = Files.readString(dbLib, StandardCharsets.UTF_8);
        Files.writeString(dbLib, text.replace("[FieldMap1]", "[Table2]\r\nSchemaName=\r\nTableName=RESISTORS\r\nEnabled=True\r\n"
                + "UserWhere=0\r\nUserWhereText=\r\n[FieldMap1]"), StandardCharsets.UTF_8);

        MigrationResult result = new OptimizedMigrationEngine(SourceReaders.discover(), List.of(), List.of(), inDatabase)
                .migrateWithOptimization(MigrationRequest.builder(dbLib).outputDirectory(dir.resolve("out"))
                        .config(MigrationConfig.defaults()).build());

        assertThat(result.tables()).extracting(t -> t.table() + ": " + t.rowsWritten())
                .containsExactly("Resistors: 2", "RESISTORS: 2");
        JsonNode libraries = new ObjectMapper().readTree(result.kicadDbl().toFile()).path("libraries");
        assertThat(libraries).extracting(l -> l.path("name").asText() + " -> " + l.path("table").asText())
                .containsExactly("Resistors -> Resistors", "RESISTORS (2) -> RESISTORS (2)");
        assertThat(result.warnings()).extracting(w -> w.kind() + ": " + w.message()).containsExactly("RENAMED_TABLE: "
                + dbLib + ": tables 'Resistors' and 'RESISTORS' differ only in case, and SQLite table names ignore case: "
                + "'RESISTORS' is written to its own output table and KiCad library 'RESISTORS (2)'");
        assertThat(new ObjectMapper().readTree(result.summaryFile().toFile()).toString()).contains("renamed_table")
                .contains("RESISTORS (2)");
        assertThat(count(result.database(), "Resistors")).isEqualTo(2);
        assertThat(count(result.database(), "RESISTORS (2)")).isEqualTo(2);
    }

    private static long count(Path database, String table) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + database);
             Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT count(*) FROM \"" + table + "\"")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
