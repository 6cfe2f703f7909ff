package io.github.altium2kicad.core;

import io.github.altium2kicad.api.MigrationConfig;
import io.github.altium2kicad.api.MigrationException;
import io.github.altium2kicad.api.MigrationRequest;
import io.github.altium2kicad.api.MigrationResult;
import io.github.altium2kicad.api.PerformanceSummary;
import io.github.altium2kicad.api.cache.CacheStoreProvider;
import io.github.altium2kicad.api.dblib.LibraryDescriptor;
import io.github.altium2kicad.api.mapping.MappingRule;
import io.github.altium2kicad.api.output.OutputPublisherProvider;
import io.github.altium2kicad.api.progress.ProgressListener;
import io.github.altium2kicad.api.source.SourceLocation;
import io.github.altium2kicad.api.source.SourceReaderProvider;
import io.github.altium2kicad.core.dblib.DbLibParser;
import io.github.altium2kicad.core.internal.MigrationRun;
import io.github.altium2kicad.core.internal.cache.MappingCaches;
import io.github.altium2kicad.core.internal.output.DiskFull;
import io.github.altium2kicad.core.internal.output.OutputFolder;
import io.github.altium2kicad.core.internal.output.OutputPublishers;
import io.github.altium2kicad.core.internal.plan.MappingSetup;
import io.github.altium2kicad.core.internal.plan.MigrationPlan;
import io.github.altium2kicad.core.internal.plan.MigrationPlanner;
import io.github.altium2kicad.core.internal.plan.RunFindings;
import io.github.altium2kicad.core.internal.source.OpenedSource;
import io.github.altium2kicad.core.internal.source.SourceLocator;
import io.github.altium2kicad.core.internal.source.SourceReaders;
import io.github.altium2kicad.core.internal.nativelib.NativeLibraryStage;
import io.github.altium2kicad.core.verify.KicadCli;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Migrates an Altium database library into a KiCad database library, in three stages: <b>plan</b> (parse the DbLib,
 * locate and open its database, one plan per table, the rule chain), <b>tables</b> (a table migrator moves the rows
 * through the rule chain into the KiCad SQLite database, in batches on {@code max_workers} threads or inside SQLite),
 * <b>outputs</b> ({@code .kicad_dbl}, library tables, summary, report). The output is built in a temporary folder and
 * published only when complete; then the output publishers the settings ask for publish it further
 * ({@code output_database}: the tables on a PostgreSQL or MySQL/MariaDB server and {@code <name>-<server>.kicad_dbl}).
 *
 * <p>Built like Caffeine's and Flyway's: every plugin can be passed in; what is not passed is found with
 * {@link ServiceLoader} on the class path.
 *
 * <pre>{@code
 * MigrationEngine engine = MigrationEngine.builder()
 *         .rules(List.of(new MyConnectorRule()))      // else: MappingRule services on the class path
 *         .readers(List.of(new MyReaderProvider()))   // else: SourceReaderProvider services
 *         .cacheStore(new MyCacheStoreProvider())     // else: the CacheStoreProvider found (built-in SQLite store)
 *         .listeners(List.of(progressBar))            // else: ProgressListener services
 *         .outputs(List.of(new MyPublisherProvider())) // else: OutputPublisherProvider services (the server output)
 *         .build();
 * MigrationResult result = engine.migrate(
 *         MigrationRequest.builder(Path.of("Parts.DbLib")).outputDirectory(Path.of("kicad")).build());
 * }</pre>
 *
 * Thread-safe: one engine may run several migrations, one per calling thread.
 */
public final class MigrationEngine {

    private static final Logger LOG = LoggerFactory.getLogger(MigrationEngine.class);

    private final SourceReaders readers;
    private final List<MappingRule> rules;
    private final Optional<CacheStoreProvider> cacheStore;
    private final List<ProgressListener> listeners;
    private final List<OutputPublisherProvider> outputs;
    private final boolean copyInDatabase;

