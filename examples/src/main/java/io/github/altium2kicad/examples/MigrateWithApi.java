package io.github.altium2kicad.examples;

import io.github.altium2kicad.api.MigrationConfig;
import io.github.altium2kicad.api.MigrationRequest;
import io.github.altium2kicad.api.MigrationResult;
import io.github.altium2kicad.api.PerformanceSummary;
import io.github.altium2kicad.api.TableResult;
import io.github.altium2kicad.api.progress.ProgressListener;
import io.github.altium2kicad.core.OptimizedMigrationEngine;
import java.nio.file.Path;

/**
 * Migrates the bundled sample library through the Java API and prints what happened.
 *
 * Run from the repository root: {@code mvn -q -pl examples -am compile exec:java}.
 */
public final class MigrateWithApi {

    private MigrateWithApi() {
    }

    public static void main(String[] args) {
        Path dbLib = Path.of(args.length > 0 ? args[0] : "examples/sample/Sample.DbLib");
        Path output = Path.of(args.length > 1 ? args[1] : "out/api-example");

        // the five lines
        MigrationConfig config = MigrationConfig.builder().batchSize(2_000).build();
        MigrationRequest data = MigrationRequest.builder(dbLib).outputDirectory(output).config(config).overwrite(true)
                .listener(new ProgressListener() {
                    @Override
                    public void tableFinished(String table, long rowsWritten) {
                        System.out.printf("  %-30s %,8d parts%n", table, rowsWritten);
                    }
                })
                .build();
        MigrationResult result = new OptimizedMigrationEngine().migrateWithOptimization(data);

        System.out.printf("Migrated %,d parts from %d tables into %s%n", result.partsWritten(), result.tables().size(),
                result.kicadDbl());
        for (TableResult t : result.tables()) {
            if (t.duplicateKeys() + t.emptyKeys() > 0) {
                System.out.printf("  %s: %d duplicate and %d empty keys (see %s)%n", t.table(), t.duplicateKeys(),
                        t.emptyKeys(), result.summaryFile().getFileName());
            }
        }
        PerformanceSummary p = result.performance();
        p.phases().forEach(phase -> System.out.printf("  phase %-20s %8.1f ms%n", phase.name(), phase.wallTime().toNanos() / 1e6));
        System.out.printf("  %,.0f parts/s, peak heap %.0f MB, memo hit ratio %.0f%%, persistent cache hit ratio %.0f%%%n",
                p.componentsPerSecond(), p.peakHeapBytes() / 1048576.0, p.cache().memoHitRatio() * 100,
                p.cache().persistentHitRatio() * 100);
    }
}
