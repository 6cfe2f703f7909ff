package io.github.altium2kicad.core.internal.writer;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.altium2kicad.api.CacheStatistics;
import io.github.altium2kicad.api.LibraryNotice;
import io.github.altium2kicad.api.KicadVerification;
import io.github.altium2kicad.api.DeclineReasonCount;
import io.github.altium2kicad.api.MigrationConfig;
import io.github.altium2kicad.api.MigrationWarning;
import io.github.altium2kicad.api.SkippedTable;
import io.github.altium2kicad.api.dblib.DbLibEncoding;
import io.github.altium2kicad.api.PartIssue;
import io.github.altium2kicad.api.PerformanceSummary;
import io.github.altium2kicad.api.PhaseTiming;
import io.github.altium2kicad.api.TableChanges;
import io.github.altium2kicad.api.TableResult;
import io.github.altium2kicad.api.ValueReference;
import io.github.altium2kicad.core.PhaseNesting;
import io.github.altium2kicad.core.mapping.AltiumLibraries;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes {@code migration-summary.json}: what was migrated from where, per-table counts, the Altium libraries
 * referenced (and whether they were found), every key issue, the first unresolved references and rule errors of each
 * table, and the performance summary. Contains no secrets:
 * the source is described by {@link io.github.altium2kicad.api.source.SourceLocation#description()} and the
 * config by {@link MigrationConfig#asMap()}.
 */
public final class MigrationSummaryWriter {

    /** The summary's file name in the output folder. */
    public static final String FILE_NAME = "migration-summary.json";

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private MigrationSummaryWriter() {
    }

    /** The facts the summary reports. */
    public record Summary(String libraryName, Path dbLibFile, String source, MigrationConfig config,
                          List<TableResult> tables, AltiumLibraries libraries, List<PartIssue> issues,
                          PerformanceSummary performance, boolean incremental, List<TableChanges> changes,
                          DbLibEncoding dblibEncoding, List<SkippedTable> skippedTables, List<MigrationWarning> warnings,
                          List<LibraryNotice> notices, List<ValueReference> valueReferences,
                          List<DeclineReasonCount> declineReasons) {
        public Summary {
            notices = List.copyOf(notices);
            valueReferences = List.copyOf(valueReferences);
            declineReasons = List.copyOf(declineReasons);
        }

        /** A summary without decline reasons. */
        public Summary(String libraryName, Path dbLibFile, String source, MigrationConfig config,
                       List<TableResult> tables, AltiumLibraries libraries, List<PartIssue> issues,
                       PerformanceSummary performance, boolean incremental, List<TableChanges> changes,
                       DbLibEncoding dblibEncoding, List<SkippedTable> skippedTables, List<MigrationWarning> warnings,
                       List<LibraryNotice> notices, List<ValueReference> valueReferences) {
            this(libraryName, dbLibFile, source, config, tables, libraries, issues, performance, incremental, changes,
                    dblibEncoding, skippedTables, warnings, notices, valueReferences, List.of());
        }

        /** A summary without encoding facts, warnings, library notices or value references. */
        public Summary(String libraryName, Path dbLibFile, String source, MigrationConfig config,
                       List<TableResult> tables, AltiumLibraries libraries, List<PartIssue> issues,
                       PerformanceSummary performance, boolean incremental, List<TableChanges> changes) {
            this(libraryName, dbLibFile, source, config, tables, libraries, issues, performance, incremental, changes,
                    new DbLibEncoding("UTF-8", "given"), List.of(), List.of(), List.of(), List.of());
        }
    }

    /** Writes the summary to {@code file}. */
    public static void write(Path file, Summary s) throws IOException {
        write(file, s, null);
    }

    /** Writes the summary to {@code file}, with what KiCad said about the parts ({@code null}: the step was off). */
    public static void write(Path file, Summary s, KicadVerification verification) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        root.put("library", s.libraryName());
        root.put("dblib", s.dbLibFile().toString());
        root.put("source", s.source());
        root.put("mode", s.incremental() ? "incremental" : "full");
        ObjectNode encoding = root.putObject("dblib_encoding");
        encoding.put("charset", s.dblibEncoding().charset());
        encoding.put("chosen_by", s.dblibEncoding().basis());
        root.put("completed_with_warnings", !s.warnings().isEmpty() || !s.skippedTables().isEmpty());
        ObjectNode config = root.putObject("config");
        s.config().asMap().forEach(config::put);
        ObjectNode totals = root.putObject("totals");
        totals.put("tables", s.tables().size());
        totals.put("rows_read", s.tables().stream().mapToLong(TableResult::rowsRead).sum());
        totals.put("parts_written", s.tables().stream().mapToLong(TableResult::rowsWritten).sum());
        totals.put("duplicate_keys", s.tables().stream().mapToLong(TableResult::duplicateKeys).sum());
        totals.put("empty_keys", s.tables().stream().mapToLong(TableResult::emptyKeys).sum());
        totals.put("unresolved", s.tables().stream().mapToLong(TableResult::unresolved).sum());
        totals.put("rule_errors", s.tables().stream().mapToLong(TableResult::ruleErrors).sum());
        totals.put("missing_library_files", s.notices().stream().filter(n -> n.kind() == LibraryNotice.Kind.MISSING_LIBRARY).count());
        totals.put("unreadable_library_files", s.notices().stream().filter(n -> n.kind() == LibraryNotice.Kind.UNREADABLE_LIBRARY).count());
        totals.put("keys_renamed", s.issues().stream().filter(i -> i.kind() == PartIssue.Kind.KEY_RENAMED).count());
        totals.put("values_resolved", s.valueReferences().stream().filter(ValueReference::isResolved).mapToLong(ValueReference::parts).sum());
        totals.put("values_unresolved", s.valueReferences().stream().filter(v -> !v.isResolved()).mapToLong(ValueReference::parts).sum());
        totals.put("names_not_in_library", s.notices().stream().filter(n -> n.kind() == LibraryNotice.Kind.MISSING_NAME).count());
        totals.put("names_changed", s.notices().stream().filter(n -> n.kind() == LibraryNotice.Kind.NAME_CHANGED).count());
        ArrayNode tables = root.putArray("tables");
        for (TableResult t : s.tables()) {
            ObjectNode n = tables.addObject();
            n.put("table", t.table());
            n.put("key_column", t.keyColumn());
            n.put("key_source", t.keySource());
            n.put("rows_read", t.rowsRead());
            n.put("rows_written", t.rowsWritten());
            n.put("duplicate_keys", t.duplicateKeys());
            n.put("empty_keys", t.emptyKeys());
            n.put("unresolved", t.unresolved());
            n.put("rule_errors", t.ruleErrors());
        }
        ArrayNode declines = root.putArray("top_decline_reasons");
        for (DeclineReasonCount d : s.declineReasons()) {
            declines.addObject().put("reason", d.reason()).put("parts", d.parts()).put("example", d.example());
        }
        ArrayNode skipped = root.putArray("skipped_tables");
        for (SkippedTable t : s.skippedTables()) {
            skipped.addObject().put("table", t.table()).put("reason", t.reason());
        }
        ArrayNode warnings = root.putArray("warnings");
        for (MigrationWarning w : s.warnings()) {
            warnings.addObject().put("kind", w.kind().jsonName()).put("message", w.message());
        }
        ObjectNode libraries = root.putObject("altium_libraries");
        writeLibraries(libraries.putArray("symbol"), s.libraries().symbolLibraries());
        writeLibraries(libraries.putArray("footprint"), s.libraries().footprintLibraries());
        ArrayNode notices = root.putArray("library_notices");
        for (LibraryNotice l : s.notices()) {
            ObjectNode n = notices.addObject();
            n.put("kind", l.kind().name().toLowerCase(java.util.Locale.ROOT));
            n.put("reference", l.reference());
            n.put("library", l.libraryPath());
            n.put("nickname", l.nickname());
            if (l.kind() == LibraryNotice.Kind.NAME_CHANGED || l.kind() == LibraryNotice.Kind.MISSING_NAME) {
                n.put("name", l.name());
                n.put("written_as", l.writtenAs());
            }
            n.put("parts", l.parts());
            ArrayNode examples = n.putArray("examples");
            l.examples().forEach(examples::add);
            n.put("message", l.message());
        }
        ArrayNode values = root.putArray("value_references");
        for (ValueReference v : s.valueReferences()) {
            ObjectNode n = values.addObject();
            n.put("table", v.table());
            n.put("column", v.column());
            n.put("value", v.text());
            if (v.isResolved()) {
                n.put("written_from", v.resolved());
            } else {
                n.putNull("written_from");
                String name = v.text().substring(1).strip();
                n.put("action", name.equalsIgnoreCase(v.column()) ? "kept as written: it names its own column"
                        : "kept as written: no column or parameter '" + name + "' in the table");
            }
            n.put("parts", v.parts());
        }
        ArrayNode issues = root.putArray("issues");
        for (PartIssue i : s.issues()) {
            ObjectNode n = issues.addObject();
            n.put("table", i.table());
            n.put("row", i.row());
            n.put("key", i.key());
            n.put("kind", i.kind().name().toLowerCase(java.util.Locale.ROOT));
            n.put("action", i.action());
        }
        if (s.incremental()) {
            ArrayNode changes = root.putArray("changes");
            for (TableChanges c : s.changes()) {
                ObjectNode n = changes.addObject();
                n.put("table", c.table());
                n.put("added", c.added());
                n.put("changed", c.changed());
                n.put("deleted", c.deleted());
                n.put("unchanged", c.unchanged());
                n.put("rebuilt", c.rebuilt());
                ArrayNode keys = n.putArray("sample_keys");
                c.sampleKeys().forEach(keys::add);
            }
        }
        if (verification != null) {
            KicadVerificationJson.write(root.putObject("kicad_verification"), verification);
        }
        writePerformance(root.putObject("performance"), s.performance());
        JSON.writeValue(file.toFile(), root);
    }

    private static void writeLibraries(ArrayNode out, List<AltiumLibraries.Library> libraries) {
        for (AltiumLibraries.Library l : libraries) {
            ObjectNode n = out.addObject();
            n.put("nickname", l.nickname());
            n.put("path_in_database", l.pathAsWritten());
            n.put("file", l.file().toString());
            n.put("found", l.found());
            if (!l.found()) {
                ArrayNode tried = n.putArray("looked_in");
                l.tried().forEach(p -> tried.add(p.toString()));
            }
        }
    }

    /** Writes a performance summary as JSON fields of {@code out}; shared with the report. */
    public static void writePerformance(ObjectNode out, PerformanceSummary p) {
        out.put("components", p.components());
        out.put("components_per_second", Math.round(p.componentsPerSecond()));
        out.put("peak_heap_bytes", p.peakHeapBytes());
        out.put("average_heap_bytes", p.averageHeapBytes());
        out.put("gc_time_ms", p.gcTime().toMillis());
        out.put("workers", p.workers());
        out.put("worker_utilisation", Math.round(p.workerUtilisation() * 1000) / 1000.0);
        ObjectNode phases = out.putObject("phases");
        for (PhaseTiming t : p.phases()) {
            ObjectNode n = phases.putObject(t.name());
            PhaseNesting.parent(t.name()).ifPresent(parent -> n.put("inside", parent));
            n.put("wall_ms", t.wallTime().toNanos() / 1e6);
            n.put("busy_ms", t.busyTime().toNanos() / 1e6);
            n.put("items", t.items());
            n.put("items_per_second", Math.round(t.itemsPerSecond()));
        }
        CacheStatistics c = p.cache();
        ObjectNode cache = out.putObject("cache");
        cache.put("hits", c.hits());
        cache.put("misses", c.misses());
        cache.put("persistent_hits", c.persistentHits());
        cache.put("evictions", c.evictions());
        cache.put("rule_evaluations", c.ruleEvaluations());
        cache.put("memo_hit_ratio", Math.round(c.memoHitRatio() * 1000) / 1000.0);
        cache.put("persistent_hit_ratio", Math.round(c.persistentHitRatio() * 1000) / 1000.0);
        cache.put("load_time_ms", c.loadTime().toNanos() / 1e6);
        cache.put("distinct_footprints", c.distinctFootprints());
        cache.put("footprint_decisions", c.footprintDecisions());
    }
}
