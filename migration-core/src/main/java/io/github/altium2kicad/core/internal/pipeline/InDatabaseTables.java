package io.github.altium2kicad.core.internal.pipeline;

import io.github.altium2kicad.api.TableResult;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A SQLite source attached to the output: each table whose mapping inputs can be read in SQL is copied inside SQLite
 * ({@link InDatabaseTableMigrator}), the others are streamed.
 *
 * @param extracted the tables that are copied inside SQLite
 * @param inDatabase the in-database migrator, bound to the run's context
 * @param streaming  for the other tables
 */
public record InDatabaseTables(Map<TableJob, InDatabaseTableMigrator.Extracted> extracted, InDatabaseTableMigrator inDatabase,
                               StreamingTableMigrator streaming) implements TableMigrator {

    private static final Logger LOG = LoggerFactory.getLogger(InDatabaseTables.class);

    public InDatabaseTables {
        extracted = Map.copyOf(extracted);
    }

    @Override
    public List<TableResult> migrate(List<TableJob> jobs) {
        return jobs.stream().map(job -> {
            InDatabaseTableMigrator.Extracted fast = extracted.get(job);
            LOG.debug("Table '{}': {}", job.name(), fast != null ? "copied inside SQLite" : "streamed");
            return fast != null ? inDatabase.migrate(fast) : streaming.migrate(job);
        }).toList();
    }
}
