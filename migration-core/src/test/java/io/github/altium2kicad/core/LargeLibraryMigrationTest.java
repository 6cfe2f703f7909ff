package io.github.altium2kicad.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.altium2kicad.api.MigrationConfig;
import io.github.altium2kicad.api.MigrationRequest;
import io.github.altium2kicad.api.MigrationResult;
import io.github.altium2kicad.api.PartIssue;
import io.github.altium2kicad.api.mapping.MappingRule;
import io.github.altium2kicad.core.internal.source.SourceReaders;
import io.github.altium2kicad.core.testing.FailingRule;
import io.github.altium2kicad.testkit.GeneratedLibrary;
import io.github.altium2kicad.testkit.SyntheticLibraryGenerator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A generated library large enough that the engine shards tables over two threads: sharded, single-threaded and
 * streamed runs must write the same database and report the same issues, including the parts a user rule fails on.
 */
class LargeLibraryMigrationTest {

    @TempDir
    static Path dir;
    static GeneratedLibrary library;

    @BeforeAll
    static void generate() throws Exception {
        library = SyntheticLibraryGenerator.ofParts(30_000).writeTo(dir.resolve("altium"));
    }

    private static MigrationResult migrate(OptimizedMigrationEngine engine, MigrationConfig config, String out) {
        return engine.migrateWithOptimization(MigrationRequest.builder(library.dbLib()).outputDirectory(dir.resolve(out))
                .config(config).build());
    }

    @Test
    void shardedSingleThreadedAndStreamedRunsWriteTheSameDatabase() throws Exception {
        List<MappingRule> failing = List.of(FailingRule.broken("R0805")); // the standard rule decides those parts instead
        OptimizedMigrationEngine engine = new OptimizedMigrationEngine(SourceReaders.discover(), failing, List.of());
        MigrationConfig.Builder config = MigrationConfig.builder().maxPartErrors(Integer.MAX_VALUE);
        MigrationResult sharded = migrate(engine, config.maxWorkers(2).build(), "sharded");
        MigrationResult single = migrate(engine, config.parallelProcessing(false).build(), "single");
        MigrationResult streamed = migrate(new OptimizedMigrationEngine(SourceReaders.discover(), failing, List.of(), false),
                config.parallelProcessing(true).maxWorkers(2).batchSize(500).build(), "streamed");

        assertThat(sharded.partsWritten()).isEqualTo(30_000);
        assertThat(sharded.performance().phase("merge_shards")).as("the run was sharded").isPresent();
        assertThat(single.performance().phase("merge_shards")).isEmpty();
        List<String> expected = EndToEndMigrationTest.dump(single.database());
        assertThat(EndToEndMigrationTest.dump(sharded.database())).isEqualTo(expected);
        assertThat(EndToEndMigrationTest.dump(streamed.database())).isEqualTo(expected);
        assertThat(IncrementalMigrationTest.schema(sharded.database())).isEqualTo(IncrementalMigrationTest.schema(single.database()))
                .isEqualTo(IncrementalMigrationTest.schema(streamed.database()));
        assertThat(sharded.tables()).isEqualTo(single.tables()).isEqualTo(streamed.tables());
        assertThat(sharded.tables().get(0).ruleErrors()).isPositive();
        assertThat(sharded.issues()).isEqualTo(single.issues()).isEqualTo(streamed.issues())
                .anyMatch(i -> i.kind() == PartIssue.Kind.RULE_ERROR);
        try (Stream<Path> files = Files.list(sharded.outputDirectory())) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.contains("shard"));
        }
        // memory does not follow the library's size: the in-database path holds only distinct inputs
        assertThat(sharded.performance().peakHeapBytes()).isLessThan(256L << 20);
    }
}
