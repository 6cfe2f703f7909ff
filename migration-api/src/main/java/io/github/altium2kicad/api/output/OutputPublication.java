package io.github.altium2kicad.api.output;

import java.nio.file.Path;
import java.util.List;

/**
 * What an {@link OutputPublisher} published.
 *
 * @param destination      where, for messages (never credentials), e.g. {@code PostgreSQL database 'parts' on db:5432}
 * @param kicadDbl         the {@code .kicad_dbl} KiCad opens the published library with
 * @param connectionString the ODBC connection string in {@link #kicadDbl} (no user name, no password)
 * @param tables           the tables published, in library order
 */
public record OutputPublication(String destination, Path kicadDbl, String connectionString, List<PublishedTable> tables) {

    public OutputPublication {
        tables = List.copyOf(tables);
    }

    /** One table published and its row count. */
    public record PublishedTable(String name, long rows) {
    }

    /** Rows over all tables. */
    public long rows() {
        return tables.stream().mapToLong(PublishedTable::rows).sum();
    }
}
