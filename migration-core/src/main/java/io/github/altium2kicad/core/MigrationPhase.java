package io.github.altium2kicad.core;

import io.github.altium2kicad.api.PerformanceSummary;
import java.util.Optional;

/**
 * The phases {@link PerformanceMonitor} times, each with the name that {@code migration-summary.json}, the report and
 * {@link io.github.altium2kicad.api.PhaseTiming} show, and the phase it runs inside. docs/phases.md says what each
 * measures.
 */
public enum MigrationPhase {
    /** The whole migration, without the optional check by KiCad. */
    FULL_MIGRATION(PerformanceSummary.FULL_MIGRATION, null),
    /** Reading and decoding the DbLib. */
    PARSE("parse", FULL_MIGRATION),
    /** Loading the KiCad library index and the user's mapping tables. */
    LOAD_RULES("load_rules", FULL_MIGRATION),
    /** Table plans, the Altium library catalog and the choice of table migrator. */
    PLAN("plan", FULL_MIGRATION),
    /** Deciding the parts' mapping (wall time, reading included). */
    COMPONENT_MAPPING(PerformanceSummary.COMPONENT_MAPPING, FULL_MIGRATION),
    /** The reading that runs alongside {@code component_mapping}. */
    EXTRACT("extract", COMPONENT_MAPPING),
    /** The mapping workers' busy time, summed over the worker threads. */
    COMPONENT_MAPPING_WORKERS("component_mapping_workers", COMPONENT_MAPPING),
    /** Inserting the mapped rows. */
    WRITE("write", FULL_MIGRATION),
    /** The key policies applied inside SQLite. */
    KEYS("keys", FULL_MIGRATION),
    /** Recording parts to review in the mapping report. */
    REPORT("report", FULL_MIGRATION),
    /** Copying the shard databases into the output. */
    MERGE_SHARDS("merge_shards", FULL_MIGRATION),
    /** Safe keys and value references. */
    KEYS_AND_VALUES("keys_and_values", FULL_MIGRATION),
    /** Converting the used Altium libraries with kicad-cli and pointing the rows at them ({@code native_libraries}). */
    NATIVE_LIBRARIES("native_libraries", FULL_MIGRATION),
    /** An incremental run applying its differences to the previous database. */
    APPLY_CHANGES("apply_changes", FULL_MIGRATION),
    /** Indexes, ANALYZE and VACUUM. */
    OPTIMIZE("optimize", FULL_MIGRATION),
    /** The notices about Altium libraries KiCad cannot open. */
    LIBRARY_NOTICES("library_notices", FULL_MIGRATION),
    /** The .kicad_dbl and the library tables. */
    WRITE_LIBRARY_FILES("write_library_files", FULL_MIGRATION),
    /** The optional check of the output by kicad-cli ({@code verify_with_kicad}), after {@code full_migration}. */
    VERIFY_WITH_KICAD("verify_with_kicad", FULL_MIGRATION);

    private final String phaseName;
    private final MigrationPhase parent;

    MigrationPhase(String phaseName, MigrationPhase parent) {
        this.phaseName = phaseName;
        this.parent = parent;
    }

    /** The name in summaries and reports, e.g. {@code component_mapping}. */
    public String phaseName() {
        return phaseName;
    }

    /** The phase this one runs inside: none for {@link #FULL_MIGRATION}. */
    public Optional<MigrationPhase> parent() {
        return Optional.ofNullable(parent);
    }

    /** The phase named {@code phaseName}, if it is one of these. */
    public static Optional<MigrationPhase> named(String phaseName) {
        for (MigrationPhase phase : values()) {
            if (phase.phaseName.equals(phaseName)) {
                return Optional.of(phase);
            }
        }
        return Optional.empty();
    }
}
