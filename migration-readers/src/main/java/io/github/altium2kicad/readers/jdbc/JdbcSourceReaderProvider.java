package io.github.altium2kicad.readers.jdbc;

import io.github.altium2kicad.api.dblib.LibraryDescriptor;
import io.github.altium2kicad.api.source.BackendKind;
import io.github.altium2kicad.api.source.SourceLocation;
import io.github.altium2kicad.api.source.SourceReader;
import io.github.altium2kicad.api.source.SourceReaderProvider;
import java.util.Set;

/**
 * Reads Altium libraries kept on a database server over JDBC: PostgreSQL, MySQL/MariaDB, SQL Server, or any
 * database whose JDBC driver is on the class path ({@code --database jdbc:…}).
 */
public final class JdbcSourceReaderProvider implements SourceReaderProvider {

    private static final Set<BackendKind> KINDS = Set.of(BackendKind.POSTGRESQL, BackendKind.MYSQL,
            BackendKind.SQLSERVER, BackendKind.OTHER_JDBC);

    @Override
    public String name() {
        return "jdbc";
    }

    @Override
    public boolean supports(SourceLocation location) {
        return KINDS.contains(location.kind()) && location.jdbcUrl().isPresent();
    }

    @Override
    public SourceReader open(SourceLocation location, LibraryDescriptor library) {
        return JdbcSourceReader.open(location, library.links().schemaName(), library.links().useTableSchemaName(),
                JdbcSourceReader.DEFAULT_TIMEOUT_SECONDS);
    }
}
