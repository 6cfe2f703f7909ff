package io.github.altium2kicad.core;

import io.github.altium2kicad.api.MigrationConfig;
import io.github.altium2kicad.api.MigrationException;
import io.github.altium2kicad.api.MigrationRequest;
import io.github.altium2kicad.api.LibraryNotice;
import io.github.altium2kicad.api.MigrationResult;
import io.github.altium2kicad.api.MigrationWarning;
import io.github.altium2kicad.api.SkippedTable;
import io.github.altium2kicad.api.ValueReference;
import io.github.altium2kicad.api.PartIssue;
import io.github.altium2kicad.api.PerformanceSummary;
import io.github.altium2kicad.api.TableChanges;
import io.github.altium2kicad.api.TableResult;
import io.github.altium2kicad.api.dblib.LibraryDescriptor;
import io.github.altium2kicad.api.dblib.TableDescriptor;
import io.github.altium2kicad.api.mapping.AltiumLibraryCatalog;
import io.github.altium2kicad.api.mapping.MappingContext;
import io.github.altium2kicad.api.mapping.MappingRule;
import io.github.altium2kicad.api.progress.ProgressListener;
import io.github.altium2kicad.api.source.BackendKind;
import io.github.altium2kicad.api.source.SourceLocation;
import io.github.altium2kicad.api.source.SourceReader;
import io.github.altium2kicad.api.source.TableSchema;
import io.github.altium2kicad.api.cache.CacheStore;
import io.github.altium2kicad.core.cache.AltiumContentsCache;
import io.github.altium2kicad.core.cache.CacheFingerprint;
import io.github.altium2kicad.core.cache.MappingCaches;
import io.github.altium2kicad.core.altium.AltiumReferenceValidator;
import io.github.altium2kicad.core.dblib.DbLibParser;
import io.github.altium2kicad.core.kicad.index.KicadLibraryIndex;
import io.github.altium2kicad.core.pipeline.ReferenceChecks;
import io.github.altium2kicad.core.pipeline.RuleErrorBudget;
import io.github.altium2kicad.core.report.MappingReport;
import io.github.altium2kicad.core.report.ReportFacts;
import io.github.altium2kicad.core.report.ReportFiles;
import io.github.altium2kicad.core.report.ReportSettings;
import io.github.altium2kicad.core.mapping.AltiumFileLocator;
import io.github.altium2kicad.core.mapping.AltiumLibraries;
import io.github.altium2kicad.core.mapping.ColumnRoles;
import io.github.altium2kicad.core.mapping.MappingChain;
import io.github.altium2kicad.core.mapping.CheckedUserRule;
import io.github.altium2kicad.core.mapping.ConfidenceThreshold;
import io.github.altium2kicad.core.mapping.standard.StandardWithFallback;
import io.github.altium2kicad.core.mapping.PreserveRule;
import io.github.altium2kicad.core.mapping.UnmappedRule;
import io.github.altium2kicad.core.mapping.standard.StandardLibraryRule;
import io.github.altium2kicad.core.mapping.user.MappingTableRule;
import io.github.altium2kicad.core.output.DiskFull;
import io.github.altium2kicad.core.output.OutputFolder;
import io.github.altium2kicad.core.pipeline.InDatabaseTableMigrator;
import io.github.altium2kicad.core.pipeline.MemoryGovernor;
import io.github.altium2kicad.core.pipeline.PipelineContext;
import io.github.altium2kicad.core.pipeline.StreamingTableMigrator;
import io.github.altium2kicad.core.pipeline.TableJob;
import io.github.altium2kicad.core.pipeline.TableShards;
import io.github.altium2kicad.core.source.sqlite.SqliteSourceReader;
import io.github.altium2kicad.core.source.OpenedSource;
import io.github.altium2kicad.core.source.SourceLocator;
import io.github.altium2kicad.core.source.SourceReaders;
import io.github.altium2kicad.core.writer.KicadDblWriter;
import io.github.altium2kicad.core.writer.KicadSqliteWriter;
import io.github.altium2kicad.core.writer.KicadTablePlan;
import io.github.altium2kicad.core.writer.LibTableWriter;
import io.github.altium2kicad.core.writer.LibraryNotices;
import io.github.altium2kicad.core.writer.OutputTable;
import io.github.altium2kicad.core.writer.SafeKeys;
import io.github.altium2kicad.core.writer.MigrationSummaryWriter;
import io.github.altium2kicad.core.verify.KicadCli;
import io.github.altium2kicad.core.verify.KicadVerifier;
import io.github.altium2kicad.api.KicadVerification;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Migrates an Altium database library into a KiCad database library.
 *
 * <p>Data flows one way, in batches: the DbLib is parsed; a {@link SourceReader} streams each enabled table in
 * batches of {@code batch_size} rows; {@code max_workers} threads map the batches through the {@link MappingChain}
 * (memoized); one writer inserts the mapped rows, in source order, into the KiCad SQLite database. The output is
 * built in a temporary folder and published only when complete.
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

    private static final Logger LOG = LoggerFactory.getLogger(OptimizedMigrationEngine.class);
    /** How many decline reasons the summary and the result list. */
    static final int TOP_DECLINE_REASONS = 10;

    private final SourceReaders sourceReaders;
    private final List<MappingRule> userRules;
    private final List<ProgressListener> listeners;
    private final boolean inDatabaseCopy;

    /** An engine with the readers, mapping rules and progress listeners found on the class path. */
    public OptimizedMigrationEngine() {
        this(SourceReaders.discover(), discover(MappingRule.class), discover(ProgressListener.class));
    }

    /**
     * An engine with explicit extensions.
     *
     * @param sourceReaders the source readers
     * @param userRules     mapping rules that run before the built-in ones (ordered by priority, then name)
     * @param listeners     progress listeners added to every migration
     */
    public OptimizedMigrationEngine(SourceReaders sourceReaders, List<MappingRule> userRules, List<ProgressListener> listeners) {
        this(sourceReaders, userRules, listeners, true);
    }

    /** As above; {@code inDatabaseCopy=false} streams SQLite sources too (for tests comparing both paths). */
    OptimizedMigrationEngine(SourceReaders sourceReaders, List<MappingRule> userRules, List<ProgressListener> listeners,
                             boolean inDatabaseCopy) {
        this.inDatabaseCopy = inDatabaseCopy;
        this.sourceReaders = sourceReaders;
        List<MappingRule> rules = new ArrayList<>(userRules);
        rules.sort(Comparator.comparingInt(MappingRule::priority).thenComparing(MappingRule::name));
        this.userRules = List.copyOf(rules);
        this.listeners = List.copyOf(listeners);
    }

    private static <T> List<T> discover(Class<T> type) {
        return ServiceLoader.load(type).stream().map(ServiceLoader.Provider::get).toList();
    }

    /**
     * Runs a migration.
     *
     * @throws MigrationException {@link MigrationException.Kind#BAD_INPUT} with a message naming the file, table,
     *                            row or column for wrong input, {@link MigrationException.Kind#FAILURE} otherwise;
     *                            in both cases nothing is left in the output folder
     */
    public MigrationResult migrateWithOptimization(MigrationRequest request) {
        MigrationConfig config = request.config();
        List<ProgressListener> progress = new ArrayList<>(listeners);
        progress.addAll(request.listeners());
        try (PerformanceMonitor monitor = new PerformanceMonitor(config.enableMemoryMonitoring())) {
            PerformanceMonitor.Phase full = monitor.start(PerformanceSummary.FULL_MIGRATION);
            List<LibraryDescriptor> readings;
            try (PerformanceMonitor.Phase ignored = monitor.start("parse")) {
                readings = new DbLibParser().parseReadings(request.dbLibFile(), config.dblibEncoding().map(Charset::forName));
            }
            try (OpenedSource source = OpenedSource.open(readings, config.database(), new SourceLocator(), sourceReaders)) {
                LibraryDescriptor library = source.library();
                SourceLocation location = source.location();
                SourceReader reader = source.reader();
                String name = config.libraryName().orElse(library.baseName());
                LOG.info("Read {} as {}", library.file(), library.encoding());
                MappingSetup mapping;
                try (PerformanceMonitor.Phase ignored = monitor.start("load_rules")) {
                    mapping = MappingSetup.load(config, !userRules.isEmpty()); // malformed rule files stop the run here, before any output
                }
                KicadCli kicadCli = config.verifyWithKicad() ? KicadCli.locate(config.kicadCli(), System.getenv()) : null;
                LOG.info("Migrating {} ({} enabled tables) from the {}", library.file(), library.enabledTables().size(), location);
                try (OutputFolder output = request.incremental()
                        ? OutputFolder.prepareIncremental(request.outputDirectory(), name + ".sqlite")
                        : OutputFolder.prepare(request.outputDirectory(), request.overwrite())) {
                    Run run = new Run(library, config, reader, output, monitor, progress, name, request.incremental(), mapping);
                    run.kicadCli = kicadCli;
                    MigrationResult result;
                    try {
                        result = run.execute(full, location);
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

    /** The state of one migration. */
    private final class Run {
        private final LibraryDescriptor library;
        private final MigrationConfig config;
        private final SourceReader reader;
        private final OutputFolder output;
        private final PerformanceMonitor monitor;
        private final List<ProgressListener> progress;
        private final String name;
        private final boolean incremental;
        private final MappingSetup mapping;
        /** Set when {@code verify_with_kicad} is on. */
        private KicadCli kicadCli;
        private final List<PartIssue> issues = new ArrayList<>();
        private final List<MigrationWarning> warnings = new ArrayList<>();
        private final List<SkippedTable> skippedTables = new ArrayList<>();
        /** What earlier runs read from the Altium library files, when caching is on. */
        private Optional<AltiumContentsCache> libraryCache = Optional.empty();


        private synchronized void addIssue(PartIssue issue) {
            issues.add(issue);
        }

        /** Orders issues by table (DbLib order), row and kind, whichever path produced them. */
        private void sortIssues(List<TableJob> jobs) {
            Map<String, Integer> order = new HashMap<>();
            jobs.forEach(j -> order.put(j.name(), order.size()));
            issues.sort(Comparator.comparing((PartIssue i) -> order.getOrDefault(i.table(), Integer.MAX_VALUE))
                    .thenComparingLong(PartIssue::row).thenComparing(PartIssue::kind));
        }

        Run(LibraryDescriptor library, MigrationConfig config, SourceReader reader, OutputFolder output,
            PerformanceMonitor monitor, List<ProgressListener> progress, String name, boolean incremental, MappingSetup mapping) {
            this.incremental = incremental;
            this.mapping = mapping;
            this.library = library;
            this.config = config;
            this.reader = reader;
            this.output = output;
            this.monitor = monitor;
            this.progress = progress;
            this.name = name;
            this.warnings.addAll(library.warnings());
        }

        MigrationResult execute(PerformanceMonitor.Phase full, SourceLocation location) {
            List<MappingRule> rules = rules();
            Set<String> attributeColumns = MappingChain.attributeColumnsOf(rules);
            Path database = output.staging().resolve(name + ".sqlite");
            // an incremental run migrates into a scratch database, then applies the differences to the previous one
            Path fresh = incremental ? output.staging().resolve(".altium2kicad-incremental.sqlite") : database;
            List<TableResult> tables = new ArrayList<>();
            List<TableChanges> changes = new ArrayList<>();
            int workers = config.useOptimizedEngine() ? config.effectiveWorkers() : 1;
            ExecutorService pool = workers > 1 ? Executors.newFixedThreadPool(workers, daemonThreads()) : null;
            MemoryGovernor memory = MemoryGovernor.watching(config.maxMemoryUsage());
            Migrated migrated;
            ReferenceChecks checks;
            Optional<CacheStore> cache = Optional.empty();
            try (memory; MappingReport report = MappingReport.create(output.staging(), ReportSettings.defaults(config.mappingMode()))) {
                try (KicadSqliteWriter writer = KicadSqliteWriter.create(fresh)) {
                    List<TableJob> jobs;
                    Map<TableJob, InDatabaseTableMigrator.Extracted> extracted = new HashMap<>();
                    InDatabaseTableMigrator inDatabase = null;
                    AltiumLibraries catalog;
                    try (PerformanceMonitor.Phase ignored = monitor.start("plan")) {
                        jobs = planTables(location);
                        Map<String, List<String>> columns = new HashMap<>();
                        jobs.forEach(j -> columns.put(j.name(), j.schema().columns()));
                        mapping.tables().forEach(t -> t.validateColumns(columns));
                        if (inDatabaseCopy && location.kind() == BackendKind.SQLITE && reader instanceof SqliteSourceReader
                                && InDatabaseTableMigrator.supports(config)) {
                            inDatabase = new InDatabaseTableMigrator(writer.attach(location.file().orElseThrow()), writer);
                            for (TableJob job : jobs) {
                                InDatabaseTableMigrator.extract(job, attributeColumns).ifPresent(e -> extracted.put(job, e));
                            }
                        }
                        catalog = catalog(jobs);
                    }
                    long totalRows = jobs.stream().anyMatch(j -> j.totalRows() < 0) ? -1 : jobs.stream().mapToLong(TableJob::totalRows).sum();
                    progress.forEach(l -> l.migrationStarted(jobs.stream().map(TableJob::name).toList(), totalRows));
                    boolean caching = config.useOptimizedEngine() && config.enableCaching();
                    cache = caching ? MappingCaches.open(config, fingerprint(rules, catalog)) : Optional.empty();
                    MappingChain chain = new MappingChain(rules, mappingContext(catalog), caching, cache);
                    checks = new ReferenceChecks(new AltiumReferenceValidator(catalog));
                    PipelineContext context = new PipelineContext(config, monitor, progress, issue -> {
                        addIssue(issue);
                        report.recordIssue(issue);
                    }, chain, pool, workers, memory, checks, report,
                            new RuleErrorBudget(config.maxPartErrors()));
                    StreamingTableMigrator streaming = new StreamingTableMigrator(context, reader, writer);
                    InDatabaseTableMigrator bound = inDatabase == null ? null : inDatabase.bind(context);
                    List<InDatabaseTableMigrator.Extracted> all = jobs.stream().map(extracted::get).toList();
                    if (inDatabase != null && extracted.size() == jobs.size() && TableShards.worthIt(all, workers)) {
                        tables.addAll(new TableShards(context, writer, bound, output.staging(), location.file().orElseThrow()).run(all));
                    } else {
                        for (TableJob job : jobs) {
                            InDatabaseTableMigrator.Extracted fast = extracted.get(job);
                            LOG.debug("Table '{}': {}", job.name(), fast != null ? "copied inside SQLite" : "streamed");
                            tables.add(fast != null ? bound.migrate(fast) : streaming.migrate(job));
                        }
                    }
                    List<TableJob> written;
                    List<ValueReference> valueReferences;
                    try (PerformanceMonitor.Phase ignored = monitor.start("keys_and_values")) {
                        written = withSafeKeys(writer, jobs, report);
                        valueReferences = writer.resolveValueReferences(written.stream().map(j -> new OutputTable(j.name(), j.plan())).toList());
                    }
                    List<KicadTablePlan> plans = written.stream().map(TableJob::plan).toList();
                    if (incremental) {
                        try (PerformanceMonitor.Phase ignored = monitor.start("apply_changes")) {
                            changes.addAll(writer.applyTo(database, plans, previousLibraryTables()));
                        }
                    } else {
                        optimize(writer, plans);
                    }
                    migrated = new Migrated(written, catalog, chain, tables, changes, checks, valueReferences);
                } finally {
                    if (pool != null) {
                        pool.shutdownNow();
                    }
                    cache.ifPresent(CacheStore::close);
                }
                if (incremental) {
                    try (KicadSqliteWriter previous = KicadSqliteWriter.create(database)) { // opens the patched database
                        optimize(previous, migrated.jobs().stream().map(TableJob::plan).toList());
                    }
                    try {
                        Files.delete(fresh);
                    } catch (IOException e) {
                        throw MigrationException.failure("Cannot delete the scratch database " + fresh + ": " + e, e);
                    }
                }
                return finish(full, location, migrated, database, workers, report); // the database is closed: publish it
            }
        }

        /**
         * Gives the parts whose key KiCad cannot use a safe key ({@link SafeKeys}), lists each rename as an issue, and
         * returns the jobs with the plans of the tables that now have a generated key column.
         */
        private List<TableJob> withSafeKeys(KicadSqliteWriter writer, List<TableJob> jobs, MappingReport report) {
            Map<String, SafeKeys.Result> byTable = new HashMap<>();
            writer.makeKeysSafe(jobs.stream().map(j -> new OutputTable(j.name(), j.plan())).toList())
                    .forEach(r -> byTable.put(r.plan().altiumTable(), r));
            List<TableJob> out = new ArrayList<>();
            for (TableJob job : jobs) {
                SafeKeys.Result result = byTable.get(job.plan().altiumTable());
                if (result == null) {
                    out.add(job);
                    continue;
                }
                for (SafeKeys.Rename r : result.renames()) {
                    PartIssue issue = new PartIssue(job.name(), r.position(), r.key(), PartIssue.Kind.KEY_RENAMED,
                            "written with key '" + r.safeKey() + "' in column '" + result.plan().keyColumn() + "': KiCad cannot "
                            + "use : \\ < > \" tab or line break in a key; column '" + job.plan().keyColumn()
                            + "' keeps the key as Altium has it (a KiCad field)");
                    addIssue(issue);
                    report.recordIssue(issue);
                }
                LOG.info("Table '{}': {} keys KiCad cannot use written as safe keys in column '{}'", job.name(),
                        result.renames().size(), result.plan().keyColumn());
                out.add(new TableJob(job.table(), job.schema(), job.keySource(), job.roles(), result.plan(), job.totalRows()));
            }
            return out;
        }

        /** What the table migrations produced. */
        private record Migrated(List<TableJob> jobs, AltiumLibraries catalog, MappingChain chain, List<TableResult> tables,
                                List<TableChanges> changes, ReferenceChecks checks, List<ValueReference> valueReferences) {
        }

        private void optimize(KicadSqliteWriter writer, List<KicadTablePlan> plans) {
            try (PerformanceMonitor.Phase ignored = monitor.start("optimize")) {
                writer.finish(plans, config.createIndexes(), config.optimizeQueries(), config.vacuumDatabase());
            }
        }

        /** The tables the previous output's .kicad_dbl listed: those are ours to drop if no longer migrated. */
        private List<String> previousLibraryTables() {
            Path dbl = output.staging().resolve(name + ".kicad_dbl");
            List<String> tables = new ArrayList<>();
            try {
                new com.fasterxml.jackson.databind.ObjectMapper().readTree(dbl.toFile()).path("libraries")
                        .forEach(lib -> tables.add(lib.path("table").asText()));
            } catch (IOException e) {
                LOG.warn("Cannot read the previous {} ({}); tables it listed that are no longer migrated are kept", dbl, e.toString());
            }
            return tables;
        }

        private MigrationResult finish(PerformanceMonitor.Phase full, SourceLocation location, Migrated migrated, Path database,
                                       int workers, MappingReport report) {
            List<TableJob> jobs = migrated.jobs();
            AltiumLibraries catalog = migrated.catalog();
            List<TableResult> tables = migrated.tables();
            sortIssues(jobs);
            List<LibraryNotice> notices;
            try (PerformanceMonitor.Phase ignored = monitor.start("library_notices")) {
                notices = LibraryNotices.collect(database, jobs.stream().map(j -> new OutputTable(j.name(), j.plan())).toList(),
                        catalog, migrated.checks().nameChanges(), migrated.checks().missingNames());
                libraryCache.ifPresent(c -> c.save(catalog.contentsRead()));
            }
            Path dbl = output.staging().resolve(name + ".kicad_dbl");
            Path summaryFile = output.staging().resolve(MigrationSummaryWriter.FILE_NAME);
            try (PerformanceMonitor.Phase ignored = monitor.start("write_library_files")) {
                KicadDblWriter.write(dbl, name, "Migrated from Altium database library " + library.file().getFileName()
                                + " by altium2kicad", KicadDblWriter.connectionString(config.odbcDriver(), name + ".sqlite"),
                        jobs.stream().map(TableJob::plan).toList());
                LibTableWriter.writeLibraryTables(output.staging(), name, catalog, config.libraryUriStyle(), output.target());
            } catch (IOException e) {
                if (DiskFull.causes(e)) {
                    throw DiskFull.failure(dbl, e);
                }
                throw MigrationException.failure("Cannot write the KiCad library files in " + output.staging() + ": " + e, e);
            }
            long written = tables.stream().mapToLong(TableResult::rowsWritten).sum();
            full.close(); // the migration's own time and parts/s leave the optional check by KiCad out
            KicadVerification verification = null;
            if (kicadCli != null) {
                try (PerformanceMonitor.Phase ignored = monitor.start("verify_with_kicad")) {
                    verification = new KicadVerifier(kicadCli, config).verify(output.staging(), output.target(), name);
                }
            }
            PerformanceSummary performance = monitor.summary(written, workers, migrated.chain().statistics());
            try {
                MigrationSummaryWriter.write(summaryFile, new MigrationSummaryWriter.Summary(name, library.file(),
                        location.description(), config, tables, catalog, issues, performance, incremental, migrated.changes(),
                        library.encoding(), skippedTables, warnings, notices, migrated.valueReferences(),
                        report.topDeclineReasons(TOP_DECLINE_REASONS)), verification);
            } catch (IOException e) {
                throw DiskFull.causes(e) ? DiskFull.failure(summaryFile, e)
                        : MigrationException.failure("Cannot write " + summaryFile + ": " + e, e);
            }
            ReportFiles reportFiles = report.write(new ReportFacts(name, location.description(), tables, performance, Instant.now(), notices,
                    migrated.valueReferences(), verification));
            output.publish();
            Path target = output.target();
            LOG.info("Wrote {} parts in {} tables to {}", written, tables.size(), target);
            return new MigrationResult(target, target.resolve(dbl.getFileName()), target.resolve(database.getFileName()),
                    target.resolve(summaryFile.getFileName()), target.resolve(reportFiles.html().getFileName()), tables, issues,
                    performance, migrated.changes(), library.encoding(), skippedTables, warnings, notices,
                    migrated.valueReferences(), verification, report.topDeclineReasons(TOP_DECLINE_REASONS));
        }

        /**
         * One job per enabled table the source can read. A table the source does not have, or cannot read (an empty
         * sheet, no header row), is skipped with a warning, as Altium shows the library without it; if every table
         * is skipped the run stops, listing every reason. A table without its key column, or with a column named
         * like a generated one, stops the run: all such tables are listed at once.
         */
        private List<TableJob> planTables(SourceLocation location) {
            List<TableDescriptor> enabled = library.enabledTables();
            if (enabled.isEmpty()) {
                throw MigrationException.badInput(library.file() + " has no enabled [TableN] section: there is nothing to "
                        + "migrate. Add tables in Altium's DbLib editor or set Enabled=True.");
            }
            List<TableJob> jobs = new ArrayList<>();
            List<String> keyProblems = new ArrayList<>();
            List<String> columnClashes = new ArrayList<>();
            Set<String> libraryNames = new HashSet<>();
            Map<String, String> outputTables = new HashMap<>(); // lower-cased output table -> the Altium table it holds
            for (TableDescriptor table : enabled) {
                TableSchema schema;
                try {
                    schema = reader.schema(table);
                } catch (MigrationException e) {
                    if (e.kind() != MigrationException.Kind.BAD_INPUT) {
                        throw e;
                    }
                    skippedTables.add(new SkippedTable(table.tableName(), e.getMessage()));
                    warnings.add(new MigrationWarning(MigrationWarning.Kind.SKIPPED_TABLE, "Table '" + table.tableName()
                            + "' ([Table" + table.index() + "]) is not migrated: " + e.getMessage()));
                    continue;
                }
                String keySource;
                String keyWanted;
                if (config.keyColumn().isPresent()) {
                    keyWanted = config.keyColumn().get();
                    keySource = "configuration (key_column)";
                } else {
                    keyWanted = table.keyColumn().orElse("Part Number");
                    keySource = switch (table.keySource()) {
                        case FIELD_TYPE -> "DbLib field map with FieldType=0";
                        case USER_WHERE_TEXT -> "DbLib UserWhereText";
                        case CONFIGURATION -> "configuration (key_column)";
                        case CONVENTION -> "convention (Part Number)";
                    };
                }
                Optional<String> key = schema.column(keyWanted);
                if (key.isEmpty()) {
                    keyProblems.add("table '" + table.tableName() + "' has no key column '" + keyWanted + "' (key from "
                            + keySource + "); its columns are: " + String.join(", ", schema.columns()));
                }
                for (String generated : List.of(config.symbolColumn(), config.footprintsColumn())) {
                    if (schema.column(generated).isPresent()) {
                        columnClashes.add("table '" + table.tableName() + "' already has a column '" + generated + "'");
                    }
                }
                for (var mapping : table.fieldMappings()) {
                    if (schema.column(mapping.columnName()).isEmpty()) {
                        warnings.add(new MigrationWarning(MigrationWarning.Kind.ABSENT_COLUMN, library.file() + ": [FieldMap"
                                + mapping.index() + "] maps column '" + mapping.columnName() + "' of table '"
                                + table.tableName() + "', which the table does not have; the field is left out"));
                    }
                }
                if (key.isEmpty() || !columnClashes.isEmpty()) {
                    continue;
                }
                // Excel tables are sheets the DbLib names 'Sheet$': the KiCad table and library take the sheet's name
                String wantedTable = location.kind() == BackendKind.EXCEL ? schema.tableName() : table.tableName();
                String outputTable = uniqueOutputTable(table.tableName(), wantedTable, outputTables);
                String libraryName = uniqueLibraryName(outputTable, libraryNames);
                ColumnRoles roles = ColumnRoles.of(table, schema);
                KicadTablePlan plan = KicadTablePlan.of(table, schema, roles, key.get(), outputTable, libraryName, config);
                jobs.add(new TableJob(table, schema, keySource, roles, plan, reader.rowCount(schema).orElse(-1)));
            }
            // each kind once, with its count and examples, also when the run stops below
            WarningDigest.lines(warnings).forEach(line -> LOG.warn("{}", line));
            if (!keyProblems.isEmpty()) {
                throw MigrationException.badInput(keyProblems.size() + " of " + enabled.size() + " tables have no key "
                        + "column: " + String.join("; ", keyProblems) + ". Set the key column with --key-column (config "
                        + "key: key_column), or mark it in the DbLib with a field map of FieldType=0.");
            }
            if (!columnClashes.isEmpty()) {
                throw MigrationException.badInput(String.join("; ", columnClashes) + ": the name of a column this tool "
                        + "generates. Choose other names with --symbol-column / --footprints-column.");
            }
            if (jobs.isEmpty()) {
                throw MigrationException.badInput("None of the " + enabled.size() + " enabled tables of " + library.file()
                        + " (read as " + library.encoding() + ") can be read, so there is nothing to migrate: "
                        + String.join(" | ", skippedTables.stream().map(t -> t.table() + ": " + t.reason()).toList())
                        + (library.encoding().basis().startsWith("ANSI") ? " If the table names look garbled, set the "
                        + "DbLib's code page with --dblib-encoding (config key: dblib_encoding), e.g. GBK or windows-1251."
                        : ""));
            }
            return jobs;
        }

        /**
         * The output table of {@code altiumTable}: {@code wanted}, or {@code wanted (2)}, {@code (3)}… when an earlier
         * table took that name in another case (SQLite table names ignore case, so {@code Resistors} and
         * {@code RESISTORS} would be one table).
         */
        private String uniqueOutputTable(String altiumTable, String wanted, Map<String, String> taken) {
            String candidate = wanted;
            for (int n = 2; taken.containsKey(candidate.toLowerCase(Locale.ROOT)); n++) {
                candidate = wanted + " (" + n + ")";
            }
            if (!candidate.equals(wanted)) {
                warnings.add(new MigrationWarning(MigrationWarning.Kind.RENAMED_TABLE, library.file() + ": tables '"
                        + taken.get(wanted.toLowerCase(Locale.ROOT)) + "' and '" + altiumTable + "' differ only in case, "
                        + "and SQLite table names ignore case: '" + altiumTable + "' is written to its own output table "
                        + "and KiCad library '" + candidate + "'"));
            }
            taken.put(candidate.toLowerCase(Locale.ROOT), altiumTable);
            return candidate;
        }

        private String uniqueLibraryName(String tableName, Set<String> taken) {
            String base = tableName.replace("/", "").strip();
            if (base.isEmpty()) {
                base = "Table";
            }
            String candidate = base;
            for (int n = 2; !taken.add(candidate.toLowerCase(Locale.ROOT)); n++) {
                candidate = base + " (" + n + ")";
            }
            return candidate;
        }

        /** The Altium libraries the tables refer to: the distinct library paths of every table. */
        private AltiumLibraries catalog(List<TableJob> jobs) {
            Set<String> symbolPaths = new HashSet<>();
            Set<String> footprintPaths = new HashSet<>();
            for (TableJob job : jobs) {
                ColumnRoles roles = job.roles();
                List<Integer> paths = roles.footprints().stream().map(ColumnRoles.FootprintColumns::path).filter(i -> i >= 0).toList();
                if (roles.libraryPath() >= 0) {
                    symbolPaths.addAll(reader.distinctValues(job.schema(), List.of(roles.libraryPath())));
                }
                footprintPaths.addAll(reader.distinctValues(job.schema(), paths));
            }
            // KiCad's own library nicknames stay KiCad's, whether or not this run maps to them
            KicadLibraryIndex kicad = mapping.index().merge(KicadLibraryIndex.bundledStandard());
            AltiumLibraries located = AltiumLibraries.build(symbolPaths, footprintPaths, new AltiumFileLocator(library),
                    kicad.symbolLibraries(), kicad.footprintLibraries());
            if (config.useOptimizedEngine() && config.enableCaching()) {
                libraryCache = AltiumContentsCache.open(config.cacheDirectory());
            }
            AltiumLibraries catalog = libraryCache.map(c -> located.readingWith(c::read)).orElse(located);
            // read while the tables are planned and mapped: each file once, on as many threads as mapping uses
            catalog.prefetch(config.useOptimizedEngine() ? config.effectiveWorkers() : 1);
            return catalog;
        }

        /**
         * A digest of everything that decides a mapping: when it changes, cached decisions are not used. The rules
         * (and their files), the mapping settings, the Altium library catalog (nicknames) and the DbLib itself.
         */
        private String fingerprint(List<MappingRule> rules, AltiumLibraries catalog) {
            CacheFingerprint.Builder fingerprint = CacheFingerprint.builder()
                    .setting("mapping_mode", config.mappingMode().configName())
                    .setting("min_confidence", Double.toString(config.minConfidence()))
                    .setting("user_rule_checks", CheckedUserRule.CHECKS_VERSION)
                    .setting("engine_version", String.valueOf(OptimizedMigrationEngine.class.getPackage().getImplementationVersion()))
                    .kicadLibraryIndex(mapping.index().contentDigest())
                    .altiumLibraries(catalog)
                    .library(library.file());
            for (MappingRule rule : rules) {
                if (rule instanceof MappingTableRule table) {
                    fingerprint.rule(table, null, List.of(table.file()));
                } else if (rule instanceof ConfidenceThreshold threshold && threshold.rule() instanceof StandardLibraryRule standard) {
                    fingerprint.rule(standard, StandardLibraryRule.BEHAVIOUR_VERSION, List.of());
                } else if (rule instanceof StandardWithFallback standard) {
                    fingerprint.rule(standard, StandardLibraryRule.BEHAVIOUR_VERSION, List.of());
                } else if (rule instanceof CheckedUserRule checked) {
                    fingerprint.rule(checked.rule()); // the user's own code, not the wrapper's
                } else {
                    fingerprint.rule(rule);
                }
            }
            return fingerprint.build().value();
        }

        /**
         * The mapping rules in order: the user's mapping tables and rule classes (by priority), then for
         * {@code standard} the standard-library rule above {@code min_confidence} and the preserve fallback, for
         * {@code standard-only} the standard-library rule and the unmapped fallback, for {@code preserve} the
         * preserve rule alone.
         */
        private List<MappingRule> rules() {
            List<MappingRule> rules = new ArrayList<>(mapping.tables());
            userRules.forEach(rule -> rules.add(new CheckedUserRule(rule, mapping.index()))); // names and pads checked
            rules.sort(Comparator.comparingInt(MappingRule::priority)); // stable: tables keep file order, classes name order
            switch (config.mappingMode()) {
                case PRESERVE -> rules.add(new PreserveRule());
                case STANDARD -> {
                    // the preserve rule keeps the parts the standard rule declines, with the reason; alone after it,
                    // it decides the parts the standard rule throws on
                    rules.add(new StandardWithFallback(new StandardLibraryRule(mapping.index()), config.minConfidence(),
                            new PreserveRule()));
                    rules.add(new PreserveRule());
                }
                case STANDARD_ONLY -> {
                    rules.add(new ConfidenceThreshold(new StandardLibraryRule(mapping.index()), config.minConfidence()));
                    rules.add(new UnmappedRule(config.minConfidence()));
                }
                default -> throw new IllegalStateException("unknown mode " + config.mappingMode());
            }
            return rules;
        }

        private MappingContext mappingContext(AltiumLibraryCatalog catalog) {
            return new MappingContext() {
                @Override
                public MigrationConfig config() {
                    return config;
                }

                @Override
                public AltiumLibraryCatalog altiumLibraries() {
                    return catalog;
                }
            };
        }
    }

    private static java.util.concurrent.ThreadFactory daemonThreads() {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "altium2kicad-mapper-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
