package io.github.altium2kicad.testkit;

import java.nio.file.Path;
import java.util.Map;

/**
 * A synthetic Altium library on disk.
 *
 * @param dbLib        the {@code .DbLib} file
 * @param database     the SQLite database it points at
 * @param rowsPerTable rows written per table, in DbLib order
 */
public record GeneratedLibrary(Path dbLib, Path database, Map<String, Long> rowsPerTable) {

    public GeneratedLibrary {
        rowsPerTable = Map.copyOf(rowsPerTable);
    }

    /** Rows over all tables. */
    public long totalRows() {
        return rowsPerTable.values().stream().mapToLong(Long::longValue).sum();
    }
}
