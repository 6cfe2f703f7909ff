package io.github.altium2kicad.api;

import io.github.altium2kicad.api.dblib.DbLibEncoding;
import io.github.altium2kicad.api.output.OutputPublication;
import java.nio.file.Path;
import java.util.List;

/**
 * The outcome of a successful migration.
 *
 * @param outputDirectory the published output folder
 * @param kicadDbl        the {@code .kicad_dbl} file to add to KiCad's symbol library table
 * @param database        the generated SQLite database
 * @param summaryFile     the JSON migration summary
 * @param report          the HTML mapping report (with {@code mapping-report.csv} and {@code .json} beside it)
 * @param tables          per-table counts, in DbLib order
 * @param issues          duplicate and empty keys (all of them), unresolved references and rule errors (the first
 *                        {@value #MAX_REFERENCE_ISSUES_PER_TABLE} of each kind per table; the counts in {@link #tables}
 *                        are complete)
 * @param performance     where the time went
 * @param changes         for an incremental migration, what changed per table (including dropped tables); empty otherwise
 * @param dblibEncoding   the character set the DbLib was read in, and how it was chosen
 * @param skippedTables   the enabled tables of the DbLib that were not migrated, with the reason, in DbLib order
 * @param warnings        everything read leniently or left out (the skipped tables included), all of them
 * @param notices         missing and unreadable Altium library files and names written as KiCad lists them, each with
 *                        the parts that use it
 * @param valueReferences the {@code =Name} values written as the named parameter's value, and those left literal
 * @param verification    what KiCad said about the written parts ({@code verify_with_kicad}); {@code null} when that
 *                        step was off
 * @param declineReasons  in {@code standard} mode, the most common reasons (at most ten) why parts kept their Altium
 *                        references, most parts first; empty otherwise
 * @param publications    what the output publishers published after the output folder (e.g. {@code output_database}'s
 *                        server tables and {@code .kicad_dbl}); empty if none ran
 */
public record MigrationResult(Path outputDirectory, Path kicadDbl, Path database, Path summaryFile, Path report,
                              List<TableResult> tables, List<PartIssue> issues, PerformanceSummary performance,
                              List<TableChanges> changes, DbLibEncoding dblibEncoding, List<SkippedTable> skippedTables,
                              List<MigrationWarning> warnings, List<LibraryNotice> notices,
                              List<ValueReference> valueReferences, KicadVerification verification,
                              List<DeclineReasonCount> declineReasons, List<OutputPublication> publications) {

    /** A result without publications. */
    public MigrationResult(Path outputDirectory, Path kicadDbl, Path database, Path summaryFile, Path report,
                           List<TableResult> tables, List<PartIssue> issues, PerformanceSummary performance,
                           List<TableChanges> changes, DbLibEncoding dblibEncoding, List<SkippedTable> skippedTables,
                           List<MigrationWarning> warnings, List<LibraryNotice> notices,
                           List<ValueReference> valueReferences, KicadVerification verification,
                           List<DeclineReasonCount> declineReasons) {
        this(outputDirectory, kicadDbl, database, summaryFile, report, tables, issues, performance, changes,
                dblibEncoding, skippedTables, warnings, notices, valueReferences, verification, declineReasons, List.of());
    }

    /** A result without decline reasons. */
    public MigrationResult(Path outputDirectory, Path kicadDbl, Path database, Path summaryFile, Path report,
                           List<TableResult> tables, List<PartIssue> issues, PerformanceSummary performance,
                           List<TableChanges> changes, DbLibEncoding dblibEncoding, List<SkippedTable> skippedTables,
                           List<MigrationWarning> warnings, List<LibraryNotice> notices,
                           List<ValueReference> valueReferences, KicadVerification verification) {
        this(outputDirectory, kicadDbl, database, summaryFile, report, tables, issues, performance, changes,
                dblibEncoding, skippedTables, warnings, notices, valueReferences, verification, List.of());
    }

    /** A result without a KiCad verification. */
    public MigrationResult(Path outputDirectory, Path kicadDbl, Path database, Path summaryFile, Path report,
                           List<TableResult> tables, List<PartIssue> issues, PerformanceSummary performance,
                           List<TableChanges> changes, DbLibEncoding dblibEncoding, List<SkippedTable> skippedTables,
                           List<MigrationWarning> warnings, List<LibraryNotice> notices,
                           List<ValueReference> valueReferences) {
        this(outputDirectory, kicadDbl, database, summaryFile, report, tables, issues, performance, changes,
                dblibEncoding, skippedTables, warnings, notices, valueReferences, null);
    }

    /** A result without encoding facts, warnings, library notices or value references. */
    public MigrationResult(Path outputDirectory, Path kicadDbl, Path database, Path summaryFile, Path report,
                           List<TableResult> tables, List<PartIssue> issues, PerformanceSummary performance,
                           List<TableChanges> changes) {
        this(outputDirectory, kicadDbl, database, summaryFile, report, tables, issues, performance, changes,
                new DbLibEncoding("UTF-8", "given"), List.of(), List.of(), List.of(), List.of());
    }

    /** A result without library notices or value references. */
    public MigrationResult(Path outputDirectory, Path kicadDbl, Path database, Path summaryFile, Path report,
                           List<TableResult> tables, List<PartIssue> issues, PerformanceSummary performance,
                           List<TableChanges> changes, DbLibEncoding dblibEncoding, List<SkippedTable> skippedTables,
                           List<MigrationWarning> warnings) {
        this(outputDirectory, kicadDbl, database, summaryFile, report, tables, issues, performance, changes,
                dblibEncoding, skippedTables, warnings, List.of(), List.of());
    }

    /** True if the migration completed but skipped a table or read part of the DbLib leniently (see {@link #warnings}). */
    public boolean completedWithWarnings() {
        return !warnings.isEmpty() || !skippedTables.isEmpty();
    }

    /** How many unresolved-reference issues (of each kind) and rule-error issues are kept per table. */
    public static final int MAX_REFERENCE_ISSUES_PER_TABLE = 1000;

    public MigrationResult {
        tables = List.copyOf(tables);
        issues = List.copyOf(issues);
        changes = List.copyOf(changes);
        skippedTables = List.copyOf(skippedTables);
        warnings = List.copyOf(warnings);
        notices = List.copyOf(notices);
        valueReferences = List.copyOf(valueReferences);
        declineReasons = declineReasons == null ? List.of() : List.copyOf(declineReasons);
        publications = publications == null ? List.of() : List.copyOf(publications);
    }

    /** This result with {@code publications}. */
    public MigrationResult withPublications(List<OutputPublication> publications) {
        return new MigrationResult(outputDirectory, kicadDbl, database, summaryFile, report, tables, issues, performance,
                changes, dblibEncoding, skippedTables, warnings, notices, valueReferences, verification, declineReasons,
                publications);
    }

    /** The notices of one kind. */
    public List<LibraryNotice> notices(LibraryNotice.Kind kind) {
        return notices.stream().filter(n -> n.kind() == kind).toList();
    }

    /** Parts written over all tables. */
    public long partsWritten() {
        return tables.stream().mapToLong(TableResult::rowsWritten).sum();
    }

    /** Rows read over all tables. */
    public long rowsRead() {
        return tables.stream().mapToLong(TableResult::rowsRead).sum();
    }
}
