package io.github.altium2kicad.api.source;

import io.github.altium2kicad.api.dblib.LibraryDescriptor;

/**
 * Creates {@link SourceReader}s for one or more backends. Found with {@link java.util.ServiceLoader}: list the
 * implementation in {@code META-INF/services/io.github.altium2kicad.api.source.SourceReaderProvider}.
 */
public interface SourceReaderProvider {

    /** A short name for messages, e.g. {@code sqlite}. */
    String name();

    /** True if this provider can read {@code location}. */
    boolean supports(SourceLocation location);

    /**
     * Opens the source.
     *
     * @throws io.github.altium2kicad.api.MigrationException (bad input) if the source cannot be opened, saying why
     */
    SourceReader open(SourceLocation location, LibraryDescriptor library);
}
