package io.github.altium2kicad.examples.sample;

import java.util.List;
import java.util.Objects;

/**
 * One table of the sample database and its {@code [TableN]} entry in the DbLib.
 *
 * @param name          the table name (may contain spaces, {@code &}, {@code ,} and {@code -})
 * @param enabled       {@code Enabled=} in the DbLib
 * @param userWhereText {@code UserWhereText=} in the DbLib (empty for most tables)
 * @param columns       the column names in database order
 * @param parts         the rows in insertion (rowid) order
 */
public record SampleTable(String name, boolean enabled, String userWhereText, List<String> columns,
                          List<SamplePart> parts) {

    public SampleTable {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(userWhereText, "userWhereText");
        columns = List.copyOf(columns);
        parts = List.copyOf(parts);
        for (SamplePart part : parts) {
            for (String column : part.cells().keySet()) {
                if (!columns.contains(column)) {
                    throw new IllegalArgumentException("table " + name + ": part " + part.partNumber()
                            + " has a cell for unknown column '" + column + "'");
                }
            }
        }
    }

    /** True if the table has the alternate-footprint columns {@code Footprint Ref 2}/{@code Footprint Path 2}. */
    public boolean hasAlternateFootprints() {
        return columns.contains(SampleColumns.FOOTPRINT_REF_2);
    }

    /** A copy with other rows. */
    public SampleTable withParts(List<SamplePart> newParts) {
        return new SampleTable(name, enabled, userWhereText, columns, newParts);
    }
}
