package io.github.altium2kicad.api;

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
 * @param verification    what KiCad said about the written parts ({@code verify_with_kicad}); {@code null} when that
 *                        step was off
 */
public record MigrationResult(Path outputDirectory, Path kicadDbl, Path database, Path summaryFile, Path report,
                              List<TableResult> tables, List<PartIssue> issues, PerformanceSummary performance,
                              List<TableChanges> changes, KicadVerification verification) {

    /** How many unresolved-reference issues (of each kind) and rule-error issues are kept per table. */
    public static final int MAX_REFERENCE_ISSUES_PER_TABLE = 1000;

    public MigrationResult {
        tables = List.copyOf(tables);
        issues = List.copyOf(issues);
        changes = List.copyOf(changes);
    }

    /** A result without a KiCad verification. */
    public MigrationResult(Path outputDirectory, Path kicadDbl, Path database, Path summaryFile, Path report,
                           List<TableResult> tables, List<PartIssue> issues, PerformanceSummary performance,
                           List<TableChanges> changes) {
        this(outputDirectory, kicadDbl, database, summaryFile, report, tables, issues, performance, changes, null);
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
