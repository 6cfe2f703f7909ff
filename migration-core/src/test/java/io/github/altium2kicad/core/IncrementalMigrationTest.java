package io.github.altium2kicad.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.altium2kicad.api.MigrationConfig;
import io.github.altium2kicad.api.MigrationException;
import io.github.altium2kicad.api.MigrationRequest;
import io.github.altium2kicad.api.MigrationResult;
import io.github.altium2kicad.api.TableChanges;
import io.github.altium2kicad.core.internal.source.SourceReaders;
import io.github.altium2kicad.core.testing.DatabaseDump;
import io.github.altium2kicad.testkit.TableLibraryGenerator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IncrementalMigrationTest {

    private static final String CAPS = "Caps, \"Ceramic\" - 100% [X7R]";

    @TempDir
    Path dir;
    Path dbLib;

    @BeforeEach
    void library() throws Exception {
        dbLib = TableLibraryGenerator.standard().writeTo(dir.resolve("altium")).dbLib();
        Files.createDirectories(dir.resolve("altium/Symbols"));
        Files.writeString(dir.resolve("altium/Symbols/Passives.SchLib"), "placeholder");
    }

    private static OptimizedMigrationEngine engine(boolean inDatabase) {
        return new OptimizedMigrationEngine(SourceReaders.discover(), List.of(), List.of(), inDatabase);
    }

    private MigrationResult migrate(boolean inDatabase, Path out, boolean incremental) {
        return engine(inDatabase).migrateWithOptimization(MigrationRequest.builder(dbLib).outputDirectory(out)
                .config(MigrationConfig.defaults()).incremental(incremental).build());
    }

    private void changeTheSource() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("altium/Parts.sqlite"));
             Statement st = c.createStatement()) {
            st.execute("UPDATE Resistors SET Value = '7.5k' WHERE \"Part Number\" = 'RES-7'");
            st.execute("UPDATE Resistors SET \"Library Path\" = 'Symbols\\Other.SchLib' WHERE \"Part Number\" = 'RES-11'");
            st.execute("DELETE FROM Resistors WHERE \"Part Number\" = 'RES-9'");
            st.execute("INSERT INTO Resistors (\"Part Number\", \"Library Ref\", \"Library Path\", \"Footprint Ref\", \"Footprint Path\", Value) "
                    + "VALUES ('RES-NEW', 'Resistor', 'Symbols\\Passives.SchLib', 'RESC1608X55N', 'Footprints\\Chip_Resistor.PcbLib', '1M')");
        }
        String text = Files.readString(dbLib);
        Files.writeString(dbLib, text.replace("TableName=" + CAPS + "\r\nEnabled=True", "TableName=" + CAPS + "\r\nEnabled=False"));
    }

    @ParameterizedTest(name = "in-database copy: {0}")
    @ValueSource(booleans = {true, false})
    void appliesOnlyTheChangesAndEqualsACleanMigration(boolean inDatabase) throws Exception {
        Path out = dir.resolve("out");
        migrate(inDatabase, out, false);
        Files.writeString(out.resolve("notes.txt"), "my notes");
        changeTheSource();

        MigrationResult incremental = migrate(inDatabase, out, true);
        MigrationResult clean = migrate(inDatabase, dir.resolve("clean"), false);

        assertThat(incremental.changes()).hasSize(2);
        TableChanges resistors = incremental.changes().get(0);
        assertThat(resistors.table()).isEqualTo("Resistors");
        assertThat(resistors.added()).isEqualTo(1);
        assertThat(resistors.changed()).isEqualTo(2);
        assertThat(resistors.deleted()).isEqualTo(1);
        assertThat(resistors.unchanged()).isEqualTo(121 - 1 - 2);
        assertThat(resistors.rebuilt()).isFalse();
        assertThat(resistors.sampleKeys()).containsExactly("+RES-NEW", "~RES-7", "~RES-11", "-RES-9");
        TableChanges caps = incremental.changes().get(1);
        assertThat(caps.table()).isEqualTo(CAPS);
        assertThat(caps.deleted()).isEqualTo(60);

        assertThat(contentByKey(incremental.database())).isEqualTo(contentByKey(clean.database()));
        assertThat(schema(incremental.database())).isEqualTo(schema(clean.database()));
        assertThat(incremental.tables()).isEqualTo(clean.tables());
        assertThat(Files.readString(incremental.kicadDbl())).isEqualTo(Files.readString(clean.kicadDbl()).replace(
                dir.resolve("clean").toString(), out.toString()));
        assertThat(out.resolve("notes.txt")).hasContent("my notes");
        assertThat(out.resolve(".altium2kicad-incremental.sqlite")).doesNotExist();

        JsonNode summary = new ObjectMapper().readTree(incremental.summaryFile().toFile());
        assertThat(summary.path("mode").asText()).isEqualTo("incremental");
        assertThat(summary.at("/changes/0/added").asLong()).isEqualTo(1);

        MigrationResult again = migrate(inDatabase, out, true);
        assertThat(again.changes()).allSatisfy(c -> assertThat(c.any()).isFalse());
    }

    @Test
    void withoutAPreviousOutputIncrementalIsBadInput() {
        assertThatThrownBy(() -> migrate(true, dir.resolve("none"), true))
                .isInstanceOfSatisfying(MigrationException.class, e -> assertThat(e.kind()).isEqualTo(MigrationException.Kind.BAD_INPUT))
                .hasMessageContaining("without --incremental");
        assertThat(dir.resolve("none")).doesNotExist();
    }

    static List<String> contentByKey(Path database) throws Exception {
        return DatabaseDump.rowsByKey(database, "Part Number");
    }

    static List<String> schema(Path database) throws Exception {
        return DatabaseDump.schema(database);
    }
}
