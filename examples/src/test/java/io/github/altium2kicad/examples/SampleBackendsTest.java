package io.github.altium2kicad.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.altium2kicad.api.MigrationConfig;
import io.github.altium2kicad.api.MigrationRequest;
import io.github.altium2kicad.api.MigrationResult;
import io.github.altium2kicad.core.OptimizedMigrationEngine;
import io.github.altium2kicad.core.testing.DatabaseDump;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The bundled sample as Altium users also keep it, in Access and in Excel, migrates to the same KiCad library. */
class SampleBackendsTest {

    @TempDir
    Path dir;

    private MigrationResult migrate(String folder) {
        return new OptimizedMigrationEngine().migrateWithOptimization(MigrationRequest.builder(Path.of(folder, "Sample.DbLib"))
                .outputDirectory(dir.resolve(folder)).config(MigrationConfig.builder().cacheDirectory(dir.resolve("cache")).build())
                .build());
    }

    @ParameterizedTest
    @ValueSource(strings = {"sample-access", "sample-excel"})
    void migratesExactlyLikeTheSqliteSample(String folder) throws Exception {
        MigrationResult sqlite = migrate("sample");
        MigrationResult other = migrate(folder);
        // the same counts per table (an Excel table is the DbLib's 'Sheet$'; its KiCad table is the sheet)
        assertThat(other.tables()).extracting(t -> List.of(t.rowsRead(), t.rowsWritten(), t.duplicateKeys(), t.emptyKeys(), t.unresolved()))
                .isEqualTo(sqlite.tables().stream().map(t -> List.of(t.rowsRead(), t.rowsWritten(), t.duplicateKeys(), t.emptyKeys(),
                        t.unresolved())).toList());
        assertThat(DatabaseDump.rowsInWrittenOrder(other.database())).isEqualTo(DatabaseDump.rowsInWrittenOrder(sqlite.database()));
        assertThat(Files.readString(other.kicadDbl())).isEqualTo(Files.readString(sqlite.kicadDbl()));
        // issues and notices name each table as the DbLib does ('Capacitors$' for Excel), as the per-table counts do
        java.util.Set<String> dbLibTables = new java.util.HashSet<>();
        other.tables().forEach(t -> dbLibTables.add(t.table()));
        if (folder.equals("sample-excel")) {
            assertThat(dbLibTables).allMatch(t -> t.contains("$")); // Capacitors$, 'Ferrite Beads$'
        }
        assertThat(other.issues()).isNotEmpty().allSatisfy(i -> assertThat(dbLibTables).contains(i.table()));
        assertThat(other.notices()).isNotEmpty().allSatisfy(n -> assertThat(n.examples())
                .allSatisfy(e -> assertThat(dbLibTables).contains(e.substring(0, e.lastIndexOf('/')))));
        com.fasterxml.jackson.databind.JsonNode summary = new com.fasterxml.jackson.databind.ObjectMapper().readTree(other.summaryFile().toFile());
        summary.path("issues").forEach(i -> assertThat(dbLibTables).contains(i.path("table").asText()));
    }

    @Test
    void theDbLibsAreWhatAltiumWritesForEachBackend() throws Exception {
        assertThat(Files.readString(Path.of("sample-access", "Sample.DbLib")))
                .contains("ConnectionString=Provider=Microsoft.ACE.OLEDB.12.0;Data Source=C:\\Altium\\Sample\\Sample.accdb;")
                .contains("LibraryDatabaseType=Microsoft Access\r\n").contains("TableName=Capacitors\r\n");
        assertThat(Files.readString(Path.of("sample-excel", "Sample.DbLib")))
                .contains("Extended Properties=\"Excel 12.0 Xml;HDR=YES;IMEX=1\"")
                .contains("TableName=Capacitors$\r\n").contains("TableName='Crystals & Oscillators$'\r\n");
    }
}
