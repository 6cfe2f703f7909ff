package io.github.altium2kicad.core.internal.source.sqlite;

import io.github.altium2kicad.api.MigrationException;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * The name under which SQLite's row number of a table can be reached. A column named {@code rowid}, {@code _rowid_}
 * or {@code oid} (any case) shadows that name: {@code rowid} then means the column, whose text values compare
 * greater than every number. The first of the three that no column takes is used, quoted never (SQLite only
 * recognises the bare names).
 */
public final class RowidName {

    private static final List<String> NAMES = List.of("rowid", "_rowid_", "oid");

    private RowidName() {
    }

    /**
     * The row number's name for a table with {@code columns}.
     *
     * @throws MigrationException (bad input) if the table has columns with all three names
     */
    public static String of(String tableName, Collection<String> columns) {
        return find(columns).orElseThrow(() -> MigrationException.badInput("Table '" + tableName + "' has columns named rowid, "
                        + "_rowid_ and oid, which hide SQLite's row numbers the migration reads the table in order by. "
                        + "Rename one of these columns in the source database."));
    }

    /** The row number's name for a table with {@code columns}, if a name is left. */
    public static java.util.Optional<String> find(Collection<String> columns) {
        List<String> lower = columns.stream().map(c -> c.toLowerCase(Locale.ROOT)).toList();
        return NAMES.stream().filter(n -> !lower.contains(n)).findFirst();
    }
}
