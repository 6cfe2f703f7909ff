package io.github.altium2kicad.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.altium2kicad.api.MappingMode;
import io.github.altium2kicad.api.MigrationConfig;
import io.github.altium2kicad.api.MigrationRequest;
import io.github.altium2kicad.api.MigrationResult;
import io.github.altium2kicad.core.internal.source.SourceReaders;
import io.github.altium2kicad.testkit.TableLibraryGenerator;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The SQLite output carries only the index KiCad's queries use (the UNIQUE key: KiCad looks parts up with
 * {@code WHERE key = ?} and lists whole tables) unless {@code create_indexes} asks for the symbol, footprints and MPN
 * indexes too; both write paths agree.
 */
class OutputIndexesTest {

    @TempDir
    Path dir;

    private MigrationResult migrate(Path dbLib, boolean inDatabase, MigrationConfig config, String out) {
        return new OptimizedMigrationEngine(SourceReaders.discover(), List.of(), List.of(), inDatabase)
                .migrateWithOptimization(MigrationRequest.builder(dbLib).outputDirectory(dir.resolve(out)).config(config).build());
    }

    private static List<String> indexedColumns(Path database, String table) throws Exception {
        List<String> out = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + database); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT il.\"unique\", ii.name FROM pragma_index_list('" + table.replace("'", "''")
                     + "') AS il, pragma_index_info(il.name) AS ii ORDER BY ii.name")) {
            while (rs.next()) {
                out.add((rs.getInt(1) == 1 ? "UNIQUE " : "") + rs.getString(2));
            }
        }
        return out;
    }

    @Test
    void onlyTheKeyIsIndexedByDefaultTheRestOnRequest() throws Exception {
        Path dbLib = TableLibraryGenerator.standard().writeTo(dir.resolve("altium")).dbLib();
        for (MappingMode mode : MappingMode.values()) {
            for (boolean inDatabase : new boolean[] {true, false}) {
                MigrationConfig defaults = MigrationConfig.builder().mappingMode(mode).build();
                assertThat(defaults.createIndexes()).isFalse();
                MigrationResult plain = migrate(dbLib, inDatabase, defaults, "plain-" + mode + "-" + inDatabase);
                assertThat(indexedColumns(plain.database(), "Resistors")).as("%s, in database %s", mode, inDatabase)
                        .containsExactly("UNIQUE Part Number");
                MigrationResult indexed = migrate(dbLib, inDatabase, defaults.toBuilder().createIndexes(true).build(),
                        "indexed-" + mode + "-" + inDatabase);
                assertThat(indexedColumns(indexed.database(), "Resistors")).as("%s, in database %s", mode, inDatabase)
                        .containsExactlyInAnyOrder("UNIQUE Part Number", "KiCad Symbol", "KiCad Footprints",
                                "Manufacturer Part Number");
            }
        }
    }
}
