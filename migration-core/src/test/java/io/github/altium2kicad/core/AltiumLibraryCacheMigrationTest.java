package io.github.altium2kicad.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.altium2kicad.api.MigrationConfig;
import io.github.altium2kicad.api.MigrationRequest;
import io.github.altium2kicad.api.MigrationResult;
import io.github.altium2kicad.core.internal.cache.AltiumContentsCache;
import io.github.altium2kicad.core.internal.source.SourceReaders;
import io.github.altium2kicad.core.testing.DatabaseDump;
import io.github.altium2kicad.testkit.company.RealisticLibrary;
import io.github.altium2kicad.testkit.company.RealisticLibraryFacts;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The library files of a realistic library, read ahead on background threads and kept in the persistent cache, give
 * the same output as reading them without a cache, and a re-run takes them from the cache (with the pads the mapper
 * counted on the first run).
 */
class AltiumLibraryCacheMigrationTest {

    @TempDir
    Path dir;

    private MigrationResult migrate(Path dbLib, MigrationConfig config, String out) {
        return new OptimizedMigrationEngine(SourceReaders.discover(), List.of(), List.of(), true)
                .migrateWithOptimization(MigrationRequest.builder(dbLib).outputDirectory(dir.resolve(out)).config(config).build());
    }

    @Test
    void cachedLibraryContentsGiveTheSameOutput() throws Exception {
        RealisticLibraryFacts library = new RealisticLibrary(42, 2_000).write(dir.resolve("altium"));
        Path cache = dir.resolve("cache");
        MigrationConfig cached = MigrationConfig.builder().cacheDirectory(cache).build();
        MigrationResult uncached = migrate(library.dbLib(), cached.toBuilder().enableCaching(false).build(), "uncached");
        MigrationResult cold = migrate(library.dbLib(), cached, "cold");
        int[] rows = entries(cache.resolve(AltiumContentsCache.FILE_NAME));
        assertThat(rows[0]).as("every library file read is kept").isEqualTo(library.libraryFiles());
        assertThat(rows[1]).as("PcbLibs whose pads the standard mapping counted").isPositive();
        MigrationResult warm = migrate(library.dbLib(), cached, "warm");
        for (MigrationResult result : List.of(cold, warm)) {
            assertThat(DatabaseDump.rowsInWrittenOrder(result.database()))
                    .isEqualTo(DatabaseDump.rowsInWrittenOrder(uncached.database()));
            assertThat(result.notices()).isEqualTo(uncached.notices());
            assertThat(result.issues()).isEqualTo(uncached.issues());
        }
        assertThat(uncached.notices()).as("the two library files rows name but nobody wrote").isNotEmpty();
    }

    /** Library files kept, and how many of them with pads counted. */
    private static int[] entries(Path cacheFile) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + cacheFile); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT count(*), sum(pads_counted) FROM library_contents")) {
            return new int[] {rs.getInt(1), rs.getInt(2)};
        }
    }
}
