package io.github.altium2kicad.jmh;

import io.github.altium2kicad.api.MappingMode;
import io.github.altium2kicad.api.MigrationConfig;
import io.github.altium2kicad.api.MigrationRequest;
import io.github.altium2kicad.api.MigrationResult;
import io.github.altium2kicad.core.OptimizedMigrationEngine;
import io.github.altium2kicad.testkit.GeneratedLibrary;
import io.github.altium2kicad.testkit.SyntheticLibraryGenerator;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Full migrations of a generated library through {@link OptimizedMigrationEngine#migrateWithOptimization}, over
 * batch size × mapping workers × cold/warm cache. The primary score is migrations per second; the secondary score
 * {@code parts} ({@code EngineBenchmark.migrate:parts}, shown as ops/s) is parts migrated per second of migration
 * time, which {@link Recommend} turns into settings for this machine. Setup and clean-up are not timed.
 *
 * <p>The library ({@code parts} rows in 8 tables) is generated once and reused by every trial and fork (see
 * {@link BenchmarkLibraries}). Each invocation writes into a fresh output folder, deleted afterwards.
 * {@code cache=cold} gives every invocation an empty {@code cache_directory}; {@code cache=warm} reuses one that a
 * migration of the same library filled during setup (cold runs the same setup migration with a throwaway cache, so
 * both get the same JIT warm-up). Set the worker counts to try for this machine with
 * {@code -p workers=1,2,4}, the mapping modes with {@code -p mappingMode=preserve,standard} (any
 * {@link MappingMode} config name).
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Dorg.slf4j.simpleLogger.defaultLogLevel=warn"})
@State(Scope.Benchmark)
public class EngineBenchmark {

    /** Parts in the generated library. */
    @Param("50000")
    public long parts;

    /** {@code batch_size}. */
    @Param({"100", "500", "1000", "5000", "20000"})
    public int batchSize;

    /** {@code max_workers}; 1 also turns {@code parallel_processing} off. Try up to the machine's processors. */
    @Param({"1", "2"})
    public int workers;

    /** {@code cold}: an empty cache directory per migration; {@code warm}: a cache filled by an earlier migration. */
    @Param({"cold", "warm"})
    public String cache;

    /** {@code mapping_mode}, by its config name; checked against {@link MappingMode#values()} at run time. */
    @Param("standard")
    public String mappingMode;

    private final OptimizedMigrationEngine engine = new OptimizedMigrationEngine();
    private GeneratedLibrary library;
    private WorkFolder work;
    private MigrationConfig warmConfig;
    private MigrationRequest request;

    /** Parts migrated, reported by JMH per second of measured time as the secondary result {@code parts}. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class PartsCounter {
        public long parts;
    }

    @Setup(Level.Trial)
    public void generateLibraryAndWarmCache() {
        MappingMode mode = MappingMode.fromConfigName(mappingMode);
        if (!cache.equals("cold") && !cache.equals("warm")) {
            throw new IllegalArgumentException("cache must be cold or warm, got '" + cache + "'");
        }
        library = BenchmarkLibraries.obtain(SyntheticLibraryGenerator.ofParts(parts));
        work = WorkFolder.create("engine-bench");
        warmConfig = MigrationConfig.builder()
                .batchSize(batchSize)
                .maxWorkers(workers)
                .parallelProcessing(workers > 1)
                .mappingMode(mode)
                .enableCaching(true)
                .cacheDirectory(work.root().resolve("warm-cache"))
                .build();
        // both modes run one migration first, so they differ only in the cache and not in JIT warm-up
        Path out = work.freshPath("warm-up-out");
        MigrationConfig first = cache.equals("warm") ? warmConfig
                : warmConfig.toBuilder().cacheDirectory(work.freshPath("throwaway-cache")).build();
        engine.migrateWithOptimization(request(out, first));
        WorkFolder.deleteTree(out);
        if (!cache.equals("warm")) {
            WorkFolder.deleteTree(first.cacheDirectory());
        }
    }

    @Setup(Level.Invocation)
    public void freshOutputFolder() {
        MigrationConfig config = cache.equals("warm") ? warmConfig
                : warmConfig.toBuilder().cacheDirectory(work.freshPath("cold-cache")).build();
        request = request(work.freshPath("out"), config);
    }

    @Benchmark
    public MigrationResult migrate(PartsCounter counter) {
        MigrationResult result = engine.migrateWithOptimization(request);
        counter.parts += result.partsWritten();
        return result;
    }

    @TearDown(Level.Invocation)
    public void deleteOutput() {
        WorkFolder.deleteTree(request.outputDirectory());
        if (!cache.equals("warm")) {
            WorkFolder.deleteTree(request.config().cacheDirectory());
        }
    }

    @TearDown(Level.Trial)
    public void deleteWorkFolder() {
        work.close();
    }

    private MigrationRequest request(Path out, MigrationConfig config) {
        return MigrationRequest.builder(library.dbLib()).outputDirectory(out).config(config).build();
    }
}
