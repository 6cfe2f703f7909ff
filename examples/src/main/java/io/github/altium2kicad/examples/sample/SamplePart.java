package io.github.altium2kicad.examples.sample;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One generated database row and what it is.
 *
 * @param cells    column name to cell text, in table column order; a missing column or a {@code null} value is SQL
 *                 {@code NULL}, an empty string is an empty cell
 * @param expected the part's family, package, pin count and certain KiCad answer
 */
public record SamplePart(Map<String, String> cells, KicadExpectation expected) {

    public SamplePart {
        Objects.requireNonNull(expected, "expected");
        cells = Collections.unmodifiableMap(new LinkedHashMap<>(cells)); // keeps nulls, unlike Map.copyOf
    }

    /** The cell of a column, {@code null} for SQL NULL. */
    public String cell(String column) {
        return cells.get(column);
    }

    /** The lookup key ({@code Part Number}), possibly {@code null} or blank where the sample plants a blank key. */
    public String partNumber() {
        return cells.get(SampleColumns.PART_NUMBER);
    }

    /** A copy with one cell replaced. */
    public SamplePart withCell(String column, String value) {
        Map<String, String> copy = new LinkedHashMap<>(cells);
        copy.put(column, value);
        return new SamplePart(copy, expected);
    }
}
