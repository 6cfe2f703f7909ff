package io.github.altium2kicad.core.dblib;

import io.github.altium2kicad.api.MigrationException;
import io.github.altium2kicad.api.dblib.ConnectionString;
import io.github.altium2kicad.api.dblib.DatabaseLinks;
import io.github.altium2kicad.api.dblib.LibraryDescriptor;
import io.github.altium2kicad.core.dblib.DatabaseLocation.Origin;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the database file of a file-based DbLib backend (Access {@code .mdb}/{@code .accdb}, Excel,
 * SQLite {@code .db}/{@code .sqlite}/{@code .sqlite3}/{@code .db3}) on any operating system, although the DbLib
 * usually names it with a Windows path such as {@code C:\lib\parts.mdb} or {@code G:\My Drive\x\parts.mdb}.
 *
 * <p>Places tried, in order, the first existing regular file winning:
 * <ol>
 *   <li>the path as written, if it is absolute and meaningful on this OS (a drive-letter or UNC path only on
 *       Windows, a {@code /…} path only elsewhere);</li>
 *   <li>{@code LibraryDatabasePath}: the DbLib's folder + it when {@code DatabasePathRelative=1}, or the path
 *       itself when it is absolute (and meaningful here);</li>
 *   <li>the DbLib's folder + the path as written, if it is relative;</li>
 *   <li>the file name (the part after the last {@code \} or {@code /}) of the path as written, then of
 *       {@code LibraryDatabasePath}, next to the DbLib.</li>
 * </ol>
 * Backslashes in relative paths are read as folder separators on every OS. If nothing is found the
 * {@link MigrationException#badInput(String) bad-input} message lists every place, in order, and says how to
 * point at the database. An explicit override ({@code --database}) always wins.
 */
public final class DatabaseFileLocator {

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseFileLocator.class);

    private static final Pattern WINDOWS_DRIVE = Pattern.compile("^[A-Za-z]:.*");
    private static final String HOW_TO_FIX = "Put the database file next to the DbLib file, or pass its location "
            + "with --database <path-or-jdbc-url> (config key: database).";

    private final boolean windows;

    /** A locator for the operating system this JVM runs on. */
    public DatabaseFileLocator() {
        this(FileSystems.getDefault().getSeparator().equals("\\"));
    }

    /** A locator that reads drive-letter and UNC paths as meaningful ({@code windows}) or not. For tests. */
    DatabaseFileLocator(boolean windows) {
        this.windows = windows;
    }

    /**
     * The database file path named in a connection string, for file-based backends: {@code Database} or
     * {@code DBQ} inside {@code Extended Properties} (ODBC through OLE DB), then {@code DBQ}, {@code Database},
     * {@code Data Source} at the top level. For a server backend this is a database or server name, not a file:
     * call it only when the backend is file-based.
     */
    public static Optional<String> databasePathIn(ConnectionString connection) {
        Optional<String> nested;
        try {
            nested = connection.extendedProperties().flatMap(p -> p.first("Database", "DBQ"));
        } catch (IllegalArgumentException unparseable) {
            nested = Optional.empty();
        }
        return nested.or(() -> connection.first("DBQ", "Database", "Data Source"))
                .map(DatabaseFileLocator::unbrace);
    }

    /**
     * Finds the database file of {@code library}.
     *
     * @param library                the parsed DbLib
     * @param pathInConnectionString the path written in its connection string ({@code Data Source=},
     *                               {@code Database=}, {@code DBQ=}); may be null or blank if there is none
     * @throws MigrationException (bad input) listing every place looked at, if none holds the file
     */
    public DatabaseLocation locate(LibraryDescriptor library, String pathInConnectionString) {
        return locate(library, pathInConnectionString, false);
    }

    /**
     * Like {@link #locate(LibraryDescriptor, String)}, but a folder is found as well as a file: for backends whose
     * database is a folder of files (CSV through the text drivers).
     */
    public DatabaseLocation locateFileOrFolder(LibraryDescriptor library, String pathInConnectionString) {
        return locate(library, pathInConnectionString, true);
    }

    private DatabaseLocation locate(LibraryDescriptor library, String pathInConnectionString, boolean folders) {
        String written = pathInConnectionString == null ? "" : unbrace(pathInConnectionString.strip());
        DatabaseLinks links = library.links();
        String libraryPath = links.libraryDatabasePath() == null ? "" : links.libraryDatabasePath().strip();
        if (written.isEmpty() && libraryPath.isEmpty()) {
            throw MigrationException.badInput(library.file() + " names no database file (no path in the "
                    + "ConnectionString and no LibraryDatabasePath). " + HOW_TO_FIX);
        }
        Path folder = library.folder();
        List<Candidate> candidates = new ArrayList<>();

        if (!written.isEmpty()) {
            if (isAbsoluteHere(written)) {
                candidates.add(Candidate.of(written, toPath(written), Origin.AS_WRITTEN, "the path as written"));
            } else if (isForeignAbsolute(written)) {
                candidates.add(Candidate.skipped(written, "the path as written (skipped: a "
                        + (windows ? "Unix" : "Windows") + " path means nothing on this system)"));
            }
        }
        if (!libraryPath.isEmpty()) {
            String label = "the DbLib's folder + LibraryDatabasePath";
            if (isAbsoluteHere(libraryPath)) {
                candidates.add(Candidate.of(libraryPath, toPath(libraryPath), Origin.LIBRARY_DATABASE_PATH,
                        "LibraryDatabasePath"));
            } else if (isForeignAbsolute(libraryPath)) {
                candidates.add(Candidate.skipped(libraryPath, "LibraryDatabasePath (skipped: a "
                        + (windows ? "Unix" : "Windows") + " path means nothing on this system)"));
            } else if (links.databasePathRelative()) {
                candidates.add(Candidate.of(libraryPath, resolve(folder, libraryPath),
                        Origin.LIBRARY_DATABASE_PATH, label));
            }
        }
        if (!written.isEmpty() && isRelative(written)) {
            candidates.add(Candidate.of(written, resolve(folder, written), Origin.RELATIVE_TO_DBLIB,
                    "the DbLib's folder + the path as written"));
        }
        for (String source : List.of(written, libraryPath)) {
            String name = fileName(source);
            if (!name.isEmpty() && !name.equals(".") && !name.equals("..")) {
                candidates.add(Candidate.of(name, resolve(folder, name), Origin.FILE_NAME_NEXT_TO_DBLIB,
                        "the file name next to the DbLib"));
            }
        }

        Set<Path> seen = new LinkedHashSet<>();
        List<String> looked = new ArrayList<>();
        for (Candidate candidate : candidates) {
            if (candidate.path() == null) {
                looked.add(candidate.shown() + " — " + candidate.label());
                continue;
            }
            if (!seen.add(candidate.path())) {
                continue;
            }
            if (Files.isRegularFile(candidate.path()) || folders && Files.isDirectory(candidate.path())) {
                LOG.debug("{}: database file found at {} ({})", library.file(), candidate.path(),
                        candidate.label());
                return new DatabaseLocation(candidate.path(), candidate.origin());
            }
            looked.add(candidate.path() + " — " + candidate.label()
                    + (Files.isDirectory(candidate.path()) ? " (a folder, not a file)" : ""));
        }
        StringBuilder message = new StringBuilder("Cannot find the database file ")
                .append(written.isEmpty() ? libraryPath : written)
                .append(" of ").append(library.file()).append(". Looked in, in this order:");
        for (int i = 0; i < looked.size(); i++) {
            message.append("\n  ").append(i + 1).append(". ").append(looked.get(i));
        }
        message.append("\n").append(HOW_TO_FIX);
        throw MigrationException.badInput(message.toString());
    }

    /**
     * Like {@link #locate(LibraryDescriptor, String)}, but an {@code override} (the user's {@code --database}
     * path, relative to the working directory) always wins when not null: it is used if it is an existing
     * file, and is an error otherwise, without trying the other places.
     */
    public DatabaseLocation locate(LibraryDescriptor library, String pathInConnectionString, Path override) {
        return locate(library, pathInConnectionString, override, false);
    }

    /** Like {@link #locate(LibraryDescriptor, String, Path)}, accepting a folder as well as a file. */
    public DatabaseLocation locateFileOrFolder(LibraryDescriptor library, String pathInConnectionString, Path override) {
        return locate(library, pathInConnectionString, override, true);
    }

    private DatabaseLocation locate(LibraryDescriptor library, String pathInConnectionString, Path override,
                                    boolean folders) {
        if (override == null) {
            return locate(library, pathInConnectionString, folders);
        }
        Path file = override.toAbsolutePath().normalize();
        if (Files.isRegularFile(file) || folders && Files.isDirectory(file)) {
            LOG.debug("{}: using the database file given by the user, {}", library.file(), file);
            return new DatabaseLocation(file, Origin.OVERRIDE);
        }
        throw MigrationException.badInput("The database given with --database (config key: database), " + file
                + (Files.isDirectory(file) ? ", is a folder, not a database file" : ": no such file")
                + "; pass the path of the database file (e.g. the .mdb, .accdb, .xlsx or .sqlite) or a JDBC URL.");
    }

    // ---------------------------------------------------------------- paths

    /** A place to look, or (with a null path) one that was skipped because it means nothing here. */
    private record Candidate(Path path, Origin origin, String label, String shown) {

        /** {@code path} is null if {@code text} is not a valid path on this system. */
        static Candidate of(String text, Path path, Origin origin, String label) {
            return path != null ? new Candidate(path, origin, label, path.toString())
                    : skipped(text, label + " (skipped: not a valid path on this system)");
        }

        static Candidate skipped(String shown, String label) {
            return new Candidate(null, null, label, shown);
        }
    }

    private static boolean isWindowsAbsolute(String p) {
        // C:\…, C:…, \\server\share\…, //server/share/…, and \… (the root of the current drive)
        return WINDOWS_DRIVE.matcher(p).matches() || p.startsWith("\\") || p.startsWith("//");
    }

    private static boolean isUnixAbsolute(String p) {
        return p.startsWith("/") && !p.startsWith("//");
    }

    private boolean isAbsoluteHere(String p) {
        return windows ? isWindowsAbsolute(p) : isUnixAbsolute(p);
    }

    private boolean isForeignAbsolute(String p) {
        return windows ? isUnixAbsolute(p) : isWindowsAbsolute(p);
    }

    private boolean isRelative(String p) {
        return !isWindowsAbsolute(p) && !isUnixAbsolute(p);
    }

    private Path toPath(String p) {
        try {
            return Path.of(windows ? p : p.replace('\\', '/')).toAbsolutePath().normalize();
        } catch (InvalidPathException e) {
            return null;
        }
    }

    private static Path resolve(Path folder, String relative) {
        try {
            return folder.resolve(relative.replace('\\', '/')).toAbsolutePath().normalize();
        } catch (InvalidPathException e) {
            return null;
        }
    }

    /** The last segment after {@code \} or {@code /}, whatever the OS. */
    static String fileName(String p) {
        String s = p.strip();
        while (s.endsWith("\\") || s.endsWith("/")) {
            s = s.substring(0, s.length() - 1);
        }
        int cut = Math.max(s.lastIndexOf('\\'), s.lastIndexOf('/'));
        String name = cut >= 0 ? s.substring(cut + 1) : s;
        // "C:parts.mdb" (drive-relative) names parts.mdb
        return name.length() > 2 && WINDOWS_DRIVE.matcher(name).matches() ? name.substring(2) : name;
    }

    private static String unbrace(String value) {
        return value.length() >= 2 && value.startsWith("{") && value.endsWith("}")
                ? value.substring(1, value.length() - 1) : value;
    }
}
