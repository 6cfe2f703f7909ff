package io.github.altium2kicad.core.internal.output;

import io.github.altium2kicad.api.MigrationException;
import io.github.altium2kicad.core.internal.writer.LibTableWriter;
import io.github.altium2kicad.core.internal.writer.MigrationSummaryWriter;
import io.github.altium2kicad.core.report.MappingReport;
import io.github.altium2kicad.core.report.ReportFacts;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * The output writers in the order they run: the library files ({@code .kicad_dbl}, {@code sym-lib-table},
 * {@code fp-lib-table}) before the optional check by KiCad, which reads them; the records (summary, report) after
 * it, which they include.
 */
public final class OutputWriters {

    /** How many decline reasons the summary and the result list. */
    public static final int TOP_DECLINE_REASONS = 10;

    /** {@code <name>.kicad_dbl} for the SQLite database. */
    public static final OutputWriter<BuiltLibrary> KICAD_DBL = built -> built.kicadDblModel().write(built.kicadDbl());

    /**
     * The rows KiCad's library tables need: the {@code .kicad_dbl} and the Altium symbol and footprint files, or their
     * native conversions ({@code native_libraries}).
     */
    public static final OutputWriter<BuiltLibrary> LIBRARY_TABLES = built -> LibTableWriter.writeLibraryTables(built.staging(),
            built.plan().name(), built.plan().catalog(), built.config().libraryUriStyle(), built.output().target(),
            built.natives());

    /** {@code migration-summary.json}. */
    public static final OutputWriter<RunRecord> SUMMARY = run -> {
        BuiltLibrary b = run.library();
        MigrationSummaryWriter.write(b.staging().resolve(MigrationSummaryWriter.FILE_NAME), new MigrationSummaryWriter.Summary(
                b.plan().name(), b.plan().library().file(), b.plan().location().description(), b.config(), b.tables(),
                b.plan().catalog(), b.findings().issues(), run.performance(), b.incremental(), b.changes(),
                b.plan().library().encoding(), b.findings().skippedTables(), b.findings().warnings(), b.notices(),
                b.valueReferences(), b.report().topDeclineReasons(TOP_DECLINE_REASONS)), run.verification());
    };

    /** {@code report.html}, {@code mapping-report.csv} and {@code .json}. */
    public static final OutputWriter<RunRecord> REPORT = run -> {
        BuiltLibrary b = run.library();
        b.report().write(new ReportFacts(b.plan().name(), b.plan().location().description(), b.tables(), run.performance(),
                Instant.now(), b.notices(), b.valueReferences(), run.verification()));
    };

    private OutputWriters() {
    }

    /** Writes the library files. */
    public static void writeLibraryFiles(BuiltLibrary built) {
        try {
            for (OutputWriter<BuiltLibrary> writer : List.of(KICAD_DBL, LIBRARY_TABLES)) {
                writer.write(built);
            }
        } catch (IOException e) {
            if (DiskFull.causes(e)) {
                throw DiskFull.failure(built.kicadDbl(), e);
            }
            throw MigrationException.failure("Cannot write the KiCad library files in " + built.staging() + ": " + e, e);
        }
    }

    /** Writes the summary, then the report. */
    public static void writeRecords(RunRecord run) {
        Path summary = run.library().staging().resolve(MigrationSummaryWriter.FILE_NAME);
        try {
            SUMMARY.write(run);
        } catch (IOException e) {
            throw DiskFull.causes(e) ? DiskFull.failure(summary, e)
                    : MigrationException.failure("Cannot write " + summary + ": " + e, e);
        }
        try {
            REPORT.write(run);
        } catch (IOException e) {
            throw MigrationException.failure("Cannot write the mapping report in " + run.library().staging() + ": " + e, e);
        }
    }
}
