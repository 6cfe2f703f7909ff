package io.github.altium2kicad.core.internal.source.sqlite;

import io.github.altium2kicad.api.dblib.LibraryDescriptor;
import io.github.altium2kicad.api.source.BackendKind;
import io.github.altium2kicad.api.source.SourceLocation;
import io.github.altium2kicad.api.source.SourceReader;
import io.github.altium2kicad.api.source.SourceReaderProvider;

/** Reads Altium libraries kept in an SQLite database file. */
public final class SqliteSourceReaderProvider implements SourceReaderProvider {

    @Override
    public String name() {
        return "sqlite";
    }

    @Override
    public boolean supports(SourceLocation location) {
        return location.kind() == BackendKind.SQLITE && location.file().isPresent();
    }

    @Override
    public SourceReader open(SourceLocation location, LibraryDescriptor library) {
        return SqliteSourceReader.open(location.file().orElseThrow());
    }
}
