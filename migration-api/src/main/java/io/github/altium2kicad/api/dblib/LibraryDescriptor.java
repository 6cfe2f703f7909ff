package io.github.altium2kicad.api.dblib;

import java.nio.file.Path;
import java.util.List;

/**
 * Everything a parsed {@code .DbLib}/{@code .SVNDbLib} file says.
 *
 * @param file          the DbLib file (absolute, normalized)
 * @param version       {@code [OutputDatabaseLinkFile] Version}
 * @param links         the {@code [DatabaseLinks]} section
 * @param tables        every {@code [TableN]} section in file order, disabled ones included
 * @param fieldMappings every {@code [FieldMapN]} section in file order
 */
public record LibraryDescriptor(Path file, String version, DatabaseLinks links, List<TableDescriptor> tables,
                                List<FieldMapping> fieldMappings) {

    public LibraryDescriptor {
        tables = List.copyOf(tables);
        fieldMappings = List.copyOf(fieldMappings);
    }

    /** The tables to migrate: {@code Enabled=True}, in file order. */
    public List<TableDescriptor> enabledTables() {
        return tables.stream().filter(TableDescriptor::enabled).toList();
    }

    /** The folder that holds the DbLib file; relative paths in the DbLib resolve against it. */
    public Path folder() {
        Path parent = file.getParent();
        return parent != null ? parent : Path.of("").toAbsolutePath();
    }

    /** The DbLib file name without its extension, e.g. {@code Parts} for {@code Parts.DbLib}. */
    public String baseName() {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
