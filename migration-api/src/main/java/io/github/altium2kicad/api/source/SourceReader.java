package io.github.altium2kicad.api.source;

import io.github.altium2kicad.api.dblib.TableDescriptor;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;

/**
 * An open connection to an Altium library's database that streams its tables. Implementations must never
 * load a whole table into memory, must keep every value as text exactly as the source shows it, and must
 * throw {@link io.github.altium2kicad.api.MigrationException} with messages that name the source (without
 * secrets), table, row and column.
 */
public interface SourceReader extends AutoCloseable {

    /**
     * The columns of a DbLib table.
     *
     * @throws io.github.altium2kicad.api.MigrationException (bad input) if the table does not exist, listing the
     *                                                       tables that do
     */
    TableSchema schema(TableDescriptor table);

    /**
     * Whether the source has the table (sheet, file) the DbLib names, matched as {@link #schema} matches it. Used to
     * choose the code page of a DbLib written in a Windows ANSI code page; must not fail. The default asks
     * {@link #schema} and answers {@code false} if it fails; readers that can tell more cheaply should override it.
     */
    default boolean hasTable(TableDescriptor table) {
        try {
            schema(table);
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    /**
     * The number of rows in the table, or a close estimate, if the source can tell cheaply (without reading the
     * table). Used for progress; counts in results come from the rows actually read.
     */
    OptionalLong rowCount(TableSchema table);

    /** Opens a cursor over the table's rows in a stable order (re-reading gives the same order). */
    RecordCursor open(TableSchema table);

    /**
     * The distinct non-blank values found in any of {@code columns} (given by index) of the table, e.g. every
     * library file a table refers to. The default reads the whole table once; readers that can ask the database
     * should override it.
     */
    default Set<String> distinctValues(TableSchema table, List<Integer> columns) {
        Set<String> values = new TreeSet<>();
        if (columns.isEmpty()) {
            return values;
        }
        try (RecordCursor cursor = open(table)) {
            for (ComponentRecord row = cursor.next(); row != null; row = cursor.next()) {
                for (int column : columns) {
                    String value = row.get(column);
                    if (value != null && !value.isBlank()) {
                        values.add(value);
                    }
                }
            }
        }
        return values;
    }

    /**
     * The SQLite file this reader reads, if the engine may instead ATTACH it to the output database and copy its
     * tables with SQL: only a reader that reads the file's tables exactly as SQL sees them (same rows, order and text)
     * may say so. The default is empty: the engine streams the rows through {@link #open}.
     */
    default Optional<Path> attachableSqliteFile() {
        return Optional.empty();
    }

    @Override
    void close();
}
