package io.github.altium2kicad.core.internal.pipeline;

import io.github.altium2kicad.api.TableResult;
import java.util.List;

/**
 * The table stage: moves the planned tables' rows from the source, through the mapping chain, into the KiCad SQLite
 * database. {@link EngineMode} chooses the implementation for a run: {@link ReferenceTableMigrator},
 * {@link StreamingTableMigrator}, {@link InDatabaseTables} or {@link ShardedTables}.
 */
public interface TableMigrator {

    /** Migrates {@code jobs}' tables and returns their results in the same order. */
    List<TableResult> migrate(List<TableJob> jobs);
}
