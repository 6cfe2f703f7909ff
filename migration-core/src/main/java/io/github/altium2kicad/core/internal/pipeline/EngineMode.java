package io.github.altium2kicad.core.internal.pipeline;

import io.github.altium2kicad.api.MigrationConfig;
import io.github.altium2kicad.api.source.SourceReader;
import io.github.altium2kicad.core.internal.writer.KicadSqliteWriter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How a run moves its tables ({@code use_optimized_engine}): the one place that chooses the {@link TableMigrator},
 * the number of mapping workers and whether decisions are cached.
 */
public enum EngineMode {
    /** Batches on {@code max_workers} threads, memo and persistent cache, SQLite sources copied inside SQLite. */
    OPTIMIZED {
        @Override
        public int workers(MigrationConfig config) {
            return config.effectiveWorkers();
        }

        @Override
        public boolean caching(MigrationConfig config) {
            return config.enableCaching();
        }

        @Override
        public TableMigrator tableMigrator(PipelineContext context, SourceReader reader, KicadSqliteWriter writer,
                                           List<TableJob> jobs, Path staging, boolean copyInDatabase) {
            StreamingTableMigrator streaming = new StreamingTableMigrator(context, reader, writer, context.config().batchSize());
            Optional<Path> file = copyInDatabase ? reader.attachableSqliteFile() : Optional.empty();
            if (file.isEmpty() || !InDatabaseTableMigrator.supports(context.config())) {
                return streaming;
            }
            InDatabaseTableMigrator inDatabase = new InDatabaseTableMigrator(writer.attach(file.get()), writer).bind(context);
            Map<TableJob, InDatabaseTableMigrator.Extracted> extracted = new HashMap<>();
            for (TableJob job : jobs) {
                InDatabaseTableMigrator.extract(job, context.chain().attributeColumns()).ifPresent(e -> extracted.put(job, e));
            }
            List<InDatabaseTableMigrator.Extracted> all = jobs.stream().map(extracted::get).toList();
            if (extracted.size() == jobs.size() && TableShards.worthIt(all, context.workers())) {
                return new ShardedTables(new TableShards(context, writer, inDatabase, staging, file.get()), all);
            }
            return new InDatabaseTables(extracted, inDatabase, streaming);
        }
    },
    /** The simple reference path: {@link ReferenceTableMigrator}, one worker, no cache. */
    REFERENCE {
        @Override
        public int workers(MigrationConfig config) {
            return 1;
        }

        @Override
        public boolean caching(MigrationConfig config) {
            return false;
        }

        @Override
        public TableMigrator tableMigrator(PipelineContext context, SourceReader reader, KicadSqliteWriter writer,
                                           List<TableJob> jobs, Path staging, boolean copyInDatabase) {
            return new ReferenceTableMigrator(context, reader, writer);
        }
    };

    /** The mode {@code config} asks for. */
    public static EngineMode of(MigrationConfig config) {
        return config.useOptimizedEngine() ? OPTIMIZED : REFERENCE;
    }

    /** The number of mapping workers (a pool is started only for more than one). */
    public abstract int workers(MigrationConfig config);

    /** Whether decisions are memoized in memory and kept in the persistent cache ({@code enable_caching}). */
    public abstract boolean caching(MigrationConfig config);

    /**
     * The table migrator for {@code jobs}.
     *
     * @param staging        where shard databases may be written
     * @param copyInDatabase false to stream SQLite sources too (tests compare both paths)
     */
    public abstract TableMigrator tableMigrator(PipelineContext context, SourceReader reader, KicadSqliteWriter writer,
                                                List<TableJob> jobs, Path staging, boolean copyInDatabase);
}
