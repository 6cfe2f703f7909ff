package io.github.altium2kicad.core.internal.plan;

import io.github.altium2kicad.core.internal.cache.AltiumContentsCache;
import io.github.altium2kicad.api.MigrationConfig;
import io.github.altium2kicad.api.MigrationException;
import io.github.altium2kicad.api.MigrationWarning;
import io.github.altium2kicad.api.SkippedTable;
import io.github.altium2kicad.api.dblib.LibraryDescriptor;
import io.github.altium2kicad.api.dblib.TableDescriptor;
import io.github.altium2kicad.api.mapping.MappingRule;
import io.github.altium2kicad.api.source.BackendKind;
import io.github.altium2kicad.api.source.SourceLocation;
import io.github.altium2kicad.api.source.SourceReader;
import io.github.altium2kicad.api.source.TableSchema;
import io.github.altium2kicad.core.WarningDigest;
import io.github.altium2kicad.core.internal.pipeline.TableJob;
import io.github.altium2kicad.core.internal.writer.KicadTablePlan;
import io.github.altium2kicad.core.kicad.index.KicadLibraryIndex;
import io.github.altium2kicad.core.mapping.AltiumFileLocator;
import io.github.altium2kicad.core.mapping.AltiumLibraries;
import io.github.altium2kicad.core.mapping.ColumnRoles;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The plan stage: from the DbLib as read and its open source, one {@link TableJob} per table, the rule chain and the
 * catalog of the Altium libraries the tables refer to. Wrong input stops the run here, before any row moves.
 */
public final class MigrationPlanner {

    private static final Logger LOG = LoggerFactory.getLogger(MigrationPlanner.class);

    private final LibraryDescriptor library;
    private final MigrationConfig config;
    private final SourceReader reader;
    private final RunFindings findings;

    /** @param findings where skipped tables and warnings go */
    public MigrationPlanner(LibraryDescriptor library, MigrationConfig config, SourceReader reader, RunFindings findings) {
        this.library = library;
        this.config = config;
        this.reader = reader;
        this.findings = findings;
    }

    /**
     * Plans the migration.
     *
     * @param userRules the user's Java rules in priority order
     * @throws MigrationException (bad input) naming the tables, columns or rule files that do not fit
     */
    public MigrationPlan plan(SourceLocation location, String name, MappingSetup mapping, List<MappingRule> userRules) {
        List<TableJob> jobs = planTables(location);
        Map<String, List<String>> columns = new HashMap<>();
        jobs.forEach(j -> columns.put(j.name(), j.schema().columns()));
        mapping.tables().forEach(t -> t.validateColumns(columns));
        return new MigrationPlan(library, location, reader, name, mapping, jobs, MappingRules.of(config, mapping, userRules),
                catalog(jobs, mapping));
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
                findings.addSkippedTable(new SkippedTable(table.tableName(), e.getMessage()));
                findings.addWarning(new MigrationWarning(MigrationWarning.Kind.SKIPPED_TABLE, "Table '" + table.tableName()
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
                    findings.addWarning(new MigrationWarning(MigrationWarning.Kind.ABSENT_COLUMN, library.file() + ": [FieldMap"
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
        WarningDigest.lines(findings.warnings()).forEach(line -> LOG.warn("{}", line));
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
                    + String.join(" | ", findings.skippedTables().stream().map(t -> t.table() + ": " + t.reason()).toList())
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
            findings.addWarning(new MigrationWarning(MigrationWarning.Kind.RENAMED_TABLE, library.file() + ": tables '"
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
    private AltiumLibraries catalog(List<TableJob> jobs, MappingSetup mapping) {
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
        Optional<AltiumContentsCache> cache = config.useOptimizedEngine() && config.enableCaching()
                ? AltiumContentsCache.open(config.cacheDirectory()) : Optional.empty();
        AltiumLibraries catalog = cache.map(c -> located.readingWith(c::read, c::save)).orElse(located);
        // read while the tables are planned and mapped: each file once, on as many threads as mapping uses
        catalog.prefetch(config.useOptimizedEngine() ? config.effectiveWorkers() : 1);
        return catalog;
    }
}
