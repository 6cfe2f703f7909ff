package io.github.altium2kicad.core.dblib;

import java.nio.file.Path;

/**
 * Where {@link DatabaseFileLocator} found the database file of a file-based DbLib backend.
 *
 * @param file   the database file (absolute, normalized, an existing regular file when it was found)
 * @param origin which rule found it
 */
public record DatabaseLocation(Path file, Origin origin) {

    /** The rule that found the file, in the order the locator tries them. */
    public enum Origin {
        /** The location the user passed ({@code --database}, config key {@code database}). */
        OVERRIDE,
        /** The absolute path written in the connection string, as written. */
        AS_WRITTEN,
        /** The DbLib's folder + {@code LibraryDatabasePath} (or that path itself, if absolute). */
        LIBRARY_DATABASE_PATH,
        /** The DbLib's folder + the relative path written in the connection string. */
        RELATIVE_TO_DBLIB,
        /** The bare file name, next to the DbLib. */
        FILE_NAME_NEXT_TO_DBLIB
    }
}
