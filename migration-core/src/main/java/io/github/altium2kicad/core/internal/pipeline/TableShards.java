package io.github.altium2kicad.core.internal.pipeline;

import io.github.altium2kicad.api.MigrationException;
import io.github.altium2kicad.api.TableResult;
import io.github.altium2kicad.core.MigrationPhase;
import io.github.altium2kicad.core.PerformanceMonitor;
import io.github.altium2kicad.core.internal.writer.KicadSqliteWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Copies the tables of an SQLite source on several cores at once: SQLite has one writer per database, so the tables
 * are split (largest first, onto the least loaded shard) between the output database and extra shard databases,
 * each copied by its own thread with its own connection; the shards are then moved into the output with SQLite's
 * page-level transfer, which copies records and index entries without decoding them. The result is the same
 * database as a copy on one thread: same tables in DbLib order, same rows and rowids, same indexes.
 */
public final class TableShards {

    private static final Logger LOG = LoggerFactory.getLogger(TableShards.class);

    /** Below this many rows in all, one thread is as fast. */
    public static final long MIN_ROWS = 20_000;

    private final PipelineContext context;
    private final KicadSqliteWriter output;
    private final InDatabaseTableMigrator outputMigrator;
    private final Path staging;
    private final Path sourceFile;

    /**
     * @param output         the output database's writer (the first shard)
     * @param outputMigrator the in-database migrator attached to {@code output}, bound to {@code context}
     * @param staging        where the extra shard databases are written (and deleted)
     * @param sourceFile     the SQLite source, attached read-only by every shard
     */
    public TableShards(PipelineContext context, KicadSqliteWriter output, InDatabaseTableMigrator outputMigrator, Path staging,
                       Path sourceFile) {
        this.context = context;
        this.output = output;
        this.outputMigrator = outputMigrator;
        this.staging = staging;
        this.sourceFile = sourceFile;
    }

    /** True if sharding {@code tables} over {@code workers} threads is worth it. */
    public static boolean worthIt(List<InDatabaseTableMigrator.Extracted> tables, int workers) {
        long rows = tables.stream().mapToLong(t -> Math.max(0, t.job().totalRows())).sum();
        return workers >= 2 && tables.size() >= 2 && rows >= MIN_ROWS;
    }

    /** Migrates {@code tables} (in DbLib order) and returns their results in the same order. */
    public List<TableResult> run(List<InDatabaseTableMigrator.Extracted> tables) {
        int shards = Math.min(context.workers(), tables.size());
        List<List<Integer>> assignment = assign(tables, shards);
        tables.forEach(t -> output.createTable(t.job().plan())); // DbLib order in the output, whatever shard fills them
        List<Path> files = IntStream.range(1, shards).mapToObj(i -> staging.resolve(".altium2kicad-shard-" + i + ".sqlite")).toList();
        List<KicadSqliteWriter> writers = new ArrayList<>();
        TableResult[] results = new TableResult[tables.size()];
        ExecutorService threads = Executors.newFixedThreadPool(shards, r -> {
            Thread t = new Thread(r, "altium2kicad-shard");
            t.setDaemon(true);
            return t;
        });
        try {
            writers.add(output);
            for (Path file : files) {
                writers.add(KicadSqliteWriter.create(file));
            }
            List<Future<?>> running = new ArrayList<>();
            for (int s = 0; s < shards; s++) {
                KicadSqliteWriter writer = writers.get(s);
                InDatabaseTableMigrator migrator = s == 0 ? outputMigrator
                        : new InDatabaseTableMigrator(writer.attach(sourceFile), writer).bind(context);
                List<Integer> mine = assignment.get(s);
                running.add(threads.submit(() -> {
                    for (int index : mine) {
                        InDatabaseTableMigrator.Extracted table = tables.get(index);
                        results[index] = migrator.migrate(table);
                        if (context.config().createIndexes()) {
                            try (PerformanceMonitor.Phase ignored = context.monitor().start(MigrationPhase.OPTIMIZE)) {
                                writer.createSecondaryIndexes(table.job().plan());
                            }
                        }
                    }
                }));
            }
            await(running);
            try (PerformanceMonitor.Phase ignored = context.monitor().start(MigrationPhase.MERGE_SHARDS)) {
                for (int s = 1; s < shards; s++) {
                    writers.get(s).close();
                    output.mergeShard(files.get(s - 1), assignment.get(s).stream().sorted().map(i -> tables.get(i).job().plan()).toList(),
                            context.config().createIndexes());
                }
            }
            return List.of(results);
        } finally {
            threads.shutdownNow();
            for (int s = 1; s < writers.size(); s++) {
                writers.get(s).close();
            }
            for (Path file : files) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException e) {
                    LOG.warn("Could not delete the shard database {}: {}", file, e.toString());
                }
            }
        }
    }

    /** Largest table first, onto the shard with the fewest rows so far (ties: the lower shard). Deterministic. */
    static List<List<Integer>> assign(List<InDatabaseTableMigrator.Extracted> tables, int shards) {
        List<List<Integer>> assignment = new ArrayList<>();
        long[] load = new long[shards];
        for (int s = 0; s < shards; s++) {
            assignment.add(new ArrayList<>());
        }
        List<Integer> order = IntStream.range(0, tables.size()).boxed()
                .sorted(Comparator.comparingLong((Integer i) -> -Math.max(0, tables.get(i).job().totalRows())).thenComparing(i -> i))
                .toList();
        for (int index : order) {
            int lightest = 0;
            for (int s = 1; s < shards; s++) {
                if (load[s] < load[lightest]) {
                    lightest = s;
                }
            }
            assignment.get(lightest).add(index);
            load[lightest] += Math.max(0, tables.get(index).job().totalRows());
        }
        assignment.forEach(list -> list.sort(Comparator.naturalOrder()));
        return assignment;
    }

    private static void await(List<Future<?>> running) {
        MigrationException failure = null;
        for (Future<?> f : running) {
            try {
                f.get();
            } catch (ExecutionException e) {
                if (failure == null) {
                    failure = e.getCause() instanceof MigrationException me ? me
                            : MigrationException.failure("A table copy failed: " + e.getCause(), e.getCause());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw MigrationException.failure("Interrupted while copying tables", e);
            }
        }
        if (failure != null) {
            throw failure;
        }
    }
}
