package io.github.altium2kicad.readers.csv;

import io.github.altium2kicad.api.dblib.LibraryDescriptor;
import io.github.altium2kicad.api.source.BackendKind;
import io.github.altium2kicad.api.source.SourceLocation;
import io.github.altium2kicad.api.source.SourceReader;
import io.github.altium2kicad.api.source.SourceReaderProvider;

/**
 * Reads Altium libraries kept in CSV files: a folder with one file per table (as the Microsoft text drivers see
 * it), or a single file. Honours the location's {@code HDR}, {@code FMT} and {@code CharacterSet} properties and a
 * {@code schema.ini} next to the files.
 */
public final class CsvSourceReaderProvider implements SourceReaderProvider {

    @Override
    public String name() {
        return "csv";
    }

    @Override
    public boolean supports(SourceLocation location) {
        return location.kind() == BackendKind.CSV && location.file().isPresent();
    }

    @Override
    public SourceReader open(SourceLocation location, LibraryDescriptor library) {
        return CsvSourceReader.open(location.file().orElseThrow(), CsvSettings.of(location.properties()),
                library.enabledTables().size());
    }
}
