package io.github.altium2kicad.api.source;

import java.util.Arrays;

/**
 * One row of a source table: every value as text ({@code null} for SQL NULL), in the order of its
 * {@link TableSchema}. Immutable; the values array is owned by the record.
 */
public final class ComponentRecord {

    private final TableSchema schema;
    private final long rowNumber;
    private final String[] values;

    /**
     * @param schema    the table's columns
     * @param rowNumber 1-based position of the row in the source's reading order (used in messages)
     * @param values    the values, one per column; the record takes ownership of the array
     */
    public ComponentRecord(TableSchema schema, long rowNumber, String[] values) {
        if (values.length != schema.columns().size()) {
            throw new IllegalArgumentException("row " + rowNumber + " of " + schema.tableName() + " has "
                    + values.length + " values for " + schema.columns().size() + " columns");
        }
        this.schema = schema;
        this.rowNumber = rowNumber;
        this.values = values;
    }

    public TableSchema schema() {
        return schema;
    }

    public long rowNumber() {
        return rowNumber;
    }

    /** The value at {@code index}; {@code null} for SQL NULL. */
    public String get(int index) {
        return values[index];
    }

    /** The value of {@code column} (case-insensitive); {@code null} if NULL or if there is no such column. */
    public String get(String column) {
        return schema.indexOf(column).map(i -> values[i]).orElse(null);
    }

    public int size() {
        return values.length;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ComponentRecord r && r.rowNumber == rowNumber
                && r.schema.equals(schema) && Arrays.equals(r.values, values);
    }

    @Override
    public int hashCode() {
        return 31 * Long.hashCode(rowNumber) + Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return schema.tableName() + " row " + rowNumber + " " + Arrays.toString(values);
    }
}