    private MigrationEngine(Builder b) {
        this.readers = new SourceReaders(b.readers != null ? b.readers : discover(SourceReaderProvider.class));
        List<MappingRule> sorted = new ArrayList<>(b.rules != null ? b.rules : discover(MappingRule.class));
        sorted.sort(Comparator.comparingInt(MappingRule::priority).thenComparing(MappingRule::name));
        this.rules = List.copyOf(sorted);
        this.cacheStore = Optional.ofNullable(b.cacheStore);
        this.listeners = List.copyOf(b.listeners != null ? b.listeners : discover(ProgressListener.class));
        this.outputs = List.copyOf(b.outputs != null ? b.outputs : discover(OutputPublisherProvider.class));
        this.copyInDatabase = b.copyInDatabase;
    }

    /** A builder; every plugin not set is found on the class path. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Runs a migration.
     *
     * @throws MigrationException {@link MigrationException.Kind#BAD_INPUT} with a message naming the file, table,
     *                            row or column for wrong input, {@link MigrationException.Kind#FAILURE} otherwise;
     *                            in both cases nothing is left in the output folder, except when an output
     *                            publisher fails after the output folder was published (the message says so)
     */
    public MigrationResult migrate(MigrationRequest request) {
        MigrationConfig config = request.config();
        List<ProgressListener> progress = new ArrayList<>(listeners);
        progress.addAll(request.listeners());
        OutputPublishers publishers = OutputPublishers.forRun(outputs, config); // a wrong output_database stops here
        try (PerformanceMonitor monitor = new PerformanceMonitor(config.enableMemoryMonitoring())) {
            PerformanceMonitor.Phase full = monitor.start(PerformanceSummary.FULL_MIGRATION);
            List<LibraryDescriptor> readings;
            try (PerformanceMonitor.Phase ignored = monitor.start(MigrationPhase.PARSE)) {
                readings = new DbLibParser().parseReadings(request.dbLibFile(), config.dblibEncoding().map(Charset::forName));
            }
            try (OpenedSource source = OpenedSource.open(readings, config.database(), new SourceLocator(), readers)) {
                LibraryDescriptor library = source.library();
                SourceLocation location = source.location();
                String name = config.libraryName().orElse(library.baseName());
                LOG.info("Read {} as {}", library.file(), library.encoding());
                MappingSetup mapping;
                try (PerformanceMonitor.Phase ignored = monitor.start(MigrationPhase.LOAD_RULES)) {
                    mapping = MappingSetup.load(config, !rules.isEmpty()); // malformed rule files stop the run here, before any output
                }
                KicadCli kicadCli = config.verifyWithKicad() ? KicadCli.locate(config.kicadCli(), System.getenv()) : null;
                Optional<NativeLibraryStage> nativeLibraries = NativeLibraryStage.forConfig(config, System.getenv());
                LOG.info("Migrating {} ({} enabled tables) from the {}", library.file(), library.enabledTables().size(), location);
                try (OutputFolder output = request.incremental()
                        ? OutputFolder.prepareIncremental(request.outputDirectory(), name + ".sqlite")
                        : OutputFolder.prepare(request.outputDirectory(), request.overwrite())) {
                    RunFindings findings = new RunFindings(library.warnings());
                    MigrationPlan plan;
                    try (PerformanceMonitor.Phase ignored = monitor.start(MigrationPhase.PLAN)) {
                        plan = new MigrationPlanner(library, config, source.reader(), findings).plan(location, name, mapping, rules);
                    }
                    MigrationResult result;
                    try {
                        result = new MigrationRun(plan, config, output, monitor, progress, request.incremental(), findings,
                                cacheStore, copyInDatabase, kicadCli, nativeLibraries, publishers).execute(full);
                    } catch (MigrationException e) {
                        if (DiskFull.causes(e) && location.file().isPresent()) {
                            throw DiskFull.withSourceEstimate(e, location.file().get());
                        }
                        throw e;
                    }
                    progress.forEach(l -> l.migrationFinished(result));
                    return result;
                }
            }
        }
    }

