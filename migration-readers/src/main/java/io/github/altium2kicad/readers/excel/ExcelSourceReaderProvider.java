package io.github.altium2kicad.readers.excel;

import io.github.altium2kicad.api.dblib.LibraryDescriptor;
import io.github.altium2kicad.api.source.BackendKind;
import io.github.altium2kicad.api.source.SourceLocation;
import io.github.altium2kicad.api.source.SourceReader;
import io.github.altium2kicad.api.source.SourceReaderProvider;

/**
 * Reads Altium libraries kept in an Excel workbook ({@code .xlsx}/{@code .xlsm} streamed, {@code .xls}). Honours
 * the location's {@code HDR} property ({@code Yes}, the default, or {@code No}).
 */
public final class ExcelSourceReaderProvider implements SourceReaderProvider {

    @Override
    public String name() {
        return "excel";
    }

    @Override
    public boolean supports(SourceLocation location) {
        return location.kind() == BackendKind.EXCEL && location.file().isPresent();
    }

    @Override
    public SourceReader open(SourceLocation location, LibraryDescriptor library) {
        String hdr = location.properties().getOrDefault("HDR", "Yes");
        return ExcelSourceReader.open(location.file().orElseThrow(), !hdr.equalsIgnoreCase("No"));
    }
}
