package io.github.altium2kicad.core.internal.pipeline;

import io.github.altium2kicad.api.dblib.TableDescriptor;
import io.github.altium2kicad.api.source.TableSchema;
import io.github.altium2kicad.core.mapping.ColumnRoles;
import io.github.altium2kicad.core.internal.writer.KicadTablePlan;

/**
 * Everything known about one table before its rows move.
 *
 * @param table     the DbLib's table section
 * @param schema    the source columns
 * @param keySource where the key column came from, for reports
 * @param roles     the reference columns
 * @param plan      the KiCad library it becomes
 * @param totalRows rows in the source, or -1 if unknown
 */
public record TableJob(TableDescriptor table, TableSchema schema, String keySource, ColumnRoles roles, KicadTablePlan plan,
                       long totalRows) {

    /** The Altium table name. */
    public String name() {
        return table.tableName();
    }
}
