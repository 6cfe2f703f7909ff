package io.github.altium2kicad.core.internal.source;

import io.github.altium2kicad.api.MigrationException;
import io.github.altium2kicad.api.dblib.ConnectionString;
import io.github.altium2kicad.api.dblib.LibraryDescriptor;
import io.github.altium2kicad.api.source.BackendKind;
import io.github.altium2kicad.api.source.DatabaseCredentials;
import io.github.altium2kicad.api.source.JdbcUrlOverride;
import io.github.altium2kicad.api.source.SourceLocation;
import io.github.altium2kicad.core.dblib.DatabaseFileLocator;
import io.github.altium2kicad.core.dblib.DatabaseLocation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Turns a DbLib's connection string (or the user's override) into a {@link SourceLocation}: which backend, and
 * which file, folder or server.
 *
 * <ul>
 *   <li>Jet/ACE OLE DB ({@code Microsoft.Jet.OLEDB.4.0}, {@code Microsoft.ACE.OLEDB.12.0}): an {@code .mdb}/
 *       {@code .accdb} is {@link BackendKind#ACCESS}; {@code Extended Properties="Excel 12.0;HDR=Yes"} or an Excel file
 *       is {@link BackendKind#EXCEL} (with {@code HDR} in the properties); {@code Extended Properties="text;…"} or a
 *       {@code .csv} is {@link BackendKind#CSV} (with {@code HDR}, {@code FMT}, {@code CharacterSet}).</li>
 *   <li>ODBC, direct or wrapped in {@code Provider=MSDASQL;Extended Properties="…"}: by its {@code Driver}: SQLite,
 *       Access ({@code DBQ=}), Excel ({@code DBQ=}, {@code FirstRowHasNames}), the text driver ({@code DBQ=} or
 *       {@code DefaultDir=} folder, {@code ColNameHeader}, {@code Format}, {@code CharacterSet}); MySQL/MariaDB,
 *       PostgreSQL and SQL Server become JDBC URLs (see {@link ServerLocationTranslator}).</li>
 *   <li>SQL Server OLE DB ({@code SQLOLEDB}, {@code MSOLEDBSQL}, {@code SQLNCLI*}): a JDBC URL.</li>
 *   <li>A DSN ({@code DSN=…}, or {@code MSDASQL} with a {@code Data Source} and no driver) names a setting of the
 *       Windows machine Altium ran on: a bad-input error asking for {@code --database}.</li>
 * </ul>
 * Files are found with {@link DatabaseFileLocator}. A user override ({@code database}: a path, or a JDBC URL such as
 * {@code jdbc:postgresql://…}, {@code jdbc:mariadb://…}, {@code jdbc:mysql://…}, {@code jdbc:sqlserver://…},
 * {@code jdbc:sqlite:…}) always wins. Server credentials: see {@link DatabaseCredentials}.
 */
public final class SourceLocator {

    private final DatabaseFileLocator files;
    private final Map<String, String> environment;

    /** A locator that reads credentials from this process's environment. */
    public SourceLocator() {
        this(new DatabaseFileLocator());
    }

    public SourceLocator(DatabaseFileLocator files) {
        this(files, System.getenv());
    }

    /**
     * @param environment where {@value DatabaseCredentials#USER_VARIABLE} and
     *                    {@value DatabaseCredentials#PASSWORD_VARIABLE} are looked up
     */
    public SourceLocator(DatabaseFileLocator files, Map<String, String> environment) {
        this.files = files;
        this.environment = Map.copyOf(environment);
    }

    /**
     * Locates the source of {@code library}.
     *
     * @param override a file path or JDBC URL given by the user, if any (may contain a password)
     * @throws MigrationException (bad input) if the backend cannot be determined or the file cannot be found
     */
    public SourceLocation locate(LibraryDescriptor library, Optional<String> override) {
        ConnectionString cs = library.links().connectionString();
        if (override.isPresent()) {
            return fromOverride(library, cs, override.get().strip());
        }
        if (cs.raw().isBlank() && library.links().libraryDatabasePath().isBlank()) {
            throw MigrationException.badInput(library.file() + ", section [DatabaseLinks]: ConnectionString and "
                    + "LibraryDatabasePath are both missing or blank, so the DbLib names no database; set the connection "
                    + "in Altium's database library editor, or pass the database with --database <path-or-jdbc-url>");
        }
        BackendKind kind = kindOf(library, cs);
        if (isFileBased(kind)) {
            String path = kind == BackendKind.CSV ? csvPathIn(cs).orElse(null) : DatabaseFileLocator.databasePathIn(cs).orElse(null);
            return fileLocation(library, kind, path, null, fileProperties(cs, kind));
        }
        return new ServerLocationTranslator(environment).translate(library, cs, kind);
    }

    private SourceLocation fromOverride(LibraryDescriptor library, ConnectionString cs, String override) {
        if (override.regionMatches(true, 0, "jdbc:sqlite:", 0, 12)) {
            return SourceLocation.ofFile(BackendKind.SQLITE, Path.of(override.substring(12)).toAbsolutePath(), Map.of());
        }
        if (override.regionMatches(true, 0, "jdbc:", 0, 5)) {
            return fromJdbcUrl(library, cs, JdbcUrlOverride.parse(override));
        }
        Path path = Path.of(override);
        BackendKind kind = kindOfFileName(override)
                .or(() -> Files.isDirectory(path) ? Optional.of(BackendKind.CSV) : Optional.empty())
                .orElseGet(() -> kindOfOrNull(library, cs));
        if (kind == null || !isFileBased(kind)) {
            throw MigrationException.badInput("--database " + override + ": cannot tell the database kind from the file "
                    + "name; use a .sqlite, .db, .mdb, .accdb, .xls, .xlsx or .csv file, a folder of CSV files, or a JDBC URL.");
        }
        Map<String, String> properties = kind == kindOfOrNull(library, cs) ? fileProperties(cs, kind) : Map.of();
        String written = kind == BackendKind.CSV ? csvPathIn(cs).orElse(null) : DatabaseFileLocator.databasePathIn(cs).orElse(null);
        return fileLocation(library, kind, written, path, properties);
    }

    /** A JDBC override; the DbLib's login is used only if the DbLib points at the same kind of server. */
    private SourceLocation fromJdbcUrl(LibraryDescriptor library, ConnectionString cs, JdbcUrlOverride url) {
        DatabaseCredentials credentials = url.credentials().orElse(DatabaseCredentials.fromEnvironment(environment));
        if (url.kind() != BackendKind.OTHER_JDBC && url.kind() == kindOfOrNull(library, cs)) {
            try {
                SourceLocation written = new ServerLocationTranslator(Map.of()).translate(library, cs, url.kind());
                credentials = credentials.orElse(new DatabaseCredentials(written.user(), written.password()));
            } catch (MigrationException untranslatable) {
                // the DbLib's string is what the override replaces: nothing to borrow from it
            }
        }
        return ServerLocationTranslator.location(url.kind(), url.url(), credentials, url.description());
    }

    private SourceLocation fileLocation(LibraryDescriptor library, BackendKind kind, String written, Path override,
                                        Map<String, String> properties) {
        if (kind != BackendKind.CSV) {
            DatabaseLocation location = override == null ? files.locate(library, written)
                    : files.locate(library, written, override);
            return SourceLocation.ofFile(kind, location.file(), properties);
        }
        try {
            DatabaseLocation location = override == null ? files.locateFileOrFolder(library, written)
                    : files.locateFileOrFolder(library, written, override);
            return SourceLocation.ofFile(kind, location.file(), properties);
        } catch (MigrationException notFound) {
            if (override == null && hasCsvFiles(library.folder())) {
                return SourceLocation.ofFile(kind, library.folder(), properties); // the CSV files sit next to the DbLib
            }
            throw notFound;
        }
    }

    private static boolean hasCsvFiles(Path folder) {
        try (Stream<Path> list = Files.list(folder)) {
            return list.anyMatch(f -> f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv"));
        } catch (java.io.IOException e) {
            return false;
        }
    }

    /** The folder or file of a text-driver connection string: {@code DBQ}, {@code DefaultDir}, {@code Data Source}. */
    private static Optional<String> csvPathIn(ConnectionString cs) {
        return extended(cs).flatMap(e -> e.first("DBQ", "DefaultDir", "Database"))
                .or(() -> cs.first("DBQ", "DefaultDir", "Data Source", "Database"))
                .map(p -> p.length() >= 2 && p.startsWith("{") && p.endsWith("}") ? p.substring(1, p.length() - 1) : p);
    }

    /** HDR for Excel; HDR, FMT and CharacterSet for CSV; from OLE DB extended properties or ODBC keys. */
    private static Map<String, String> fileProperties(ConnectionString cs, BackendKind kind) {
        Map<String, String> p = new LinkedHashMap<>();
        if (kind != BackendKind.EXCEL && kind != BackendKind.CSV) {
            return p;
        }
        ConnectionString nested = extended(cs).orElse(cs);
        ConnectionString settings = nested.first("HDR", "FirstRowHasNames", "ColNameHeader", "FMT", "Format",
                "CharacterSet").isPresent() ? nested : cs;
        Optional<String> hdr = settings.first("HDR").or(() -> settings.first("FirstRowHasNames", "ColNameHeader")
                .map(v -> v.strip().equals("0") || v.strip().equalsIgnoreCase("false") ? "No" : "Yes"));
        hdr.ifPresent(v -> p.put("HDR", v.strip().equalsIgnoreCase("no") ? "No" : "Yes"));
        if (kind == BackendKind.CSV) {
            settings.first("FMT", "Format").ifPresent(v -> p.put("FMT", v.strip()));
            settings.first("CharacterSet").ifPresent(v -> p.put("CharacterSet", v.strip()));
        }
        return p;
    }

    private static BackendKind kindOfOrNull(LibraryDescriptor library, ConnectionString cs) {
        try {
            return kindOf(library, cs);
        } catch (MigrationException e) {
            return null;
        }
    }

    /** The backend a DbLib uses, from its connection string, else its database type and path. */
    static BackendKind kindOf(LibraryDescriptor library, ConnectionString cs) {
        String provider = cs.get("Provider").orElse("").toLowerCase(Locale.ROOT);
        Optional<ConnectionString> extended = extended(cs);
        if (provider.startsWith("msdasql")) {
            Optional<BackendKind> odbc = extended.flatMap(SourceLocator::kindOfOdbc).or(() -> kindOfOdbc(cs));
            if (odbc.isPresent()) {
                return checkTranslatable(library, cs, odbc.get());
            }
            throw dsn(library, cs);
        }
        if (provider.contains("jet.oledb") || provider.contains("ace.oledb")) {
            String properties = extended.map(e -> e.raw().toLowerCase(Locale.ROOT)).orElse("");
            Optional<BackendKind> byName = cs.get("Data Source").flatMap(SourceLocator::kindOfFileName);
            if (properties.contains("excel") || byName.filter(k -> k == BackendKind.EXCEL).isPresent()) {
                return BackendKind.EXCEL;
            }
            if (properties.startsWith("text") || properties.contains(";text") || byName.filter(k -> k == BackendKind.CSV).isPresent()) {
                return BackendKind.CSV;
            }
            return BackendKind.ACCESS;
        }
        if (provider.startsWith("sqloledb") || provider.startsWith("msoledbsql") || provider.startsWith("sqlncli")) {
            return BackendKind.SQLSERVER;
        }
        Optional<BackendKind> odbc = kindOfOdbc(cs);
        if (odbc.isPresent()) {
            return checkTranslatable(library, cs, odbc.get());
        }
        if (cs.get("DSN").isPresent() || cs.get("FILEDSN").isPresent()) {
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
                        + "--database <path-or-jdbc-url> (config key: database)."));
    }

    private static BackendKind checkTranslatable(LibraryDescriptor library, ConnectionString cs, BackendKind kind) {
        if (kind == BackendKind.OTHER_JDBC) {
            throw ServerLocationTranslator.untranslatable(library, cs, "its ODBC driver is not one this tool knows "
                    + "(SQLite, Access, Excel, text, MySQL, MariaDB, PostgreSQL, SQL Server)");
        }
        return kind;
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
            } else if (driver.contains("text driver") || driver.contains("*.csv") || driver.contains("*.txt")) {
                return BackendKind.CSV;
            } else if (driver.contains("excel")) {
                return BackendKind.EXCEL;
            } else if (driver.contains("access") || driver.contains("*.mdb")) {
                return BackendKind.ACCESS;
            } else if (driver.contains("sql server") || driver.contains("sqlsrv") || driver.contains("mssql")
                    || driver.contains("sql native client")) {
                return BackendKind.SQLSERVER;
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
        if (p.endsWith(".csv") || p.endsWith(".txt") || p.endsWith(".tab")) {
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
