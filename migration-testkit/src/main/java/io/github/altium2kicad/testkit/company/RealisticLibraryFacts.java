package io.github.altium2kicad.testkit.company;

import java.nio.file.Path;
import java.util.Collections;
import java.util.List;

/**
 * What {@link RealisticLibrary} wrote.
 *
 * @param folder             the library folder
 * @param dbLib              the {@code .DbLib}
 * @param database           the SQLite database
 * @param parts              rows over all tables
 * @param tables             the table names, in DbLib order
 * @param columns            each table's column count, in the same order
 * @param distinctFootprints distinct {@code Footprint Ref} values (ignoring case)
 * @param distinctSymbols    distinct {@code Library Ref} values (ignoring case)
 * @param libraryFiles       {@code .SchLib}/{@code .PcbLib} files written (0 when none were asked for)
 */
public record RealisticLibraryFacts(Path folder, Path dbLib, Path database, int parts, List<String> tables,
                                    List<Integer> columns, int distinctFootprints, int distinctSymbols,
                                    int libraryFiles) {

    public RealisticLibraryFacts {
        tables = List.copyOf(tables);
        columns = List.copyOf(columns);
    }

    /** The fewest columns of a table. */
    public int fewestColumns() {
        return Collections.min(columns);
    }

    /** The most columns of a table. */
    public int mostColumns() {
        return Collections.max(columns);
    }
}
