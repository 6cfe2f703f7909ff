package io.github.altium2kicad.api.progress;

import io.github.altium2kicad.api.MigrationResult;
import java.util.List;

/**
 * Receives progress of a migration. Methods are called from the engine's threads (tables may progress at the same
 * time on several threads) and must return quickly.
 * Listeners registered for {@link java.util.ServiceLoader} are added to every migration.
 */
public interface ProgressListener {

    /**
     * The migration starts with these tables, in order.
     *
     * @param totalRows rows in all of them, or -1 if the source cannot tell
     */
    default void migrationStarted(List<String> tables, long totalRows) {
    }

    /** A table starts; {@code totalRows} is -1 if unknown. */
    default void tableStarted(String table, long totalRows) {
    }

    /** {@code done} rows of {@code table} are written; {@code total} is -1 if unknown. */
    default void rowsDone(String table, long done, long total) {
    }

    /** A table is complete. */
    default void tableFinished(String table, long rowsWritten) {
    }

    /**
     * A step after the tables starts, such as converting the Altium libraries into native KiCad libraries
     * ({@code native_libraries}); {@code total} items, or -1 if unknown.
     */
    default void stepStarted(String step, long total) {
    }

    /** {@code done} of the {@code total} items of {@code step} are complete. */
    default void stepProgress(String step, long done, long total) {
    }

    /** The step is complete. */
    default void stepFinished(String step) {
    }

    /** The migration finished successfully. */
    default void migrationFinished(MigrationResult result) {
    }
}
