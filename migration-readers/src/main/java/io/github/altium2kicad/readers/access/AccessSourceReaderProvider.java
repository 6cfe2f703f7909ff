package io.github.altium2kicad.readers.access;

import io.github.altium2kicad.api.dblib.LibraryDescriptor;
import io.github.altium2kicad.api.source.BackendKind;
import io.github.altium2kicad.api.source.SourceLocation;
import io.github.altium2kicad.api.source.SourceReader;
import io.github.altium2kicad.api.source.SourceReaderProvider;

/** Reads Altium libraries kept in a Microsoft Access database ({@code .mdb} of Access 97–2003, {@code .accdb}). */
public final class AccessSourceReaderProvider implements SourceReaderProvider {

    @Override
    public String name() {
        return "access";
    }

    @Override
    public boolean supports(SourceLocation location) {
        return location.kind() == BackendKind.ACCESS && location.file().isPresent();
    }

    @Override
    public SourceReader open(SourceLocation location, LibraryDescriptor library) {
        return AccessSourceReader.open(location.file().orElseThrow());
    }
}
