package io.github.altium2kicad.core.source;

import io.github.altium2kicad.api.MigrationException;
import io.github.altium2kicad.api.dblib.ConnectionString;
import io.github.altium2kicad.api.dblib.LibraryDescriptor;
import io.github.altium2kicad.api.source.BackendKind;
import io.github.altium2kicad.api.source.SourceLocation;
import io.github.altium2kicad.core.dblib.DatabaseFileLocator;
import io.github.altium2kicad.core.dblib.DatabaseLocation;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Turns a DbLib's connection string (or the user's override) into a {@link SourceLocation}: which backend, and
 * which file or server. OLE DB providers (Jet/ACE, MSDASQL wrapping ODBC, SQL Server's) and direct ODBC strings
 * are recognised; file paths are found with {@link DatabaseFileLocator}. A user override (a path or JDBC URL)
 * always wins.
 */
public final class SourceLocator {

    private final DatabaseFileLocator files;

    public SourceLocator() {
        this(new DatabaseFileLocator());
    }

    public SourceLocator(DatabaseFileLocator files) {
        this.files = files;
    }

    /**
     * Locates the source of {@code library}.
     *
     * @param override a file path or JDBC URL given by the user, if any
     * @throws MigrationException (bad input) if the backend cannot be determined or the file cannot be found
     */
    public SourceLocation locate(LibraryDescriptor library, Optional<String> override) {
        ConnectionString cs = library.links().connectionString();
        if (override.isPresent()) {
            return fromOverride(library, cs, override.get().strip());
        }
        BackendKind kind = kindOf(library, cs);
        if (isFileBased(kind)) {
            String path = DatabaseFileLocator.databasePathIn(cs).orElse(null);
            DatabaseLocation location = files.locate(library, path);
            return SourceLocation.ofFile(kind, location.file(), Map.of());
        }
        throw MigrationException.badInput(library.file() + ": the library's database is a " + kind
                + " server (" + cs.redacted() + "), which this version cannot read directly. "
                + "Export the tables to SQLite and pass --database <file.sqlite> (config key: database).");
    }

    private SourceLocation fromOverride(LibraryDescriptor library, ConnectionString cs, String override) {
        if (override.regionMatches(true, 0, "jdbc:sqlite:", 0, 12)) {
            return SourceLocation.ofFile(BackendKind.SQLITE, Path.of(override.substring(12)).toAbsolutePath(), Map.of());
        }
        if (override.regionMatches(true, 0, "jdbc:", 0, 5)) {
            throw MigrationException.badInput("--database: JDBC URLs other than jdbc:sqlite: are not supported by this "
                    + "version; give the path of an SQLite file.");
        }
        BackendKind kind = kindOfFileName(override).orElseGet(() -> kindOf(library, cs));
        if (!isFileBased(kind)) {
            throw MigrationException.badInput("--database " + override + ": cannot tell the database kind from the file "
                    + "name; use a .sqlite, .db, .mdb, .accdb, .xls or .xlsx file.");
        }
        DatabaseLocation location = files.locate(library, DatabaseFileLocator.databasePathIn(cs).orElse(null), Path.of(override));
        return SourceLocation.ofFile(kind, location.file(), Map.of());
    }

    /** The backend a DbLib uses, from its connection string, else its database type and path. */
    static BackendKind kindOf(LibraryDescriptor library, ConnectionString cs) {
        String provider = cs.get("Provider").orElse("").toLowerCase(Locale.ROOT);
        Optional<ConnectionString> extended = extended(cs);
        if (provider.startsWith("msdasql")) {
            Optional<BackendKind> odbc = extended.flatMap(SourceLocator::kindOfOdbc).or(() -> kindOfOdbc(cs));
            if (odbc.isPresent()) {
                return odbc.get();
            }
            throw dsn(library, cs);
        }
        if (provider.contains("jet.oledb") || provider.contains("ace.oledb")) {
            boolean excel = extended.map(e -> e.raw().toLowerCase(Locale.ROOT).contains("excel")).orElse(false)
                    || cs.get("Data Source").flatMap(SourceLocator::kindOfFileName).filter(k -> k == BackendKind.EXCEL).isPresent();
            return excel ? BackendKind.EXCEL : BackendKind.ACCESS;
        }
        if (provider.startsWith("sqloledb") || provider.startsWith("msoledbsql") || provider.startsWith("sqlncli")) {
            return BackendKind.SQLSERVER;
        }
        Optional<BackendKind> odbc = kindOfOdbc(cs);
        if (odbc.isPresent()) {
            return odbc.get();
        }
        if (cs.get("DSN").isPresent()) {
            throw dsn(library, cs);
        }
        String type = library.links().libraryDatabaseType().toLowerCase(Locale.ROOT);
        if (type.contains("access")) {
            return BackendKind.ACCESS;
        }
        if (type.contains("excel")) {
            return BackendKind.EXCEL;
        }
        return kindOfFileName(library.links().libraryDatabasePath())
                .orElseThrow(() -> MigrationException.badInput(library.file() + ": cannot tell which database the "
                        + "library uses from its connection string (" + cs.redacted() + "). Pass the database with "
                        + "--database <path> (config key: database)."));
    }

    private static Optional<ConnectionString> extended(ConnectionString cs) {
        try {
            return cs.extendedProperties();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Optional<BackendKind> kindOfOdbc(ConnectionString odbc) {
        return odbc.getUnbraced("Driver").map(d -> d.toLowerCase(Locale.ROOT)).map(driver -> {
            if (driver.contains("sqlite")) {
                return BackendKind.SQLITE;
            } else if (driver.contains("mysql") || driver.contains("mariadb")) {
                return BackendKind.MYSQL;
            } else if (driver.contains("postgres") || driver.contains("psqlodbc")) {
                return BackendKind.POSTGRESQL;
            } else if (driver.contains("sql server") || driver.contains("sqlsrv") || driver.contains("mssql")) {
                return BackendKind.SQLSERVER;
            } else if (driver.contains("access") || driver.contains("*.mdb")) {
                return BackendKind.ACCESS;
            } else if (driver.contains("excel")) {
                return BackendKind.EXCEL;
            } else if (driver.contains("text") || driver.contains("csv")) {
                return BackendKind.CSV;
            }
            return BackendKind.OTHER_JDBC;
        });
    }

    private static Optional<BackendKind> kindOfFileName(String path) {
        String p = path == null ? "" : path.strip().toLowerCase(Locale.ROOT);
        if (p.endsWith(".sqlite") || p.endsWith(".sqlite3") || p.endsWith(".db") || p.endsWith(".db3")) {
            return Optional.of(BackendKind.SQLITE);
        }
        if (p.endsWith(".mdb") || p.endsWith(".accdb")) {
            return Optional.of(BackendKind.ACCESS);
        }
        if (p.endsWith(".xls") || p.endsWith(".xlsx") || p.endsWith(".xlsm")) {
            return Optional.of(BackendKind.EXCEL);
        }
        if (p.endsWith(".csv")) {
            return Optional.of(BackendKind.CSV);
        }
        return Optional.empty();
    }

    private static boolean isFileBased(BackendKind kind) {
        return kind == BackendKind.SQLITE || kind == BackendKind.ACCESS || kind == BackendKind.EXCEL || kind == BackendKind.CSV;
    }

    private static MigrationException dsn(LibraryDescriptor library, ConnectionString cs) {
        return MigrationException.badInput(library.file() + ": the connection string (" + cs.redacted() + ") names an "
                + "ODBC data source (DSN), which is a setting of the Windows machine Altium ran on. Give the database's "
                + "location instead with --database <path-or-jdbc-url> (config key: database).");
    }
}
