package io.github.altium2kicad.core;

import io.github.altium2kicad.api.dblib.TableDescriptor;
import io.github.altium2kicad.api.source.TableSchema;
import io.github.altium2kicad.core.mapping.ColumnRoles;
import io.github.altium2kicad.core.writer.KicadTablePlan;

/**
 * Everything the engine knows about one table before moving its rows.
 *
 * @param table     the DbLib's table section
 * @param schema    the source columns
 * @param keySource where the key column came from
 * @param roles     the reference columns
 * @param plan      the KiCad library it becomes
 * @param totalRows rows in the source, or -1 if unknown
 */
record TableJob(TableDescriptor table, TableSchema schema, String keySource, ColumnRoles roles, KicadTablePlan plan,
                long totalRows) {
}
