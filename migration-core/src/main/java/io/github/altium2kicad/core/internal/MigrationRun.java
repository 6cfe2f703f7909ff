package io.github.altium2kicad.core.internal;

import io.github.altium2kicad.api.KicadVerification;
import io.github.altium2kicad.api.LibraryNotice;
import io.github.altium2kicad.api.MigrationConfig;
import io.github.altium2kicad.api.MigrationException;
import io.github.altium2kicad.api.MigrationResult;
import io.github.altium2kicad.api.PartIssue;
import io.github.altium2kicad.api.PerformanceSummary;
import io.github.altium2kicad.api.TableChanges;
import io.github.altium2kicad.api.TableResult;
import io.github.altium2kicad.api.ValueReference;
import io.github.altium2kicad.api.cache.CacheStore;
import io.github.altium2kicad.api.cache.CacheStoreProvider;
import io.github.altium2kicad.api.output.OutputPublication;
import io.github.altium2kicad.api.mapping.AltiumLibraryCatalog;
import io.github.altium2kicad.api.mapping.MappingContext;
import io.github.altium2kicad.api.progress.ProgressListener;
import io.github.altium2kicad.core.MigrationPhase;
import io.github.altium2kicad.core.PerformanceMonitor;
import io.github.altium2kicad.core.altium.AltiumReferenceValidator;
import io.github.altium2kicad.core.internal.cache.MappingCaches;
import io.github.altium2kicad.core.internal.output.BuiltLibrary;
import io.github.altium2kicad.core.internal.output.OutputFolder;
import io.github.altium2kicad.core.internal.output.OutputPublishers;
import io.github.altium2kicad.core.internal.output.PublishedKicadDbl;
import io.github.altium2kicad.core.internal.output.OutputWriters;
import io.github.altium2kicad.core.internal.output.RunRecord;
import io.github.altium2kicad.core.internal.pipeline.EngineMode;
import io.github.altium2kicad.core.internal.pipeline.MemoryGovernor;
import io.github.altium2kicad.core.internal.pipeline.PipelineContext;
import io.github.altium2kicad.core.internal.pipeline.ReferenceChecks;
import io.github.altium2kicad.core.internal.pipeline.RuleErrorBudget;
import io.github.altium2kicad.core.internal.pipeline.TableJob;
import io.github.altium2kicad.core.internal.plan.MigrationPlan;
import io.github.altium2kicad.core.internal.plan.RunFindings;
import io.github.altium2kicad.core.internal.writer.KicadDbl;
import io.github.altium2kicad.core.internal.writer.KicadSqliteWriter;
import io.github.altium2kicad.core.internal.writer.KicadTablePlan;
import io.github.altium2kicad.core.internal.writer.LibraryNotices;
import io.github.altium2kicad.core.internal.writer.MigrationSummaryWriter;
import io.github.altium2kicad.core.internal.writer.NativeLibraryRows;
import io.github.altium2kicad.core.internal.nativelib.NativeLibraryStage;
import io.github.altium2kicad.core.internal.writer.OutputTable;
import io.github.altium2kicad.core.internal.writer.SafeKeys;
import io.github.altium2kicad.core.mapping.MappingChain;
import io.github.altium2kicad.core.report.MappingReport;
import io.github.altium2kicad.core.report.ReportSettings;
import io.github.altium2kicad.core.verify.KicadCli;
import io.github.altium2kicad.core.verify.KicadVerifier;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.time.Clock;
import io.github.altium2kicad.core.internal.cache.DecisionSnapshots;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One migration after its plan: the {@link io.github.altium2kicad.core.internal.pipeline.TableMigrator} fills the
 * KiCad SQLite database (safe keys, value references, then an incremental run's changes or the indexes), then the
 * {@link OutputWriters} write the library files and records, the output folder is published, and the
 * {@link OutputPublishers} publish it further (e.g. to {@code output_database}).
 */
public final class MigrationRun {

    private static final Logger LOG = LoggerFactory.getLogger(MigrationRun.class);

    private final MigrationPlan plan;
    private final MigrationConfig config;
    private final OutputFolder output;
    private final PerformanceMonitor monitor;
    private final List<ProgressListener> progress;
    private final boolean incremental;
    private final RunFindings findings;
    private final Optional<CacheStoreProvider> cacheStore;
    private final boolean copyInDatabase;
    private final KicadCli kicadCli;
    private final Optional<NativeLibraryStage> nativeLibraries;
    private final OutputPublishers publishers;

    /**
     * @param cacheStore     the persistent cache's provider; empty to use the one found on the class path
     * @param copyInDatabase false to stream SQLite sources too
     * @param kicadCli       kicad-cli for {@code verify_with_kicad}, or {@code null}
     * @param nativeLibraries the {@code native_libraries} stage, when it is on
     * @param publishers     what publishes the output after the output folder (e.g. {@code output_database})
     */
    public MigrationRun(MigrationPlan plan, MigrationConfig config, OutputFolder output, PerformanceMonitor monitor,
                        List<ProgressListener> progress, boolean incremental, RunFindings findings,
                        Optional<CacheStoreProvider> cacheStore, boolean copyInDatabase, KicadCli kicadCli,
                        Optional<NativeLibraryStage> nativeLibraries, OutputPublishers publishers) {
        this.plan = plan;
        this.config = config;
        this.output = output;
        this.monitor = monitor;
        this.progress = List.copyOf(progress);
        this.incremental = incremental;
        this.findings = findings;
        this.cacheStore = cacheStore;
        this.copyInDatabase = copyInDatabase;
        this.kicadCli = kicadCli;
        this.nativeLibraries = nativeLibraries;
        this.publishers = publishers;
    }

    /** What the table stage produced. */
    private record Migrated(List<TableJob> jobs, MappingChain chain, List<TableResult> tables, List<TableChanges> changes,
                            ReferenceChecks checks, List<ValueReference> valueReferences, NativeLibraryRows natives) {
    }

    /** Runs the tables and the outputs, and publishes the output folder; {@code full} is closed before the KiCad check. */
    public MigrationResult execute(PerformanceMonitor.Phase full) {
        Path database = output.staging().resolve(BuiltLibrary.databaseFileName(plan.name()));
        // an incremental run migrates into a scratch database, then applies the differences to the previous one
        Path fresh = incremental ? output.staging().resolve(".altium2kicad-incremental.sqlite") : database;
        EngineMode mode = EngineMode.of(config);
        int workers = mode.workers(config);
        ExecutorService pool = workers > 1 ? Executors.newFixedThreadPool(workers, daemonThreads()) : null;
        MemoryGovernor memory = MemoryGovernor.watching(config.maxMemoryUsage());
        try (memory; MappingReport report = MappingReport.create(output.staging(), ReportSettings.defaults(config.mappingMode()))) {
            Migrated migrated;
            Optional<CacheStore> cache = Optional.empty();
            Optional<DecisionSnapshots> snapshots = Optional.empty();
            try (KicadSqliteWriter writer = KicadSqliteWriter.create(fresh)) {
                progress.forEach(l -> l.migrationStarted(plan.jobs().stream().map(TableJob::name).toList(), plan.totalRows()));
                boolean caching = mode.caching(config);
                String fingerprint = caching && plan.rules().worthPersisting()
                        ? plan.rules().fingerprint(config, plan.mapping(), plan.catalog(), plan.library().file()) : null;
                cache = fingerprint == null ? Optional.empty() : openCache(fingerprint);
                // each table's finished decisions, restored in SQL on a re-run: only for tables copied inside SQLite
                snapshots = cache.isPresent() && copyInDatabase && plan.reader().attachableSqliteFile().isPresent()
                        ? DecisionSnapshots.open(config.cacheDirectory(), fingerprint, config.cacheExpiration(), Clock.systemUTC())
                        : Optional.empty();
                MappingChain chain = new MappingChain(plan.rules().rules(), mappingContext(plan.catalog()), caching, cache);
                ReferenceChecks checks = new ReferenceChecks(new AltiumReferenceValidator(plan.catalog()));
                PipelineContext context = new PipelineContext(config, monitor, progress, issue -> {
                    findings.addIssue(issue);
                    report.recordIssue(issue);
                }, chain, pool, workers, memory, checks, report, new RuleErrorBudget(config.maxPartErrors()),
                        new java.util.concurrent.ConcurrentHashMap<>(), snapshots);
                List<TableResult> tables = mode.tableMigrator(context, plan.reader(), writer, plan.jobs(), output.staging(),
                        copyInDatabase).migrate(plan.jobs());
                List<TableJob> written;
                List<ValueReference> valueReferences;
                try (PerformanceMonitor.Phase ignored = monitor.start(MigrationPhase.KEYS_AND_VALUES)) {
                    // values first: the key column is never rewritten, whether or not its keys are then made safe
                    valueReferences = resolveValueReferences(writer, plan.jobs(), context.valuesResolvedInCopy());
                    written = withSafeKeys(writer, plan.jobs(), report);
                }
                NativeLibraryRows natives = NativeLibraryRows.none();
                if (nativeLibraries.isPresent()) { // before an incremental apply, so that unchanged rows stay unchanged
                    try (PerformanceMonitor.Phase ignored = monitor.start(MigrationPhase.NATIVE_LIBRARIES)) {
                        NativeLibraryStage.Outcome converted = nativeLibraries.get().run(writer, outputTables(written),
                                plan.catalog(), output.staging(), incremental, progress);
                        converted.warnings().forEach(findings::addWarning);
                        natives = converted.rows();
                    }
                }
                List<TableChanges> changes = new ArrayList<>();
                if (incremental) {
                    try (PerformanceMonitor.Phase ignored = monitor.start(MigrationPhase.APPLY_CHANGES)) {
                        changes.addAll(writer.applyTo(database, plans(written), previousLibraryTables()));
                    }
                } else {
                    optimize(writer, plans(written));
                }
                migrated = new Migrated(written, chain, tables, changes, checks, valueReferences, natives);
            } finally {
                if (pool != null) {
                    pool.shutdownNow();
                }
                cache.ifPresent(CacheStore::close);
                snapshots.ifPresent(DecisionSnapshots::close);
            }
            if (incremental) {
                try (KicadSqliteWriter previous = KicadSqliteWriter.create(database)) { // opens the patched database
                    optimize(previous, plans(migrated.jobs()));
                }
                try {
                    Files.delete(fresh);
                } catch (IOException e) {
                    throw MigrationException.failure("Cannot delete the scratch database " + fresh + ": " + e, e);
                }
            }
            return finish(full, migrated, database, workers, report); // the database is closed: publish it
        }
    }

    private Optional<CacheStore> openCache(String fingerprint) {
        return cacheStore.map(provider -> MappingCaches.open(config, fingerprint, provider))
                .orElseGet(() -> MappingCaches.open(config, fingerprint));
    }

    /**
     * Every table's {@code =Name} values, in table order: those a copy inside SQLite wrote resolved, the others
     * resolved now on the written table.
     */
    private static List<ValueReference> resolveValueReferences(KicadSqliteWriter writer, List<TableJob> jobs,
                                                               Map<String, List<ValueReference>> resolvedInCopy) {
        List<ValueReference> out = new ArrayList<>();
        for (OutputTable table : outputTables(jobs)) {
            List<ValueReference> copied = resolvedInCopy.get(table.dbLibName());
            out.addAll(copied != null ? copied : writer.resolveValueReferences(List.of(table)));
        }
        return out;
    }

    private static List<OutputTable> outputTables(List<TableJob> jobs) {
        return jobs.stream().map(j -> new OutputTable(j.name(), j.plan())).toList();
    }

    private static List<KicadTablePlan> plans(List<TableJob> jobs) {
        return jobs.stream().map(TableJob::plan).toList();
    }

    /**
     * Gives the parts whose key KiCad cannot use a safe key ({@link SafeKeys}), lists each rename as an issue, and
     * returns the jobs with the plans of the tables that now have a generated key column.
     */
    private List<TableJob> withSafeKeys(KicadSqliteWriter writer, List<TableJob> jobs, MappingReport report) {
        Map<String, SafeKeys.Result> byTable = new HashMap<>();
        writer.makeKeysSafe(outputTables(jobs)).forEach(r -> byTable.put(r.plan().altiumTable(), r));
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
                findings.addIssue(issue);
                report.recordIssue(issue);
            }
            LOG.info("Table '{}': {} keys KiCad cannot use written as safe keys in column '{}'", job.name(),
                    result.renames().size(), result.plan().keyColumn());
            out.add(new TableJob(job.table(), job.schema(), job.keySource(), job.roles(), result.plan(), job.totalRows()));
        }
        return out;
    }

    private void optimize(KicadSqliteWriter writer, List<KicadTablePlan> plans) {
        try (PerformanceMonitor.Phase ignored = monitor.start(MigrationPhase.OPTIMIZE)) {
            writer.finish(plans, config.createIndexes(), config.optimizeQueries(), config.vacuumDatabase());
        }
    }

    /** The tables the previous output's .kicad_dbl listed: those are ours to drop if no longer migrated. */
    private List<String> previousLibraryTables() {
        Path dbl = output.staging().resolve(plan.name() + ".kicad_dbl");
        try {
            return KicadDbl.tables(dbl);
        } catch (IOException e) {
            LOG.warn("Cannot read the previous {} ({}); tables it listed that are no longer migrated are kept", dbl, e.toString());
            return List.of();
        }
    }

    private MigrationResult finish(PerformanceMonitor.Phase full, Migrated migrated, Path database, int workers,
                                   MappingReport report) {
        findings.sortIssues(migrated.jobs());
        List<LibraryNotice> notices;
        try (PerformanceMonitor.Phase ignored = monitor.start(MigrationPhase.LIBRARY_NOTICES)) {
            notices = LibraryNotices.collect(database, outputTables(migrated.jobs()), plan.catalog(),
                    migrated.checks().nameChanges(), migrated.checks().missingNames(), migrated.natives());
            plan.catalog().keepWhatWasRead();
        }
        BuiltLibrary built = new BuiltLibrary(plan, config, output, migrated.jobs(), migrated.tables(), migrated.changes(),
                migrated.valueReferences(), notices, findings, incremental, report, migrated.natives());
        try (PerformanceMonitor.Phase ignored = monitor.start(MigrationPhase.WRITE_LIBRARY_FILES)) {
            OutputWriters.writeLibraryFiles(built);
        }
        full.close(); // the migration's own time and parts/s leave the optional check by KiCad out
        KicadVerification verification = null;
        if (kicadCli != null) {
            try (PerformanceMonitor.Phase ignored = monitor.start(MigrationPhase.VERIFY_WITH_KICAD)) {
                verification = new KicadVerifier(kicadCli, config).verify(output.staging(), output.target(), plan.name());
            }
        }
        PerformanceSummary performance = monitor.summary(built.rowsWritten(), workers, migrated.chain().statistics());
        OutputWriters.writeRecords(new RunRecord(built, performance, verification));
        output.publish();
        Path target = output.target();
        LOG.info("Wrote {} parts in {} tables to {}", built.rowsWritten(), migrated.tables().size(), target);
        // after the summary, which records the local output only: the published folder is what the publishers copy
        List<OutputPublication> publications = publishers.publish(new PublishedKicadDbl(built.kicadDblModel(), target,
                target.resolve(built.kicadDbl().getFileName()), target.resolve(database.getFileName())));
        List<io.github.altium2kicad.api.DeclineReasonCount> declines = report.topDeclineReasons(OutputWriters.TOP_DECLINE_REASONS);
        return new MigrationResult(target, target.resolve(built.kicadDbl().getFileName()), target.resolve(database.getFileName()),
                target.resolve(MigrationSummaryWriter.FILE_NAME), target.resolve(MappingReport.HTML_FILE), migrated.tables(),
                findings.issues(), performance, migrated.changes(), plan.library().encoding(), findings.skippedTables(),
                findings.warnings(), notices, migrated.valueReferences(), verification, declines, publications);
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

    private static ThreadFactory daemonThreads() {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "altium2kicad-mapper-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
