package io.github.altium2kicad.core.dblib;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.altium2kicad.api.MigrationException;
import io.github.altium2kicad.api.dblib.ConnectionString;
import io.github.altium2kicad.api.dblib.LibraryDescriptor;
import io.github.altium2kicad.core.dblib.DatabaseLocation.Origin;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseFileLocatorTest {

    @TempDir
    Path dir;

    /** Reads as on Linux/macOS, whatever OS runs the test. */
    private final DatabaseFileLocator locator = new DatabaseFileLocator(false);

    private LibraryDescriptor dbLib(String libraryDatabasePath, boolean relative) throws IOException {
        Path file = dir.resolve("lib/Parts.DbLib");
        Files.createDirectories(file.getParent());
        Files.writeString(file, String.join("\r\n",
                "[OutputDatabaseLinkFile]", "Version=1.1", "[DatabaseLinks]",
                "ConnectionString=Provider=Microsoft.Jet.OLEDB.4.0;Data Source=C:\\lib\\parts.mdb",
                "LibraryDatabasePath=" + libraryDatabasePath, "DatabasePathRelative=" + (relative ? 1 : 0),
                "[Table1]", "TableName=Parts"), StandardCharsets.UTF_8);
        return new DbLibParser().parse(file);
    }

    private Path touch(String relative) throws IOException {
        Path file = dir.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "db");
        return file.toAbsolutePath().normalize();
    }

    @Test
    void windowsPathMissingHereIsFoundThroughLibraryDatabasePath() throws IOException {
        LibraryDescriptor library = dbLib("data\\parts.mdb", true);
        Path db = touch("lib/data/parts.mdb");

        DatabaseLocation found = locator.locate(library, "C:\\lib\\parts.mdb");

        assertThat(found).isEqualTo(new DatabaseLocation(db, Origin.LIBRARY_DATABASE_PATH));
    }

    @Test
    void libraryDatabasePathWithParentFolder() throws IOException {
        LibraryDescriptor library = dbLib("..\\db\\parts.mdb", true);
        Path db = touch("db/parts.mdb");

        assertThat(locator.locate(library, "C:\\lib\\parts.mdb").file()).isEqualTo(db);
    }

    @Test
    void fileNameNextToTheDbLib() throws IOException {
        LibraryDescriptor library = dbLib("", false);
        Path db = touch("lib/y.mdb");

        assertThat(locator.locate(library, "G:\\My Drive\\x\\y.mdb"))
                .isEqualTo(new DatabaseLocation(db, Origin.FILE_NAME_NEXT_TO_DBLIB));
        assertThat(locator.locate(library, "\\\\server\\share\\libs\\y.mdb").origin())
                .isEqualTo(Origin.FILE_NAME_NEXT_TO_DBLIB);
    }

    @Test
    void relativeSubfolder() throws IOException {
        LibraryDescriptor library = dbLib("", false);
        Path db = touch("lib/data/parts.db");
        touch("lib/parts.db"); // the name-only rule comes later

        assertThat(locator.locate(library, "data\\parts.db"))
                .isEqualTo(new DatabaseLocation(db, Origin.RELATIVE_TO_DBLIB));
        assertThat(locator.locate(library, "./data/parts.db").file()).isEqualTo(db);
    }

    @Test
    void absolutePathThatExistsHereWins() throws IOException {
        LibraryDescriptor library = dbLib("parts.mdb", true);
        touch("lib/parts.mdb");
        Path elsewhere = touch("elsewhere/parts.mdb");

        assertThat(locator.locate(library, elsewhere.toString()))
                .isEqualTo(new DatabaseLocation(elsewhere, Origin.AS_WRITTEN));
    }

    @Test
    void unixPathIsNotMeaningfulForAWindowsLocator() throws IOException {
        LibraryDescriptor library = dbLib("", false);
        Path elsewhere = touch("elsewhere/parts.mdb");
        Path next = touch("lib/parts.mdb");

        DatabaseLocation found = new DatabaseFileLocator(true).locate(library, elsewhere.toString());

        assertThat(found).isEqualTo(new DatabaseLocation(next, Origin.FILE_NAME_NEXT_TO_DBLIB));
    }

    @Test
    void overrideAlwaysWins() throws IOException {
        LibraryDescriptor library = dbLib("parts.mdb", true);
        touch("lib/parts.mdb");
        Path override = touch("mine/other.accdb");

        assertThat(locator.locate(library, "C:\\lib\\parts.mdb", override))
                .isEqualTo(new DatabaseLocation(override, Origin.OVERRIDE));
        assertThat(locator.locate(library, "C:\\lib\\parts.mdb", null).origin())
                .isEqualTo(Origin.LIBRARY_DATABASE_PATH);
    }

    @Test
    void missingOverrideIsAnErrorEvenIfTheDbLibsDatabaseExists() throws IOException {
        LibraryDescriptor library = dbLib("parts.mdb", true);
        touch("lib/parts.mdb");
        Path override = dir.resolve("missing.mdb");

        MigrationException e = catchThrowableOfType(MigrationException.class,
                () -> locator.locate(library, "C:\\lib\\parts.mdb", override));

        assertThat(e.kind()).isEqualTo(MigrationException.Kind.BAD_INPUT);
        assertThat(e.getMessage()).contains(override.toString()).contains("no such file").contains("--database");
        assertThat(catchThrowableOfType(MigrationException.class,
                () -> locator.locate(library, "x.mdb", dir)).getMessage()).contains("is a folder");
    }

    @Test
    void notFoundListsEveryPlaceInOrder() throws IOException {
        LibraryDescriptor library = dbLib("db\\lsi.mdb", true);
        Path lib = dir.resolve("lib").toAbsolutePath().normalize();

        MigrationException e = catchThrowableOfType(MigrationException.class,
                () -> locator.locate(library, "G:\\My Drive\\04.Library\\LSIDatabook.mdb"));

        assertThat(e.kind()).isEqualTo(MigrationException.Kind.BAD_INPUT);
        assertThat(e.getMessage())
                .contains(library.file().toString())
                .containsSubsequence(
                        "1. G:\\My Drive\\04.Library\\LSIDatabook.mdb — the path as written (skipped",
                        "2. " + lib.resolve("db/lsi.mdb") + " — the DbLib's folder + LibraryDatabasePath",
                        "3. " + lib.resolve("LSIDatabook.mdb") + " — the file name next to the DbLib",
                        "4. " + lib.resolve("lsi.mdb") + " — the file name next to the DbLib",
                        "Put the database file next to the DbLib file",
                        "--database <path-or-jdbc-url>", "config key: database");
    }

    @Test
    void notFoundForARelativePath() throws IOException {
        LibraryDescriptor library = dbLib("", false);
        Path lib = dir.resolve("lib").toAbsolutePath().normalize();

        MigrationException e = catchThrowableOfType(MigrationException.class,
                () -> locator.locate(library, "sub\\parts.db"));

        assertThat(e.getMessage()).containsSubsequence(
                "1. " + lib.resolve("sub/parts.db") + " — the DbLib's folder + the path as written",
                "2. " + lib.resolve("parts.db") + " — the file name next to the DbLib");
    }

    @Test
    void nothingToLookFor() throws IOException {
        LibraryDescriptor library = dbLib("", false);

        assertThat(catchThrowableOfType(MigrationException.class, () -> locator.locate(library, " "))
                .getMessage()).contains("names no database file").contains("--database");
    }

    @Test
    void theUserWhereFixtureFindsItsDatabaseNextToIt() throws IOException {
        Path copy = dir.resolve("fixture/access-userwhere.DbLib");
        Files.createDirectories(copy.getParent());
        Files.copy(DbLibParserFixtureTest.fixture("access-userwhere.DbLib"), copy);
        Path db = touch("fixture/LSIDatabook.mdb");
        LibraryDescriptor library = new DbLibParser().parse(copy);

        String written = DatabaseFileLocator.databasePathIn(library.links().connectionString()).orElseThrow();

        assertThat(written).isEqualTo("G:\\My Drive\\04.Library\\Library_Altium_Database\\LSIDatabook.mdb");
        assertThat(new DatabaseFileLocator().locate(library, written))
                .isEqualTo(new DatabaseLocation(db, Origin.LIBRARY_DATABASE_PATH));
    }

    @Test
    void databasePathInConnectionStrings() {
        assertThat(DatabaseFileLocator.databasePathIn(ConnectionString.parse(
                "Provider=MSDASQL.1;Extended Properties=\"Driver={SQLite3 ODBC Driver};Database=C:\\lib\\p.db;\"")))
                .contains("C:\\lib\\p.db");
        assertThat(DatabaseFileLocator.databasePathIn(ConnectionString.parse(
                "Driver={Microsoft Access Driver (*.mdb, *.accdb)};DBQ=C:\\lib\\p.accdb")))
                .contains("C:\\lib\\p.accdb");
        assertThat(DatabaseFileLocator.databasePathIn(ConnectionString.parse(
                "Provider=Microsoft.Jet.OLEDB.4.0;Data Source={C:\\lib\\p.mdb}"))).contains("C:\\lib\\p.mdb");
        assertThat(DatabaseFileLocator.databasePathIn(ConnectionString.parse("Provider=X"))).isEmpty();
    }

    @Test
    void fileNameOfAnyPath() {
        assertThat(DatabaseFileLocator.fileName("C:\\a\\b.mdb")).isEqualTo("b.mdb");
        assertThat(DatabaseFileLocator.fileName("/a/b.db")).isEqualTo("b.db");
        assertThat(DatabaseFileLocator.fileName("C:b.mdb")).isEqualTo("b.mdb");
        assertThat(DatabaseFileLocator.fileName("b.xlsx")).isEqualTo("b.xlsx");
        assertThat(DatabaseFileLocator.fileName("\\\\srv\\share\\dir\\")).isEqualTo("dir");
    }
}
