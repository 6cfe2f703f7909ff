package io.github.altium2kicad.readers.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.healthmarketscience.jackcess.Database;
import io.github.altium2kicad.api.MigrationException;
import io.github.altium2kicad.api.MigrationResult;
import io.github.altium2kicad.readers.testing.AccessFixture;
import io.github.altium2kicad.readers.testing.DbLibFile;
import io.github.altium2kicad.readers.testing.Migrations;
import io.github.altium2kicad.readers.testing.PartsFixture;
import io.github.altium2kicad.readers.testing.SqliteFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AccessSourceReaderTest {

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0} through {1}")
    @CsvSource({
            "V2000, parts.mdb, Microsoft.Jet.OLEDB.4.0",
            "V2003, parts.mdb, Microsoft.Jet.OLEDB.4.0",
            "V2007, parts.accdb, Microsoft.ACE.OLEDB.12.0",
            "V2010, parts.accdb, Microsoft.ACE.OLEDB.12.0"})
    void migratesAnAccessDatabaseExactlyLikeTheSameDataInSqlite(Database.FileFormat format, String fileName, String provider)
            throws Exception {
        Path reference = SqliteFixture.write(dir.resolve("sqlite"), PartsFixture.tables());
        Path folder = dir.resolve("access");
        Files.createDirectories(folder);
        AccessFixture.write(folder.resolve(fileName), format, PartsFixture.tables());
        Path dbLib = DbLibFile.write(folder, "Provider=" + provider + ";Data Source=C:\\lib\\" + fileName
                + ";Persist Security Info=False", PartsFixture.tables());

        assertThat(Migrations.rawRows(dbLib, Map.of())).isEqualTo(Migrations.rawRows(reference, Map.of()));
        MigrationResult expected = Migrations.migrate(reference, dir.resolve("out-sqlite"));
        MigrationResult actual = Migrations.migrate(dbLib, dir.resolve("out-access"));
        assertThat(Migrations.dump(actual.database())).isEqualTo(Migrations.dump(expected.database()));
        assertThat(Files.readString(actual.kicadDbl())).isEqualTo(Files.readString(expected.kicadDbl()));
        assertThat(actual.tables().get(0).rowsRead()).isEqualTo(26);
        assertThat(actual.tables().get(0).duplicateKeys()).isEqualTo(1);
    }

    @Test
    void readsTypedValuesAsText() throws Exception {
        Path file = dir.resolve("parts.accdb");
        AccessFixture.write(file, Database.FileFormat.V2010, PartsFixture.tables());
        Path dbLib = DbLibFile.write(dir, "Provider=Microsoft.ACE.OLEDB.12.0;Data Source=parts.accdb", PartsFixture.tables());
        List<String> rows = Migrations.rawRows(dbLib, Map.of());
        // ID, ..., Case Code, Pins, Power, Price, RoHS, Added, Notes
        assertThat(rows.get(2)).isEqualTo("2 [2, RES-2, Resistor, Symbols\\Passives.SchLib, RESC1608X55N, "
                + "Footprints\\Chip_Resistor.PcbLib, Resistor 2kΩ ±1% 0603 µ-size, 2k, 0603, 2, 1, 0.02, True, 2024-03-03, null]");
        assertThat(rows.get(1)).endsWith("Line 1, \"quoted\"\nLine 2 – 100 Ω]");
    }

    @Test
    void tableNamesCompareCaseInsensitivelyAndAMissingTableListsTheOthers() throws Exception {
        Path file = dir.resolve("parts.mdb");
        AccessFixture.write(file, Database.FileFormat.V2003, PartsFixture.tables());
        List<PartsFixture.Table> lowerCase = PartsFixture.renamed(n -> n.toLowerCase(java.util.Locale.ROOT));
        Path dbLib = DbLibFile.write(dir, "Provider=Microsoft.Jet.OLEDB.4.0;Data Source=C:\\lib\\parts.mdb", lowerCase);
        assertThat(Migrations.rawRows(dbLib, Map.of())).hasSize(2 + 26 + 13);

        Path wrong = DbLibFile.write(dir.resolve("wrong"), "Provider=Microsoft.Jet.OLEDB.4.0;Data Source=" + file,
                PartsFixture.renamed(n -> n + " (old)"));
        assertThatThrownBy(() -> Migrations.migrate(wrong, dir.resolve("out")))
                .isInstanceOf(MigrationException.class)
                .hasMessageContaining("table 'Resistors (old)'").hasMessageContaining("Access database " + file)
                .hasMessageContaining("Tables there: Caps - Ceramic, X7R, Resistors")
                .satisfies(e -> assertThat(((MigrationException) e).kind()).isEqualTo(MigrationException.Kind.BAD_INPUT));
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void aCorruptFileIsBadInputNamingTheFileAndLeavesNoOutput() throws Exception {
        Path file = dir.resolve("parts.mdb");
        byte[] garbage = new byte[8192];
        new java.util.Random(42).nextBytes(garbage);
        Files.write(file, garbage);
        Path dbLib = DbLibFile.write(dir, "Provider=Microsoft.Jet.OLEDB.4.0;Data Source=C:\\lib\\parts.mdb;Persist Security Info=False",
                PartsFixture.tables());
        assertThatThrownBy(() -> Migrations.migrate(dbLib, dir.resolve("out")))
                .isInstanceOf(MigrationException.class)
                .hasMessageContaining("Cannot open " + file + " as an Access database")
                .hasMessageContaining("Compact and Repair")
                .satisfies(e -> assertThat(((MigrationException) e).kind()).isEqualTo(MigrationException.Kind.BAD_INPUT));
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void aTruncatedDatabaseIsBadInputToo() throws Exception {
        Path good = dir.resolve("good.accdb");
        AccessFixture.write(good, Database.FileFormat.V2010, PartsFixture.tables());
        Path file = dir.resolve("parts.accdb");
        byte[] bytes = Files.readAllBytes(good);
        Files.write(file, java.util.Arrays.copyOf(bytes, 2000)); // cut inside the first page
        assertThatThrownBy(() -> AccessSourceReader.open(file))
                .isInstanceOf(MigrationException.class).hasMessageContaining(file.toString());
    }

    @Test
    void aDatabaseOpenInAccessIsStillRead() throws Exception {
        Path file = dir.resolve("parts.mdb");
        AccessFixture.write(file, Database.FileFormat.V2003, PartsFixture.tables());
        Files.writeString(dir.resolve("parts.ldb"), "lock"); // what Access leaves while the database is open
        Path dbLib = DbLibFile.write(dir, "Provider=Microsoft.Jet.OLEDB.4.0;Data Source=C:\\lib\\parts.mdb", PartsFixture.tables());
        assertThat(Migrations.migrate(dbLib, dir.resolve("out")).tables().get(0).rowsWritten()).isEqualTo(24);
    }
}
