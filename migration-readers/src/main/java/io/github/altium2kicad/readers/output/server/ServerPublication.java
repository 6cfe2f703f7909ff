package io.github.altium2kicad.readers.output.server;

import io.github.altium2kicad.api.output.OutputPublication;
import java.nio.file.Path;
import java.util.List;

/**
 * What {@link ServerPublisher#publish} wrote.
 *
 * @param kicadDbl         the server {@code .kicad_dbl} written next to the SQLite one
 * @param server           the server, database and schema, for messages (never credentials)
 * @param connectionString the ODBC connection string in {@link #kicadDbl} (no user name, no password)
 * @param tables           the tables replaced on the server, in library order
 */
public record ServerPublication(Path kicadDbl, String server, String connectionString, List<PublishedTable> tables) {

    public ServerPublication {
        tables = List.copyOf(tables);
    }

    /** One table written to the server and its row count. */
    public record PublishedTable(String name, long rows) {
    }

    /** This publication as the engine reports it ({@link io.github.altium2kicad.api.MigrationResult#publications()}). */
    public OutputPublication asOutputPublication() {
        return new OutputPublication(server, kicadDbl, connectionString, tables.stream()
                .map(t -> new OutputPublication.PublishedTable(t.name(), t.rows())).toList());
    }

    /** Rows over all tables. */
    public long rows() {
        return tables.stream().mapToLong(PublishedTable::rows).sum();
    }
}
