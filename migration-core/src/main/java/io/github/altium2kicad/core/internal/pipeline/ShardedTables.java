package io.github.altium2kicad.core.internal.pipeline;

import io.github.altium2kicad.api.TableResult;
import java.util.List;

/**
 * A large SQLite source whose every table is copied inside SQLite, the tables spread over shard databases filled in
 * parallel ({@link TableShards}) and merged into the output.
 *
 * @param shards    the shards
 * @param extracted every table, in DbLib order
 */
public record ShardedTables(TableShards shards, List<InDatabaseTableMigrator.Extracted> extracted) implements TableMigrator {

    public ShardedTables {
        extracted = List.copyOf(extracted);
    }

    @Override
    public List<TableResult> migrate(List<TableJob> jobs) {
        return shards.run(extracted);
    }
}
