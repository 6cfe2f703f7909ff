package io.github.altium2kicad.api.source;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Where the rows of an Altium library are: a file (SQLite, Access, Excel, CSV folder) or a JDBC URL, resolved
 * from the DbLib's connection string or given by the user. {@link #toString()} is safe to log: it never shows
 * the password nor a JDBC URL's query parameters.
 *
 * @param kind        the backend
 * @param file        the database file or folder, for file-based backends
 * @param jdbcUrl     the JDBC URL, for server backends (may contain credentials: never log)
 * @param user        the user name, if any
 * @param password    the password, if any (never log)
 * @param properties  further backend settings (e.g. {@code HDR=Yes} for Excel), secrets excluded
 * @param description a short, secret-free description for messages, e.g. {@code SQLite file /lib/parts.db}
 */
public record SourceLocation(BackendKind kind, Optional<Path> file, Optional<String> jdbcUrl, Optional<String> user,
                             Optional<String> password, Map<String, String> properties, String description) {

    public SourceLocation {
        properties = Map.copyOf(properties);
    }

    /** A file-based location. */
    public static SourceLocation ofFile(BackendKind kind, Path file, Map<String, String> properties) {
        String label = switch (kind) {
            case SQLITE -> "SQLite file ";
            case ACCESS -> "Access file ";
            case EXCEL -> "Excel workbook ";
            case CSV -> "CSV files in ";
            default -> kind + " ";
        };
        return new SourceLocation(kind, Optional.of(file), Optional.empty(), Optional.empty(), Optional.empty(),
                properties, label + file);
    }

    @Override
    public String toString() {
        return description;
    }
}