    /**
     * Where the database of a DbLib is, without migrating: {@code readings} are the DbLib read in each candidate code
     * page ({@link DbLibParser#parseReadings}); with more than one, the database is opened to choose the code page
     * whose table names it has.
     *
     * @param database the {@code database} setting overriding the DbLib's connection string, if any
     * @return the DbLib in its code page and the database's location, secrets hidden
     * @throws MigrationException (bad input) if the database cannot be found or opened
     */
    public LocatedLibrary locate(List<LibraryDescriptor> readings, Optional<String> database) {
        if (readings.size() == 1) {
            return new LocatedLibrary(readings.get(0), new SourceLocator().locate(readings.get(0), database).toString());
        }
        try (OpenedSource source = OpenedSource.open(readings, database, new SourceLocator(), readers)) {
            return new LocatedLibrary(source.library(), source.location().toString());
        }
    }

    /**
     * A DbLib and where its database is.
     *
     * @param library  the DbLib, read in the code page its database's table names match
     * @param location the database's location for people (no secrets)
     */
    public record LocatedLibrary(LibraryDescriptor library, String location) {
    }

    /**
     * Deletes every cached mapping decision in {@code config}'s {@code cache_directory} (all libraries, rules and
     * settings) with this engine's cache store, so that the next migration decides every part again.
     *
     * @return how many files or entries were removed (0 if there was no cache)
     * @throws MigrationException (failure) naming the folder if the cache cannot be cleared
     */
    public long clearCache(MigrationConfig config) {
        return cacheStore.map(provider -> MappingCaches.clear(config, provider)).orElseGet(() -> MappingCaches.clear(config));
    }

    private static <T> List<T> discover(Class<T> type) {
        return ServiceLoader.load(type).stream().map(ServiceLoader.Provider::get).toList();
    }

    /** Builds a {@link MigrationEngine}; each plugin list replaces the one found on the class path. */
    public static final class Builder {
        private List<MappingRule> rules;
        private List<SourceReaderProvider> readers;
        private CacheStoreProvider cacheStore;
        private List<ProgressListener> listeners;
        private List<OutputPublisherProvider> outputs;
        private boolean copyInDatabase = true;

        private Builder() {
        }

        /** Mapping rules that run before the built-in ones (ordered by priority, then name). */
        public Builder rules(List<? extends MappingRule> rules) {
            this.rules = List.copyOf(rules);
            return this;
        }

        /** The readers of the Altium databases, tried in order; the first that supports a source reads it. */
        public Builder readers(List<? extends SourceReaderProvider> readers) {
            this.readers = List.copyOf(readers);
            return this;
        }

        /** The persistent mapping cache's store ({@code enable_caching}); else the provider found on the class path. */
        public Builder cacheStore(CacheStoreProvider cacheStore) {
            this.cacheStore = cacheStore;
            return this;
        }

        /** Progress listeners added to every migration (a request may add more). */
        public Builder listeners(List<? extends ProgressListener> listeners) {
            this.listeners = List.copyOf(listeners);
            return this;
        }

        /**
         * What publishes a finished output further, each when the settings ask for it (e.g. {@code output_database});
         * run in order after the output folder is published.
         */
        public Builder outputs(List<? extends OutputPublisherProvider> outputs) {
            this.outputs = List.copyOf(outputs);
            return this;
        }

        /** {@code false} streams SQLite sources too, instead of copying them inside SQLite (tests compare both paths). */
        Builder copyInDatabase(boolean copyInDatabase) {
            this.copyInDatabase = copyInDatabase;
            return this;
        }

        public MigrationEngine build() {
            return new MigrationEngine(this);
        }
    }
}
