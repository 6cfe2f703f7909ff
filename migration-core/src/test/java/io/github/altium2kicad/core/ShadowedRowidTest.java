package io.github.altium2kicad.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.altium2kicad.api.MigrationConfig;
import io.github.altium2kicad.api.MigrationRequest;
import io.github.altium2kicad.api.MigrationResult;
import io.github.altium2kicad.api.TableResult;
import io.github.altium2kicad.core.internal.source.SourceReaders;
import io.github.altium2kicad.testkit.LibraryTable;
import io.github.altium2kicad.testkit.TableLibraryGenerator;
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
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A source column named like SQLite's row number ({@code rowid}, {@code oid}, {@code _rowid_}, any case) holding
 * text: every part arrives, in source order, with the column's values, streamed and copied in the database, clean
 * and incremental (issue 10: a {@code rowid} column used to drop every part as a duplicate key, exit 0).
 */
class ShadowedRowidTest {

    @TempDir
    Path dir;

    @ParameterizedTest(name = "column {0}, in-database copy: {1}")
    @CsvSource({"rowid,true", "rowid,false", "ROWID,true", "oid,true", "_rowid_,true", "_rowid_,false"})
    void aColumnNamedLikeTheRowNumberLosesNoPart(String column, boolean inDatabase) throws Exception {
        // an ERP export keeps its own row ids as text; rows are not in the order of those ids
        List<String[]> rows = List.of(
                new String[] {"CRCW06031K00FKEA", "Resistor", "Symbols\\Passives.SchLib", "RESC1608X55N", "Footprints\\Chip.PcbLib", "ERP-000917"},
                new String[] {"CRCW060310K0FKEA", "Resistor", "Symbols\\Passives.SchLib", "RESC1608X55N", "Footprints\\Chip.PcbLib", "ERP-000112"},
                new String[] {"RC0603FR-07100RL", "Resistor", "Symbols\\Passives.SchLib", "RESC1608X55N", "Footprints\\Chip.PcbLib", "ERP-000540"});
        Path dbLib = new TableLibraryGenerator().table(new LibraryTable("Resistors", true,
                List.of("Part Number", "Library Ref", "Library Path", "Footprint Ref", "Footprint Path", column), rows,
                "Part Number")).writeTo(dir.resolve("altium")).dbLib();
        OptimizedMigrationEngine engine = new OptimizedMigrationEngine(SourceReaders.discover(), List.of(), List.of(), inDatabase);
        Path out = dir.resolve("out");

        MigrationResult result = engine.migrateWithOptimization(MigrationRequest.builder(dbLib).outputDirectory(out)
                .config(MigrationConfig.defaults()).build());

        TableResult resistors = result.tables().get(0);
        assertThat(resistors.rowsRead()).isEqualTo(3);
        assertThat(resistors.rowsWritten()).isEqualTo(3);
        assertThat(resistors.duplicateKeys()).isZero();
        assertThat(rowsIn(result.database(), column)).containsExactly(
                "CRCW06031K00FKEA ERP-000917", "CRCW060310K0FKEA ERP-000112", "RC0603FR-07100RL ERP-000540");

        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("altium/Parts.sqlite"));
             Statement st = c.createStatement()) {
            st.execute("UPDATE Resistors SET \"" + column + "\" = 'ERP-000113' WHERE \"Part Number\" = 'CRCW060310K0FKEA'");
            st.execute("DELETE FROM Resistors WHERE \"Part Number\" = 'CRCW06031K00FKEA'");
        }
        MigrationResult update = engine.migrateWithOptimization(MigrationRequest.builder(dbLib).outputDirectory(out)
                .config(MigrationConfig.defaults()).incremental(true).build());

        assertThat(update.changes().get(0).changed()).isEqualTo(1);
        assertThat(update.changes().get(0).deleted()).isEqualTo(1);
        assertThat(rowsIn(update.database(), column)).containsExactlyInAnyOrder(
                "CRCW060310K0FKEA ERP-000113", "RC0603FR-07100RL ERP-000540");
        assertThat(Files.list(dir).map(p -> p.getFileName().toString())).noneMatch(n -> n.contains(".partial-"));
    }

    private static List<String> rowsIn(Path database, String column) throws Exception {
        List<String> rows = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + database);
             Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT \"Part Number\", \"" + column + "\" FROM Resistors ORDER BY " + io.github.altium2kicad.core.internal.source.sqlite.RowidName.of("Resistors", List.of(column)))) {
            while (rs.next()) {
                rows.add(rs.getString(1) + " " + rs.getString(2));
            }
        }
        return rows;
    }
}
