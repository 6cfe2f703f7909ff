package io.github.altium2kicad.core;

import io.github.altium2kicad.api.MigrationException;
import io.github.altium2kicad.api.MigrationRequest;
import io.github.altium2kicad.api.MigrationResult;
import io.github.altium2kicad.api.mapping.MappingRule;
import io.github.altium2kicad.api.progress.ProgressListener;
import io.github.altium2kicad.core.internal.source.SourceReaders;
import java.util.List;

/**
 * The name users call: a thin facade over {@link MigrationEngine} with the plugins found on the class path, kept so
 * that existing callers keep working. New code can use {@link MigrationEngine#builder()}, which also lets every
 * plugin (rules, readers, cache store, listeners) be passed in.
 *
 * <pre>{@code
 * OptimizedMigrationEngine engine = new OptimizedMigrationEngine();
 * MigrationResult result = engine.migrateWithOptimization(
 *         MigrationRequest.builder(Path.of("Parts.DbLib")).outputDirectory(Path.of("kicad")).build());
 * System.out.println(result.kicadDbl());
 * }</pre>
 *
 * Thread-safe: one engine may run several migrations, one per calling thread.
 */
public final class OptimizedMigrationEngine {

    private final MigrationEngine engine;

    /** An engine with the readers, mapping rules, cache store and progress listeners found on the class path. */
    public OptimizedMigrationEngine() {
        this(MigrationEngine.builder().build());
    }

    /** A facade over {@code engine}. */
    public OptimizedMigrationEngine(MigrationEngine engine) {
        this.engine = engine;
    }

    /**
     * An engine with explicit extensions.
     *
     * @param sourceReaders the source readers
     * @param userRules     mapping rules that run before the built-in ones (ordered by priority, then name)
     * @param listeners     progress listeners added to every migration
     * @deprecated use {@link MigrationEngine#builder()}: {@code .readers(..).rules(..).listeners(..)}
     */
    @Deprecated
    public OptimizedMigrationEngine(SourceReaders sourceReaders, List<MappingRule> userRules, List<ProgressListener> listeners) {
        this(sourceReaders, userRules, listeners, true);
    }

    /** As above; {@code inDatabaseCopy=false} streams SQLite sources too (for tests comparing both paths). */
    OptimizedMigrationEngine(SourceReaders sourceReaders, List<MappingRule> userRules, List<ProgressListener> listeners,
                             boolean inDatabaseCopy) {
        this(MigrationEngine.builder().readers(sourceReaders.providers()).rules(userRules).listeners(listeners)
                .copyInDatabase(inDatabaseCopy).build());
    }

    /**
     * Runs a migration: {@link MigrationEngine#migrate}.
     *
     * @throws MigrationException {@link MigrationException.Kind#BAD_INPUT} with a message naming the file, table,
     *                            row or column for wrong input, {@link MigrationException.Kind#FAILURE} otherwise;
     *                            in both cases nothing is left in the output folder
     */
    public MigrationResult migrateWithOptimization(MigrationRequest request) {
        return engine.migrate(request);
    }
}
