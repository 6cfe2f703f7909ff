package io.github.altium2kicad.core.internal.output;

import io.github.altium2kicad.api.LibraryNotice;
import io.github.altium2kicad.api.MigrationConfig;
import io.github.altium2kicad.api.TableChanges;
import io.github.altium2kicad.api.TableResult;
import io.github.altium2kicad.api.ValueReference;
import io.github.altium2kicad.core.internal.pipeline.TableJob;
import io.github.altium2kicad.core.internal.plan.MigrationPlan;
import io.github.altium2kicad.core.internal.plan.RunFindings;
import io.github.altium2kicad.core.internal.writer.NativeLibraryRows;
import io.github.altium2kicad.core.internal.writer.KicadDbl;
import io.github.altium2kicad.core.report.MappingReport;
import java.nio.file.Path;
import java.util.List;

/**
 * A run's KiCad database once its rows are written and the database is closed: what the library files are written from.
 *
 * @param plan            the plan
 * @param config          the settings
 * @param output          the output folder being built
 * @param jobs            the tables as written (with safe-key plans where keys were renamed)
 * @param tables          the per-table results
 * @param changes         an incremental run's differences (else empty)
 * @param valueReferences values that point at other parts
 * @param notices         the Altium libraries KiCad cannot open
 * @param findings        issues, warnings, skipped tables
 * @param incremental     whether the run updated a previous output
 * @param report          the mapping report
 * @param natives         the libraries converted into native KiCad libraries ({@code native_libraries}), or none
 */
public record BuiltLibrary(MigrationPlan plan, MigrationConfig config, OutputFolder output, List<TableJob> jobs,
                           List<TableResult> tables, List<TableChanges> changes, List<ValueReference> valueReferences,
                           List<LibraryNotice> notices, RunFindings findings, boolean incremental, MappingReport report,
                           NativeLibraryRows natives) {

    /** The folder the output is built in. */
    public Path staging() {
        return output.staging();
    }

    /** {@code <name>.sqlite} in the staging folder. */
    public Path database() {
        return staging().resolve(databaseFileName(plan.name()));
    }

    /** {@code <name>.kicad_dbl} in the staging folder. */
    public Path kicadDbl() {
        return staging().resolve(plan.name() + ".kicad_dbl");
    }

    /** The one model of {@code <name>.kicad_dbl}: written into the output folder, then given to the output publishers. */
    public KicadDbl kicadDblModel() {
        return KicadDbl.forSqlite(plan.name(), "Migrated from Altium database library " + plan.library().file().getFileName()
                + " by altium2kicad", config.odbcDriver(), databaseFileName(plan.name()), jobs.stream().map(TableJob::plan).toList());
    }

    /** The SQLite file name of library {@code name}. */
    public static String databaseFileName(String name) {
        return name + ".sqlite";
    }

    /** Parts written in all tables. */
    public long rowsWritten() {
        return tables.stream().mapToLong(TableResult::rowsWritten).sum();
    }
}
