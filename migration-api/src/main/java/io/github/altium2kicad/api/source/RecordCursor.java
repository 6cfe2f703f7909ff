package io.github.altium2kicad.api.source;

/** Reads one table row by row, in a stable order, without holding the table in memory. */
public interface RecordCursor extends AutoCloseable {

    /**
     * The next row, or {@code null} after the last one.
     *
     * @throws io.github.altium2kicad.api.MigrationException naming the table and row if the source fails
     */
    ComponentRecord next();

    @Override
    void close();
}
