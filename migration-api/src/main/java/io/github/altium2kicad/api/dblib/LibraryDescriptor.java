package io.github.altium2kicad.api.dblib;

import io.github.altium2kicad.api.MigrationWarning;
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
 * @param encoding      the character set the file was read in, and how it was chosen
 * @param warnings      what was read leniently (repeated sections, lines that are not {@code Key=Value}, …), in file
 *                      order
 */
public record LibraryDescriptor(Path file, String version, DatabaseLinks links, List<TableDescriptor> tables,
                                List<FieldMapping> fieldMappings, DbLibEncoding encoding, List<MigrationWarning> warnings) {

    public LibraryDescriptor {
        tables = List.copyOf(tables);
        fieldMappings = List.copyOf(fieldMappings);
        warnings = List.copyOf(warnings);
    }

    /** A descriptor read as UTF-8 without warnings (for tests and programmatic use). */
    public LibraryDescriptor(Path file, String version, DatabaseLinks links, List<TableDescriptor> tables,
                             List<FieldMapping> fieldMappings) {
        this(file, version, links, tables, fieldMappings, new DbLibEncoding("UTF-8", "given"), List.of());
    }

    /** This descriptor with {@code encoding} in place of its own. */
    public LibraryDescriptor withEncoding(DbLibEncoding encoding) {
        return new LibraryDescriptor(file, version, links, tables, fieldMappings, encoding, warnings);
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
